import { errorOf, valueOf } from "../core/kernel/testing/results";
import { availableTableName, TABLE_STYLE, validTableName } from "./makeTable";
import { createOfficeGateway } from "./officeGateway";
import { installRecordingExcel } from "./testing/recordingExcel";

/** The user's deals as a plain range A1:C4 of 商机, with their own fill and number format. */
const DEALS = {
  A1: "Deal",
  B1: "Stage",
  C1: "Amount",
  A2: "D1",
  B2: "谈判",
  C2: 100,
  A3: "D2",
  B3: "立项",
  C3: 200,
  A4: "D3",
  B4: "成交",
  C4: 400,
};
const RANGE = { sheet: "商机", headerRow: 0, firstCol: 0, columns: 3, rows: 3 };

function dealsWorkbook(options: Parameters<typeof installRecordingExcel>[0] = {}) {
  const excel = installRecordingExcel({ sheets: { 商机: DEALS, Notes: { A1: "mine" } }, ...options });
  Object.assign(excel.sheet("商机").cells.get("C2")!, { fill: "#FFF2CC", numberFormat: "#,##0.00" });
  return excel;
}

describe("validTableName", () => {
  it("makes other characters than letters, digits, _ and . an underscore", () => {
    expect(validTableName("Deals 2024")).toBe("Deals_2024");
    expect(validTableName("商机-表")).toBe("商机_表");
    expect(validTableName("deals.v2")).toBe("deals.v2");
  });

  it("puts an underscore first when the name starts with a digit or reads as a cell", () => {
    expect(validTableName("2024")).toBe("_2024");
    expect(validTableName("A1")).toBe("_A1");
    expect(validTableName("R1C1")).toBe("_R1C1");
    expect(validTableName("r2")).toBe("_r2");
    expect(validTableName("\\Deals")).toBe("\\Deals");
  });

  it("falls back to FunnelData for an empty name, and keeps at most 255 characters", () => {
    expect(validTableName("  ")).toBe("FunnelData");
    expect(validTableName("D".repeat(300))).toHaveLength(255);
  });
});

describe("availableTableName", () => {
  it("numbers a name a table or a workbook name has, in any case", () => {
    expect(availableTableName("Deals", [])).toBe("Deals");
    expect(availableTableName("Deals", ["DEALS"])).toBe("Deals2");
    expect(availableTableName("Deals", ["deals", "Deals2"])).toBe("Deals3");
  });

  it("never numbers a name into a cell reference, and stays within 255 characters", () => {
    expect(availableTableName("A", ["a"])).toBe("A_2");
    expect(availableTableName("D".repeat(255), ["D".repeat(255)])).toBe(`${"D".repeat(254)}2`);
  });
});

describe("makeTable", () => {
  it("makes the range a light-styled table under the preferred name, in two syncs, keeping every cell and format", async () => {
    const excel = dealsWorkbook();
    const before = structuredClone(excel.userContent());
    const result = await createOfficeGateway().makeTable(RANGE, "Deals");
    expect(result).toEqual({ ok: true, value: { table: "Deals" } });
    expect(excel.syncs()).toBe(2);
    expect(excel.sheet("商机").tables).toEqual([
      { address: "A1:C4", hasHeaders: true, name: "Deals", style: TABLE_STYLE },
    ]);
    const after = excel.userContent();
    expect(after.sheets.map((s) => [...s.cells])).toEqual(before.sheets.map((s) => [...s.cells]));
    expect(excel.sheet("商机").cells.get("C2")).toEqual({
      input: 100,
      fill: "#FFF2CC",
      numberFormat: "#,##0.00",
    });
  });

  it("names the table free and valid when a table or a workbook name has the name", async () => {
    dealsWorkbook({ tables: ["deals"], names: ["Deals2"] });
    expect(valueOf(await createOfficeGateway().makeTable(RANGE, "Deals"))).toEqual({ table: "Deals3" });
  });

  it("makes a table the gateway then reads by name and watches", async () => {
    const excel = dealsWorkbook();
    const gateway = createOfficeGateway();
    const { table } = valueOf(await gateway.makeTable(RANGE, "Deals 2024"));
    expect(table).toBe("Deals_2024");
    expect(valueOf(await gateway.readTable({ kind: "table", name: table }))).toMatchObject({
      table,
      sheet: "商机",
      header: ["Deal", "Stage", "Amount"],
    });
    const watch = valueOf(await gateway.watchSource({ sheet: "商机", table }, () => {}));
    expect(excel.subscribed()).toEqual([{ table }]);
    await watch.release();
  });

  it("refuses a range that overlaps a table, naming it, and changes nothing", async () => {
    const excel = dealsWorkbook({ dataTables: [{ name: "Old", sheet: "商机", address: "C3:D6" }] });
    const before = structuredClone(excel.userContent());
    const refused = errorOf(await createOfficeGateway().makeTable(RANGE, "Deals"));
    expect(refused.code).toBe("VALUE");
    expect(refused.message.en).toBe(
      'Cannot make A1:C4 of the sheet "商机" an Excel table: it overlaps the table "Old". Pick that table itself, or a range clear of tables.',
    );
    expect(refused.message.zh).toContain("“Old”");
    expect(excel.userContent()).toEqual(before);
    expect(excel.callLog()).not.toContain("tables.add");
  });

  it("refuses a range holding merged cells, naming them, and changes nothing", async () => {
    const excel = dealsWorkbook();
    excel.sheet("商机").merges.push("A3:A4");
    const before = structuredClone(excel.userContent());
    const refused = errorOf(await createOfficeGateway().makeTable(RANGE, "Deals"));
    expect(refused.message.en).toContain("it holds merged cells ('商机'!A3:A4). Unmerge them");
    expect(refused.message.zh).toContain("合并单元格（'商机'!A3:A4）");
    expect(excel.userContent()).toEqual(before);
  });

  it("reports Excel refusing the table with Excel's message and code, and changes nothing", async () => {
    const excel = dealsWorkbook({ failOn: "tables.add" });
    const before = structuredClone(excel.userContent());
    const refused = errorOf(await createOfficeGateway().makeTable(RANGE, "Deals"));
    expect(refused.message.en).toContain(
      "Excel refused: tables.add was refused (InvalidArgument, at tables.add)",
    );
    expect(refused.message.zh).toContain("错误代码 InvalidArgument");
    expect(excel.userContent()).toEqual(before);
  });

  it("turns the table back into a range when Excel refuses its name", async () => {
    const excel = dealsWorkbook({ failOn: "table.name" });
    const before = structuredClone(excel.userContent());
    const refused = errorOf(await createOfficeGateway().makeTable(RANGE, "Deals"));
    expect(refused.message.en).toContain("at table.name");
    expect(excel.sheet("商机").tables).toEqual([]);
    expect(excel.userContent()).toEqual(before);
  });

  it("reports a sheet the workbook lacks as a failure, not a rejection", async () => {
    dealsWorkbook();
    const refused = errorOf(await createOfficeGateway().makeTable({ ...RANGE, sheet: "Nope" }, "Deals"));
    expect(refused.message.en).toContain("no sheet Nope");
  });
});
