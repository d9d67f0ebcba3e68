/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { MAX_ROW } from "../a1";
import { WorkbookEngine } from "../engine/workbookEngine";
import { createSelectionStore } from "../selection";
import { MIN_GRID_COLUMNS, MIN_GRID_ROWS, gridBounds, useWorkbench } from "./useWorkbench";

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

describe("useWorkbench", () => {
  function setUp() {
    const engine = WorkbookEngine.create(["Report", "Deals"]);
    const selection = createSelectionStore({ sheet: "Report", row: 3, col: 0 });
    const { result } = renderHook(() => useWorkbench(engine, selection, "en"));
    return { selection, result };
  }

  it("ignores a link to a sheet that does not exist or to no cell", () => {
    const { selection, result } = setUp();
    act(() => result.current.followLink({ sheet: "Gone", address: "A2" }));
    act(() => result.current.followLink({ sheet: "Deals", address: "nowhere" }));
    expect(selection.get()).toEqual({ sheet: "Report", row: 3, col: 0 });
  });

  it("follows a link to a cell, or to a range it selects, on another sheet", () => {
    const { selection, result } = setUp();
    act(() => result.current.followLink({ sheet: "deals", address: "B7" }));
    expect(selection.get()).toEqual({ sheet: "Deals", row: 6, col: 1 });
    act(() => result.current.followLink({ sheet: "Deals", address: "$A$9:$I$9" }));
    expect(result.current.selection).toEqual({ sheet: "Deals", row: 8, col: 0, extent: { row: 8, col: 8 } });
  });

  it("extends the selection from the active cell, and a plain select drops the range", () => {
    const { selection, result } = setUp();
    act(() => result.current.extend({ row: 5, col: 2 }));
    expect(selection.get()).toEqual({ sheet: "Report", row: 3, col: 0, extent: { row: 5, col: 2 } });
    act(() => result.current.select({ row: 1, col: 1 }));
    expect(selection.get()).toEqual({ sheet: "Report", row: 1, col: 1 });
  });
});
