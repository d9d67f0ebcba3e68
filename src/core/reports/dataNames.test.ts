import {
  dataNames,
  dataRowAddress,
  followsRows,
  namedRoles,
  sheetRowNumber,
  type ReportSource,
} from "./dataNames";
import { SOURCE } from "./testing/healthFixture";

const source = (change: Partial<ReportSource>): ReportSource => ({ ...SOURCE, ...change });

describe("dataNames", () => {
  it("refuses a source that is not a table position", () => {
    expect(() => dataNames(source({ sheet: "" }))).toThrow(RangeError);
    expect(() => dataNames(source({ headerRow: -1 }))).toThrow(RangeError);
    expect(() => dataNames(source({ firstCol: 1.5 }))).toThrow(RangeError);
    expect(() => dataNames(source({ rowCount: -2 }))).toThrow(RangeError);
    expect(() => dataNames(source({ mapping: { stage: -1 } }))).toThrow(/stage column/);
  });

  it("defines no name over a table without data rows", () => {
    expect(dataNames(source({ rowCount: 0 }))).toEqual([]);
    expect(namedRoles(source({ rowCount: 0 })).size).toBe(0);
  });

  it("covers exactly the data rows of each mapped column, on the data sheet", () => {
    const names = dataNames(SOURCE);
    expect(names.map((n) => n.name).sort()).toEqual(
      [
        "FUNNEL_DATA_AMOUNT",
        "FUNNEL_DATA_CLOSE",
        "FUNNEL_DATA_CREATED",
        "FUNNEL_DATA_CUSTOMER",
        "FUNNEL_DATA_ENTERED",
        "FUNNEL_DATA_OPPORTUNITY",
        "FUNNEL_DATA_OWNER",
        "FUNNEL_DATA_STAGE",
      ].sort(),
    );
    const stage = names.find((n) => n.name === "FUNNEL_DATA_STAGE");
    // Header on sheet row 2 (0-based) from column B: the stage column (offset 3) is E, data rows 3..14.
    expect(stage).toMatchObject({ sheet: "Deals", range: { row: 3, col: 4, rows: 12, cols: 1 } });
    expect(names.every((n) => n.sheet === "Deals" && n.range.rows === 12 && n.range.row === 3)).toBe(true);
    expect(namedRoles(SOURCE)).toEqual(new Set(Object.keys(SOURCE.mapping)));
  });

  it("names the outcome and lost-at columns when they are mapped", () => {
    const names = dataNames(source({ mapping: { stage: 0, outcome: 5, lostAt: 6 } }));
    expect(names.map((n) => [n.name, n.range.col])).toEqual([
      ["FUNNEL_DATA_STAGE", 1],
      ["FUNNEL_DATA_OUTCOME", 6],
      ["FUNNEL_DATA_LOSTAT", 7],
    ]);
  });
});

describe("dataNames over an Excel table", () => {
  const header = ["Deal", "Stage", "Close date", "Amount", "Entered 目标", "Entered 潜在", "Owner's"];
  const table = (change: Partial<ReportSource> = {}): ReportSource =>
    source({ mapping: { stage: 1, amount: 3, owner: 6 }, table: { name: "Deals", header }, ...change });

  it("refers to each mapped column by the table's column name, so the name follows the table's rows", () => {
    const names = dataNames(table());
    expect(names.map((n) => [n.name, n.tableColumns])).toEqual([
      ["FUNNEL_DATA_OWNER", { table: "Deals", first: "Owner's", last: "Owner's" }],
      ["FUNNEL_DATA_STAGE", { table: "Deals", first: "Stage", last: "Stage" }],
      ["FUNNEL_DATA_AMOUNT", { table: "Deals", first: "Amount", last: "Amount" }],
    ]);
    // Where the columns are now stays given (the workbench and the checks use it).
    expect(names[1]).toMatchObject({ sheet: "Deals", range: { row: 3, col: 2, rows: 12, cols: 1 } });
    expect(followsRows(table())).toBe(true);
  });

  it("refers to the per-stage date block from its first column to its last", () => {
    const names = dataNames(table(), [
      { column: 4, stage: 0 },
      { column: 5, stage: 1 },
    ]);
    expect(names.find((n) => n.name === "FUNNEL_DATA_STAGEDATES")?.tableColumns).toEqual({
      table: "Deals",
      first: "Entered 目标",
      last: "Entered 潜在",
    });
  });

  it("falls back to the rows read when the header cannot name the columns", () => {
    const blank = table({ table: { name: "Deals", header: ["Deal", "", "Close"] }, mapping: { stage: 1 } });
    expect(dataNames(blank)[0].tableColumns).toBeUndefined();
    const twice = table({ table: { name: "Deals", header: ["Stage", "stage"] }, mapping: { stage: 1 } });
    expect(dataNames(twice)[0].tableColumns).toBeUndefined();
    expect(followsRows(blank)).toBe(false);
    expect(followsRows(source({}))).toBe(false);
  });
});

describe("dataRowAddress and sheetRowNumber", () => {
  it("refuses a row that is not a data row", () => {
    expect(() => dataRowAddress(SOURCE, -1)).toThrow(RangeError);
  });

  it("point at the first cell of the data row, as the user numbers rows", () => {
    // Header on sheet row 3 as the user sees it, so data row 0 is sheet row 4, from column B.
    expect(dataRowAddress(SOURCE, 0)).toBe("B4");
    expect(dataRowAddress(SOURCE, 10)).toBe("B14");
    expect(sheetRowNumber(SOURCE, 0)).toBe(4);
    expect(sheetRowNumber(SOURCE, 10)).toBe(14);
  });
});
