/**
 * The range of a forecast total. Each open deal is an independent win/lose event: it adds its amount with
 * its probability and nothing otherwise. The distribution of the sum is computed exactly when it is small
 * enough, else by a seeded, reproducible simulation.
 *
 * - Exact: a dynamic programme over the distinct totals (the outcomes of the deals seen so far, sorted,
 *   with their probabilities; adding a deal merges "lost" and "won + amount"). It holds at most
 *   min(2^n, distinct totals) outcomes, so up to 20 deals are always exact, and many deals of a few
 *   distinct amounts (round amounts, equal deals) are exact too. Used while the outcomes stay within
 *   {@link MAX_EXACT_OUTCOMES} and the work within {@link MAX_EXACT_WORK}.
 * - Simulation: {@link DEFAULT_SIMULATIONS} runs of the mulberry32 generator seeded with
 *   {@link DEFAULT_FORECAST_SEED}: the same deals, seed and runs give the same figures. Tolerance: by the
 *   Dvoretzky–Kiefer–Wolfowitz inequality, with N runs the simulated distribution function is within
 *   ε of the exact one everywhere with probability ≥ 1 − 2·exp(−2Nε²); for N = 20,000 and ε = 0.015 that
 *   is 99.97 %. So a simulated Pq lies between the exact P(q − 0.015) and P(q + 0.015), and a simulated
 *   probability of reaching a target within ±0.015 of the exact one ({@link SIMULATION_TOLERANCE}).
 *
 * Percentile (both methods): Pq is the smallest total t with P(total ≤ t) ≥ q. On N sorted simulated
 * totals that is the ⌈qN⌉-th smallest.
 */
import { CompensatedSum } from "../numbers";
import { mulberry32 } from "../random";
import type { ForecastMethod } from "./types";

/** The most distinct totals the exact method holds before the simulation takes over (2^20). */
export const MAX_EXACT_OUTCOMES = 1 << 20;
/**
 * The most work (totals merged, summed over the deals) the exact method may do before the simulation
 * takes over (2^23, a few tens of milliseconds): 20 deals take at most 2^21.
 */
export const MAX_EXACT_WORK = 1 << 23;
/** Runs of the simulation when none is asked for. */
export const DEFAULT_SIMULATIONS = 20_000;
/** Seed of the simulation when none is given. */
export const DEFAULT_FORECAST_SEED = 20110301;
/** How far (in probability) a simulated figure of {@link DEFAULT_SIMULATIONS} runs may be from the exact one. */
export const SIMULATION_TOLERANCE = 0.015;

/** Open deals as independent win/lose events: amount i is won with probability i. */
export interface WinLoseEvents {
  readonly amounts: ArrayLike<number>;
  readonly probabilities: ArrayLike<number>;
}

/** The distribution of the total of some win/lose events. */
export interface TotalDistribution {
  readonly method: ForecastMethod;
  /** How many distinct totals (exact) or runs (simulation) it holds. */
  readonly outcomes: number;
  /** The smallest total t with P(total ≤ t) ≥ q, for q in (0, 1]. */
  percentile(q: number): number;
  /** P(total ≥ target). */
  probabilityAtLeast(target: number): number;
}

/** Read once: a global looked up in a hot loop is slow in some hosts (jest's sandbox). */
const { abs, max } = Math;
const BEYOND = Number.POSITIVE_INFINITY;

/** Slack on "≥ q" for the rounding of summed probabilities. */
const PROBABILITY_SLACK = 1e-9;

/** Totals that differ by rounding only (sums of the same amounts in another order) are one total. */
function sameTotal(a: number, b: number): boolean {
  return abs(a - b) <= 1e-12 * max(1, abs(a), abs(b));
}

/** The target less rounding slack: a total that equals it up to rounding reaches it. */
function reachLine(target: number): number {
  return target - 1e-12 * Math.max(1, Math.abs(target));
}

function checkQuantile(q: number): void {
  if (!(q > 0 && q <= 1)) throw new RangeError(`A percentile needs q in (0, 1], not ${q}.`);
}

/** The events that are uncertain (0 < p < 1, amount ≠ 0), and the sum of the certain ones (p = 1). */
interface SplitEvents {
  readonly amounts: number[];
  readonly probabilities: number[];
  readonly certain: number;
}

/** Splits the events into uncertain and certain ones. Throws on a bad event. */
function splitEvents(events: WinLoseEvents): SplitEvents {
  const { amounts, probabilities } = events;
  if (amounts.length !== probabilities.length) {
    throw new RangeError(`amounts (${amounts.length}) and probabilities (${probabilities.length}) differ.`);
  }
  const kept = { amounts: [] as number[], probabilities: [] as number[] };
  const certain = new CompensatedSum();
  for (let i = 0; i < amounts.length; i++) {
    const [amount, p] = [amounts[i], probabilities[i]];
    if (!Number.isFinite(amount)) throw new RangeError(`Amount ${i + 1} is not a finite number.`);
    if (!(p >= 0 && p <= 1)) throw new RangeError(`Probability ${i + 1} (${p}) is outside 0..1.`);
    if (p === 1) certain.add(amount);
    if (p === 0 || p === 1 || amount === 0) continue;
    kept.amounts.push(amount);
    kept.probabilities.push(p);
  }
  return { ...kept, certain: certain.value };
}

