/**
 * What Excel makes of a `HYPERLINK` formula whose arguments are constants — `=HYPERLINK("#'Sheet'!A8","D7")` —
 * as the tests need it: the cell it jumps to and what the cell shows. A model written for the tests, independently
 * of src/excel/linkFormulas.ts: string constants end at a lone `"` (`""` is one quote), a location starting with
 * "#" is a place in the workbook, a sheet name in it is quoted with `'` (`''` is one apostrophe). Anything else —
 * a reference, a function, an operator, more arguments — is not such a formula. Never shipped.
 */
import { storedCell, type StoredCell } from "./recordingInput";

/** A cell of the workbook a link jumps to. */
export interface LinkTarget {
  readonly sheet: string;
  readonly address: string;
}

/** A string constant at `at` of `formula`: its text and where it ends; undefined when there is none. */
function stringAt(formula: string, at: number): { text: string; end: number } | undefined {
  if (formula[at] !== '"') return undefined;
  let text = "";
  for (let i = at + 1; i < formula.length; i++) {
    if (formula[i] !== '"') text += formula[i];
    else if (formula[i + 1] === '"') text += formula[i++];
    else return { text, end: i + 1 };
  }
  return undefined;
}

/** "'Bob''s deals'!A8" as the sheet and the address; undefined when it is not a quoted sheet's cell. */
function placeOf(location: string): LinkTarget | undefined {
  const match = /^#'((?:[^']|'')+)'!(\$?[A-Z]{1,3}\$?\d+)$/.exec(location);
  return match ? { sheet: match[1].replace(/''/g, "'"), address: match[2] } : undefined;
}

/**
 * The target and the shown value of `input` when it is a `HYPERLINK` formula of a place in the workbook and a
 * constant (text or a whole number); undefined otherwise.
 * @example hyperlinkOf('=HYPERLINK("#\'商机\'!A8","D7")') // { target: { sheet: "商机", address: "A8" }, shown: "D7" }
 * @example hyperlinkOf("=HYPERLINK(A1,B1)") // undefined
 */
export function hyperlinkOf(input: unknown): { target: LinkTarget; shown: string | number } | undefined {
  const head = "=HYPERLINK(";
  if (typeof input !== "string" || !input.startsWith(head)) return undefined;
  const location = stringAt(input, head.length);
  if (location === undefined || input[location.end] !== ",") return undefined;
  const target = placeOf(location.text);
  const rest = input.slice(location.end + 1);
  const text = stringAt(rest, 0);
  if (target === undefined) return undefined;
  if (text !== undefined)
    return text.end === rest.length - 1 && rest.endsWith(")") ? { target, shown: text.text } : undefined;
  const number = /^(-?\d+)\)$/.exec(rest);
  return number ? { target, shown: Number(number[1]) } : undefined;
}

/**
 * How Excel stores `input` (see storedCell), a `HYPERLINK` formula of constants as the value it shows: the
 * recording Excel computes no formulas, this one it computes as Excel does.
 * @example storedLinkValue('=HYPERLINK("#\'商机\'!A8","=1+1")') // { kind: "text", text: "=1+1" }
 * @example storedLinkValue("'=1+1") // { kind: "text", text: "=1+1" }
 */
export function storedLinkValue(input: unknown): StoredCell {
  const link = hyperlinkOf(input);
  if (link === undefined) return storedCell(input);
  if (typeof link.shown === "number") return { kind: "value", input: link.shown };
  return link.shown === "" ? { kind: "blank" } : { kind: "text", text: link.shown };
}
