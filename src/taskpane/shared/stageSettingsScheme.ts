/**
 * The stage list a pipeline is read with: the workbook's stage settings sheet (阶段设置 / Stage settings, made by
 * the Templates view) when the workbook has one, else the deck's seven-stage model. The settings are read where
 * the template puts its FUNNEL_STAGE_LIST range, so the same rows feed the FUNNEL functions and the pane.
 */
import { fail, ok, type Result } from "../../core/kernel";
import { schemeFromList, DEFAULT_SCHEME, type StageScheme } from "../../core/stages";
import { STAGE_LIST_RANGE, STAGE_SETTING_NAMES, STAGE_SETTINGS_SHEET } from "../../core/templates";
import type { TableData, WorkbookGateway } from "../../excel/gateway";
import { sheetExists } from "./sheetExists";

/**
 * The workbook's stage settings sheet, in either language, as the workbook spells it; undefined when it has none.
 * @example stageSettingsSheet(["Sheet1", "STAGE SETTINGS"]) // "STAGE SETTINGS"
 * @example stageSettingsSheet(["阶段设置 (2)"]) // undefined
 */
export function stageSettingsSheet(sheets: readonly string[]): string | undefined {
  const wanted = [STAGE_SETTINGS_SHEET.zh, STAGE_SETTINGS_SHEET.en];
  return sheets.find((sheet) => wanted.some((name) => sheetExists(name, [sheet])));
}

/**
 * The stage scheme of a stage settings sheet read whole (its used range from A1): the rows and columns of its
 * FUNNEL_STAGE_LIST range (stage names and probabilities) through `schemeFromList`. A sheet whose list is broken
 * is a failure that says why, in both languages.
 * Tested surface: exported for its tests.
 * @example
 * const read = await gateway.readTable({ kind: "sheet", sheet: "阶段设置" });
 * if (read.ok) schemeFromSettings(read.value) // ok(scheme of the seven stages)
 */
export function schemeFromSettings(table: TableData): Result<StageScheme> {
  const range = STAGE_LIST_RANGE;
  const cellAt = (sheetRow: number, sheetCol: number): unknown => {
    const col = sheetCol - table.firstCol;
    const row = sheetRow === table.headerRow ? table.header : table.rows[sheetRow - table.headerRow - 1];
    return row === undefined || col < 0 ? "" : (row[col] ?? "");
  };
  const rows = Array.from({ length: range.rows }, (_, i) =>
    Array.from({ length: range.cols }, (_, j) => cellAt(range.row + i, range.col + j)),
  );
  const scheme = schemeFromList(rows);
  if (scheme.ok) return ok(scheme.value);
  return fail(scheme.error.code, {
    zh: `“${table.sheet}”中的阶段列表无法使用：${scheme.error.message.zh}`,
    en: `The stage list on “${table.sheet}” cannot be used: ${scheme.error.message.en}`,
  });
}

/**
 * The stage scheme to read the pipeline with (the settings sheet read afresh, or the seven-stage model when
 * `settingsSheet` is undefined), and the workbook name of its list for live formulas.
 * @example await stageSchemeFor(gateway, undefined) // ok({ scheme: DEFAULT_SCHEME })
 */
export async function stageSchemeFor(
  gateway: WorkbookGateway,
  settingsSheet: string | undefined,
): Promise<Result<{ scheme: StageScheme; stageListName?: string }>> {
  if (settingsSheet === undefined) return ok({ scheme: DEFAULT_SCHEME });
  const settings = await gateway.readTable({ kind: "sheet", sheet: settingsSheet });
  if (!settings.ok) return settings;
  const scheme = schemeFromSettings(settings.value);
  if (!scheme.ok) return scheme;
  return ok({ scheme: scheme.value, stageListName: STAGE_SETTING_NAMES.stageList });
}
