/**
 * The range of a forecast total. Each open deal is an independent win/lose event: it adds its amount with
 * its probability and nothing otherwise. The distribution of the sum is computed exactly when it is small
 * enough; else approximated by a normal distribution where a theorem bounds its error by the simulation's
 * tolerance; else on an amount grid where its computed bound is within that tolerance
 * (latticeDistribution.ts); else by a seeded, reproducible simulation ({@link totalDistribution} chooses in
 * that order, giving the exact method all it may hold only after the grid).
 *
 * - Exact: a dynamic programme over the distinct totals (the outcomes of the deals seen so far, sorted,
 *   with their probabilities; adding a deal merges "lost" and "won + amount"). It holds at most
 *   min(2^n, distinct totals) outcomes, so up to 20 deals are always exact, and many deals of a few
 *   distinct amounts (round amounts, equal deals) are exact too. Used while the outcomes stay within
 *   {@link MAX_EXACT_OUTCOMES} and the work within {@link MAX_EXACT_WORK}.
 * - Normal (normalApproximation.ts): N(μ, σ²) with the total's mean and variance, used when the
 *   Berry–Esseen bound ε on its distance from the exact distribution function is at most
 *   {@link SIMULATION_TOLERANCE}. Then, for certain and not only with a probability, its Pq lies between the
 *   exact P(q − ε) and P(q + ε) and its probability of reaching a target within ±ε of the exact one: the
 *   simulation's statement, with a smaller or equal ε. It costs one pass over the deals, where the simulation
 *   costs runs × deals draws. Many deals of comparable size (several thousand) qualify; a few dominant deals
 *   among many do not.
 * - Simulation: {@link DEFAULT_SIMULATIONS} runs of the mulberry32 generator seeded with
 *   {@link DEFAULT_FORECAST_SEED}: the same deals, seed and runs give the same figures. Tolerance: by the
 *   Dvoretzky–Kiefer–Wolfowitz inequality, with N runs the simulated distribution function is within
 *   ε of the exact one everywhere with probability ≥ 1 − 2·exp(−2Nε²); for N = 20,000 and ε = 0.015 that
 *   is 99.97 %. So a simulated Pq lies between the exact P(q − 0.015) and P(q + 0.015), and a simulated
 *   probability of reaching a target within ±0.015 of the exact one ({@link SIMULATION_TOLERANCE}).
 *
 * Percentile (every method): Pq is the smallest total t with P(total ≤ t) ≥ q. On N sorted simulated
 * totals that is the ⌈qN⌉-th smallest; for the normal approximation it is μ + σ·Φ⁻¹(q).
 */
import { CompensatedSum, UINT32_RANGE, mulberry32Draw, mulberry32Next } from "../kernel";
import { latticeDistribution } from "./latticeDistribution";
import { normalDistribution } from "./normalApproximation";
import {
  assertQuantile,
  reachLine,
  splitEvents,
  type TotalDistribution,
  type WinLoseEvents,
} from "./winLoseEvents";

export type { TotalDistribution, WinLoseEvents } from "./winLoseEvents";

/**
 * The most distinct totals the exact method holds before the other methods take over (2^20).
 * Tested surface: exported for its tests.
 */
export const MAX_EXACT_OUTCOMES = 1 << 20;
/**
 * The most work (totals merged, summed over the deals) the exact method may do before the other methods
 * take over (2^23, a few tens of milliseconds): 20 deals take at most 2^21.
 */
const MAX_EXACT_WORK = 1 << 23;
/** Runs of the simulation when none is asked for. */
export const DEFAULT_SIMULATIONS = 20_000;
/** Seed of the simulation when none is given. */
export const DEFAULT_FORECAST_SEED = 20110301;
/**
 * How far (in probability) a simulated figure of {@link DEFAULT_SIMULATIONS} runs may be from the exact one,
 * and so the most the normal approximation's Berry–Esseen bound may be where it is used.
 * Tested surface: exported for its tests.
 */
export const SIMULATION_TOLERANCE = 0.015;