/**
 * The exact distribution of the total of the events, or `null` when it would hold more than `maxOutcomes`
 * distinct totals or merge more than `maxWork` totals in all. A probability of 1 adds its amount for sure, 0 adds nothing; amounts may be of either
 * sign.
 * @throws RangeError for a non-finite amount, a probability outside 0..1 or columns of unequal length.
 * @example exactDistribution({ amounts: [100], probabilities: [0.3] })?.percentile(0.9) // 100
 */
export function exactDistribution(
  events: WinLoseEvents,
  maxOutcomes: number = MAX_EXACT_OUTCOMES,
  maxWork: number = MAX_EXACT_WORK,
): TotalDistribution | null {
  const { amounts, probabilities, certain } = splitEvents(events);
  let totals = new Float64Array([certain]);
  let weights = new Float64Array([1]);
  let work = 0;
  for (let e = 0; e < amounts.length; e++) {
    const [amount, p] = [amounts[e], probabilities[e]];
    const size = totals.length;
    work += 2 * size;
    if (work > maxWork) return null;
    const nextTotals = new Float64Array(2 * size);
    const nextWeights = new Float64Array(2 * size);
    let [lose, win, k] = [0, 0, 0];
    while (lose < size || win < size) {
      const loseTotal = lose < size ? totals[lose] : BEYOND;
      const winTotal = win < size ? totals[win] + amount : BEYOND;
      const takeLose = loseTotal <= winTotal;
      const total = takeLose ? loseTotal : winTotal;
      const weight = takeLose ? weights[lose++] * (1 - p) : weights[win++] * p;
      if (k > 0 && sameTotal(nextTotals[k - 1], total)) {
        nextWeights[k - 1] += weight;
      } else {
        if (k === maxOutcomes) return null;
        nextTotals[k] = total;
        nextWeights[k++] = weight;
      }
    }
    totals = nextTotals.subarray(0, k);
    weights = nextWeights.subarray(0, k);
  }
  return exactOf(totals, weights);
}

function exactOf(totals: Float64Array, weights: Float64Array): TotalDistribution {
  return {
    method: "exact",
    outcomes: totals.length,
    percentile(q: number): number {
      checkQuantile(q);
      const cumulative = new CompensatedSum();
      for (let k = 0; k < totals.length; k++) {
        cumulative.add(weights[k]);
        if (cumulative.value >= q - PROBABILITY_SLACK) return totals[k];
      }
      return totals[totals.length - 1];
    },
    probabilityAtLeast(target: number): number {
      const line = reachLine(target);
      const reached = new CompensatedSum();
      for (let k = totals.length - 1; k >= 0 && totals[k] >= line; k--) reached.add(weights[k]);
      return Math.min(1, Math.max(0, reached.value));
    },
  };
}

/**
 * The distribution of the total of the events as `runs` simulated totals: in each run, event i adds its
 * amount when the generator (mulberry32, seeded with `seed`) draws a number below its probability. The
 * same events, seed and runs give the same distribution.
 * @throws RangeError for a bad event (see {@link exactDistribution}), a non-integer seed or runs < 1.
 * @example simulatedDistribution({ amounts: [100, 200], probabilities: [0.5, 0.5] }).percentile(0.5) // 100 or 200
 */
export function simulatedDistribution(
  events: WinLoseEvents,
  seed: number = DEFAULT_FORECAST_SEED,
  runs: number = DEFAULT_SIMULATIONS,
): TotalDistribution {
  const { amounts, probabilities, certain } = splitEvents(events);
  if (!Number.isInteger(seed)) throw new RangeError(`The seed must be an integer, not ${seed}.`);
  if (!(Number.isInteger(runs) && runs >= 1))
    throw new RangeError(`Runs must be a positive integer, not ${runs}.`);
  const random = mulberry32(seed);
  const totals = new Float64Array(runs);
  for (let r = 0; r < runs; r++) {
    let total = certain;
    for (let e = 0; e < amounts.length; e++) if (random() < probabilities[e]) total += amounts[e];
    totals[r] = total;
  }
  totals.sort();
  return {
    method: "simulation",
    outcomes: runs,
    percentile(q: number): number {
      checkQuantile(q);
      const rank = Math.ceil(q * runs - PROBABILITY_SLACK);
      return totals[Math.min(runs, Math.max(1, rank)) - 1];
    },
    probabilityAtLeast(target: number): number {
      const line = reachLine(target);
      let [low, high] = [0, runs];
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (totals[middle] >= line) high = middle;
        else low = middle + 1;
      }
      return (runs - low) / runs;
    },
  };
}

/**
 * The distribution of the total: exact while it holds at most {@link MAX_EXACT_OUTCOMES} distinct totals
 * and takes at most {@link MAX_EXACT_WORK}, else simulated with `seed` and `runs`.
 * @example totalDistribution({ amounts: [100, 100], probabilities: [0.5, 0.5] }).method // "exact"
 */
export function totalDistribution(
  events: WinLoseEvents,
  seed: number = DEFAULT_FORECAST_SEED,
  runs: number = DEFAULT_SIMULATIONS,
): TotalDistribution {
  return exactDistribution(events) ?? simulatedDistribution(events, seed, runs);
}
