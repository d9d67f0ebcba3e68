/**
 * Ratings that survive a paste. Excel's data validation stops a rating typed outside its rule but not one pasted
 * in ("很好" pasted into a rating cell), so a form's score reads only the valid ratings and a check cell names the
 * cells it left out. Plain formulas (IF, AND, ISNUMBER, VALUE, ADDRESS) that Excel and HyperFormula both compute
 * cell by cell, no array arithmetic.
 */
import type { Bilingual } from "../kernel";
import { type CellRange, cellAddress, formulaText, type SheetBuilder } from "../sheet";

/**
 * The marks a 值得赢吗? rating may hold besides a number 0–10: the dropdown's ＋ and －, and their ASCII
 * forms (FUNNEL.WINWORTH reads ＋/+ as 10 and －/- as 0).
 * Tested surface: exported for its tests.
 */
export const WORTH_MARKS: readonly string[] = Object.freeze(["＋", "－", "+", "-"]);

/** A number 0–10 in a formula: `cell` when it is one, else the fallback. */
const numberInScale = (cell: string, otherwise: string) =>
  `IF(ISNUMBER(${cell}),IF(AND(${cell}>=0,${cell}<=10),${cell},""),${otherwise})`;

/**
 * The formula of the rating FUNNEL.WINWORTH may count from a 值得赢吗? cell: the cell itself when it holds a
 * number 0–10 or a mark of {@link WORTH_MARKS}, the number when it holds a number 0–10 as text, else "" (blank,
 * or not a rating: not scored).
 * @example countedWorthRating("D9") // '=IF(TRIM(D9&"")="","",IF(ISNUMBER(D9),IF(AND(D9>=0,D9<=10),D9,""),IF(OR(D9="＋",…),D9,IFERROR(…,"")))'
 */
export function countedWorthRating(cell: string): string {
  const marks = WORTH_MARKS.map((mark) => `${cell}=${formulaText(mark)}`).join(",");
  const asNumber = `VALUE(${cell})`;
  const text = `IF(OR(${marks}),${cell},IFERROR(IF(AND(${asNumber}>=0,${asNumber}<=10),${asNumber},""),""))`;
  // Blank first: VALUE of an empty cell is 0 in Excel.
  return `=IF(TRIM(${cell}&"")="","",${numberInScale(cell, text)})`;
}

/**
 * Whether a rating cell holds something that is not counted: not blank (spaces are blank), yet not a
 * number 0–10 — as a formula fragment, for a 0–10 score summed by SUMIFS.
 * @example badScaleRating("D20") // 'AND(TRIM(D20&"")<>"",NOT(AND(ISNUMBER(D20),D20>=0,D20<=10)))'
 */
export function badScaleRating(cell: string): string {
  return `AND(TRIM(${cell}&"")<>"",NOT(AND(ISNUMBER(${cell}),${cell}>=0,${cell}<=10)))`;
}

/**
 * Whether a 值得赢吗? cell holds something that is not counted: not blank, yet its counted cell is blank.
 * @example badWorthRating("D9", "G9") // 'AND(TRIM(D9&"")<>"",G9="")'
 */
export function badWorthRating(cell: string, counted: string): string {
  return `AND(TRIM(${cell}&"")<>"",${counted}="")`;
}

const TEXT = {
  valid: { zh: "✓ 评估均有效", en: "✓ Every rating is valid" },
  invalid: { zh: "✗ 无效评估，未计入：", en: "✗ Not a valid rating, not counted: " },
  separator: { zh: "、", en: ", " },
  ruleJoin: { zh: "。", en: ". " },
} satisfies Record<string, Bilingual>;

/**
 * The formula of a check cell over a one-column range of ratings: "✓" when every filled cell is valid, else
 * each invalid cell's address and value (`D10 “很好”`), then what a rating may be. `isBad(cell, row)` is the
 * test of one cell (see {@link badWorthRating}, {@link badScaleRating}); addresses come from ADDRESS, so they
 * follow rows inserted above.
 * @example
 * ratingCheck(sheet, columnRange(8, 3, 5), (cell) => badScaleRating(cell), { zh: "应为 0–10 的整数。", en: "Use a whole number 0–10." })
 */
export function ratingCheck(
  sheet: SheetBuilder,
  ratings: CellRange,
  isBad: (cell: string, row: number) => string,
  rule: Bilingual,
): string {
  const separator = sheet.text(TEXT.separator);
  const open = sheet.language === "zh" ? "“" : " “";
  const parts = Array.from({ length: ratings.rows }, (_, i) => {
    const row = ratings.row + i;
    const cell = cellAddress(row, ratings.col);
    const named = `ADDRESS(ROW(${cell}),COLUMN(${cell}),4)&${formulaText(open)}&${cell}&"”"`;
    return `IF(${isBad(cell, row)},${formulaText(separator)}&${named},"")`;
  });
  const bad = parts.join("&");
  return (
    `=IF(${bad}="",${formulaText(sheet.text(TEXT.valid))},` +
    `${formulaText(sheet.text(TEXT.invalid))}&MID(${bad},${separator.length + 1},2000)&${formulaText(`${sheet.text(TEXT.ruleJoin)}${sheet.text(rule)}`)})`
  );
}
