/**
 * The distribution of a forecast total computed on an amount grid, with a proven bound on its distance from
 * the exact distribution: fast where the exact method holds too many totals and the Berry–Esseen bound of the
 * normal approximation is too loose (hundreds to tens of thousands of deals of distinct amounts).
 *
 * Each amount a is rounded to the nearest multiple k·h of a step h, so the total is T = h·K + c + R with
 * K = Σ k·X (X the deal's win, 0 or 1), c = Σ r·p and R = Σ r·(X − p), r = a − k·h, |r| ≤ h/2. The
 * distribution of K is computed by the dynamic programme over the grid (adding a deal: q·w[x] + p·w[x − k]),
 * deals in order of their variance, each step keeping only a window around its mean wide enough for the
 * Bernstein inequality to leave next to nothing outside; λ, the probability mass the windows dropped, is
 * what the final weights lack of 1 (computed, not estimated). G(x) = Σ of the weights of the totals
 * h·j + c ≤ x. Then, for every x and every δ > 0,
 *
 *   G(x − δ) − β ≤ F(x) ≤ G(x + δ) + λ + β,   β = exp(−δ² / (2(v + bδ/3))) (Bernstein, for R)
 *
 * with v = Σ r²·p·(1 − p) and b = max |r|; and G(x ± δ) differs from G(x) by at most W(δ), the most weight on
 * ⌈δ/h⌉ neighbouring grid totals. So sup |F − G| ≤ ε = W(δ) + β + λ, computed after the programme for a few δ
 * and the best kept. Used only when ε ≤ the tolerance: then, as for the normal approximation, Pq (the smallest
 * grid total with G ≥ q) lies between the exact P(q − ε) and P(q + ε), and P(total ≥ target) is within ε.
 * When every amount is a multiple of h (round amounts), R = 0 and ε = λ.
 *
 * The step is chosen so that ε should come out near 60 % of the tolerance for a bell-shaped total; a total of
 * another shape (a few dominant deals) may give a larger ε, and then the next method is used.
 */
import {
  assertQuantile,
  reachLine,
  splitEvents,
  type TotalDistribution,
  type WinLoseEvents,
} from "./winLoseEvents";

/**
 * The most work (grid totals updated, summed over the deals) the grid method may do: about 50 ms.
 * Tested surface: exported for its tests.
 */
export const MAX_LATTICE_WORK = 120_000_000;

/** ln(1/α) of each window: a deal's partial sum leaves its window with probability below α = e⁻¹⁰ (5·10⁻⁵). */
const WINDOW_LOG_LEVEL = 10;
/** The δ tried, in standard deviations of the rounding R. */
const DELTA_STEPS = [2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7] as const;
/**
 * Step h = STEP_FACTOR · tolerance · σ / √Σp(1 − p): then R's deviation is about h·√(Σpq / 12), the chosen δ
 * about 3.5 of them and ε about 0.9 × the tolerance for a bell-shaped total (measured: 0.69 with 1.4).
 */
const STEP_FACTOR = 1.8;
/** A retry aims at this share of the tolerance. */
const RETRY_MARGIN = 0.8;

/** A grid distribution and its proven bound. */
export interface LatticeDistribution extends TotalDistribution {
  /** ε: the most the distribution function can differ from the exact one. */
  readonly bound: number;
  /** The grid step h. */
  readonly step: number;
}

/**
 * How far a sum of centred summands of variance `variance`, each at most `largest` above its mean, may rise
 * above its mean with probability above e^(−logLevel) (Bernstein's inequality solved for t).
 */
function bernsteinReach(variance: number, largest: number, logLevel: number): number {
  const linear = (largest * logLevel) / 3;
  return linear + Math.sqrt(linear * linear + 2 * variance * logLevel);
}

/**
 * The distribution of the total of the events on an amount grid, or `null` when no step meets `tolerance`
 * within {@link MAX_LATTICE_WORK} (or the total is certain). Its bound ε is proven (module documentation).
 * @throws RangeError for a bad event (see splitEvents) or a tolerance that is not a positive number.
 * @example latticeDistribution({ amounts: amountsOf2000Deals, probabilities: chancesOf2000Deals }, 0.015)?.percentile(0.9)
 */
