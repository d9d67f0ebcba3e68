/**
 * How tall the rows of a sheet spec must be for their wrapped text to show whole. Excel fits a row to its
 * wrapped cells by itself, but not to a merged cell; the workbench's grid fits nothing. So the renderers ask
 * this estimate: the lines each wrapped text needs in the width it has (the merge's width for a merged cell),
 * at about one em per Chinese character and half an em per Latin one.
 */
import type { CellRange, SheetSpec } from "./sheetSpec";

/** Excel's standard row height and column width, in points (11-point font; 8.43 characters). */
const DEFAULT_ROW_POINTS = 15;
const DEFAULT_COLUMN_POINTS = 48;
/**
 * Excel's largest row height, in points.
 * Tested surface: exported for its tests.
 */
export const MAX_ROW_POINTS = 409;

const DEFAULT_FONT_POINTS = 11;
/** Points a cell's padding takes from its width. */
const PADDING_POINTS = 5;
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** A row whose wrapped text needs more than the standard height. */
export interface RowFit {
  readonly row: number;
  /** The height the row needs, in points. */
  readonly points: number;
  /** Whether a merged cell needs it (Excel's own row fitting ignores merged cells). */
  readonly merged: boolean;
}

/**
 * The width of `text` in points at `fontSize`: a full em per wide (Chinese, Japanese, Korean, full-width)
 * character, about half an em per other character.
 * Tested surface: exported for its tests.
 * @example textPoints("阶段", 11) // 22
 */
export function textPoints(text: string, fontSize = DEFAULT_FONT_POINTS): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : 0.55;
  return ems * fontSize;
}

/**
 * The lines `text` takes when wrapped in `width` points (each explicit line break starts a line).
 * Tested surface: exported for its tests.
 * @example wrappedLines("一二三四五六", 44, 11) // 2
 */
export function wrappedLines(text: string, width: number, fontSize = DEFAULT_FONT_POINTS): number {
  const usable = Math.max(width - PADDING_POINTS, fontSize);
  return text
    .split(/\r?\n/)
    .reduce(
      (lines, paragraph) => lines + Math.max(1, Math.ceil(textPoints(paragraph, fontSize) / usable)),
      0,
    );
}

/**
 * The height of `lines` lines of text at `fontSize`, in points (15 for one line at 11 points, as in Excel).
 * Tested surface: exported for its tests.
 * @example linesPoints(2, 11) // 30
 */
export function linesPoints(lines: number, fontSize = DEFAULT_FONT_POINTS): number {
  return lines * (fontSize * 1.25 + 1.25);
}

const mergeAt = (merges: readonly CellRange[], row: number, col: number) =>
  merges.find((m) => m.row === row && m.col === col);

/**
 * The rows whose wrapped text needs more than the standard height, with the height each needs. A merged cell
 * spanning several rows shares its height among them. Formulas are not counted (their text is not known).
 * @example estimatedRowHeights({ cells: [{ row: 2, col: 0, value: "说明".repeat(10), style: { wrap: true } }], columnWidths: { 0: 60 } })
 * // [{ row: 2, points: 60, merged: false }]
 */
export function estimatedRowHeights(spec: Pick<SheetSpec, "cells" | "merges" | "columnWidths">): RowFit[] {
  const widthOf = (col: number) => spec.columnWidths?.[col] ?? DEFAULT_COLUMN_POINTS;
  const fits = new Map<number, RowFit>();
  for (const cell of spec.cells) {
    if (!cell.style?.wrap || typeof cell.value !== "string" || cell.value === "") continue;
    const merge = mergeAt(spec.merges ?? [], cell.row, cell.col);
    const cols = merge?.cols ?? 1;
    const rows = merge?.rows ?? 1;
    let width = 0;
    for (let col = cell.col; col < cell.col + cols; col++) width += widthOf(col);
    const fontSize = cell.style.fontSize ?? DEFAULT_FONT_POINTS;
    const total = linesPoints(wrappedLines(cell.value, width, fontSize), fontSize);
    const perRow = Math.min(MAX_ROW_POINTS, Math.ceil(total / rows));
    for (let row = cell.row; row < cell.row + rows; row++) {
      if (perRow <= DEFAULT_ROW_POINTS) continue;
      const known = fits.get(row);
      const points = Math.max(perRow, known?.points ?? 0);
      fits.set(row, { row, points, merged: merge !== undefined || (known?.merged ?? false) });
    }
  }
  return [...fits.values()].sort((a, b) => a.row - b.row);
}
