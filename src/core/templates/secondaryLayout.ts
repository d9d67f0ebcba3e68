/**
 * The column plan of 二次评估 (secondary assessment), shared by its three parts: one sheet, so that a
 * deal's whole second assessment sits, prints and is copied together.
 */

/**
 * Columns of the secondary assessment: # | item | standard | rating | comment | detail, then the 值得赢吗?
 * rating each criterion is scored with (a pasted invalid rating counts as not rated).
 */
export const SECONDARY_COLUMNS = Object.freeze({
  number: 0,
  item: 1,
  standard: 2,
  rating: 3,
  comment: 4,
  detail: 5,
  counted: 6,
});

/** Column widths in points, by column. */
export const SECONDARY_WIDTHS: Readonly<Record<number, number>> = Object.freeze({
  0: 36,
  1: 130,
  2: 70,
  3: 70,
  4: 170,
  5: 340,
  6: 60,
});
