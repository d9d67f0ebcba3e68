import { SheetDecor } from "./sheetDecor";

const at = (row: number, col: number) => ({ row, col });

describe("SheetDecor", () => {
  it("has nothing for a cell nobody decorated", () => {
    const decor = new SheetDecor();
    expect(decor.look(at(0, 0))).toBeUndefined();
    expect(decor.mergeAt(at(0, 0))).toBeUndefined();
    expect(decor.validationAt(at(0, 0))).toBeUndefined();
    expect(decor.rowHeights().size).toBe(0);
    expect(decor.protected).toBe(false);
    expect(decor.frozen).toEqual({ rows: 0, cols: 0 });
  });

  it("gives every cell of a range its look", () => {
    const decor = new SheetDecor();
    const look = { style: { bold: true }, input: false };
    decor.setLook({ row: 1, col: 1, rows: 2, cols: 2 }, look);
    expect([at(1, 1), at(2, 2)].map((p) => decor.look(p))).toEqual([look, look]);
    expect(decor.look(at(3, 1))).toBeUndefined();
  });

  it("tells a merge's top-left cell from the cells it covers", () => {
    const decor = new SheetDecor();
    const range = { row: 0, col: 0, rows: 2, cols: 3 };
    decor.merge(range);
    expect(decor.mergeAt(at(0, 0))).toEqual({ range, anchor: true });
    expect(decor.mergeAt(at(1, 2))).toEqual({ range, anchor: false });
    expect(decor.mergeAt(at(2, 0))).toBeUndefined();
  });

  it("finds the last validation given for a cell", () => {
    const decor = new SheetDecor();
    const range = { row: 0, col: 0, rows: 5, cols: 1 };
    decor.validate({ range, kind: "list", values: ["a"] });
    decor.validate({ range: { ...range, rows: 1 }, kind: "wholeNumber", min: 0, max: 9 });
    expect(decor.validationAt(at(0, 0))?.kind).toBe("wholeNumber");
    expect(decor.validationAt(at(4, 0))?.kind).toBe("list");
  });

  it("keeps row heights as whole pixels, at least one", () => {
    const decor = new SheetDecor();
    decor.setRowHeight(3, 40.4);
    decor.setRowHeight(4, -2);
    expect([...decor.rowHeights()]).toEqual([
      [3, 40],
      [4, 1],
    ]);
  });

  it("follows deleted rows: what was on them goes, what was below moves up, ranges shrink", () => {
    const decor = new SheetDecor();
    const look = { style: { bold: true }, input: false };
    decor.setLook({ row: 0, col: 0, rows: 6, cols: 1 }, look);
    decor.setLink(at(5, 1), { sheet: "S", address: "A1" });
    decor.setRowHeight(2, 40);
    decor.setRowHeight(5, 60);
    decor.merge({ row: 1, col: 0, rows: 3, cols: 2 });
    decor.merge({ row: 2, col: 3, rows: 2, cols: 1 });
    decor.validate({ range: { row: 4, col: 0, rows: 2, cols: 1 }, kind: "list", values: ["a"] });
    const column = (row: number, rows: number) => ({ row, col: 0, rows, cols: 1 });
    decor.addChart({
      kind: "bar",
      title: "kept",
      categories: column(0, 6),
      series: [{ name: "s", values: column(0, 6) }],
      anchor: column(6, 4),
    });
    decor.addChart({
      kind: "bar",
      title: "gone",
      categories: column(2, 2),
      series: [{ name: "s", values: column(2, 2) }],
      anchor: column(6, 4),
    });
    decor.deleteRows(2, 2);
    expect([0, 1, 2, 3].map((row) => decor.look(at(row, 0)))).toEqual([look, look, look, look]);
    expect(decor.look(at(4, 0))).toBeUndefined();
    expect(decor.linkAt(at(3, 1))).toEqual({ sheet: "S", address: "A1" });
    expect([...decor.rowHeights()]).toEqual([[3, 60]]);
    expect(decor.merges()).toEqual([{ row: 1, col: 0, rows: 1, cols: 2 }]);
    expect(decor.validationAt(at(2, 0))?.kind).toBe("list");
    expect(decor.charts().map((chart) => [chart.title, chart.categories.rows, chart.anchor.row])).toEqual([
      ["kept", 4, 4],
    ]);
  });
});
