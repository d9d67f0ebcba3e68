/**
 * A cell's link written as an Excel `HYPERLINK` formula with the sheet's contents, instead of one
 * `Range.hyperlink` call per cell while the sheet is finished: a report's ~10,000 links to their deals then cost
 * the bytes of their formulas in the main write (~40 B each), not a call each (~400 B, see requestBudget.ts).
 * `=HYPERLINK("#'商机'!A8","D7")` shows "D7" and jumps to A8 of 商机 when clicked, as the call's link does.
 *
 * What the cell shows stays what the spec says, whatever the text: the text is never written as a formula of its
 * own but as a string constant of this one — its quotes doubled — so "=1+1", "+1", "@SUM(A1)" or "＝1+1" is the
 * cell's text, never computed (the CSV-injection rule of cellInput.ts). The target is a constant too: the sheet
 * quoted, its quotes doubled (see {@link documentReference}), then as a string constant. A cell whose link cannot
 * be such a formula keeps the `Range.hyperlink` call (see linksPart in renderCharts.ts): a cell with a formula or
 * without a value, text longer than a formula's string constant may be (255 characters) or holding a control
 * character (a line break), a number that is not a whole one written exactly.
 *
 * Requirement sets: Range.formulas ExcelApi 1.1 (HYPERLINK is a worksheet function).
 */
import type { CellSpec } from "../core/sheet";

/** The most characters of a string constant in an Excel formula. */
const MAX_CONSTANT = 255;

/**
 * The reference of a cell of the workbook in a hyperlink: the sheet quoted, its quotes doubled.
 * Tested surface: exported for its tests.
 * @example documentReference("Bob's deals", "A5") // "'Bob''s deals'!A5"
 */
export function documentReference(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** `text` as a string constant of a formula, its quotes doubled; undefined when a constant cannot hold it. */
function stringConstant(text: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (text.length > MAX_CONSTANT || /[\u0000-\u001f\u007f]/.test(text)) return undefined;
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The `HYPERLINK` formula that shows what `cell` holds and takes a click to its link's target; undefined when the
 * cell has no link or its link cannot be such a formula (see the file header): that cell keeps its value and its
 * link is set by a call.
 * @example linkFormula({ row: 4, col: 0, value: "D7", link: { sheet: "商机", address: "A8" } }) // '=HYPERLINK("#\'商机\'!A8","D7")'
 * @example linkFormula({ row: 4, col: 0, value: '=cmd|"/C calc"!A0', link: { sheet: "S", address: "A2" } }) // '=HYPERLINK("#\'S\'!A2","=cmd|""/C calc""!A0")'
 * @example linkFormula({ row: 4, col: 0, value: "D7" }) // undefined
 */
export function linkFormula(cell: CellSpec): string | undefined {
  if (cell.link === undefined || cell.formula !== undefined) return undefined;
  const target = stringConstant(`#${documentReference(cell.link.sheet, cell.link.address)}`);
  const shown =
    typeof cell.value === "string"
      ? stringConstant(cell.value)
      : typeof cell.value === "number" && Number.isSafeInteger(cell.value)
        ? String(cell.value)
        : undefined;
  return target === undefined || shown === undefined ? undefined : `=HYPERLINK(${target},${shown})`;
}

/**
 * Whether the link of `cell` is set by a `Range.hyperlink` call while the sheet is finished: it has one that
 * cannot be written as a formula with the contents.
 * @example linkedByCall({ row: 0, col: 0, value: "a\nb", link: { sheet: "S", address: "A1" } }) // true
 */
export function linkedByCall(cell: CellSpec): boolean {
  return cell.link !== undefined && linkFormula(cell) === undefined;
}

/**
 * The cells as the main write writes them: each whose link can be a formula, with its `HYPERLINK` formula (see
 * {@link linkFormula}); the others as they are.
 * @example contentBlocks({ cells: withLinkFormulas(spec.cells) })
 */
export function withLinkFormulas(cells: readonly CellSpec[]): CellSpec[] {
  return cells.map((cell) => {
    const formula = linkFormula(cell);
    return formula === undefined ? cell : { ...cell, formula };
  });
}
