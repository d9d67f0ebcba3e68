/**
 * One cell of the sheet grid: its value in its number format, its look from a sheet spec (fill, font,
 * wrapping, alignment, borders), merges — the top-left cell of a merged range drawn over the whole range,
 * the cells it covers drawn empty —, a link drawn as one, a table's header row drawn as one, and whether it is
 * in the selected range.
 */
import { mergeClasses } from "@fluentui/react-components";
import type { CellComponentProps } from "react-window";
import { a1Address, type CellPosition } from "../a1";
import { cellDisplay, displayFormat } from "../cellDisplay";
import { engineMessage } from "../engine/engineMessages";
import { lookStyle } from "../cellLook";
import type { WorkbookEngine } from "../engine/workbookEngine";
import type { RowLayout } from "../rowLayout";
import type { Language } from "../../core/kernel";
import type { CellRange } from "../../core/sheet";
import { useSheetGridStyles } from "./SheetGrid.styles";

/** What every cell of the grid gets besides its position. */
export interface SheetCellProps {
  readonly engine: WorkbookEngine;
  readonly version: number;
  readonly sheet: string;
  readonly active: CellPosition;
  /** The selected range, when more than the active cell is selected. */
  readonly range?: CellRange;
  readonly widths: readonly number[];
  readonly layout: RowLayout;
  /** The workbench's language, for the engine's error messages. */
  readonly language: Language;
  /** A press on a cell: `extend` when the selection should extend to it (Shift held). */
  readonly onPointerSelect: (position: CellPosition, extend?: boolean) => void;
  readonly onOpen: (position: CellPosition) => void;
}

/**
 * A cell of the grid (react-window's cell component).
 * @example <Grid cellComponent={SheetCell} cellProps={{ engine, version, sheet, active, widths, layout, … }} … />
 */
export function SheetCell({
  rowIndex,
  columnIndex,
  style,
  ariaAttributes,
  engine,
  sheet,
  active,
  range,
  widths,
  layout,
  language,
  onPointerSelect,
  onOpen,
}: CellComponentProps<SheetCellProps>) {
  const styles = useSheetGridStyles();
  const position = { row: rowIndex, col: columnIndex };
  const decor = engine.decor(sheet);
  const merge = decor.mergeAt(position);
  const covered = merge !== undefined && !merge.anchor;
  const look = decor.look(position);
  const view = engine.cell(sheet, position);
  const format = displayFormat(look?.style.numberFormat) ?? engine.columnFormat(sheet, columnIndex);
  const display = cellDisplay(view.value, format);
  const isActive = active.row === rowIndex && active.col === columnIndex;
  const inRange =
    range !== undefined &&
    rowIndex >= range.row &&
    rowIndex < range.row + range.rows &&
    columnIndex >= range.col &&
    columnIndex < range.col + range.cols;
  const link = covered ? undefined : decor.linkAt(position);
  // A merged range is selected and edited at its top-left cell, as in Excel.
  const target = merge ? { row: merge.range.row, col: merge.range.col } : position;
  const span = merge?.anchor
    ? {
        width: widths.slice(columnIndex, columnIndex + merge.range.cols).reduce((sum, w) => sum + w, 0),
        height: layout.top(rowIndex + merge.range.rows) - layout.top(rowIndex),
      }
    : undefined;
  const tall = (span?.height ?? layout.height(rowIndex)) > layout.defaultHeight;
  // As in Excel, left-aligned text runs on over the cell to its right while that cell is empty.
  const overflows =
    merge === undefined &&
    !look?.style.wrap &&
    display.align === "left" &&
    display.text !== "" &&
    engine.isEmpty(sheet, { row: rowIndex, col: columnIndex + 1 });
  return (
    <div
      {...ariaAttributes}
      aria-selected={isActive || inRange}
      data-address={a1Address(position)}
      title={engineMessage(display.error, language)}
      style={{ ...style, ...span, ...(covered ? {} : lookStyle(look, tall)) }}
      className={mergeClasses(
        styles.cell,
        styles[display.align],
        engine.isTableHeader(sheet, position) && styles.tableHeader,
        display.error !== undefined && styles.error,
        view.spilled && styles.spilled,
        overflows && styles.overflowing,
        span !== undefined && styles.mergeAnchor,
        covered && styles.covered,
        inRange && !isActive && styles.inRange,
        isActive && styles.active,
      )}
      onMouseDown={(event) => {
        event.preventDefault();
        onPointerSelect(target, event.shiftKey);
      }}
      onDoubleClick={() => onOpen(target)}
    >
      {covered ? null : link ? (
        <span role="link" className={styles.link} title={`${link.sheet}!${link.address}`}>
          {display.text}
        </span>
      ) : (
        display.text
      )}
    </div>
  );
}