export function latticeDistribution(
  events: WinLoseEvents,
  tolerance: number,
  maxWork: number = MAX_LATTICE_WORK,
): LatticeDistribution | null {
  if (!(tolerance > 0)) throw new RangeError(`The tolerance must be a positive number, not ${tolerance}.`);
  const { amounts, probabilities, certain } = splitEvents(events);
  const n = amounts.length;
  let [variance, chance, lowest, highest] = [0, 0, certain, certain];
  for (let i = 0; i < n; i++) {
    const [a, p] = [amounts[i], probabilities[i]];
    variance += a * a * p * (1 - p);
    chance += p * (1 - p);
    if (a < 0) lowest += a;
    else highest += a;
  }
  if (!(variance > 0) || !Number.isFinite(variance)) return null;
  // The first step aims at ε ≈ 0.9 × the tolerance for a bell-shaped total; a total of another shape gets one
  // more try, with the step shrunk by what the first ε missed, within what work remains.
  let step = (STEP_FACTOR * tolerance * Math.sqrt(variance)) / Math.sqrt(chance);
  let work = maxWork;
  for (let attempt = 0; attempt < 2; attempt++) {
    const fit = latticeFit(amounts, probabilities, step, work);
    if (fit === null) return null;
    if (fit.bound <= tolerance) return latticeOf(fit, certain, lowest, highest);
    work -= fit.work;
    step *= (RETRY_MARGIN * tolerance) / fit.bound;
  }
  return null;
}

/** The programme's result for one step: the weights and their cumulative sums, ε and what it cost. */
interface LatticeFit {
  readonly step: number;
  readonly shift: number;
  readonly base: number;
  readonly weights: Float64Array;
  readonly cumulative: Float64Array;
  readonly bound: number;
  readonly work: number;
}

/** The grid distribution of the uncertain events for `step`, or null when it takes more than `maxWork`. */
function latticeFit(
  amounts: Float64Array,
  probabilities: Float64Array,
  step: number,
  maxWork: number,
): LatticeFit | null {
  const grid = gridOf(amounts, probabilities, step);
  const groups = groupsOf(grid.steps, probabilities);
  const windows = windowsOf(groups, maxWork);
  if (windows === null) return null;
  const weights = convolve(groups, windows);
  const cumulative = new Float64Array(weights.length + 1);
  for (let j = 0; j < weights.length; j++) cumulative[j + 1] = cumulative[j] + weights[j];
  // λ, and the rounding of the programme's sums (relative 10⁻¹⁶ a step and a total).
  const lost = Math.max(0, 1 - cumulative[weights.length]) + 1e-12 * amounts.length;
  const bound = lost + roundingBound(cumulative, step, grid.rounding);
  return { step, shift: grid.shift, base: windows.base, weights, cumulative, bound, work: windows.work };
}

/** The distribution of certain + the grid totals of `fit`, kept within the totals that can occur. */
function latticeOf(fit: LatticeFit, certain: number, lowest: number, highest: number): LatticeDistribution {
  const { step, weights, cumulative, bound } = fit;
  const origin = certain + fit.shift;
  const totalAt = (j: number) => origin + (fit.base + j) * step;
  return {
    method: "lattice",
    outcomes: weights.length,
    bound,
    step,
    percentile(q: number): number {
      assertQuantile(q);
      // The first j with cumulative[j + 1] ≥ q: G at the total j reaches q.
      let [low, high] = [0, weights.length - 1];
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (cumulative[middle + 1] >= q - 1e-9) high = middle;
        else low = middle + 1;
      }
      return Math.min(highest, Math.max(lowest, totalAt(low)));
    },
    probabilityAtLeast(target: number): number {
      const line = reachLine(target);
      if (line > highest) return 0;
      if (line <= lowest) return 1;
      // 1 − G(line⁻): the weight of the totals below the line, counted up to the first total at or above it.
      const first = Math.ceil((line - origin) / step - fit.base - 1e-9);
      const below = cumulative[Math.min(weights.length, Math.max(0, first))];
      return Math.min(1, Math.max(0, 1 - below));
    },
  };
}

