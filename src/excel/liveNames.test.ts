/**
 * The report's data names over an Excel table are defined by structured reference, so that the "live" cells follow
 * the rows a manager appends or a refresh loads; over a plain range they point at the rows read, as before.
 */
import { createOfficeGateway } from "./officeGateway";
import { DEALS_TABLE, KIND, liveReport, report, USER_SHEETS } from "./testing/reportFixtures";
import { installRecordingExcel } from "./testing/recordingExcel";

describe("the report's data names", () => {
  it("are defined by structured reference to the table's columns when the data is an Excel table", async () => {
    const excel = installRecordingExcel(DEALS_TABLE);
    const result = await createOfficeGateway().writeReport(KIND, liveReport("v1"));
    expect(result).toEqual({ ok: true, value: { sheet: "管线健康" } });
    expect(excel.sheet("管线健康").names).toEqual([
      { name: "FUNNEL_DATA_STAGE", address: "", comment: undefined, formula: "=Deals[Stage]" },
      { name: "FUNNEL_DATA_AMOUNT", address: "", comment: undefined, formula: "=Deals[Amount]" },
      { name: "FUNNEL_DATA_CLOSE", address: "", comment: undefined, formula: "=Deals[[Close date]]" },
      { name: "FUNNEL_DATA_STAGEDATES", address: "", comment: undefined, formula: "=Deals[[目标]:[成交]]" },
    ]);
    expect(excel.callLog().filter((call) => call === "sheet.names.add")).toHaveLength(4);
  });

  it("stay structured references when the report is regenerated in place", async () => {
    const excel = installRecordingExcel(DEALS_TABLE);
    const gateway = createOfficeGateway();
    await gateway.writeReport(KIND, liveReport("v1"));
    expect(await gateway.writeReport(KIND, liveReport("v2"))).toEqual({
      ok: true,
      value: { sheet: "管线健康" },
    });
    expect(excel.sheet("管线健康").names.map((n) => n.formula)).toEqual([
      "=Deals[Stage]",
      "=Deals[Amount]",
      "=Deals[[Close date]]",
      "=Deals[[目标]:[成交]]",
    ]);
  });

  it("point at the rows read when the data is a plain range", async () => {
    const excel = installRecordingExcel({ sheets: USER_SHEETS });
    await createOfficeGateway().writeReport(KIND, report("v1"));
    expect(excel.sheet("管线健康 (2)").names).toEqual([
      { name: "FUNNEL_DATA_AMOUNT", address: "D2:D4", comment: undefined, sheet: "商机" },
    ]);
  });

  it("of a sheet defining workbook names are workbook names by structured reference too", async () => {
    const excel = installRecordingExcel(DEALS_TABLE);
    const spec = liveReport("v1");
    const result = await createOfficeGateway().createSheet({ ...spec, names: spec.names?.slice(0, 1) });
    expect(result.ok).toBe(true);
    expect(excel.workbook.names).toEqual([
      { name: "FUNNEL_DATA_STAGE", sheet: "", address: "", comment: undefined, formula: "=Deals[Stage]" },
    ]);
  });
});
