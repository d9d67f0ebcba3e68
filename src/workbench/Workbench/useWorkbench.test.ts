import { MAX_ROW } from "../a1";
import { MIN_GRID_COLUMNS, MIN_GRID_ROWS, gridBounds } from "./useWorkbench";

describe("gridBounds", () => {
  it("never goes past Excel's last row", () => {
    expect(gridBounds({ rows: MAX_ROW + 1, columns: 3 }).rows).toBe(MAX_ROW + 1);
  });

  it("offers at least 100,000 rows and 26 columns", () => {
    expect(gridBounds({ rows: 0, columns: 0 })).toEqual({ rows: MIN_GRID_ROWS, columns: MIN_GRID_COLUMNS });
    expect(gridBounds({ rows: 361, columns: 9 })).toEqual({ rows: 100_000, columns: 26 });
  });

  it("keeps room beyond a larger sheet's data", () => {
    expect(gridBounds({ rows: 150_000, columns: 40 })).toEqual({ rows: 151_000, columns: 44 });
  });
});
