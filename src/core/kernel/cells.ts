/**
 * What a blank cell is, for every reader of the model: custom-function arguments, the pipeline table,
 * stage lists, amounts, dates and answers. One rule, so that a cell is blank (skipped, never counted as
 * zero) or filled everywhere alike.
 */

/**
 * Text that holds nothing but spaces (also full-width and no-break), invisible characters (zero-width
 * spaces and joiners, byte-order mark, emoji variation selectors) and placeholder dashes or underscores
 * ("-", "--", "‐", "–", "—", "―", "_"), once full-width forms are folded ("－", "＿").
 */
const NOTHING_BUT_FILLER = /^(?:[\s\-_\u2010-\u2015\u200b-\u200d\u2060]|\ufe0e|\ufe0f)*$/;

/**
 * Whether a cell is blank: `null` or `undefined` (an empty cell as Excel hands it over), or text that is
 * empty or holds only spaces, invisible characters and placeholder dashes or underscores ("-", "--", "—",
 * "–", "_", "－", " ＿ "). A number (0 included), a boolean, an error value and any other text ("N/A",
 * "0", "TBD") are not blank. A reader to which a dash is itself a value (a 值得赢吗? rating's − mark)
 * reads that value before asking this.
 *
 * Fast on the common cell: text starting with a printable ASCII character other than "-" and "_", or
 * with a CJK or Hangul character, is known to be filled without looking further.
 * @example isBlankCell(null) // true
 * @example isBlankCell(" \u3000 ") // true
 * @example isBlankCell("—") // true
 * @example isBlankCell(0) // false
 * @example isBlankCell("N/A") // false
 */
export function isBlankCell(value: unknown): boolean {
  if (typeof value !== "string") return value === null || value === undefined;
  if (value.length === 0) return true;
  const first = value.charCodeAt(0);
  if (first > 0x20 && first < 0x7f && first !== 0x2d && first !== 0x5f) return false;
  if (first >= 0x3400 && first <= 0xd7ff) return false;
  const ascii = /^[\x20-\x7e]*$/.test(value);
  return NOTHING_BUT_FILLER.test(ascii ? value : value.normalize("NFKC"));
}
