import { RowLayout } from "./rowLayout";

describe("RowLayout", () => {
  it("places rows of the default height alone one under the other", () => {
    const layout = new RowLayout(24);
    expect([layout.height(5), layout.top(0), layout.top(5)]).toEqual([24, 0, 120]);
    expect([layout.rowAt(-10), layout.rowAt(0), layout.rowAt(23), layout.rowAt(24)]).toEqual([0, 0, 0, 1]);
  });

  it("moves the rows below a taller row down, and finds rows by offset", () => {
    const layout = new RowLayout(
      24,
      new Map([
        [2, 60],
        [5, 30],
        [1, 10],
      ]),
    );
    expect([0, 1, 2, 3, 4, 5, 6].map((row) => layout.top(row))).toEqual([0, 24, 34, 94, 118, 142, 172]);
    expect([33, 34, 93, 94, 171, 172].map((offset) => layout.rowAt(offset))).toEqual([1, 2, 2, 3, 5, 6]);
  });

  it("finds a row far down a million-row sheet", () => {
    const layout = new RowLayout(24, new Map([[0, 48]]));
    expect(layout.top(1_000_000)).toBe(24_000_024);
    expect(layout.rowAt(24_000_024)).toBe(1_000_000);
  });
});
