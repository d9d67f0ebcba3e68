/**
 * The arguments of FUNNEL.WINWORTH: the five ratings of 值得赢吗? (Is it worth winning?), optional
 * weights, and whether to answer with the score or the verdict.
 */
import type { Bilingual } from "../core/kernel";
import { parseRating } from "../core/metrics";
import { listArg } from "./args";
import { valueOf } from "./errors";
import { choiceArg } from "./options";

/**
 * The ratings (one row or column, in the form's order): numbers 0–10, + / − marks, or blank (not rated).
 * @example ratingsArg([[8], ["+"], [null], ["-"], [6]]) // [8, 10, null, 0, 6]
 */
export function ratingsArg(value: unknown): (number | null)[] {
  const cells = listArg(value, "ratings");
  const ratings: (number | null)[] = [];
  for (let i = 0; i < cells.length; i++) ratings.push(valueOf(parseRating(cells.valueAt(i)), cells.where(i)));
  return ratings;
}

/**
 * The optional weights (one row or column of numbers, blank = 1); `undefined` when omitted.
 * @example weightsArg([[3, 3, 1, 1, 1]]) // [3, 3, 1, 1, 1]
 */
export function weightsArg(value: unknown): (number | null)[] | undefined {
  const cells = listArg(value, "weights");
  if (cells.length === 0) return undefined;
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

const OUTPUT_ACCEPTED: Bilingual = { en: "score or verdict", zh: "score（分数）或 verdict（结论）" };

/**
 * The `output` argument: "score" (the default) or "verdict" (also 分数 / 结论).
 * @example worthOutputArg("结论") // "verdict"
 */
export function worthOutputArg(value: unknown): WorthOutput {
  return choiceArg(value, "output", OUTPUT_WORDS, "score", OUTPUT_ACCEPTED);
}
