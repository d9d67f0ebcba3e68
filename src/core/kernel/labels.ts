/**
 * Text normalisation for what users type into stage and answer cells: one canonical form, so that
 * "Closed Won", "closed_won", " ＣＬＯＳＥＤ－ＷＯＮ " and "Closed  Won" all look the same to a resolver.
 */

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Zero-width characters and emoji variation selectors: invisible, but they break exact matches. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]|\ufe0e|\ufe0f/g;
/** Whitespace, hyphens (ASCII and typographic) and underscores: all become one space. */
const SEPARATORS = /[\s\-_\u2010-\u2015]+/g;
/** A space between two Chinese characters carries no meaning ("目标 客户" is "目标客户"). */
const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han}) (?=\p{Script=Han})/gu;

/**
 * The canonical form of a label: NFKC (full-width letters, digits and spaces become half-width),
 * invisible characters removed, lower case, runs of spaces / hyphens / underscores collapsed to one
 * space, trimmed, and spaces between Chinese characters dropped.
 * @example normaliseLabel(" Ｃｌｏｓｅｄ－Ｗｏｎ ") // "closed won"
 * @example normaliseLabel("closed_won") // "closed won"
 * @example normaliseLabel("目标 客户") // "目标客户"
 */
export function normaliseLabel(text: string): string {
  const ascii = PRINTABLE_ASCII.test(text);
  const folded = ascii ? text : text.normalize("NFKC").replace(INVISIBLE, "");
  const spaced = folded.toLowerCase().replace(SEPARATORS, " ").trim();
  return ascii || !spaced.includes(" ") ? spaced : spaced.replace(SPACE_BETWEEN_HAN, "");
}

/**
 * A cell value shortened for an error message: at most `max` characters, with "…" when cut.
 * @example displayValue("Prospecting") // "Prospecting"
 * @example displayValue("x".repeat(100), 5) // "xxxxx…"
 */
export function displayValue(value: unknown, max = 60): string {
  const text = value instanceof Error ? value.message || value.name : String(value);
  if (text.length <= max) return text;
  // Never cut an emoji (a surrogate pair) in half.
  const end = /[\ud800-\udbff]/.test(text[max - 1]) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

/** The most characters of a name a message quotes. */
const SHOWN_NAME_LENGTH = 40;

/**
 * A name from the user's workbook (a stage of their own list) as a message quotes it: at most 40
 * characters, with "…" when cut, so that a message stays readable whatever the sheet holds.
 * @example shownName("Prospecting") // "Prospecting"
 */
export function shownName(name: string): string {
  return displayValue(name, SHOWN_NAME_LENGTH);
}
