/** A workbook's stage settings sheet for the pane's tests, as the template lays it out. */
import type { FakeTable } from "./fakeGateway";

/**
 * The stage settings sheet 阶段设置 holding `rows` (stage, probability, 是 when won, 是 when lost): the head on row 3,
 * the stages from row 4, as the stage settings template writes them.
 * @example createFakeGateway({ sheetData: { 阶段设置: stageSettingsTable([["线索", 0.1, "", ""], ["签约", 1, "是", ""]]) } })
 */
export function stageSettingsTable(rows: readonly (readonly [string, number, string, string])[]): FakeTable {
  return {
    sheet: "阶段设置",
    headerRow: 2,
    header: ["阶段", "概率", "赢单", "丢单"],
    rows: rows.map((row) => [...row]),
  };
}
