import { SheetBuilder } from "./sheetBuilder";

describe("SheetBuilder", () => {
  it("refuses a cell written twice", () => {
    const sheet = new SheetBuilder("zh").value(0, 0, "a");
    expect(() => sheet.input(0, 0)).toThrow("A1 is written twice");
  });

  it("refuses a cell with both a value and a formula", () => {
    expect(() => new SheetBuilder("zh").put({ row: 0, col: 0, value: 1, formula: "=1" })).toThrow(RangeError);
  });

  it("refuses a formula without its equals sign", () => {
    expect(() => new SheetBuilder("zh").formula(0, 0, "SUM(A2:A3)")).toThrow(RangeError);
  });

  it("refuses a merge of one cell and overlapping merges", () => {
    const sheet = new SheetBuilder("en");
    expect(() => sheet.merge({ row: 0, col: 0, rows: 1, cols: 1 })).toThrow(RangeError);
    sheet.merge({ row: 0, col: 0, rows: 1, cols: 3 });
    expect(() => sheet.merge({ row: 0, col: 2, rows: 2, cols: 1 })).toThrow("overlaps");
    expect(() => sheet.merge({ row: 1, col: 0, rows: 1, cols: 2 })).not.toThrow();
  });

  it("picks the text of its language", () => {
    expect(new SheetBuilder("zh").text({ zh: "日期", en: "Date" })).toBe("日期");
    expect(new SheetBuilder("en").text({ zh: "日期", en: "Date" })).toBe("Date");
  });

  it("writes text starting with = as a value, and inputs as unlocked cells", () => {
    const spec = new SheetBuilder("en").input(1, 0, undefined, "=1+1").build("S", {});
    expect(spec.cells).toEqual([{ row: 1, col: 0, input: true, value: "=1+1" }]);
  });

  it("builds the cells in row, then column order, with its merges and validations", () => {
    const spec = new SheetBuilder("en")
      .value(2, 0, "c")
      .formula(0, 1, "=A1")
      .value(0, 0, "a")
      .merge({ row: 2, col: 0, rows: 1, cols: 2 })
      .validate({ range: { row: 3, col: 0, rows: 1, cols: 1 }, kind: "list", values: ["x"] })
      .build("Sheet name", { freeze: { rows: 1, cols: 0 } });
    expect(spec.name).toBe("Sheet name");
    expect(spec.cells.map((cell) => [cell.row, cell.col])).toEqual([
      [0, 0],
      [0, 1],
      [2, 0],
    ]);
    expect(spec.merges).toHaveLength(1);
    expect(spec.validations).toHaveLength(1);
    expect(spec.freeze).toEqual({ rows: 1, cols: 0 });
  });
});
