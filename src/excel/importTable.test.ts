import type { TypedTable } from "../core/import";
import { valueOf } from "../core/kernel/testing/results";
import { createOfficeGateway } from "./officeGateway";
import { EXCEL_PAYLOAD_LIMIT, installRecordingExcel } from "./testing/recordingExcel";
import { freeTableName, rowsPerChunk } from "./importTable";

const table = (rows: number, note = "x"): TypedTable => ({
  sheetName: "商机导出",
  tableName: "商机导出",
  header: ["商机编号", "Close Date", "金额", "备注"],
  kinds: ["text", "date", "number", "text"],
  rows: Array.from({ length: rows }, (_, i) => [`00${i}`, 42795 + i, i * 10, `${note}${i}`]),
});

describe("importTableInExcel", () => {
  it("formats text columns as text and date columns as dates before writing, and makes the rows a named table", async () => {
    const excel = installRecordingExcel({
      sheets: { Sheet1: { A1: "mine" } },
      tables: ["商机导出"],
    });
    const imported = valueOf(await createOfficeGateway().importTable(table(3)));
    expect(imported).toEqual({
      sheet: "商机导出",
      table: "商机导出_2",
      rows: 3,
    });
    const sheet = excel.sheet("商机导出");
    expect(sheet.cells.get("A2")).toEqual({ input: "'000", numberFormat: "@" });
    expect(sheet.cells.get("B2")).toEqual({
      input: 42795,
      numberFormat: "yyyy-mm-dd",
    });
    expect(sheet.cells.get("C3")).toEqual({
      input: 10,
      numberFormat: "General",
    });
    expect(sheet.cells.get("A1")).toEqual({
      input: "商机编号",
      numberFormat: "@",
    });
    expect(sheet.tables).toEqual([{ address: "A1:D4", hasHeaders: true, name: "商机导出_2" }]);
    expect(excel.workbook.active).toBe("商机导出");
    expect(excel.sheet("Sheet1").cells.get("A1")).toEqual({ input: "mine" });
  });

  it("writes the file's dates in a 1904 workbook's own serials, so they show the same days, in the same round trips", async () => {
    const in1900 = installRecordingExcel({ sheets: { Sheet1: {} } });
    valueOf(await createOfficeGateway().importTable(table(2)));
    const syncs1900 = in1900.syncs();
    const excel = installRecordingExcel({ sheets: { Sheet1: {} }, dateSystem: 1904 });
    valueOf(await createOfficeGateway().importTable(table(2)));
    expect(excel.sheet("商机导出").cells.get("B2")).toEqual({
      input: 42795 - 1462,
      numberFormat: "yyyy-mm-dd",
    });
    expect(excel.sheet("商机导出").cells.get("C3")?.input).toBe(10);
    expect(excel.syncs()).toBe(syncs1900);
  });

  it("writes a large table in chunks, each request under Excel on the web's limit", async () => {
    const excel = installRecordingExcel({ sheets: { Sheet1: {} } });
    const progress: number[] = [];
    const long = "很长的备注".repeat(40);
    const imported = valueOf(
      await createOfficeGateway().importTable(table(20_000, long), (done) => progress.push(done)),
    );
    expect(imported.rows).toBe(20_000);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe(20_000);
    expect(Math.max(...excel.requests())).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
    expect(excel.sheet("商机导出").cells.get("D20001")?.input).toBe(`${long}19999`);
  });

  it("removes its sheet when Excel refuses the table, leaving the workbook as it was", async () => {
    const excel = installRecordingExcel({
      sheets: { Sheet1: { A1: "mine" } },
      failOn: "tables.add",
    });
    const result = await createOfficeGateway().importTable(table(3));
    expect(result.ok).toBe(false);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

describe("freeTableName and rowsPerChunk", () => {
  it("numbers a taken table name and fits chunks into half a request", () => {
    expect(freeTableName("Deals", ["DEALS", "deals_2"])).toBe("Deals_3");
    expect(rowsPerChunk(1_000)).toBe(1_999);
    expect(rowsPerChunk(10_000_000)).toBe(1);
  });
});
