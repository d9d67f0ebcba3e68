/**
 * What Excel makes of an input written into a cell through `Range.formulas` or `Range.values`: what it makes of
 * the same input typed. A leading apostrophe makes the rest text (the apostrophe is not part of the value); "="
 * starts a formula, and so do "+", "-" and "@" followed by more (Excel adds the "="); text that reads as a
 * number, a percentage, an amount, a date, a time, TRUE / FALSE or an error value becomes that; full-width forms
 * read as their ASCII ones (as in East Asian locales); anything else is text. A model written for the tests,
 * independently of src/core/sheet/cellInput.ts, and one that errs towards "not text". Never shipped.
 */

/** A cell as Excel stores it. */
export type StoredCell =
  | { readonly kind: "blank" }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "value"; readonly input: unknown };

const NUMBER = /^[-+]?[$¥€£]?\(?[-+]?(\d[\d,]*(\.\d*)?|\.\d+)(e[-+]?\d+)?\)?%?$/i;
const DATE = /^\d{1,4}\s*[-/.年]\s*\d{1,2}/;
const TIME = /^\d{1,2}:\d{2}/;
const FRACTION = /^\d+\s+\d+\/\d+$/;
const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/,]*\d/i;
const ERROR =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!)/i;

/**
 * How Excel stores `input`.
 * @example storedCell("'=1+1") // { kind: "text", text: "=1+1" }
 * @example storedCell("+1") // { kind: "value", input: "+1" }
 * @example storedCell("@SUM(A1)") // { kind: "formula", formula: "=SUM(A1)" }
 */
export function storedCell(input: unknown): StoredCell {
  if (input === "" || input === null || input === undefined) return { kind: "blank" };
  if (typeof input !== "string") return { kind: "value", input };
  if (input.startsWith("'")) return { kind: "text", text: input.slice(1) };
  const read = input.normalize("NFKC");
  const trimmed = read.trim();
  if (read.startsWith("=")) return { kind: "formula", formula: read };
  if (/^[+\-@]./s.test(read) && !NUMBER.test(trimmed)) {
    return { kind: "formula", formula: `=${read.startsWith("@") ? read.slice(1) : read}` };
  }
  const nonText = [NUMBER, DATE, TIME, FRACTION, MONTH, ERROR, /^(TRUE|FALSE)$/i].some((pattern) =>
    pattern.test(trimmed),
  );
  return nonText ? { kind: "value", input } : { kind: "text", text: input };
}
