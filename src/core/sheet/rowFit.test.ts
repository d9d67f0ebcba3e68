import { estimatedRowHeights, linesPoints, MAX_ROW_POINTS, textPoints, wrappedLines } from "./rowFit";

describe("textPoints", () => {
  it("counts a full em per Chinese character and about half per Latin one", () => {
    expect(textPoints("", 11)).toBe(0);
    expect(textPoints("阶段", 11)).toBe(22);
    expect(textPoints("ab", 10)).toBeCloseTo(11);
  });
});

describe("wrappedLines", () => {
  it("needs one line for short or empty text", () => {
    expect(wrappedLines("", 100)).toBe(1);
    expect(wrappedLines("短", 100)).toBe(1);
  });

  it("wraps long text to the width and starts a line at each break", () => {
    expect(wrappedLines("一二三四五六", 44, 11)).toBe(2);
    expect(wrappedLines("一\n二\n三", 200)).toBe(3);
  });
});

describe("linesPoints", () => {
  it("is Excel's 15 points per line at 11 points", () => {
    expect(linesPoints(1, 11)).toBe(15);
    expect(linesPoints(2, 11)).toBe(30);
  });
});

describe("estimatedRowHeights", () => {
  it("ignores unwrapped text, formulas and text that fits one line", () => {
    expect(
      estimatedRowHeights({
        cells: [
          { row: 0, col: 0, value: "很长".repeat(30) },
          { row: 1, col: 0, formula: '=REPT("x",500)', style: { wrap: true } },
          { row: 2, col: 0, value: "短", style: { wrap: true } },
        ],
      }),
    ).toEqual([]);
  });

  it("fits wrapped text to its column, or to its merge's width", () => {
    const value = "说明".repeat(10); // 220 points at 11 points
    const cells = [{ row: 0, col: 0, value, style: { wrap: true } }];
    expect(estimatedRowHeights({ cells, columnWidths: { 0: 60 } })).toEqual([
      { row: 0, points: 60, merged: false },
    ]);
    expect(
      estimatedRowHeights({
        cells,
        columnWidths: { 0: 60, 1: 60 },
        merges: [{ row: 0, col: 0, rows: 1, cols: 2 }],
      }),
    ).toEqual([{ row: 0, points: 30, merged: true }]);
  });

  it("shares a tall merge's height among its rows, keeps the tallest need per row, and caps at Excel's maximum", () => {
    const fits = estimatedRowHeights({
      cells: [
        { row: 0, col: 0, value: "说明".repeat(20), style: { wrap: true } },
        { row: 0, col: 1, value: "说明".repeat(40), style: { wrap: true } },
        { row: 5, col: 0, value: "字".repeat(5000), style: { wrap: true } },
      ],
      columnWidths: { 0: 60, 1: 60 },
      merges: [{ row: 0, col: 0, rows: 2, cols: 1 }],
    });
    expect(fits).toEqual([
      { row: 0, points: 240, merged: true },
      { row: 1, points: 60, merged: true },
      { row: 5, points: MAX_ROW_POINTS, merged: false },
    ]);
  });
});
