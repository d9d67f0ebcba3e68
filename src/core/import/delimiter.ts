/**
 * The field delimiter of a CSV text: comma, semicolon (exports from machines whose decimal mark is a comma) or
 * tab ("Unicode text" from Excel, many CRM exports). Read from the first records, outside quoted fields: the
 * delimiter is the one that splits every record into the same number of fields.
 */

/** The delimiters a CSV export uses. */
export type CsvDelimiter = "," | ";" | "\t";

/** Every delimiter, in the order they are preferred when several split the records alike. */
export const CSV_DELIMITERS: readonly CsvDelimiter[] = Object.freeze(["\t", ";", ","]);

/** The records looked at. */
const SAMPLE_RECORDS = 20;
/** The characters looked at, at most. */
const SAMPLE_CHARS = 64 * 1024;

/** How often each delimiter occurs outside quotes in each of the first records (the last, maybe cut, left out). */
function delimiterCounts(text: string): Record<CsvDelimiter, number[]> {
  const counts: Record<CsvDelimiter, number[]> = { "\t": [], ";": [], ",": [] };
  const current: Record<CsvDelimiter, number> = { "\t": 0, ";": 0, ",": 0 };
  const end = Math.min(text.length, SAMPLE_CHARS);
  let quoted = false;
  let empty = true;
  const closeRecord = () => {
    if (empty) return; // a blank line is no record
    empty = true;
    for (const d of CSV_DELIMITERS) {
      counts[d].push(current[d]);
      current[d] = 0;
    }
  };
  for (let i = 0; i < end && counts[","].length < SAMPLE_RECORDS; i++) {
    const c = text[i];
    if (c !== "\n" && c !== "\r") empty = false;
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i += 1;
      closeRecord();
    } else if (c === "\t" || c === ";" || c === ",") current[c] += 1;
  }
  if (end === text.length && !quoted) closeRecord();
  return counts;
}

/**
 * The delimiter of a CSV text: the first of tab, semicolon and comma that occurs the same number of times (at
 * least once) in every one of the first records; else the one that occurs most; a text without any is
 * comma-separated (one column).
 * @example detectDelimiter("id;amount\n1;1,5\n2;2,5\n") // ";"
 * @example detectDelimiter("id,name\n1,\"a;b\"\n") // ","
 * @example detectDelimiter("id\tname\n1\tx\n") // "\t"
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = delimiterCounts(text);
  const consistent = CSV_DELIMITERS.find((d) => {
    const seen = counts[d];
    return seen.length > 0 && seen[0] > 0 && seen.every((n) => n === seen[0]);
  });
  if (consistent !== undefined) return consistent;
  const total = (d: CsvDelimiter) => counts[d].reduce((sum, n) => sum + n, 0);
  const most = [...CSV_DELIMITERS].sort((a, b) => total(b) - total(a))[0];
  return total(most) > 0 ? most : ",";
}
