/**
 * The sheet view: a virtualised grid (react-window) of the engine's cells — only the visible cells are drawn,
 * so a 100,000-row sheet scrolls — with column letters and row numbers, the active cell, and an in-cell editor.
 * Keys as in Excel: arrows (Ctrl+arrow to the data's edge), Enter/Tab (Shift back), F2 or double-click to edit,
 * typing to replace, Escape to cancel, Delete to clear; Shift+click and Shift+arrows (Ctrl for the data's edge)
 * extend the selection to a range, the active cell staying its corner. Sheets rendered from a spec show their
 * looks, merges, taller rows and links (a click follows a link; see SheetCell), their charts drawn over their
 * anchor cells (see SheetCharts), and a cell with a list validation offers its choices in a dropdown. Rows are
 * deleted as in Excel: Ctrl+- deletes the whole rows of the selection, and a row header's context menu deletes
 * the selected rows (or the row right-clicked).
 */
import { mergeClasses } from "@fluentui/react-components";
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type UIEvent,
} from "react";
import { Grid, useGridRef } from "react-window";
import type { Language } from "../../core/kernel";
import { a1Address, columnLetters, type CellPosition } from "../a1";
import type { CellLink } from "../engine/sheetDecor";
import type { WorkbookEngine } from "../engine/workbookEngine";
import { jump, step, type Direction, type GridBounds } from "../gridNavigation";
import { selectedRange } from "../selection";
import { RowLayout } from "../rowLayout";
import type { CellEditor } from "../useCellEditor";
import { SheetCharts } from "../SheetCharts/SheetCharts";
import { workbenchText } from "../workbenchStrings";
import { CellChoices } from "./CellChoices";
import { RowMenu, type RowMenuTarget } from "./RowMenu";
import { SheetCell, type SheetCellProps } from "./SheetCell";
import { ROW_HEIGHT, useSheetGridStyles } from "./SheetGrid.styles";

/** Props of {@link SheetGrid}. */
export interface SheetGridProps {
  readonly engine: WorkbookEngine;
  /** The engine's version: the grid redraws when it changes. */
  readonly version: number;
  readonly sheet: string;
  readonly active: CellPosition;
  readonly bounds: GridBounds;
  readonly editor: CellEditor;
  readonly language: Language;
  /** The corner opposite the active cell when a range is selected. */
  readonly extent?: CellPosition;
  /** Moves the active cell (a single cell is selected). */
  readonly onSelect: (position: CellPosition) => void;
  /** Extends the selection from the active cell to `position`. */
  readonly onExtend?: (position: CellPosition) => void;
  /** Follows a cell's link to another cell of the workbook. */
  readonly onFollowLink?: (link: CellLink) => void;
  /** Each new value moves the keyboard focus into the grid (after the name box took the user somewhere). */
  readonly focusRequest?: number;
}

/** The grid fills the body (react-window's own inline style would size it to its content). */
const GRID_STYLE = { position: "absolute", inset: 0, maxHeight: "none", maxWidth: "none" } as const;

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};

/**
 * The grid of one sheet.
 * @example <SheetGrid engine={engine} version={version} sheet="Sheet1" active={{ row: 0, col: 0 }} … />
 */