/** The amounts on the grid: whole steps k, the shift c = Σ r·p, R's variance and largest |r|. */
function gridOf(amounts: Float64Array, probabilities: Float64Array, step: number) {
  const steps = new Float64Array(amounts.length);
  let [shift, variance, largest] = [0, 0, 0];
  for (let i = 0; i < amounts.length; i++) {
    const k = Math.round(amounts[i] / step);
    const r = amounts[i] - k * step;
    const p = probabilities[i];
    steps[i] = k;
    shift += r * p;
    variance += r * r * p * (1 - p);
    largest = Math.max(largest, Math.abs(r));
  }
  return { steps, shift, rounding: { variance, largest } };
}

/**
 * Deals of the same step k and probability p, taken together: the number of them won is binomial, so one
 * pass adds them all (one term per number won that is not negligible) instead of one pass per deal. With
 * a step near 3 % of a typical amount, thousands of deals share a few hundred (k, p).
 */
interface DealGroups {
  readonly step: Float64Array;
  readonly chance: Float64Array;
  readonly count: Uint32Array;
  /** The probability of each number won, from `first[g]` on: the binomial terms above 10⁻¹⁸. */
  readonly terms: readonly Float64Array[];
  readonly first: Uint32Array;
}

/** ln(10⁻¹⁸): binomial terms below it are left out (their mass is part of λ). */
const NEGLIGIBLE_TERM = Math.log(1e-18);

/** The groups of the deals by (k, p), those of k = 0 left out, smallest variance first. */
function groupsOf(steps: Float64Array, probabilities: Float64Array): DealGroups {
  const byKey = new Map<string, number>();
  const [keys, counts]: [[number, number][], number[]] = [[], []];
  for (let i = 0; i < steps.length; i++) {
    if (steps[i] === 0) continue;
    const key = `${steps[i]} ${probabilities[i]}`;
    const at = byKey.get(key);
    if (at === undefined) {
      byKey.set(key, keys.length);
      keys.push([steps[i], probabilities[i]]);
      counts.push(1);
    } else counts[at]++;
  }
  const spread = (g: number) => keys[g][0] ** 2 * counts[g] * keys[g][1] * (1 - keys[g][1]);
  const order = Array.from(keys, (_, g) => g).sort((a, b) => spread(a) - spread(b));
  let most = 0;
  for (const m of counts) most = Math.max(most, m);
  const logFactorial = new Float64Array(most + 1);
  for (let j = 1; j <= most; j++) logFactorial[j] = logFactorial[j - 1] + Math.log(j);
  const terms: Float64Array[] = [];
  const first = new Uint32Array(order.length);
  order.forEach((g, at) => {
    const [m, p] = [counts[g], keys[g][1]];
    const [logP, logQ] = [Math.log(p), Math.log(1 - p)];
    const logTerm = (j: number) =>
      logFactorial[m] - logFactorial[j] - logFactorial[m - j] + j * logP + (m - j) * logQ;
    let [low, high] = [Math.min(m, Math.floor((m + 1) * p)), Math.min(m, Math.floor((m + 1) * p))];
    while (low > 0 && logTerm(low - 1) > NEGLIGIBLE_TERM) low--;
    while (high < m && logTerm(high + 1) > NEGLIGIBLE_TERM) high++;
    first[at] = low;
    terms.push(Float64Array.from({ length: high - low + 1 }, (_, j) => Math.exp(logTerm(low + j))));
  });
  return {
    step: Float64Array.from(order, (g) => keys[g][0]),
    chance: Float64Array.from(order, (g) => keys[g][1]),
    count: Uint32Array.from(order, (g) => counts[g]),
    terms,
    first,
  };
}

/** The window of grid totals [low[s], low[s] + size[s]) after each step s of the programme. */
interface Windows {
  readonly low: Float64Array;
  readonly size: Uint32Array;
  /** The window after the last step: its first grid total. */
  readonly base: number;
  readonly widest: number;
  /** The sum of the sizes: the programme's work. */
  readonly work: number;
}

/**
 * The window after each group: the partial sum's mean ± its Bernstein reach (in grid steps) at level
 * e^(−WINDOW_LOG_LEVEL), or null when the work (sizes times binomial terms) adds up to more than `maxWork`.
 */
