/**
 * A count and its noun in English: "1 day", "2 days". Chinese needs no plural (“1 天”, “2 天”), so only
 * English messages use it; the task pane's string table writes the same with `{count|day|days}`.
 */

const ENGLISH_PLURALS = new Intl.PluralRules("en");

/**
 * The count followed by the noun's singular or plural, by English plural rules.
 * @example counted(1, "day", "days") // "1 day"
 * @example counted(2.5, "day", "days") // "2.5 days"
 */
export function counted(count: number | string, singular: string, plural: string): string {
  const n = typeof count === "number" ? count : Number(count.replace(/[,\s]/g, ""));
  return `${count} ${Number.isFinite(n) && ENGLISH_PLURALS.select(n) === "one" ? singular : plural}`;
}
