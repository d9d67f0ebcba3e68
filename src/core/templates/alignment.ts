/**
 * One vertical alignment for every template: each cell centred in its row — text, numbers, dropdowns, formulas,
 * headings alike — so that a row's label, its rating and its score line up whether the row holds one line or a
 * wrapped paragraph, in Excel (whose default is the bottom) and in the workbench alike.
 */
import type { CellSpec, SheetSpec } from "../sheet";

/** Where every template cell sits vertically in its row. */
export const TEMPLATE_VERTICAL = "center";

const centred = (cell: CellSpec): CellSpec => ({
  ...cell,
  style: { ...cell.style, vertical: TEMPLATE_VERTICAL },
});

/**
 * The spec with every cell centred vertically (its other looks kept).
 * @example centredVertically(spec).cells.every((cell) => cell.style?.vertical === "center") // true
 */
export function centredVertically(spec: SheetSpec): SheetSpec {
  return Object.freeze({ ...spec, cells: Object.freeze(spec.cells.map(centred)) });
}