function windowsOf(groups: DealGroups, maxWork: number): Windows | null {
  const n = groups.step.length;
  const [low, size] = [new Float64Array(n), new Uint32Array(n)];
  let [mean, variance, up, down, work, widest] = [0, 0, 0, 0, 0, 1];
  for (let g = 0; g < n; g++) {
    const [k, p, m] = [groups.step[g], groups.chance[g], groups.count[g]];
    mean += k * m * p;
    variance += k * k * m * p * (1 - p);
    // A won deal moves the sum k·(1 − p) from its mean, a lost one −k·p.
    up = Math.max(up, k * (1 - p), -k * p);
    down = Math.max(down, k * p, -k * (1 - p));
    const from = Math.floor(mean - bernsteinReach(variance, down, WINDOW_LOG_LEVEL)) - 1;
    const to = Math.ceil(mean + bernsteinReach(variance, up, WINDOW_LOG_LEVEL)) + 1;
    low[g] = from;
    size[g] = to - from + 1;
    widest = Math.max(widest, size[g]);
    work += size[g] * groups.terms[g].length;
    if (work > maxWork) return null;
  }
  return { low, size, base: n > 0 ? low[n - 1] : 0, widest, work };
}

/** Totals computed together in the programme's inner loop: four sums in registers, each source read once. */
const BLOCK = 4;

/**
 * The programme: the weights of the grid totals in the last window, each at most its exact probability; the
 * mass that fell outside a window (or in a binomial term left out) is dropped. Each window lives at `pad` in
 * a buffer whose other cells are zeros, so that the loops read every source total without bounds checks.
 * Each total's weight is summed over the group's terms in a register and written once, {@link BLOCK} totals
 * at a time (twice as fast as adding each term into the buffer); the cells written past the window are
 * zeroed again.
 */
function convolve(groups: DealGroups, windows: Windows): Float64Array {
  let reach = 0;
  for (let g = 0; g < groups.step.length; g++) {
    reach = Math.max(reach, Math.abs(groups.step[g]) * (groups.first[g] + groups.terms[g].length));
  }
  const pad = windows.widest + reach + 1;
  let current = new Float64Array(2 * pad + windows.widest + BLOCK);
  let next = new Float64Array(current.length);
  /** How far from `pad` each buffer holds anything but zeros. */
  let [currentUsed, nextUsed] = [1, 0];
  let [currentLow, currentSize] = [0, 1];
  current[pad] = 1;
  for (let g = 0; g < groups.step.length; g++) {
    const [k, terms, first] = [groups.step[g], groups.terms[g], groups.first[g]];
    const [low, size, count] = [windows.low[g], windows.size[g], terms.length];
    // Total low + x with j of the group's deals won was low + x − j·k (at x + from − j·k in current).
    const start = pad + low - currentLow - first * k;
    for (let x = 0; x < size; x += BLOCK) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let t = 0, source = start + x; t < count; t++, source -= k) {
        const weight = terms[t];
        s0 += weight * current[source];
        s1 += weight * current[source + 1];
        s2 += weight * current[source + 2];
        s3 += weight * current[source + 3];
      }
      next[pad + x] = s0;
      next[pad + x + 1] = s1;
      next[pad + x + 2] = s2;
      next[pad + x + 3] = s3;
    }
    const used = Math.max(nextUsed, size + BLOCK);
    next.fill(0, pad + size, pad + used);
    [current, next] = [next, current];
    [currentUsed, nextUsed] = [used, currentUsed];
    [currentLow, currentSize] = [low, size];
  }
  return current.subarray(pad, pad + currentSize);
}

/**
 * min over δ of W(δ) + β(δ): the most the rounding R moves the distribution function (module documentation).
 * 0 when no amount was rounded.
 */
function roundingBound(
  cumulative: Float64Array,
  step: number,
  rounding: { readonly variance: number; readonly largest: number },
): number {
  const { variance, largest } = rounding;
  if (largest === 0) return 0;
  const deviation = Math.sqrt(variance);
  const points = cumulative.length - 1;
  let best = Number.POSITIVE_INFINITY;
  for (const multiple of DELTA_STEPS) {
    const delta = multiple * deviation;
    const tail = Math.exp(-(delta * delta) / (2 * (variance + (largest * delta) / 3)));
    const span = Math.min(points, Math.ceil(delta / step));
    let most = 0;
    for (let j = 0; j + span <= points; j++) most = Math.max(most, cumulative[j + span] - cumulative[j]);
    best = Math.min(best, most + tail);
  }
  return best;
}
