/**
 * What FUNNEL.WINWORTH reads: the five ratings of 值得赢吗? (Is it worth winning?), the optional
 * weights, and whether to answer with the score or the verdict.
 */
import { parseRating } from "../core/metrics";
import type { CellList } from "./args";
import { unwrap } from "./errors";
import { type Choice, wordChoice } from "./options";

/**
 * The ratings (one row or column, in the form's order): numbers 0–10, + / − marks, or blank (not rated).
 * A dash is the − mark here, not a blank cell.
 * @example readRatings(readList([[8], ["+"], [null], ["-"], [6]], "ratings")) // [8, 10, null, 0, 6]
 */
export function readRatings(cells: CellList): (number | null)[] {
  const ratings: (number | null)[] = [];
  for (let i = 0; i < cells.length; i++) ratings.push(unwrap(parseRating(cells.plainAt(i)), cells.where(i)));
  return ratings;
}

/**
 * The weights (one row or column of numbers, blank = 1); `undefined` when omitted or all blank.
 * @example readWeights(readList([[3, 3, 1, 1, 1]], "weights")) // [3, 3, 1, 1, 1]
 */
export function readWeights(cells: CellList | undefined): (number | null)[] | undefined {
  if (cells === undefined) return undefined;
  const weights: (number | null)[] = [];
  for (let i = 0; i < cells.length; i++) weights.push(cells.numberAt(i));
  return weights.every((weight) => weight === null) ? undefined : weights;
}

/** What FUNNEL.WINWORTH answers with. */
export type WorthOutput = "score" | "verdict";

const OUTPUT_WORDS: ReadonlyMap<string, WorthOutput> = new Map<string, WorthOutput>([
  ...["score", "分数", "得分", "评分"].map((word) => [word, "score"] as const),
  ...["verdict", "conclusion", "结论", "判断"].map((word) => [word, "verdict"] as const),
]);

/**
 * The `output` argument of FUNNEL.WINWORTH: "score" (the default) or "verdict" (also 分数 / 结论).
 * @example readChoice("结论", "output", WORTH_OUTPUTS) // "verdict"
 */
export const WORTH_OUTPUTS: Choice<WorthOutput> = wordChoice(OUTPUT_WORDS, "score", {
  en: "score or verdict",
  zh: "score（分数）或 verdict（结论）",
});
