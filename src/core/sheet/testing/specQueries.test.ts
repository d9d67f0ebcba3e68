import type { SheetSpec } from "../sheetSpec";
import { cellAt, cellsWithText, formulasOf, rowCells, theCell, validationAt } from "./specQueries";

const spec: SheetSpec = {
  name: "Q",
  cells: [
    { row: 0, col: 1, value: "什么是客户需求？" },
    { row: 0, col: 0, value: "是" },
    { row: 1, col: 0, value: "是" },
    { row: 1, col: 1, formula: "=A1" },
    { row: 2, col: 0, input: true },
  ],
  validations: [{ range: { row: 2, col: 0, rows: 3, cols: 1 }, kind: "list", values: ["是", "否"] }],
};

describe("theCell", () => {
  it("throws when no cell or more than one cell shows the text", () => {
    expect(() => theCell(spec, "missing")).toThrow("found 0");
    expect(() => theCell(spec, "是")).toThrow("found 2");
  });

  it("finds a text with full-width punctuation from its half-width form", () => {
    expect(theCell(spec, "什么是客户需求?")).toMatchObject({ row: 0, col: 1 });
  });
});

describe("the other lookups", () => {
  it("answer nothing where there is nothing", () => {
    expect(cellAt(spec, 9, 9)).toBeUndefined();
    expect(validationAt(spec, 1, 0)).toBeUndefined();
    expect(cellsWithText(spec, "否")).toEqual([]);
  });

  it("find cells, rows, formulas and validations", () => {
    expect(cellAt(spec, 1, 1)?.formula).toBe("=A1");
    expect(rowCells(spec, 0).map((cell) => cell.col)).toEqual([0, 1]);
    expect(formulasOf(spec)).toEqual(["=A1"]);
    expect(validationAt(spec, 4, 0)?.kind).toBe("list");
  });
});
