/**
 * What every method of the forecast range shares (distribution.ts, normalApproximation.ts): the open deals
 * as independent win/lose events, their check, the distribution a method returns, and the conventions of
 * its percentile and of reaching a target.
 */
import { CompensatedSum } from "../kernel";
import type { ForecastMethod } from "./types";

/** Open deals as independent win/lose events: amount i is won with probability i. */
export interface WinLoseEvents {
  readonly amounts: ArrayLike<number>;
  readonly probabilities: ArrayLike<number>;
}

/** The distribution of the total of some win/lose events. */
export interface TotalDistribution {
  readonly method: ForecastMethod;
  /** How many distinct totals (exact) or runs (simulation) it holds; 0 for the normal approximation. */
  readonly outcomes: number;
  /** The smallest total t with P(total ≤ t) ≥ q, for q in (0, 1]. */
  percentile(q: number): number;
  /** P(total ≥ target). */
  probabilityAtLeast(target: number): number;
}

/** The events that are uncertain (0 < p < 1, amount ≠ 0), and the sum of the certain ones (p = 1). */
export interface SplitEvents {
  readonly amounts: Float64Array;
  readonly probabilities: Float64Array;
  readonly certain: number;
}

/** The results of {@link splitEvents}: split already, each is its own split. */
const SPLIT = new WeakSet<object>();

/**
 * Splits the events into uncertain and certain ones; impossible events (p = 0) and zero amounts drop out.
 * A result of splitEvents passed again is returned as it is (its certain sum kept), so that the methods a
 * forecast tries in turn check and split the deals once.
 * @throws RangeError for a non-finite amount, a probability outside 0..1 or columns of unequal length.
 * The kept events are typed arrays (here amounts [50], probabilities [0.5]).
 * @example splitEvents({ amounts: [100, 50, 7], probabilities: [1, 0.5, 0] }).certain // 100
 * @example splitEvents({ amounts: [100, 50, 7], probabilities: [1, 0.5, 0] }).amounts[0] // 50
 */
export function splitEvents(events: WinLoseEvents): SplitEvents {
  if (SPLIT.has(events)) return events as SplitEvents;
  const { amounts, probabilities } = events;
  if (amounts.length !== probabilities.length) {
    throw new RangeError(`amounts (${amounts.length}) and probabilities (${probabilities.length}) differ.`);
  }
  const kept = { amounts: new Float64Array(amounts.length), probabilities: new Float64Array(amounts.length) };
  let count = 0;
  const certain = new CompensatedSum();
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i];
    const p = probabilities[i];
    if (!Number.isFinite(amount)) throw new RangeError(`Amount ${i + 1} is not a finite number.`);
    if (!(p >= 0 && p <= 1)) throw new RangeError(`Probability ${i + 1} (${p}) is outside 0..1.`);
    if (p === 1) certain.add(amount);
    if (p === 0 || p === 1 || amount === 0) continue;
    kept.amounts[count] = amount;
    kept.probabilities[count++] = p;
  }
  const split: SplitEvents = {
    amounts: kept.amounts.subarray(0, count),
    probabilities: kept.probabilities.subarray(0, count),
    certain: certain.value,
  };
  SPLIT.add(split);
  return split;
}

/**
 * The target less rounding slack: a total that equals the target up to rounding reaches it.
 * @example reachLine(100) // 100 − 1e-10
 */
export function reachLine(target: number): number {
  return target - 1e-12 * Math.max(1, Math.abs(target));
}

/**
 * Checks the q of a percentile.
 * @throws RangeError for q outside (0, 1].
 * @example assertQuantile(0.9) // passes
 */
export function assertQuantile(q: number): void {
  if (!(q > 0 && q <= 1)) throw new RangeError(`A percentile needs q in (0, 1], not ${q}.`);
}
