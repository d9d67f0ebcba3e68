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
    name: "管线健康",
    cells: [
      { row: 0, col: 0, value: title },
      { row: 1, col: 0, value: "金额" },
      { row: 1, col: 1, formula: "=SUM(FUNNEL_DATA_AMOUNT)" },
    ],
    names: [{ name: "FUNNEL_DATA_AMOUNT", sheet: "商机", range: { row: 1, col: 3, rows: 3, cols: 1 } }],
    ...(tables ? { tables: [{ name: "HealthStages", range: { row: 1, col: 0, rows: 2, cols: 2 } }] } : {}),
  };
}

/** The user's deals as an Excel table "Deals" on 商机 (A1:F4: a header and three deals), for the live report. */
export const DEALS_TABLE = {
  grids: {
    商机: {
      values: [
        ["Deal", "Stage", "Amount", "Close date", "目标", "成交"],
        ["D1", "谈判", 100, 45658, 45600, ""],
        ["D2", "立项", 200, 45690, 45610, ""],
        ["D3", "成交", 400, 45700, 45620, 45700],
      ],
    },
  },
  dataTables: [{ name: "Deals", sheet: "商机", address: "A1:F4" }],
};

/**
 * The report over {@link DEALS_TABLE}: its data names carry the table's columns, so that they are defined by
 * structured reference ("=Deals[Stage]") and follow the rows added later; their ranges are the rows read.
 * @example liveReport("v1").names?.[0].tableColumns // { table: "Deals", first: "Stage", last: "Stage" }
 */
export function liveReport(title: string): SheetSpec {
  const rows = { row: 1, rows: 3 };
  const column = (name: string, col: number, first: string, last = first) => ({
    name,
    sheet: "商机",
    range: { ...rows, col, cols: 1 + DEALS_TABLE.grids.商机.values[0].indexOf(last) - col },
    tableColumns: { table: "Deals", first, last },
  });
  return {
    name: "管线健康",
    cells: [
      { row: 0, col: 0, value: title },
      { row: 1, col: 0, value: "金额" },
      { row: 1, col: 1, formula: "=SUM(FUNNEL_DATA_AMOUNT)" },
    ],
    names: [
      column("FUNNEL_DATA_STAGE", 1, "Stage"),
      column("FUNNEL_DATA_AMOUNT", 2, "Amount"),
      column("FUNNEL_DATA_CLOSE", 3, "Close date"),
      column("FUNNEL_DATA_STAGEDATES", 4, "目标", "成交"),
    ],
  };
}

/** The user's data sheet and a sheet of theirs named as the report is. */
export const USER_SHEETS = { 商机: { D1: "金额", D2: 100 }, 管线健康: { A1: "my own notes" } };

/** The add-in's report markers the workbook holds. */
export const markers = (excel: ReturnType<typeof installRecordingExcel>) =>
  excel.workbook.names.filter((n) => n.name.startsWith("FUNNEL_REPORT_"));

/**
 * A workbook name on `sheet`'s A1 that is the add-in's marker of a `KIND` report with `id`, changed by `change`.
 * @example markerName("管线健康", "0A1B2C3D", { visible: true }) // a visible look-alike
 */
export function markerName(sheet: string, id: string, change: Partial<RecordedName> = {}): RecordedName {
  return { ...reportMarker(KIND, id), sheet, address: "A1", visible: false, ...change };
}