/** Read once: a global looked up in a hot loop is slow in some hosts (jest's sandbox). */
const { abs, max } = Math;
const BEYOND = Number.POSITIVE_INFINITY;

/** Slack on "≥ q" for the rounding of summed probabilities. */
const PROBABILITY_SLACK = 1e-9;

/** How many times the fewest amounts that pass a limit of totals {@link fewestTotals} first looks at. */
const FEWEST_PART = 4;

/** Totals that differ by rounding only (sums of the same amounts in another order) are one total. */
function sameTotal(a: number, b: number): boolean {
  return abs(a - b) <= 1e-12 * max(1, abs(a), abs(b));
}

/**
 * A number of distinct totals the events cannot have fewer of. n positive amounts a1 < … < an have at
 * least n(n+1)/2 + 1 distinct subset sums: 0 < a1 < … < an < an + a1 < … < an + a(n−1) < an + a(n−1) + a1
 * < … < a1 + … + an, each larger than the one before by at least a1 or a gap between two amounts (the same
 * for negative amounts). Only amounts standing further apart than the merging of near-equal totals can
 * reach over all the events (twice the events times the rounding {@link sameTotal} allows) are counted, so
 * that no two of those sums can end as one merged total.
 */
function fewestTotals(amounts: Float64Array, certain: number, limit: number): number {
  let magnitude = Math.abs(certain);
  for (let i = 0; i < amounts.length; i++) magnitude += abs(amounts[i]);
  const apart = 2 * (amounts.length + 1) * 1e-12 * max(1, magnitude);
  // The amounts of one sign standing apart, added one by one, give as many totals plus 0, each above the one
  // before by more than the merging reaches: when that chain already passes the limit, nothing is sorted.
  let [positive, negative] = [0, 0];
  for (let i = 0; i < amounts.length; i++) {
    if (amounts[i] > apart) positive++;
    else if (amounts[i] < -apart) negative++;
  }
  const chain = max(positive, negative) + 1;
  if (chain > limit) return chain;
  // A typed array sorts numerically without a comparator call per pair: 30 times faster on 100k amounts.
  const spread = (values: Float64Array): number => {
    values.sort();
    let [counted, last] = [0, 0];
    for (const value of values) {
      if (value - last > apart) [counted, last] = [counted + 1, value];
    }
    return counted;
  };
  const fewest = (part: Float64Array): number => {
    const n = max(spread(part.filter((a) => a > 0)), spread(part.filter((a) => a < 0).map((a) => -a)));
    return (n * (n + 1)) / 2 + 1;
  };
  // A part of the amounts holds no more amounts standing apart than all of them (the count on sorted values
  // is the most that stand pairwise apart): when the first few already pass the limit, that decides it
  // without sorting tens of thousands of amounts.
  const part = FEWEST_PART * Math.ceil(Math.sqrt(2 * limit));
  if (amounts.length > 2 * part) {
    const fromPart = fewest(amounts.slice(0, part));
    if (fromPart > limit) return fromPart;
  }
  return fewest(amounts);
}

/**
 * The exact distribution of the total of the events, or `null` when it would hold more than `maxOutcomes`
 * distinct totals or merge more than `maxWork` totals in all. A probability of 1 adds its amount for sure, 0 adds nothing; amounts may be of either
 * sign.
 * Tested surface: exported for its tests.
 * @throws RangeError for a non-finite amount, a probability outside 0..1 or columns of unequal length.
 * @example exactDistribution({ amounts: [100], probabilities: [0.3] })?.percentile(0.9) // 100
 */
