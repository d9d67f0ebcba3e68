/**
 * Writing a report sheet the add-in owns (see reportMarker.ts for how it is recognised), in three
 * `context.sync()` round trips, the first time and when it regenerates an earlier report, plus one per further
 * ~4 MB of a large report.
 *
 * The first time:
 * 1. read the workbook's sheets (names, positions, ids, and what each holds: charts, tables, sheet-scoped names,
 *    see reportInPlace.ts), names (with formulas, comments and visibility), tables and date system (the report's
 *    dates are written in it, see dateSystem.ts);
 * 2. add the report as a NEW sheet under a free name, mark it, queue the spec's main write (a report too large
 *    for one request is sent in parts of ~4 MB, one more round trip each, see requestBudget.ts; marked from its
 *    first part, a report cut short is replaced like any other);
 * 3. only when (2) succeeded, finish it (see finishSheet.ts): native funnel charts, print scaling, activation
 *    and frozen panes (and links that cannot be HYPERLINK formulas of the contents, see linkFormulas.ts), in one
 *    request whose parts Excel may refuse one by one — each refused part is
 *    one more round trip and a note in the result (a funnel chart refused is drawn as bars), never the report.
 * The new marker is hidden — `visible = false`, read back — in the first request after the one that added it
 * (Excel may ignore it in the same one, office-js #3878): the next part of a large report, else the first part
 * of (3); a refusal there keeps the report, its marker visible and still recognised. When (2) fails, a further
 * sync removes what it left — through the sheet and marker objects it added, never by name — and the workbook
 * is as it was. A sheet without the marker is never touched: with a user's sheet named "管线健康", the report
 * goes to "管线健康 (2)".
 *
 * Regenerating, IN PLACE (see reportInPlace.ts): the earlier report's sheet — found by its marker, never by
 * name; the earliest in tab order when several were left — is kept with its id, name, position and marker, so
 * that a user's formula on another sheet that refers to a report cell still answers (deleting the sheet would
 * turn it to #REF!):
 * 1. read the workbook, as the first time: what the earlier report's sheet holds (its charts, tables and
 *    sheet-scoped names) comes with it;
 * 2. in one request (or parts, as above): read the kept sheet's name (as Excel has it then), delete the other
 *    earlier reports of the kind (by id) and their markers, empty the kept sheet (tables, charts, names,
 *    contents, formats, links, merges, validations, widths and heights) and queue the new spec's main write into
 *    that same sheet object;
 * 3. finish it, as (3) the first time, after undoing the earlier report's frozen panes; a kept marker Excel left
 *    visible is hidden there.
 * When (2) is refused whole, or before it changed anything (its first trace message never came back), the
 * earlier report stays as it was. When (2) fails midway, the earlier report's contents are NOT kept: two more
 * syncs read what is left, empty the sheet and write a short notice on it in both languages with Excel's reason
 * ("This report could not be regenerated: … Generate it again."), and the result is a failure that says so — the
 * sheet, its name, position and marker are kept, so the user's references still resolve and the next report
 * goes there. No half report that looks complete is left.
 *
 * The report's names are all defined on the report sheet (sheet scope): its formulas find them, and they are
 * deleted with the report's other holdings when it is regenerated, so regenerating never leaves stale or
 * renumbered names.
 *
 * Requirement sets: as createSheet.ts and renderSheet.ts (up to ExcelApi 1.9), plus Worksheet.name, position
 * and id ExcelApi 1.1, the marker's ExcelApi 1.7 (reportMarker.ts), emptying a sheet (reportInPlace.ts) up to
 * ExcelApi 1.8.
 */
import { type Bilingual, fail, ok, type Result } from "../core/kernel";
import {
  planNames,
  type NamePlan,
  uniqueSheetName,
  type SheetSpec,
  checkSheetSpec,
  specInDateSystem,
} from "../core/sheet";
import { notCreated, removeHalfWritten, written } from "./createSheet";
import { queueDateSystem } from "./dateSystem";
import { excelErrorDetail, traceMessagesOf } from "./excelErrors";
import { finishSheet, sheetFinishing, type FinishingPart } from "./finishSheet";
import type { SheetWritten } from "./gateway";
import { drawsFunnelCharts, queueSheetSpec, type RenderOptions } from "./renderSheet";
import {
  isBrokenReference,
  isReportMarker,
  markedSheet,
  markerHiding,
  type MarkerHiding,
  newMarkerId,
  reportMarker,
  type WorkbookName,
} from "./reportMarker";
import {
  clearAfterFailure,
  HOLDINGS_OF_EVERY_SHEET,
  holdingsOf,
  queueEmptying,
  type SheetHoldings,
  unfreezingPart,
} from "./reportInPlace";
import { requestBudget, type RequestBudget } from "./requestBudget";

