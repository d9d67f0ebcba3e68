/**
 * The normal approximation of the total of many win/lose events, used only where a theorem guarantees it is
 * at least as close to the exact distribution as the simulation's stated tolerance.
 *
 * The total is approximated by N(μ, σ²) with μ = certain + Σ a·p and σ² = Σ a²·p·(1 − p). By the
 * Berry–Esseen theorem for independent, not identically distributed summands, with C₀ = 0.5600
 * (I. G. Shevtsova, 2010),
 *
 *   sup_x |F(x) − Φ((x − μ)/σ)| ≤ ε = C₀ · Σ E|X_i − μ_i|³ / σ³,
 *
 * where F is the exact distribution function of the total and, for a deal of amount a won with probability p,
 * E|X − μ|³ = |a|³ · p(1 − p) · (p² + (1 − p)²). Hence, deterministically (no confidence level):
 *
 * - Pq = μ + σ·Φ⁻¹(q) lies between the exact P(q − ε) and P(q + ε). (F(Pq) ≥ Φ(Φ⁻¹(q)) − ε = q − ε, so
 *   Pq is at or above the exact P(q − ε); a total t below Pq has Φ((t − μ)/σ) < q, so F(t) < q + ε, and
 *   so the exact P(q + ε) is at or above Pq.) Pq is kept within the totals that can occur
 *   (certain + the negative amounts … certain + the positive amounts), where every exact percentile lies.
 * - P(total ≥ target) = 1 − Φ((line − μ)/σ), line the target less rounding slack (as the other methods
 *   read it), is within ε of the exact one; it is 1 or 0 exactly when the line is below the lowest or above
 *   the highest total that can occur.
 *
 * ε is small when many deals of comparable size make the total (ε ≈ 0.56 · (p² + q²) / √(n·p·q) for n equal
 * deals at p, q = 1 − p), and large when a few deals dominate it.
 */
import { CompensatedSum } from "../kernel";
import { normalCdf, normalQuantile } from "./normal";
import {
  assertQuantile,
  reachLine,
  splitEvents,
  type TotalDistribution,
  type WinLoseEvents,
} from "./winLoseEvents";

/**
 * C₀ of the Berry–Esseen theorem for independent, not identically distributed summands (Shevtsova 2010).
 * Tested surface: exported for its tests.
 */
export const BERRY_ESSEEN_CONSTANT = 0.56;

/** The normal approximation of a total and how far it can be from the exact distribution. */
export interface NormalFit {
  /** μ = certain + Σ a·p. */
  readonly mean: number;
  /** σ = √Σ a²·p·(1 − p). */
  readonly stdev: number;
  /** ε, the Berry–Esseen bound on sup |F − Φ|; +∞ when σ = 0 (a certain total, nothing to approximate). */
  readonly bound: number;
  /** The lowest and highest totals that can occur. */
  readonly lowest: number;
  readonly highest: number;
}

/**
 * The normal approximation of the total of the events and its Berry–Esseen bound, in one pass over them.
 * Tested surface: exported for its tests.
 * @throws RangeError for a bad event (see splitEvents).
 * @example normalFit({ amounts: [10, 10], probabilities: [0.5, 0.5] }) // { mean: 10, stdev: 7.07…, bound: 0.396, lowest: 0, highest: 20 }
 */
export function normalFit(events: WinLoseEvents): NormalFit {
  const { amounts, probabilities, certain } = splitEvents(events);
  const [mean, variance, thirdMoment] = [new CompensatedSum(), new CompensatedSum(), new CompensatedSum()];
  const [lowest, highest] = [new CompensatedSum(), new CompensatedSum()];
  for (const sum of [mean, lowest, highest]) sum.add(certain);
  for (let i = 0; i < amounts.length; i++) {
    const [a, p] = [amounts[i], probabilities[i]];
    const q = 1 - p;
    const spread = a * a * p * q;
    mean.add(a * p);
    variance.add(spread);
    thirdMoment.add(Math.abs(a) * spread * (p * p + q * q));
    (a < 0 ? lowest : highest).add(a);
  }
  const stdev = Math.sqrt(Math.max(0, variance.value));
  return {
    mean: mean.value,
    stdev,
    bound: stdev > 0 ? (BERRY_ESSEEN_CONSTANT * thirdMoment.value) / stdev ** 3 : Number.POSITIVE_INFINITY,
    lowest: lowest.value,
    highest: highest.value,
  };
}

/**
 * The normal approximation of the total of the events, or `null` when its Berry–Esseen bound exceeds
 * `tolerance` (or is not finite: a certain total, amounts too large to cube). Its percentiles and
 * probabilities are within the bound of the exact ones as stated in the module documentation.
 * @throws RangeError for a bad event (see splitEvents) or a tolerance that is not a positive number.
 * @example normalDistribution({ amounts: Array(4000).fill(10), probabilities: Array(4000).fill(0.5) }, 0.015)?.percentile(0.5) // 20000
 */
export function normalDistribution(events: WinLoseEvents, tolerance: number): TotalDistribution | null {
  if (!(tolerance > 0)) throw new RangeError(`The tolerance must be a positive number, not ${tolerance}.`);
  const { mean, stdev, bound, lowest, highest } = normalFit(events);
  if (!(bound <= tolerance)) return null;
  return {
    method: "normal",
    outcomes: 0,
    percentile(q: number): number {
      assertQuantile(q);
      return Math.min(highest, Math.max(lowest, mean + stdev * normalQuantile(q)));
    },
    probabilityAtLeast(target: number): number {
      const line = reachLine(target);
      if (line > highest) return 0;
      if (line <= lowest) return 1;
      return normalCdf((mean - line) / stdev);
    },
  };
}
