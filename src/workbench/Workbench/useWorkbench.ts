/**
 * The workbench's state: the engine's sheets (redrawn on every change), the selection, the active cell's
 * editor, the grid's size, and the toolbar's actions.
 */
import { DetailedCellError } from "hyperformula";
import { useCallback, useMemo, useRef, useSyncExternalStore } from "react";
import { serialFromJsDate, type Language } from "../../core/kernel";
import { MAX_ROW, parseA1, type CellPosition } from "../a1";
import { engineMessage } from "../engine/engineMessages";
import type { CellLink } from "../engine/sheetDecor";
import type { WorkbookEngine } from "../engine/workbookEngine";
import type { GridBounds } from "../gridNavigation";
import { loadSampleSheet } from "../sampleSheet";
import type { Selection, SelectionStore } from "../selection";
import { useCellEditor, type CellEditor } from "../useCellEditor";
import { workbenchText } from "../workbenchStrings";

/**
 * The least number of rows the grid offers (more when the sheet uses more).
 * Tested surface: exported for its tests.
 */
export const MIN_GRID_ROWS = 100_000;
/**
 * The least number of columns the grid offers.
 * Tested surface: exported for its tests.
 */
export const MIN_GRID_COLUMNS = 26;

/** What {@link useWorkbench} gives the view. */
export interface WorkbenchState {
  readonly version: number;
  readonly sheets: readonly string[];
  readonly selection: Selection;
  readonly bounds: GridBounds;
  readonly editor: CellEditor;
  /** The active cell's formula or value as text. */
  readonly activeInput: string;
  /** The active cell's error message in the workbench's language, when it holds an error. */
  readonly activeError?: string;
  /** Selects one cell of the active sheet. */
  select(position: CellPosition): void;
  /** Extends the selection from the active cell to `position`. */
  extend(position: CellPosition): void;
  /** Goes to a link's cell (or range: its first cell active, the range selected) on its sheet. */
  followLink(link: CellLink): void;
  showSheet(sheet: string): void;
  addSheet(): void;
  loadSample(): void;
}

/**
 * The grid's size for a sheet of this used size: at least 100,000 rows and 26 columns, always some room
 * beyond the data, never past Excel's last row.
 * Tested surface: exported for its tests.
 * @example gridBounds({ rows: 361, columns: 9 }) // { rows: 100000, columns: 26 }
 */
export function gridBounds(used: { rows: number; columns: number }): GridBounds {
  return {
    rows: Math.min(MAX_ROW + 1, Math.max(MIN_GRID_ROWS, used.rows + 1000)),
    columns: Math.max(MIN_GRID_COLUMNS, used.columns + 4),
  };
}

/**
 * The state of a workbench on `engine`, with `selection` as its active cell and `language` for its own texts.
 * @example const state = useWorkbench(engine, selection, "zh");
 */
export function useWorkbench(
  engine: WorkbookEngine,
  selectionStore: SelectionStore,
  language: Language,
): WorkbenchState {
  const version = useSyncExternalStore(
    useCallback((listener: () => void) => engine.subscribe(listener), [engine]),
    () => engine.version,
  );
  const selection = useSyncExternalStore(
    useCallback((listener: () => void) => selectionStore.subscribe(listener), [selectionStore]),
    selectionStore.get,
  );
  const sheets = useMemo(
    () => engine.sheetNames(),
    // The version changes whenever a sheet is added.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [engine, version],
  );
  const used = engine.usedSize(selection.sheet);
  const bounds = useMemo(() => gridBounds(used), [used.rows, used.columns]); // eslint-disable-line react-hooks/exhaustive-deps
  const editor = useCellEditor(engine, selectionStore, bounds);
  const lastPositions = useRef(new Map<string, CellPosition>());

  const select = useCallback(
    (position: CellPosition) => selectionStore.set({ sheet: selectionStore.get().sheet, ...position }),
    [selectionStore],
  );

  const showSheet = useCallback(
    (sheet: string) => {
      const current = selectionStore.get();
      if (sheet === current.sheet) return;
      editor.cancel();
      lastPositions.current.set(current.sheet, { row: current.row, col: current.col });
      selectionStore.set({ sheet, ...(lastPositions.current.get(sheet) ?? { row: 0, col: 0 }) });
    },
    [editor, selectionStore],
  );

  const extend = useCallback(
    (position: CellPosition) => {
      const current = selectionStore.get();
      selectionStore.set({ ...current, extent: position });
    },
    [selectionStore],
  );

  const followLink = useCallback(
    (link: CellLink) => {
      const [first, last] = link.address.split(":").map(parseA1);
      if (first === undefined || !engine.hasSheet(link.sheet)) return;
      const sheet = engine.sheetNames().find((name) => name.toUpperCase() === link.sheet.toUpperCase())!;
      showSheet(sheet);
      selectionStore.set({ sheet, ...first, ...(last ? { extent: last } : {}) });
    },
    [engine, selectionStore, showSheet],
  );

  const addSheet = useCallback(() => {
    const base = workbenchText("newSheetName", language);
    let n = engine.sheetNames().length + 1;
    while (engine.hasSheet(`${base}${n}`)) n += 1;
    showSheet(engine.addSheet(`${base}${n}`));
  }, [engine, language, showSheet]);

  // The sample is generated as of today (the same deals all day), so every view opens on a live pipeline.
  const loadSample = useCallback(
    () => showSheet(loadSampleSheet(engine, language, { asOf: serialFromJsDate(new Date()) })),
    [engine, language, showSheet],
  );

  const activeCell = engine.cell(selection.sheet, selection);
  return {
    version,
    sheets,
    selection,
    bounds,
    editor,
    activeInput: activeCell.input,
    activeError:
      activeCell.value instanceof DetailedCellError
        ? engineMessage(activeCell.value.message, language)
        : undefined,
    select,
    extend,
    followLink,
    showSheet,
    addSheet,
    loadSample,
  };
}