/** What writing a report may be told: the marker id (default random) and how to render. */
export interface WriteReportOptions extends RenderOptions {
  readonly markerId?: string;
}

/**
 * An earlier report of the same kind: its sheet (name, position, the id it is reached by, what it holds) and its
 * marker.
 */
interface EarlierReport {
  readonly sheet: string;
  readonly position: number;
  readonly id: string;
  readonly holdings: SheetHoldings;
  readonly marker: string;
  /** Whether its marker is hidden (Excel may have left it visible, office-js #3878). */
  readonly hidden: boolean;
}

/** The trace message queued right before a regeneration first changes the kept report's sheet. */
const EMPTYING = "emptying";

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

function notReplaced(sheet: string, error: unknown): Result<never> {
  const detail = excelErrorDetail(error);
  const message: Bilingual = {
    zh: `无法替换之前的报告“${sheet}”：${detail.zh}。之前的报告保持不变。`,
    en: `Could not replace the previous report "${sheet}": ${detail.en}. The previous report is unchanged.`,
  };
  return fail("VALUE", message);
}

/** The workbook as step 1 read it. */
interface WorkbookState {
  readonly sheets: readonly { name: string; position: number; id: string; holdings: SheetHoldings }[];
  readonly names: readonly (WorkbookName & { formula: unknown })[];
  readonly tables: readonly { name: string; sheet: string }[];
}

async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookState> {
  const { worksheets, names, tables } = context.workbook;
  worksheets.load(`items/name, items/position, items/id, ${HOLDINGS_OF_EVERY_SHEET}`);
  names.load("items/name, items/formula, items/comment, items/visible");
  tables.load("items/name, items/worksheet/name");
  await context.sync();
  return {
    sheets: worksheets.items.map((s) => ({
      name: s.name,
      position: s.position,
      id: s.id,
      holdings: holdingsOf(s),
    })),
    names: names.items.map((n) => ({
      name: n.name,
      formula: n.formula,
      comment: n.comment,
      visible: n.visible,
    })),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
  };
}

/**
 * The earlier reports of `kind` whose sheet still exists, and the markers to drop: those whose sheet is gone
 * (#REF!) and a second marker of a sheet. A name pointing anywhere else was not left so by the add-in: it stays.
 */
function earlierReports(kind: string, state: WorkbookState) {
  const reports: EarlierReport[] = [];
  const orphans: string[] = [];
  for (const name of state.names) {
    if (!isReportMarker(kind, name)) continue;
    const marked = markedSheet(name.formula);
    const sheet = marked === undefined ? undefined : state.sheets.find((s) => same(s.name, marked));
    const gone = isBrokenReference(name.formula);
    if (sheet && !reports.some((r) => r.sheet === sheet.name)) {
      reports.push({
        sheet: sheet.name,
        position: sheet.position,
        id: sheet.id,
        holdings: sheet.holdings,
        marker: name.name,
        hidden: name.visible === false,
      });
    } else if (sheet || gone) orphans.push(name.name);
  }
  return { reports: reports.sort((a, b) => a.position - b.position), orphans };
}

/**
 * The report's plan: every name on the report sheet, tables under free names — the names of the tables on the
 * sheets in `leaving` (the earlier reports, emptied or deleted in the same request) are free.
 */
function reportPlan(spec: SheetSpec, state: WorkbookState, leaving: readonly string[] = []): NamePlan {
  const tables = planNames(
    spec,
    state.names.map((n) => n.name),
    state.tables.filter((t) => !leaving.some((sheet) => same(sheet, t.sheet))).map((t) => t.name),
  ).tables;
  return { workbook: [], sheet: spec.names ?? [], tables };
}

/**
 * Writes `spec` as the add-in's report of `kind`, replacing the earlier report of that kind (and no other
 * sheet); resolves with the report sheet's name and the notes on what Excel refused of finishing it.
 * @example await Excel.run((context) => writeReportInExcel(context, "pipelineHealth", spec))
 */
