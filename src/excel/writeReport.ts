/**
 * Writing a report sheet the add-in owns (see reportMarker.ts for how it is recognised), in two
 * `context.sync()` round trips the first time and three when it replaces an earlier report, whatever the size
 * of the report:
 * 1. read the workbook's sheets (names, positions), names (with formulas and comments) and tables;
 * 2. add the report as a NEW sheet under a free name, render the whole spec into it, mark it, activate it;
 * 3. only when (2) succeeded, and only when an earlier report of the same kind exists: delete the earlier
 *    report sheet(s) and their markers, and give the new sheet the earlier one's name and position (and its
 *    tables their names, when only the earlier report held them).
 * When (2) fails, a further sync removes what it left and the earlier report stays as it was. When (3) fails,
 * Excel stopped at the failing call: a further sync reads which sheets are left, and if the earlier report is
 * (its deletion comes first in that batch) one more removes the new sheet, so the earlier report stays as it
 * was; if it is gone, the new, marked report stays under its temporary name. A sheet without the marker is never touched: with a user's sheet named
 * "漏斗健康", the report goes to "漏斗健康 (2)".
 *
 * The report's names are all defined on the report sheet (sheet scope): its formulas find them, and they go
 * with the sheet when a newer report replaces it, so regenerating never leaves stale or renumbered names.
 *
 * Requirement sets: as createSheet.ts and renderSheet.ts (up to ExcelApi 1.9), plus Worksheet.name and
 * position ExcelApi 1.1, the marker's ExcelApi 1.7 (reportMarker.ts).
 */
import type { Bilingual } from "../core/bilingual";
import { planNames, type NamePlan } from "../core/namePlan";
import { fail, ok, type Result } from "../core/result";
import { uniqueSheetName } from "../core/sheetNames";
import type { SheetSpec } from "../core/sheetSpec";
import { checkSheetSpec } from "../core/sheetSpecCheck";
import { notCreated, removeHalfWritten } from "./createSheet";
import { queueSheetSpec, type RenderOptions } from "./renderSheet";
import { isReportMarker, markedSheet, newMarkerId, reportMarker } from "./reportMarker";

/** What writing a report may be told: the marker id (default random) and how to render. */
export interface WriteReportOptions extends RenderOptions {
  readonly markerId?: string;
}

/** An earlier report of the same kind: its sheet (name, position) and its marker. */
interface EarlierReport {
  readonly sheet: string;
  readonly position: number;
  readonly marker: string;
}

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

function notReplaced(sheet: string, error: unknown): Result<never> {
  const detail = error instanceof Error ? error.message : String(error);
  const message: Bilingual = {
    zh: `无法替换之前的报告“${sheet}”：${detail}。之前的报告保持不变。`,
    en: `Could not replace the previous report "${sheet}": ${detail}. The previous report is unchanged.`,
  };
  return fail("VALUE", message);
}

/** The workbook as step 1 read it. */
interface WorkbookState {
  readonly sheets: readonly { name: string; position: number }[];
  readonly names: readonly { name: string; formula: unknown; comment?: string | null }[];
  readonly tables: readonly { name: string; sheet: string }[];
}

async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookState> {
  const { worksheets, names, tables } = context.workbook;
  worksheets.load("items/name, items/position");
  names.load("items/name, items/formula, items/comment");
  tables.load("items/name, items/worksheet/name");
  await context.sync();
  return {
    sheets: worksheets.items.map((s) => ({ name: s.name, position: s.position })),
    names: names.items.map((n) => ({ name: n.name, formula: n.formula, comment: n.comment })),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
  };
}

/** The earlier reports of `kind` whose sheet still exists, and the markers whose sheet is gone. */
function earlierReports(kind: string, state: WorkbookState) {
  const reports: EarlierReport[] = [];
  const orphans: string[] = [];
  for (const name of state.names) {
    if (!isReportMarker(kind, name)) continue;
    const marked = markedSheet(name.formula);
    const sheet = marked === undefined ? undefined : state.sheets.find((s) => same(s.name, marked));
    if (sheet && !reports.some((r) => r.sheet === sheet.name)) {
      reports.push({ sheet: sheet.name, position: sheet.position, marker: name.name });
    } else orphans.push(name.name);
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
 * sheet); resolves with the report sheet's name.
 * @example await Excel.run((context) => writeReportInExcel(context, "pipelineHealth", spec))
 */
export async function writeReportInExcel(
  context: Excel.RequestContext,
  kind: string,
  spec: SheetSpec,
  options: WriteReportOptions = {},
): Promise<Result<{ sheet: string }>> {
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
  const tables = queueSheetSpec(context, sheet, spec, plan, options);
  const markerName = context.workbook.names.add(marker.name, sheet.getRange("A1"), marker.comment);
  markerName.visible = false;
  sheet.activate();
  sheet.getRange("A1").select();
  try {
    await context.sync();
  } catch (error) {
    await removeHalfWritten(context, temporary, [marker.name]);
    return notCreated(temporary, error);
  }
  if (reports.length === 0) return ok({ sheet: temporary });

  const earliest = reports[0];
  for (const report of reports) context.workbook.worksheets.getItem(report.sheet).delete();
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
    return recoverFromReplacing(context, temporary, marker.name, reports, error);
  }
  return ok({ sheet: earliest.sheet });
}

/**
 * After step 3 failed: when the earlier reports are all still there, the new sheet and its marker go and the
 * failure is reported; when they are gone (a later call of the batch failed), the new report — marked — stays
 * under its temporary name.
 */
async function recoverFromReplacing(
  context: Excel.RequestContext,
  temporary: string,
  marker: string,
  reports: readonly EarlierReport[],
  error: unknown,
): Promise<Result<{ sheet: string }>> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const left = worksheets.items.map((s) => s.name);
  if (!reports.every((r) => left.some((name) => same(name, r.sheet)))) return ok({ sheet: temporary });
  await removeHalfWritten(context, temporary, [marker]);
  return notReplaced(reports[0].sheet, error);
}
