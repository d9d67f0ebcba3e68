/**
 * The workbench's selection: the active cell of the active sheet and, when the user extends it (Shift+click,
 * Shift+arrows), the range it spans. The active cell stays one corner of the range, as in Excel; the other
 * corner is the `extent`. The grid moves it; the engine gateway reads it when the task pane asks for the active
 * cell or the selected range, as Excel's gateway reads Excel's selection.
 */
import type { CellRange } from "../core/sheet";
import type { CellPosition } from "./a1";

/** The active cell (a sheet and a 0-based position) and, for a range, its opposite corner. */
export interface Selection {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** The corner opposite the active cell when a range is selected; absent for a single cell. */
  readonly extent?: CellPosition;
}

/** Holds the selection and tells listeners when it moves. */
export interface SelectionStore {
  get(): Selection;
  set(selection: Selection): void;
  subscribe(listener: () => void): () => void;
}

const sameExtent = (a: CellPosition | undefined, b: CellPosition | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.row === b.row && a.col === b.col);

/**
 * The range a selection covers: the rectangle spanned by the active cell and its extent (one cell without one).
 * @example selectedRange({ sheet: "S", row: 4, col: 2, extent: { row: 1, col: 0 } }) // { row: 1, col: 0, rows: 4, cols: 3 }
 */
export function selectedRange(selection: Selection): CellRange {
  const extent = selection.extent ?? selection;
  const row = Math.min(selection.row, extent.row);
  const col = Math.min(selection.col, extent.col);
  return {
    row,
    col,
    rows: Math.max(selection.row, extent.row) - row + 1,
    cols: Math.max(selection.col, extent.col) - col + 1,
  };
}

/**
 * A selection store starting at `initial`.
 * @example const selection = createSelectionStore({ sheet: "Sheet1", row: 0, col: 0 }); selection.get().row // 0
 */
export function createSelectionStore(initial: Selection): SelectionStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(selection) {
      // A one-cell "range" is a single cell: no extent.
      const { extent, ...active } = selection;
      const next: Selection =
        extent && (extent.row !== active.row || extent.col !== active.col) ? selection : active;
      if (
        next.sheet === current.sheet &&
        next.row === current.row &&
        next.col === current.col &&
        sameExtent(next.extent, current.extent)
      )
        return;
      current = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
