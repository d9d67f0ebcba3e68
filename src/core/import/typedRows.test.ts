import { errorOf, valueOf } from "../kernel/testing/results";
import type { ImportColumn } from "./columnKinds";
import { addRecords, sheetNameFor, tableNameFor, typeRecord, type TypedRows } from "./typedRows";

const COLUMNS: ImportColumn[] = [
  { header: "id", kind: "text", id: true },
  { header: "Close Date", kind: "date", id: false },
  { header: "Amount", kind: "number", id: false },
];

describe("typeRecord", () => {
  it("keeps text as the file has it, reads dates in the stated order and amounts as numbers", () => {
    expect(valueOf(typeRecord(["00123", "01-03-17", "1,200.50"], COLUMNS, "dmy"))).toEqual([
      "00123",
      42795,
      1200.5,
    ]);
    expect(valueOf(typeRecord(["00123", "01-03-17", ""], COLUMNS, "mdy"))).toEqual(["00123", 42738, null]);
    expect(valueOf(typeRecord(["=1+1", "", "-"], COLUMNS, "dmy"))).toEqual(["=1+1", null, null]);
  });

  it("refuses a record with another number of fields, or a value its column cannot read, naming the column", () => {
    expect(errorOf(typeRecord(["1", "2"], COLUMNS, "dmy")).message.en).toBe(
      "it has 2 fields; the header has 3.",
    );
    const reason = errorOf(typeRecord(["1", "31-02-17", "5"], COLUMNS, "dmy")).message;
    expect(reason.en).toMatch(/^column 2 “Close Date”: “31-02-17” is not a real date/);
    expect(reason.zh).toMatch(/^第 2 列“Close Date”：/);
    expect(errorOf(typeRecord(["1", "", "abc"], COLUMNS, "dmy")).message.en).toMatch(/^column 3 “Amount”/);
  });
});

describe("addRecords", () => {
  it("lists every rejected record with its row in the file and its fields, and keeps the others in order", () => {
    const into: TypedRows = { rows: [], rejected: [] };
    addRecords(
      into,
      [
        ["1", "01-03-17", "5"],
        ["2", "x", "6"],
      ],
      2,
      COLUMNS,
      "dmy",
    );
    addRecords(
      into,
      [
        ["3", "02-03-17"],
        ["4", "", "7"],
      ],
      4,
      COLUMNS,
      "dmy",
    );
    expect(into.rows).toEqual([
      ["1", 42795, 5],
      ["4", null, 7],
    ]);
    expect(into.rejected.map((r) => [r.row, r.fields])).toEqual([
      [3, ["2", "x", "6"]],
      [4, ["3", "02-03-17"]],
    ]);
  });
});

describe("names for the file", () => {
  it("makes a table name Excel accepts and a sheet name from the file's name", () => {
    expect(tableNameFor("deals 2024.csv")).toBe("deals_2024");
    expect(tableNameFor("2024 商机.csv")).toBe("_2024_商机");
    expect(tableNameFor("A1.csv")).toBe("_A1");
    expect(tableNameFor("r.csv")).toBe("_r");
    expect(tableNameFor(".csv")).toBe("CsvImport");
    expect(sheetNameFor("商机导出.CSV")).toBe("商机导出");
  });
});
