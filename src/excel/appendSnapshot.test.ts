import type { TypedTable } from "../core/import";
import { valueOf } from "../core/kernel/testing/results";
import { SNAPSHOT_KINDS } from "../core/snapshots";
import { createOfficeGateway } from "./officeGateway";
import { chunkOf, measuredBytesPerRow, rowsPerChunk } from "./importTable";
import { EXCEL_PAYLOAD_LIMIT, installRecordingExcel } from "./testing/recordingExcel";
import { SNAPSHOT_HEADER_ZH } from "./testing/snapshotContract";

const snapshot = (asOf: number, deals: number): TypedTable => ({
  sheetName: "管线快照",
  tableName: "管线快照",
  header: SNAPSHOT_HEADER_ZH,
  kinds: SNAPSHOT_KINDS,
  rows: Array.from({ length: deals }, (_, i) => [
    asOf,
    `D-${String(i).padStart(6, "0")}`,
    `商机 ${i} 二期扩容项目`,
    `客户 ${i % 977} 有限公司`,
    `负责人${i % 13}`,
    "谈判客户",
    10_000 + i,
    45_000 + (i % 300),
    45_900 + (i % 90),
    45_800,
  ]),
});

describe("appendSnapshotInExcel", () => {
  it("appends 100,000 rows to the history table in the fewest round trips whose requests stay under Excel on the web's limit", async () => {
    const excel = installRecordingExcel({ sheets: { Sheet1: {} } });
    const gateway = createOfficeGateway();
    valueOf(await gateway.appendSnapshot({ table: snapshot(45_800, 10), asOf: 45_800, replace: false }));
    const before = excel.syncs();
    const big = snapshot(45_830, 100_000);
    const chunks = Math.ceil(100_000 / rowsPerChunk(measuredBytesPerRow(big)));
    const appended = valueOf(await gateway.appendSnapshot({ table: big, asOf: 45_830, replace: false }));
    expect(appended).toMatchObject({ rows: 100_000, replaced: 0, created: false });
    // names, the table's place, its date column (one block), then one per chunk
    expect(excel.syncs() - before).toBe(3 + chunks);
    expect(chunks).toBeGreaterThan(1);
    expect(Math.max(...excel.requests())).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
    expect(excel.workbook.sheets.find((s) => s.name === "管线快照")?.tables[0].address).toBe("A1:J100011");
  });

  it("gives appended rows their columns' formats: text as text, dates as dates, in the workbook's date system", async () => {
    const excel = installRecordingExcel({ sheets: { Sheet1: {} }, dateSystem: 1904 });
    const gateway = createOfficeGateway();
    valueOf(await gateway.appendSnapshot({ table: snapshot(45_800, 1), asOf: 45_800, replace: false }));
    valueOf(await gateway.appendSnapshot({ table: snapshot(45_830, 1), asOf: 45_830, replace: false }));
    const cells = excel.sheet("管线快照").cells;
    expect(cells.get("A3")).toEqual({ input: 45_830 - 1462, numberFormat: "yyyy-mm-dd" });
    expect(cells.get("B3")).toEqual({ input: "D-000000", numberFormat: "@" });
    expect(chunkOf(snapshot(1, 1), 0, 1).inputs[0][6]).toBe(10_000);
  });

  it("deletes a replaced day's rows in one round trip before appending", async () => {
    const excel = installRecordingExcel({ sheets: { Sheet1: {} } });
    const gateway = createOfficeGateway();
    valueOf(await gateway.appendSnapshot({ table: snapshot(45_800, 4), asOf: 45_800, replace: false }));
    const before = excel.syncs();
    const replaced = valueOf(
      await gateway.appendSnapshot({ table: snapshot(45_800, 2), asOf: 45_800, replace: true }),
    );
    expect(replaced).toMatchObject({ rows: 2, replaced: 4 });
    expect(excel.syncs() - before).toBe(5);
    expect(excel.sheet("管线快照").tables[0].address).toBe("A1:J3");
  });
});
