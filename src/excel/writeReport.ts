/**
 * Writing a report sheet the add-in owns (see reportMarker.ts for how it is recognised), in three
 * `context.sync()` round trips the first time and four when it replaces an earlier report, plus one per further
 * ~4 MB of a large report:
 * 1. read the workbook's sheets (names, positions), names (with formulas, comments and visibility) and tables;
 * 2. add the report as a NEW sheet under a free name, mark it, queue the spec's main write (a report too large
 *    for one request is sent in parts of ~4 MB, one more round trip each, see requestBudget.ts; marked from its
 *    first part, a report cut short is replaced like any other);
 * 3. only when (2) succeeded, finish it (see finishSheet.ts): native funnel charts, links, print scaling,
 *    activation and frozen panes, in one request whose parts Excel may refuse one by one — each refused part is
 *    one more round trip and a note in the result (a funnel chart refused is drawn as bars), never the report;
 * 4. only when an earlier report of the same kind exists: delete the earlier report sheet(s) and their
 *    markers, and give the new sheet the earlier one's name and position (and its tables their names, when
 *    only the earlier report held them).
 * The new marker is hidden — `visible = false`, read back — in the first request after the one that added it
 * (Excel may ignore it in the same one, office-js #3878): the next part of a large report, else the first part
 * of (3); a refusal there keeps the report, its marker visible and still recognised.
 * When (2) fails, a further sync removes what it left — through the sheet and marker objects it added, never by
 * name — and the earlier report stays as it was. When (4) fails,
 * Excel stopped at the failing call: a further sync reads which sheets are left (see recoverFromReplacing): the
 * earlier report still there, one more removes the new sheet, so the earlier report stays as it was; the
 * earlier report gone, the new, marked report stays. A sheet without the marker is never touched: with a
 * user's sheet named "漏斗健康", the report goes to "漏斗健康 (2)".
 *
 * The report's names are all defined on the report sheet (sheet scope): its formulas find them, and they go
 * with the sheet when a newer report replaces it, so regenerating never leaves stale or renumbered names.
 *
 * Requirement sets: as createSheet.ts and renderSheet.ts (up to ExcelApi 1.9), plus Worksheet.name and
 * position ExcelApi 1.1, the marker's ExcelApi 1.7 (reportMarker.ts).
 */
import { type Bilingual, fail, ok, type Result } from "../core/kernel";
import { planNames, type NamePlan, uniqueSheetName, type SheetSpec, checkSheetSpec } from "../core/sheet";
import { notCreated, removeHalfWritten, written } from "./createSheet";
import { excelErrorDetail } from "./excelErrors";
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
import { requestBudget, type RequestBudget } from "./requestBudget";

/** What writing a report may be told: the marker id (default random) and how to render. */
export interface WriteReportOptions extends RenderOptions {
  readonly markerId?: string;
}

/** An earlier report of the same kind: its sheet (name, position, and the id it is deleted by) and its marker. */
interface EarlierReport {
  readonly sheet: string;
  readonly position: number;
  readonly id: string;
  readonly marker: string;
}

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
  readonly sheets: readonly { name: string; position: number; id: string }[];
  readonly names: readonly (WorkbookName & { formula: unknown })[];
  readonly tables: readonly { name: string; sheet: string }[];
}

async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookState> {
  const { worksheets, names, tables } = context.workbook;
  worksheets.load("items/name, items/position, items/id");
  names.load("items/name, items/formula, items/comment, items/visible");
  tables.load("items/name, items/worksheet/name");
  await context.sync();
  return {
    sheets: worksheets.items.map((s) => ({ name: s.name, position: s.position, id: s.id })),
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
      reports.push({ sheet: sheet.name, position: sheet.position, id: sheet.id, marker: name.name });
    } else if (sheet || gone) orphans.push(name.name);
  }
  return { reports: reports.sort((a, b) => a.position - b.position), orphans };
}

/** The report's plan: every name on the report sheet, tables under free names. */
function reportPlan(spec: SheetSpec, state: WorkbookState): NamePlan {
  const tables = planNames(
    spec,
    state.names.map((n) => n.name),
    state.tables.map((t) => t.name),
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
  spec: SheetSpec,
  options: WriteReportOptions = {},
): Promise<Result<SheetWritten>> {
  const checked = checkSheetSpec(spec);
  if (!checked.ok) return checked;
  const state = await readWorkbook(context);
  const { reports, orphans } = earlierReports(kind, state);
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
  let tables: Excel.Table[];
  try {
    tables = await queueSheetSpec(
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
  if (reports.length === 0) return ok(written(temporary, notes));

  const earliest = reports[0];
  // By id, not by name: a sheet renamed since step 1, and another given its name, are told apart.
  for (const report of reports) context.workbook.worksheets.getItem(report.id).delete();
  for (const report of reports) context.workbook.names.getItem(report.marker).delete();
  sheet.name = earliest.sheet;
  sheet.position = earliest.position;
  const freed = new Set(
    state.tables.filter((t) => reports.some((r) => same(r.sheet, t.sheet))).map((t) => t.name),
  );
  (spec.tables ?? []).forEach((table, i) => {
    const held = state.tables.filter((t) => same(t.name, table.name));
    if (plan.tables[i] !== table.name && held.length > 0 && held.every((t) => freed.has(t.name))) {
      tables[i].name = table.name;
    }
  });
  try {
    await context.sync();
  } catch (error) {
    return recoverFromReplacing(context, sheet, temporary, markerItem, reports, error, notes);
  }
  return ok(written(earliest.sheet, notes));
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

/**
 * After step 4 failed, what its batch did up to the failing call (it deletes the earlier reports, then their
 * markers, then renames the new sheet): when the new sheet no longer goes by its temporary name, the swap got as
 * far as the rename and the new report stands under the earlier one's name; when the earlier reports are all
 * still there (by id: renamed or not), the new sheet and its marker go — through the objects this run added —
 * and the failure is reported (unless Excel refuses that too); otherwise the new report — marked — stays under
 * its temporary name.
 */
async function recoverFromReplacing(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  temporary: string,
  marker: Excel.NamedItem,
  reports: readonly EarlierReport[],
  error: unknown,
  notes: readonly Bilingual[],
): Promise<Result<SheetWritten>> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name, items/id");
  await context.sync();
  const left = (name: string) => worksheets.items.some((s) => same(s.name, name));
  if (!left(temporary)) return ok(written(reports[0].sheet, notes));
  if (!reports.every((report) => worksheets.items.some((s) => s.id === report.id))) {
    return ok(written(temporary, notes));
  }
  // Should Excel refuse to remove the new report too, it stays: whole and marked, it goes with the next report.
  if (!(await removeHalfWritten(context, sheet, [marker]))) return ok(written(temporary, notes));
  return notReplaced(reports[0].sheet, error);
}
