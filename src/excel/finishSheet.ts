/**
 * Finishing a sheet once it is written whole, with the calls some hosts refuse — members of funnel charts
 * (office-js #2041, #2971), print scaling (#1860), the links that are not formulas of the contents (see
 * linkFormulas.ts) — and those that must come after it: activation after the sync that added the sheet (#930),
 * frozen panes on the active sheet only (#3148), protection last. An Office.js request stops at the call Excel
 * refuses, so each of these is a part of its own that costs the sheet nothing: the parts go together in one
 * request, a `context.trace` after each; when Excel refuses the request, the trace messages it returns say which
 * part it stopped at. That part is left out — or replaced by its fallback — and
 * named in a note, and the parts after it are sent again. One round trip when nothing is refused, one more per
 * refused part (a large part, such as many links set by call, may take more, see requestBudget.ts).
 *
 * Requirement sets: Worksheet.activate, Range.select, Chart.delete, protection ExcelApi 1.1–1.2; frozen panes
 * ExcelApi 1.7; pageLayout.zoom ExcelApi 1.9; charts and links see renderCharts.ts.
 */
import {
  type Bilingual,
  panesNotFrozen,
  printScalingNotSet,
  sheetNotActivated,
  sheetNotProtected,
} from "../core/kernel";
import { rangeAddress, type SheetSpec } from "../core/sheet";
import { excelErrorDetail, traceMessagesOf } from "./excelErrors";
import { linkedByCall } from "./linkFormulas";
import { funnelChartParts, linksPart } from "./renderCharts";
import { requestBudget, type RequestBudget } from "./requestBudget";

/** What to do when Excel refused a part: the note to give (none: nothing the user must know), what to send instead. */
export interface Refusal {
  readonly note?: Bilingual;
  readonly instead?: readonly FinishingPart[];
}

/** A part of finishing a sheet that Excel may refuse without costing the sheet. */
export interface FinishingPart {
  /**
   * Queues the part's calls, making room for them in `budget` (a large part may be sent in several requests). A
   * part is queued once, except when a request failed before reaching it: then it is queued again.
   */
  queue(budget: RequestBudget): Promise<void>;
  /** What refusing the part costs: its note, and the parts to send instead (which have no fallback of their own). */
  refused(error: unknown): Refusal;
  /** Called when the request that ended the part was applied whole, its loads answered. */
  sent?(): void;
}

/** The most requests finishing sends: a fallback part is not replaced again, so this only guards a wrong part. */
const MAX_ROUNDS = 64;

/**
 * Sends the parts in order, in as few requests as Excel accepts; resolves the notes on what it refused. Never
 * rejects: a refused part costs its note, not the sheet.
 * @example const notes = await finishSheet(context, sheetFinishing(sheet, spec)); // [] when Excel refused nothing
 */
export async function finishSheet(
  context: Excel.RequestContext,
  parts: readonly FinishingPart[],
): Promise<Bilingual[]> {
  const notes: Bilingual[] = [];
  let pending = [...parts];
  for (let round = 0; pending.length > 0 && round < MAX_ROUNDS; round++) {
    const budget = requestBudget(context);
    // How many of the pending parts went out whole in a request that Excel applied.
    let applied = 0;
    try {
      for (const [i, part] of pending.entries()) {
        const syncs = budget.syncs;
        await part.queue(budget);
        await budget.spend(1);
        if (budget.syncs > syncs) applied = i;
        context.trace(String(i));
      }
      // One request per round, and a round more only per part Excel refused: not a sync per item.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      for (const part of pending) part.sent?.();
      return notes;
    } catch (error) {
      // The trace messages of the refused request name the parts it applied; the next one is the one refused.
      const traced = (traceMessagesOf(error) ?? []).map(Number).filter(Number.isInteger);
      const refusedAt = Math.max(applied, ...traced.map((i) => i + 1));
      const refusal = pending[refusedAt]?.refused(error) ?? {};
      if (refusal.note) notes.push(refusal.note);
      const instead = (refusal.instead ?? []).map(withoutFallback);
      pending = [...instead, ...pending.slice(refusedAt + 1)];
    }
  }
  return notes;
}

/** A fallback part refused gives its note and no further fallback. */
const withoutFallback = (part: FinishingPart): FinishingPart => ({
  queue: (budget) => part.queue(budget),
  refused: (error) => ({ note: part.refused(error).note }),
  sent: () => part.sent?.(),
});

/** A part of a few calls that Excel applies or refuses as one, with the note its refusal gives. */
function simplePart(queue: () => void, note: (detail: Bilingual) => Bilingual): FinishingPart {
  return {
    async queue(budget) {
      await budget.spend(4);
      queue();
    },
    refused: (error) => ({ note: note(excelErrorDetail(error)) }),
  };
}

/**
 * The view of a new sheet: activated, A1 selected, and its panes frozen — on the active sheet, in the same
 * request, after the activation. Refused, the sheet is activated again without frozen panes.
 */
function viewPart(sheet: Excel.Worksheet, freeze: SheetSpec["freeze"]): FinishingPart {
  const show = () => {
    sheet.activate();
    sheet.getRange("A1").select();
  };
  const showPart = simplePart(show, sheetNotActivated);
  if (!freeze || (freeze.rows <= 0 && freeze.cols <= 0)) return showPart;
  return {
    async queue(budget) {
      await budget.spend(5);
      show();
      if (freeze.rows > 0 && freeze.cols > 0) {
        sheet.freezePanes.freezeAt(
          sheet.getRange(rangeAddress({ row: 0, col: 0, rows: freeze.rows, cols: freeze.cols })),
        );
      } else if (freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
      else sheet.freezePanes.freezeColumns(freeze.cols);
    },
    refused: (error) => ({ note: panesNotFrozen(excelErrorDetail(error)), instead: [showPart] }),
  };
}

/** How the sheet's funnel charts are drawn (see renderCharts.ts). */
export interface FinishingOptions {
  /** Whether Excel has the funnel chart type (ExcelApi 1.9); when not, the main write drew them as bars. */
  readonly funnelChart: boolean;
}

/**
 * The parts that finish `sheet`, just written from `spec` (see renderSheet.ts for the rest): its native funnel
 * charts, each on its own; the links set by call (see linkFormulas.ts); print scaling (one page wide); the view (activated, A1 selected, panes
 * frozen); and protection, last, so that nothing after it meets a protected sheet.
 * @example await finishSheet(context, sheetFinishing(sheet, spec, { funnelChart: true }))
 */
export function sheetFinishing(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  { funnelChart }: FinishingOptions,
): FinishingPart[] {
  const parts: FinishingPart[] = funnelChart ? funnelChartParts(sheet, spec.charts ?? []) : [];
  if (spec.cells.some(linkedByCall)) parts.push(linksPart(sheet, spec.cells));
  parts.push(
    // One page wide, as many pages tall as needed (0: automatic), as Excel's "Fit all columns on one page".
    simplePart(
      () => (sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 }),
      printScalingNotSet,
    ),
    viewPart(sheet, spec.freeze),
  );
  if (spec.protect) {
    const options = {
      allowFormatColumns: true,
      allowFormatRows: true,
      allowAutoFilter: true,
      allowSort: true,
    };
    parts.push(simplePart(() => sheet.protection.protect(options), sheetNotProtected));
  }
  return parts;
}
