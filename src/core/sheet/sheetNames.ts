/**
 * Sheet names as Excel allows them, and a free name for a new sheet: a template never replaces or
 * writes over a sheet, so a second "二次评估" becomes "二次评估 (2)", then "(3)" …
 *
 * Excel's rules: 1–31 characters; none of : \ / ? * [ ]; not starting or ending with an apostrophe;
 * not "History" (reserved); names compare case-insensitively ("Pipeline" and "PIPELINE" clash).
 */

/** The longest sheet name Excel accepts. */
const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN = /[:\\/?*[\]]/g;
const RESERVED = "HISTORY";

/** The form in which Excel compares two sheet names (case-insensitive). */
const comparable = (name: string): string => name.normalize("NFC").toUpperCase();

/**
 * Whether Excel accepts this as a sheet name.
 * @example isValidSheetName("二次评估") // true
 * @example isValidSheetName("客户困难/问题") // false (a slash)
 * @example isValidSheetName("'Q1") // false (starts with an apostrophe)
 */
export function isValidSheetName(name: string): boolean {
  if (name.trim() === "" || name.length > MAX_SHEET_NAME_LENGTH) return false;
  if (new RegExp(FORBIDDEN.source).test(name)) return false;
  if (name.startsWith("'") || name.endsWith("'")) return false;
  return comparable(name) !== RESERVED;
}

/** At most `max` UTF-16 units of `text`, never cutting a surrogate pair in half. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Spaces and apostrophes trimmed from both ends (Excel refuses an apostrophe at either end). */
const trimEnds = (text: string): string => text.replace(/^[\s']+|[\s']+$/g, "");

/**
 * The wanted name made valid: forbidden characters become "_", end apostrophes and spaces go, long
 * names are cut to 31 characters, and a blank or reserved name becomes "Sheet".
 * @example validSheetName("客户困难/问题的分析") // "客户困难_问题的分析"
 */
export function validSheetName(wanted: string): string {
  const cleaned = trimEnds(clip(trimEnds(wanted.replace(FORBIDDEN, "_")), MAX_SHEET_NAME_LENGTH));
  return cleaned === "" || comparable(cleaned) === RESERVED ? "Sheet" : cleaned;
}

/**
 * A name for a new sheet that Excel accepts and that no existing sheet has (compared
 * case-insensitively): the wanted name made valid (see {@link validSheetName}) if it is free, else
 * the first free "name (2)", "name (3)" …, the base cut so that the whole stays within 31 characters.
 * @example uniqueSheetName("二次评估", []) // "二次评估"
 * @example uniqueSheetName("二次评估", ["二次评估"]) // "二次评估 (2)"
 * @example uniqueSheetName("Pipeline", ["PIPELINE", "pipeline (2)"]) // "Pipeline (3)"
 */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map(comparable));
  const base = validSheetName(wanted);
  if (!taken.has(comparable(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = trimEnds(clip(base, MAX_SHEET_NAME_LENGTH - suffix.length)) + suffix;
    if (!taken.has(comparable(candidate))) return candidate;
  }
}
