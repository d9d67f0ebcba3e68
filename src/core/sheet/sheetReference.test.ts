import { parseCellRange, sheetReference } from "./sheetReference";

describe("parseCellRange", () => {
  it("refuses what is not one area of cells", () => {
    for (const bad of ["", "#REF!", "D:D", "A1:B2,C3", "Sheet1!A1", "A0"])
      expect(parseCellRange(bad)).toBeUndefined();
  });

  it("reads a cell and a range, absolute or not, in any order of corners", () => {
    expect(parseCellRange("d8")).toEqual({ row: 7, col: 3, rows: 1, cols: 1 });
    expect(parseCellRange("$D$14:$D$8")).toEqual({ row: 7, col: 3, rows: 7, cols: 1 });
    expect(parseCellRange("AA1:AB2")).toEqual({ row: 0, col: 26, rows: 2, cols: 2 });
  });
});

describe("sheetReference", () => {
  it("quotes the sheet always and doubles its quotes", () => {
    expect(sheetReference("Bob's", { row: 0, col: 0, rows: 2, cols: 1 })).toBe("'Bob''s'!$A$1:$A$2");
  });
});