export function SheetGrid({
  engine,
  version,
  sheet,
  active,
  extent,
  bounds,
  editor,
  language,
  onSelect,
  onExtend,
  onFollowLink,
  focusRequest,
}: SheetGridProps) {
  const styles = useSheetGridStyles();
  const gridRef = useGridRef(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const [viewport, setViewport] = useState({ height: 600, width: 800 });
  const [rowMenu, setRowMenu] = useState<RowMenuTarget>();

  const widths = useMemo(
    () => Array.from({ length: bounds.columns }, (_, col) => engine.columnWidth(sheet, col)),
    // The version changes whenever a width does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [engine, sheet, bounds.columns, version],
  );
  const left = (col: number) => widths.slice(0, col).reduce((sum, w) => sum + w, 0);
  const columnWidth = useCallback((index: number) => widths[index] ?? 100, [widths]);
  const layout = useMemo(
    () => new RowLayout(ROW_HEIGHT, new Map(engine.decor(sheet).rowHeights())),
    // The version changes whenever a row height does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [engine, sheet, version],
  );
  const rowHeight = useCallback((index: number) => layout.height(index), [layout]);

  const bodyRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const body = bodyRef.current;
    if (body === null || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      const { height, width } = entry.contentRect;
      setViewport((old) => (old.height === height && old.width === width ? old : { height, width }));
    });
    observer.observe(body);
    return () => observer.disconnect();
  }, []);
  const onScroll = useCallback(
    (event: UIEvent<HTMLDivElement>) =>
      setScroll({ top: event.currentTarget.scrollTop, left: event.currentTarget.scrollLeft }),
    [],
  );

  const focusEditor = useCallback(() => inputRef.current?.focus({ preventScroll: true }), []);
  const onPointerSelect = useCallback(
    (position: CellPosition, extend = false) => {
      if (editor.draft !== null) editor.commit();
      const link = extend ? undefined : engine.decor(sheet).linkAt(position);
      if (link && onFollowLink) onFollowLink(link);
      else if (extend && onExtend) onExtend(position);
      else onSelect(position);
      focusEditor();
    },
    [editor, engine, sheet, onSelect, onExtend, onFollowLink, focusEditor],
  );
  const onOpen = useCallback(
    (position: CellPosition) => {
      onSelect(position);
      editor.begin(engine.cell(sheet, position).input, "edit");
      focusEditor();
    },
    [editor, engine, sheet, onSelect, focusEditor],
  );

  useEffect(() => setScroll({ top: 0, left: 0 }), [sheet]);

  useEffect(() => {
    gridRef.current?.scrollToCell({
      rowIndex: active.row,
      columnIndex: active.col,
      rowAlign: "auto",
      columnAlign: "auto",
    });
  }, [gridRef, active.row, active.col]);

  useEffect(() => {
    if (editor.draft === null && document.activeElement === document.body) focusEditor();
  }, [editor.draft, focusEditor]);

  useEffect(() => {
    if (focusRequest) focusEditor();
  }, [focusRequest, focusEditor]);

  const move = (direction: Direction, toEdge: boolean, extend = false) => {
    const used = engine.usedSize(sheet);
    const isFilled = (p: CellPosition) => !engine.isEmpty(sheet, p);
    const from = extend ? (extent ?? active) : active;
    const to = toEdge ? jump(from, direction, bounds, isFilled, used) : step(from, direction, bounds);
    if (extend && onExtend) onExtend(to);
    else onSelect(to);
  };

  const range = useMemo(
    () => (extent ? selectedRange({ sheet, ...active, extent }) : undefined),
    [sheet, active, extent],
  );
  const selectedRows = range ?? { row: active.row, rows: 1 };
  const deleteRows = (row: number, count: number) => {
    engine.deleteRows(sheet, row, count);
    focusEditor();
  };
  const onRowContextMenu = (event: MouseEvent<HTMLDivElement>, row: number) => {
    event.preventDefault();
    if (editor.draft !== null) editor.commit();
    const inSelection = row >= selectedRows.row && row < selectedRows.row + selectedRows.rows;
    if (!inSelection) onSelect({ row, col: active.col });
    const rows = inSelection ? selectedRows : { row, rows: 1 };
    setRowMenu({ x: event.clientX, y: event.clientY, row: rows.row, count: rows.rows });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const arrow = ARROWS[event.key];
    if (editor.draft !== null) {
      const formula = editor.draft.startsWith("=");
      if (event.key === "Enter") editor.commit(event.shiftKey ? "up" : "down");
      else if (event.key === "Tab") editor.commit(event.shiftKey ? "left" : "right");
      else if (event.key === "Escape") editor.cancel();
      else if (arrow && editor.mode === "enter" && !formula) editor.commit(arrow);
      else return;
      event.preventDefault();
      return;
    }
    if (arrow) move(arrow, event.ctrlKey || event.metaKey, event.shiftKey);
    else if (event.key === "Enter") move(event.shiftKey ? "up" : "down", false);
    else if (event.key === "Tab") move(event.shiftKey ? "left" : "right", false);
    else if (event.key === "F2") editor.begin(engine.cell(sheet, active).input, "edit");
    else if (event.key === "Delete") engine.setCell(sheet, active, null);
    else if (event.key === "-" && (event.ctrlKey || event.metaKey))
      deleteRows(selectedRows.row, selectedRows.rows);
    else if (event.key === "Home" && (event.ctrlKey || event.metaKey)) onSelect({ row: 0, col: 0 });
    else if (event.key === "PageDown" || event.key === "PageUp") {
      const page = Math.max(1, Math.floor(viewport.height / ROW_HEIGHT) - 1);
      const row = Math.min(
        Math.max(active.row + (event.key === "PageDown" ? page : -page), 0),
        bounds.rows - 1,
      );
      onSelect({ row, col: active.col });
    } else return;
    event.preventDefault();
  };

  const rowNumbers: number[] = [];
  for (
    let r = layout.rowAt(scroll.top);
    r < bounds.rows && layout.top(r) < scroll.top + viewport.height;
    r++
  ) {
    rowNumbers.push(r);
  }
  const cellProps = useMemo<SheetCellProps>(
    () => ({ engine, version, sheet, active, range, widths, layout, language, onPointerSelect, onOpen }),
    [engine, version, sheet, active, range, widths, layout, language, onPointerSelect, onOpen],
  );
  const address = a1Address(active);
  const activeTop = layout.top(active.row);
  const activeHeight = layout.height(active.row);
  const choices = editor.draft === null ? engine.choicesAt(sheet, active) : undefined;

  return (
    <div className={styles.root}>
      <div className={styles.corner} />
      <div className={styles.columnHeaders} aria-hidden>
        <div className={styles.columnHeaderStrip} style={{ transform: `translateX(${-scroll.left}px)` }}>
          {widths.map((width, col) => (
            <div
              key={col}
              className={mergeClasses(styles.header, col === active.col && styles.headerActive)}
              style={{ width }}
            >
              {columnLetters(col)}
            </div>
          ))}
        </div>
      </div>
      <div className={styles.rowHeaders} aria-hidden>
        {rowNumbers.map((row) => (
          <div
            key={row}
            className={mergeClasses(
              styles.header,
              styles.rowHeader,
              row === active.row && styles.headerActive,
            )}
            style={{ top: layout.top(row) - scroll.top, height: layout.height(row) }}
            data-row={row + 1}
            onContextMenu={(event) => onRowContextMenu(event, row)}
          >
            {row + 1}
          </div>
        ))}
      </div>
      <RowMenu
        target={rowMenu}
        language={language}
        onDeleteRows={deleteRows}
        onClose={() => setRowMenu(undefined)}
      />
      <div className={styles.body} ref={bodyRef}>
        <Grid
          key={sheet}
          gridRef={gridRef}
          className={styles.grid}
          style={GRID_STYLE}
          aria-label={workbenchText("gridLabel", language, { sheet })}
          cellComponent={SheetCell}
          cellProps={cellProps}
          columnCount={bounds.columns}
          columnWidth={columnWidth}
          rowCount={bounds.rows}
          rowHeight={rowHeight}
          overscanCount={4}
          defaultHeight={600}
          defaultWidth={800}
          onScroll={onScroll}
        >
          {range && (
            <div
              className={styles.rangeBox}
              style={{
                top: layout.top(range.row),
                left: left(range.col),
                width: widths.slice(range.col, range.col + range.cols).reduce((sum, w) => sum + w, 0),
                height: layout.top(range.row + range.rows) - layout.top(range.row),
              }}
            />
          )}
          <SheetCharts engine={engine} version={version} sheet={sheet} layout={layout} />
          <input
            ref={inputRef}
            aria-label={workbenchText("cellEditorLabel", language, { address })}
            data-testid="cell-editor"
            className={mergeClasses(styles.editor, editor.draft !== null && styles.editorOpen)}
            style={{
              top: activeTop,
              height: activeHeight,
              left: left(active.col),
              minWidth: widths[active.col],
              width:
                editor.draft !== null
                  ? Math.max(widths[active.col], editor.draft.length * 8 + 16)
                  : widths[active.col],
            }}
            value={editor.draft ?? ""}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) =>
              editor.draft === null
                ? editor.begin(event.target.value, "enter")
                : editor.change(event.target.value)
            }
            onKeyDown={onKeyDown}
          />
          {choices && (
            <CellChoices
              choices={choices}
              current={engine.cell(sheet, active).input}
              label={workbenchText("choicesLabel", language, { address })}
              className={styles.choices}
              style={{ top: activeTop, height: activeHeight, left: left(active.col) + widths[active.col] }}
              onChoose={(choice) => {
                engine.setCell(sheet, active, choice);
                focusEditor();
              }}
            />
          )}
        </Grid>
      </div>
    </div>
  );
}
