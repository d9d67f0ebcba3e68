/**
 * Fixtures of the gateway's report tests: a small report sheet, the user's sheets it sits among, and the
 * markers the workbook holds. Never shipped.
 */
import type { SheetSpec } from "../../core/sheet";
import type { installRecordingExcel, RecordedName } from "./recordingExcel";
import { reportMarker } from "../reportMarker";

/** The kind of report the tests write. */
export const KIND = "pipelineHealth";

/**
 * A small report: a title, a figure over a name that points at the user's amounts, optionally a table.
 * @example report("v1").cells[0].value // "v1"
 */
export function report(title: string, tables = false): SheetSpec {
  return {
    name: "漏斗健康",
    cells: [
      { row: 0, col: 0, value: title },
      { row: 1, col: 0, value: "金额" },
      { row: 1, col: 1, formula: "=SUM(FUNNEL_DATA_AMOUNT)" },
    ],
    names: [{ name: "FUNNEL_DATA_AMOUNT", sheet: "商机", range: { row: 1, col: 3, rows: 3, cols: 1 } }],
    ...(tables ? { tables: [{ name: "HealthStages", range: { row: 1, col: 0, rows: 2, cols: 2 } }] } : {}),
  };
}

/** The user's data sheet and a sheet of theirs named as the report is. */
export const USER_SHEETS = { 商机: { D1: "金额", D2: 100 }, 漏斗健康: { A1: "my own notes" } };

/** The add-in's report markers the workbook holds. */
export const markers = (excel: ReturnType<typeof installRecordingExcel>) =>
  excel.workbook.names.filter((n) => n.name.startsWith("FUNNEL_REPORT_"));

/**
 * A workbook name on `sheet`'s A1 that is the add-in's marker of a `KIND` report with `id`, changed by `change`.
 * @example markerName("漏斗健康", "0A1B2C3D", { visible: true }) // a visible look-alike
 */
export function markerName(sheet: string, id: string, change: Partial<RecordedName> = {}): RecordedName {
  return { ...reportMarker(KIND, id), sheet, address: "A1", visible: false, ...change };
}
