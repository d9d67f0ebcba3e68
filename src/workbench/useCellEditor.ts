/**
 * Editing the active cell, shared by the grid's in-cell editor and the formula bar. Two modes, as in Excel:
 * "enter" (started by typing over a cell: arrow keys finish the entry and move) and "edit" (started by F2, a
 * double-click or the formula bar: arrow keys move the caret).
 */
import { useCallback, useMemo, useState } from "react";
import type { WorkbookEngine } from "./engine/workbookEngine";
import { step, type Direction, type GridBounds } from "./gridNavigation";
import type { SelectionStore } from "./selection";

/** How the entry was started. */
export type EditMode = "enter" | "edit";

/** The draft of the active cell while it is being edited. */
export interface CellEditor {
  /** The text being typed, or `null` when nothing is being edited. */
  readonly draft: string | null;
  readonly mode: EditMode;
  /** Starts editing with `text` (what was typed, or the cell's input). */
  begin(text: string, mode: EditMode): void;
  change(text: string): void;
  /** Writes the draft into the active cell, then moves the selection one cell in `move`, if given. */
  commit(move?: Direction): void;
  /** Drops the draft; the cell keeps what it had. */
  cancel(): void;
}

/**
 * The editor of the active cell of `selection`, writing into `engine`; `bounds` keeps moves on the grid.
 * @example const editor = useCellEditor(engine, selection, { rows: 100_000, columns: 26 });
 */
export function useCellEditor(
  engine: WorkbookEngine,
  selection: SelectionStore,
  bounds: GridBounds,
): CellEditor {
  const [draft, setDraft] = useState<string | null>(null);
  const [mode, setMode] = useState<EditMode>("enter");

  const begin = useCallback((text: string, nextMode: EditMode) => {
    setDraft(text);
    setMode(nextMode);
  }, []);

  const commit = useCallback(
    (move?: Direction) => {
      const active = selection.get();
      if (draft !== null) engine.setCell(active.sheet, { row: active.row, col: active.col }, draft);
      setDraft(null);
      if (move)
        selection.set({ sheet: active.sheet, ...step({ row: active.row, col: active.col }, move, bounds) });
    },
    [draft, engine, selection, bounds],
  );

  const cancel = useCallback(() => setDraft(null), []);

  return useMemo(
    () => ({ draft, mode, begin, change: setDraft, commit, cancel }),
    [draft, mode, begin, commit, cancel],
  );
}
