import type { CellPosition } from "./a1";
import { jump, step } from "./gridNavigation";

const bounds = { rows: 100, columns: 20 };

describe("step", () => {
  it("never leaves the grid", () => {
    expect(step({ row: 0, col: 0 }, "up", bounds)).toEqual({ row: 0, col: 0 });
    expect(step({ row: 0, col: 0 }, "left", bounds)).toEqual({ row: 0, col: 0 });
    expect(step({ row: 99, col: 19 }, "down", bounds)).toEqual({ row: 99, col: 19 });
    expect(step({ row: 99, col: 19 }, "right", bounds)).toEqual({ row: 99, col: 19 });
  });

  it("moves one cell", () => {
    expect(step({ row: 5, col: 5 }, "down", bounds)).toEqual({ row: 6, col: 5 });
    expect(step({ row: 5, col: 5 }, "left", bounds)).toEqual({ row: 5, col: 4 });
  });
});

describe("jump", () => {
  // Column A: rows 0–4 filled, gap, rows 10–12 filled.
  const filled = new Set(["0,0", "1,0", "2,0", "3,0", "4,0", "10,0", "11,0", "12,0"]);
  const isFilled = (p: CellPosition) => filled.has(`${p.row},${p.col}`);
  const used = { rows: 13, columns: 1 };

  it("stays at the edge of the grid", () => {
    expect(jump({ row: 0, col: 0 }, "up", bounds, isFilled, used)).toEqual({ row: 0, col: 0 });
  });

  it("goes to the end of a run of filled cells", () => {
    expect(jump({ row: 0, col: 0 }, "down", bounds, isFilled, used)).toEqual({ row: 4, col: 0 });
    expect(jump({ row: 12, col: 0 }, "up", bounds, isFilled, used)).toEqual({ row: 10, col: 0 });
  });

  it("crosses a gap to the next filled cell", () => {
    expect(jump({ row: 4, col: 0 }, "down", bounds, isFilled, used)).toEqual({ row: 10, col: 0 });
    expect(jump({ row: 10, col: 0 }, "up", bounds, isFilled, used)).toEqual({ row: 4, col: 0 });
  });

  it("goes to the sheet's edge when nothing filled lies ahead", () => {
    expect(jump({ row: 12, col: 0 }, "down", bounds, isFilled, used)).toEqual({ row: 99, col: 0 });
    expect(jump({ row: 3, col: 0 }, "right", bounds, isFilled, used)).toEqual({ row: 3, col: 19 });
    expect(jump({ row: 50, col: 5 }, "up", bounds, isFilled, used)).toEqual({ row: 0, col: 5 });
  });
});

describe("jump from far below the data", () => {
  it("comes back up to the last filled cell without visiting every row", () => {
    const visited: number[] = [];
    const isFilled = (p: CellPosition) => {
      visited.push(p.row);
      return p.row <= 2 && p.col === 0;
    };
    expect(
      jump({ row: 99_999, col: 0 }, "up", { rows: 100_000, columns: 5 }, isFilled, { rows: 3, columns: 1 }),
    ).toEqual({
      row: 2,
      col: 0,
    });
    expect(visited.length).toBeLessThan(5);
  });
});
