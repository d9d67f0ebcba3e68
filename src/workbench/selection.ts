/**
 * The workbench's selection: the active cell of the active sheet. The grid moves it; the engine gateway reads
 * it when the task pane asks for the active cell, as Excel's gateway reads Excel's selection.
 */

/** The active cell: a sheet and a 0-based position. */
export interface Selection {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** Holds the selection and tells listeners when it moves. */
export interface SelectionStore {
  get(): Selection;
  set(selection: Selection): void;
  subscribe(listener: () => void): () => void;
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
      if (selection.sheet === current.sheet && selection.row === current.row && selection.col === current.col)
        return;
      current = selection;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
