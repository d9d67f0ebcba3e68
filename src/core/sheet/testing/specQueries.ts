/**
 * Lookups in a sheet spec for the template tests: a cell by position or by the text it shows, a row's
 * cells, the formulas, the validation covering a cell. Test support only: templates never import it.
 */
import type { CellSpec, SheetSpec, ValidationSpec } from "../sheetSpec";

/**
 * The cell at a position, or undefined.
 * @example cellAt(spec, 0, 0)?.value // the title
 */
export function cellAt(spec: SheetSpec, row: number, col: number): CellSpec | undefined {
  return spec.cells.find((cell) => cell.row === row && cell.col === col);
}

/**
 * The cells holding exactly this text (NFKC-compared).
 * @example cellsWithText(spec, "是否成立")
 */
export function cellsWithText(spec: SheetSpec, text: string): CellSpec[] {
  const wanted = text.normalize("NFKC");
  return spec.cells.filter(
    (cell) => typeof cell.value === "string" && cell.value.normalize("NFKC") === wanted,
  );
}

/**
 * The formulas of the sheet, in cell order.
 * @example formulasOf(spec).filter((f) => f.includes("FUNNEL.WINWORTH"))
 */
export function formulasOf(spec: SheetSpec): string[] {
  return spec.cells.flatMap((cell) => (cell.formula !== undefined ? [cell.formula] : []));
}

/**
 * The validation covering a cell, or undefined.
 * @example validationAt(spec, 7, 3)?.kind // "list"
 */
export function validationAt(spec: SheetSpec, row: number, col: number): ValidationSpec | undefined {
  return (spec.validations ?? []).find(
    (validation) =>
      row >= validation.range.row &&
      row < validation.range.row + validation.range.rows &&
      col >= validation.range.col &&
      col < validation.range.col + validation.range.cols,
  );
}

/**
 * The cells of a row, left to right.
 * @example rowCells(spec, 7).map((cell) => cell.value)
 */
export function rowCells(spec: SheetSpec, row: number): CellSpec[] {
  return spec.cells.filter((cell) => cell.row === row).sort((a, b) => a.col - b.col);
}

/**
 * The one cell showing exactly this text (NFKC-compared); throws when there is none or more than one.
 * @example theCell(spec, "什么是客户需求?").row
 */
export function theCell(spec: SheetSpec, text: string): CellSpec {
  const found = cellsWithText(spec, text);
  if (found.length !== 1) throw new Error(`Expected one cell showing “${text}”, found ${found.length}.`);
  return found[0];
}