export async function writeReportInExcel(
  context: Excel.RequestContext,
  kind: string,
  given: SheetSpec,
  options: WriteReportOptions = {},
): Promise<Result<SheetWritten>> {
  const checked = checkSheetSpec(given);
  if (!checked.ok) return checked;
  const dateSystem = queueDateSystem(context);
  const state = await readWorkbook(context);
  // The report's dates as the workbook's date system shows the same days (asked in step 1, see dateSystem.ts).
  const spec = specInDateSystem(given, dateSystem());
  const { reports, orphans } = earlierReports(kind, state);
  if (reports.length > 0) return regenerateInPlace(context, spec, state, reports, orphans, options);
  const plan = reportPlan(spec, state);
  const temporary = uniqueSheetName(
    spec.name,
    state.sheets.map((s) => s.name),
  );
  const marker = reportMarker(kind, options.markerId ?? newMarkerId());

  for (const orphan of orphans) context.workbook.names.getItem(orphan).delete();
  const sheet = context.workbook.worksheets.add(temporary);
  const markerItem = context.workbook.names.add(marker.name, sheet.getRange("A1"), marker.comment);
  const hiding = markerHiding(markerItem);
  try {
    await queueSheetSpec(
      context,
      sheet,
      spec,
      plan,
      hidingAfterSync(requestBudget(context, orphans.length + 2), hiding),
      options,
    );
    await context.sync();
  } catch (error) {
    return notCreated(temporary, error, await removeHalfWritten(context, sheet, [markerItem]));
  }
  // A report sent in parts hid its marker in its second part, in a request Excel applied.
  if (hiding.queued) hiding.readBack();
  const finishing = sheetFinishing(sheet, spec, { funnelChart: drawsFunnelCharts(options) });
  const notes = await finishSheet(context, [hidingPart(hiding), ...finishing]);
  return ok(written(temporary, notes));
}

/**
 * Steps 2–3 of regenerating (see the file header): the earliest of `reports` is kept and written over in place,
 * the others and the `orphans` markers go.
 */
async function regenerateInPlace(
  context: Excel.RequestContext,
  spec: SheetSpec,
  state: WorkbookState,
  reports: readonly EarlierReport[],
  orphans: readonly string[],
  options: WriteReportOptions,
): Promise<Result<SheetWritten>> {
  const [kept, ...others] = reports;
  const { worksheets, names } = context.workbook;
  // By id, not by name: a sheet renamed since step 1, and another given its name, are told apart.
  const sheet = worksheets.getItem(kept.id);
  sheet.load("name");
  for (const orphan of orphans) names.getItem(orphan).delete();
  for (const other of others) {
    worksheets.getItem(other.id).delete();
    names.getItem(other.marker).delete();
  }
  context.trace(EMPTYING);
  const emptying = queueEmptying(sheet, kept.holdings);
  const plan = reportPlan(
    spec,
    state,
    reports.map((r) => r.sheet),
  );
  const budget = requestBudget(context, 1 + orphans.length + others.length * 2 + emptying);
  try {
    await queueSheetSpec(context, sheet, spec, plan, budget, options);
    await context.sync();
  } catch (error) {
    const changed = budget.syncs > 0 || (traceMessagesOf(error) ?? []).includes(EMPTYING);
    return changed ? clearAfterFailure(context, kept.id, kept.sheet, error) : notReplaced(kept.sheet, error);
  }
  // As Excel names the sheet now (the user may have renamed it since step 1): read with the request's first part.
  const name = sheet.name;
  const hiding = kept.hidden ? undefined : markerHiding(names.getItem(kept.marker));
  const finishing = sheetFinishing(sheet, spec, { funnelChart: drawsFunnelCharts(options) });
  const parts = [unfreezingPart(sheet), ...(hiding ? [hidingPart(hiding)] : []), ...finishing];
  return ok(written(name, await finishSheet(context, parts)));
}

/**
 * `budget`, queueing the marker's hiding in the first request after one of its syncs (the marker was added
 * before): a report sent in parts hides its marker at no extra round trip. The one call it adds is within the
 * budget's margin (a generous allowance per call, 4 MB under a 5 MB limit).
 */
function hidingAfterSync(budget: RequestBudget, hiding: MarkerHiding): RequestBudget {
  return {
    async spend(calls: number, data?: unknown) {
      await budget.spend(calls, data);
      if (budget.syncs > 0 && !hiding.queued) hiding.queue();
    },
    get syncs() {
      return budget.syncs;
    },
  };
}

/**
 * The marker's hiding as the first part of finishing the report, unless a part of the report already hid it:
 * read back when its request was applied whole. Refused, it costs nothing and says nothing — the report is
 * kept, its marker (visible) still recognised.
 */
function hidingPart(hiding: MarkerHiding): FinishingPart {
  // Decided once: a part queued again (its request failed before it) still hides and reads back.
  const needed = !hiding.queued;
  return {
    async queue(budget) {
      if (!needed) return;
      await budget.spend(2);
      hiding.queue();
    },
    refused: () => ({}),
    sent: () => {
      if (needed) hiding.readBack();
    },
  };
}
