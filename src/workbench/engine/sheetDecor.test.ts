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
});