export function exactDistribution(
  events: WinLoseEvents,
  maxOutcomes: number = MAX_EXACT_OUTCOMES,
  maxWork: number = MAX_EXACT_WORK,
): TotalDistribution | null {
  const { amounts, probabilities, certain } = splitEvents(events);
  // Give up at once when the totals must outnumber the limit (many deals of distinct amounts), rather than
  // after building a million totals that a large workbook's memory pays for.
  if (fewestTotals(amounts, certain, maxOutcomes) > maxOutcomes) return null;
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
      assertQuantile(q);
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
 * The sorted totals of `runs` simulated runs: in each, event e adds its amount when the next draw of the
 * generator is below its probability. A draw x / 2^32 is below p exactly when the 32-bit x is below
 * ⌈p · 2^32⌉ (p · 2^32 is exact in binary), so the loop compares integers, and adds the amount times 0 or 1
 * (⌊(x − threshold) / 2^32⌋ is −1 or 0) instead of branching on each draw, which a processor mispredicts.
 * The totals are exactly those of `total += random() < p ? amount : 0` with `random = mulberry32(seed)`.
 */
function simulatedTotals(
  amounts: Float64Array,
  probabilities: Float64Array,
  certain: number,
  seed: number,
  runs: number,
): Float64Array {
  const events = amounts.length;
  const values = Float64Array.from(amounts);
  const thresholds = Float64Array.from(probabilities, (p) => Math.ceil(p * UINT32_RANGE));
  const totals = new Float64Array(runs);
  const { floor } = Math;
  let state = seed >>> 0;
  for (let r = 0; r < runs; r++) {
    let total = certain;
    for (let e = 0; e < events; e++) {
      state = mulberry32Next(state);
      // −amount × (−1) adds the amount exactly; −amount × 0 leaves the total as it is.
      total -= values[e] * floor((mulberry32Draw(state) - thresholds[e]) / UINT32_RANGE);
    }
    totals[r] = total;
  }
  return totals.sort();
}

/**
 * The distribution of the total of the events as `runs` simulated totals: in each run, event i adds its
 * amount when the generator (mulberry32, seeded with `seed`) draws a number below its probability. The
 * same events, seed and runs give the same distribution.
 * Tested surface: exported for its tests.
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
  const totals = simulatedTotals(amounts, probabilities, certain, seed, runs);
  return {
    method: "simulation",
    outcomes: runs,
    percentile(q: number): number {
      assertQuantile(q);
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
 * The distinct totals the exact method may first hold: all of {@link MAX_EXACT_OUTCOMES} for up to 20 deals,
 * 2^14 for more — many deals of a few distinct amounts stay exact, while deals of distinct amounts, whose
 * totals double with each deal, give up after a few thousand merges instead of a few million: the one-pass
 * and grid methods are tried before the exact method gets all it may hold.
 */
const promptExactOutcomes = (events: number): number => (events <= 20 ? MAX_EXACT_OUTCOMES : 1 << 14);

/**
 * The distribution of the total, by the first method that applies: exact while it holds at most
 * promptExactOutcomes distinct totals and takes at most {@link MAX_EXACT_WORK}; the normal approximation where
 * its Berry–Esseen bound is at most {@link SIMULATION_TOLERANCE}; the amount grid (latticeDistribution.ts)
 * where its proven bound is; exact within {@link MAX_EXACT_OUTCOMES}; else simulated with `seed` and `runs`.
 * @throws RangeError for a bad event (see {@link exactDistribution}), a non-integer seed or runs < 1.
 * @example totalDistribution({ amounts: [100, 100], probabilities: [0.5, 0.5] }).method // "exact"
 * @example totalDistribution({ amounts: amountsOf4000Deals, probabilities: Array(4000).fill(0.5) }).method // "normal"
 * @example totalDistribution({ amounts: amountsOf800Deals, probabilities: chancesOf800Deals }).method // "lattice"
 */
export function totalDistribution(
  events: WinLoseEvents,
  seed: number = DEFAULT_FORECAST_SEED,
  runs: number = DEFAULT_SIMULATIONS,
): TotalDistribution {
  // Checked and split once: each method takes the split events as they are.
  const split = splitEvents(events);
  const uncertain = split.amounts.length;
  return (
    exactDistribution(split, promptExactOutcomes(uncertain)) ??
    normalDistribution(split, SIMULATION_TOLERANCE) ??
    latticeDistribution(split, SIMULATION_TOLERANCE) ??
    (promptExactOutcomes(uncertain) < MAX_EXACT_OUTCOMES ? exactDistribution(split) : null) ??
    simulatedDistribution(split, seed, runs)
  );
}
