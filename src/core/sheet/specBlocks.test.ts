import type { CellSpec } from "./sheetSpec";
import { columnRuns, contentBlocks, INPUT_FILL, lookFill, lookKey, styleBlocks } from "./specBlocks";

describe("contentBlocks", () => {
  it("is empty when no cell holds a value or formula", () => {
    expect(contentBlocks({ cells: [{ row: 0, col: 0, input: true }] })).toEqual([]);
  });

  it("covers the cells' rows and columns, blanks where the spec lists nothing, text made literal", () => {
    const cells: CellSpec[] = [
      { row: 1, col: 2, value: "=looks like a formula" },
      { row: 3, col: 1, formula: "=C2" },
      { row: 2, col: 3, value: 4 },
    ];
    expect(contentBlocks({ cells })).toEqual([
      {
        range: { row: 1, col: 1, rows: 3, cols: 3 },
        inputs: [
          ["", "'=looks like a formula", ""],
          ["", "", 4],
          ["=C2", "", ""],
        ],
      },
    ]);
  });

  it("cuts tall sheets into blocks of at most the given rows", () => {
    const cells = Array.from({ length: 5 }, (_, row): CellSpec => ({ row, col: 0, value: row }));
    const blocks = contentBlocks({ cells }, 2);
    expect(blocks.map((b) => b.range)).toEqual([
      { row: 0, col: 0, rows: 2, cols: 1 },
      { row: 2, col: 0, rows: 2, cols: 1 },
      { row: 4, col: 0, rows: 1, cols: 1 },
    ]);
    expect(blocks.map((b) => b.inputs)).toEqual([[[0], [1]], [[2], [3]], [[4]]]);
  });
});

describe("lookKey", () => {
  it("ignores the order of style properties and undefined ones, not the input flag", () => {
    expect(lookKey({ style: { bold: true, wrap: true }, input: false })).toBe(
      lookKey({ style: { wrap: true, bold: true, italic: undefined }, input: false }),
    );
    expect(lookKey({ style: {}, input: true })).not.toBe(lookKey({ style: {}, input: false }));
  });
});

describe("styleBlocks", () => {
  it("skips cells without style that are not inputs", () => {
    expect(styleBlocks({ cells: [{ row: 0, col: 0, value: "x" }] })).toEqual([]);
  });

  it("joins runs along a row and stacks identical runs of consecutive rows", () => {
    const bold = { bold: true };
    const cells: CellSpec[] = [];
    for (let row = 2; row < 5; row++) {
      cells.push({ row, col: 0, style: bold }, { row, col: 1, style: bold }, { row, col: 2, input: true });
    }
    cells.push({ row: 6, col: 0, style: bold }, { row: 6, col: 1, style: bold });
    expect(styleBlocks({ cells })).toEqual([
      { range: { row: 2, col: 0, rows: 3, cols: 2 }, style: bold, input: false },
      { range: { row: 2, col: 2, rows: 3, cols: 1 }, style: {}, input: true },
      { range: { row: 6, col: 0, rows: 1, cols: 2 }, style: bold, input: false },
    ]);
  });

  it("does not join cells that look different or are not adjacent", () => {
    const cells: CellSpec[] = [
      { row: 0, col: 0, style: { bold: true } },
      { row: 0, col: 1, style: { bold: true }, input: true },
      { row: 0, col: 3, style: { bold: true } },
    ];
    expect(styleBlocks({ cells }).map((b) => b.range)).toEqual([
      { row: 0, col: 0, rows: 1, cols: 1 },
      { row: 0, col: 1, rows: 1, cols: 1 },
      { row: 0, col: 3, rows: 1, cols: 1 },
    ]);
  });
});

describe("columnRuns", () => {
  it("is empty without widths", () => {
    expect(columnRuns()).toEqual([]);
  });

  it("joins consecutive columns of one width only", () => {
    expect(columnRuns({ 3: 120, 0: 80, 1: 80, 2: 90, 5: 120 })).toEqual([
      { col: 0, cols: 2, width: 80 },
      { col: 2, cols: 1, width: 90 },
      { col: 3, cols: 1, width: 120 },
      { col: 5, cols: 1, width: 120 },
    ]);
  });
});

describe("lookFill", () => {
  it("is the style's fill, else the input fill for inputs, else none", () => {
    expect(lookFill({ style: { fill: "#E2EFDA" }, input: true })).toBe("#E2EFDA");
    expect(lookFill({ style: {}, input: true })).toBe(INPUT_FILL);
    expect(lookFill({ style: { bold: true }, input: false })).toBeUndefined();
  });
});
