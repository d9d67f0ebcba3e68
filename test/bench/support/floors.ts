/**
 * The floors of the range functions: minimal hand-written loops doing each function's arithmetic on columns
 * already resolved into numeric typed arrays (no labels to look up, no cells to check), so that the time of a
 * FUNNEL function can be read as a multiple of the least that arithmetic costs. Sums of amounts use the same
 * compensated (Neumaier) summation the functions use, so the floors give the same figures. And the reading
 * floor: the least any function answering from Excel's own arrays does before any arithmetic.
 */
import {
  DEFAULT_FORECAST_SEED,
  DEFAULT_SIMULATIONS,
  SIMULATION_TOLERANCE,
  normalQuantile,
  BERRY_ESSEEN_CONSTANT,
  latticeDistribution,
} from "../../../src/core/forecast";
import { mulberry32 } from "../../../src/core/kernel";
import {
  FORECAST_PERIOD,
  LABELS,
  LOST_CODE,
  STAGE_PROBABILITIES,
  WON,
  type Column,
  type PipelineColumns,
} from "./excelColumns";

/** Φ⁻¹(0.9). */
const Z90 = normalQuantile(0.9);

/** A running Neumaier sum: the sum so far and its compensation. */
interface Sum {
  sum: number;
  compensation: number;
}

const add = (total: Sum, term: number): void => {
  const next = total.sum + term;
  total.compensation +=
    Math.abs(total.sum) >= Math.abs(term) ? total.sum - next + term : term - next + total.sum;
  total.sum = next;
};

const newSum = (): Sum => ({ sum: 0, compensation: 0 });
const valueOfSum = (total: Sum) => total.sum + total.compensation;

/**
 * FUNNEL.WEIGHTED: Σ amount × probability of the stage over open rows with an amount.
 * @example weightedFloor(columns) // 1.23e9
 */
export function weightedFloor(c: PipelineColumns): number {
  const { amount, stage } = c;
  const total = newSum();
  for (let i = 0; i < c.rows; i++) {
    const s = stage[i];
    const a = amount[i];
    if (s >= 0 && s < WON && a === a) add(total, a * STAGE_PROBABILITIES[s]);
  }
  return valueOfSum(total);
}

/**
 * Deals per stage code (0–6 where they stand, 7 lost), the tally behind conversion and win rate.
 * @example stageCounts(columns)[WON] // won deals
 */
export function stageCounts(c: PipelineColumns): Float64Array {
  const { stage } = c;
  const counts = new Float64Array(8);
  for (let i = 0; i < c.rows; i++) {
    const s = stage[i];
    if (s >= 0) counts[s] += 1;
  }
  return counts;
}

/**
 * Deals that reached each stage 0–6 (lost deals without a stage of loss reached the first stage only).
 * @example reachedFloor(columns)[0] // every deal
 */
export function reachedFloor(c: PipelineColumns): number[] {
  const counts = stageCounts(c);
  const reached = new Array<number>(WON + 1);
  let running = 0;
  for (let k = WON; k >= 0; k--) reached[k] = running += counts[k] + (k === 0 ? counts[LOST_CODE] : 0);
  return reached;
}

/**
 * FUNNEL.CONVERSION from stage index `from` to `to`: reached(to) ÷ reached(from).
 * @example conversionFloor(columns, 2, 6) // 0.31
 */
export function conversionFloor(c: PipelineColumns, from: number, to: number): number {
  const reached = reachedFloor(c);
  return reached[to] / reached[from];
}

/**
 * FUNNEL.WINRATE: won ÷ (won + lost).
 * @example winRateFloor(columns) // 0.5
 */
export function winRateFloor(c: PipelineColumns): number {
  const counts = stageCounts(c);
  return counts[WON] / (counts[WON] + counts[LOST_CODE]);
}

/**
 * FUNNEL.FORECAST "expected": the won amount closed in the period plus Σ amount × probability of the open
 * deals expected to close in it (rows with an amount and a stage).
 * @example forecastExpectedFloor(columns) // 4.5e8
 */
export function forecastExpectedFloor(c: PipelineColumns): number {
  const { amount, stage, closeDay } = c;
  const { from, to } = FORECAST_PERIOD;
  const total = newSum();
  for (let i = 0; i < c.rows; i++) {
    const s = stage[i];
    const a = amount[i];
    const day = closeDay[i];
    if (s < 0 || s === LOST_CODE || a !== a || !(day >= from && day <= to)) continue;
    add(total, s === WON ? a : a * STAGE_PROBABILITIES[s]);
  }
  return valueOfSum(total);
}

/** The open deals of the forecast period on resolved columns, and the won amount closed in it. */
export interface OpenDeals {
  readonly amounts: Float64Array;
  readonly chances: Float64Array;
  readonly events: number;
  readonly won: number;
}

/**
 * The open deals (amount, stage probability) expected to close in the forecast period, and the won amount.
 * @example forecastOpenDeals(columns).events // 860 at 10,000 rows
 */
export function forecastOpenDeals(c: PipelineColumns): OpenDeals {
  const { amount, stage, closeDay } = c;
  const { from, to } = FORECAST_PERIOD;
  const amounts = new Float64Array(c.rows);
  const chances = new Float64Array(c.rows);
  const won = newSum();
  let events = 0;
  for (let i = 0; i < c.rows; i++) {
    const s = stage[i];
    const a = amount[i];
    const day = closeDay[i];
    if (s < 0 || s === LOST_CODE || a !== a || !(day >= from && day <= to)) continue;
    if (s === WON) add(won, a);
    else {
      amounts[events] = a;
      chances[events++] = STAGE_PROBABILITIES[s];
    }
  }
  return {
    amounts: amounts.subarray(0, events),
    chances: chances.subarray(0, events),
    events,
    won: valueOfSum(won),
  };
}

/**
 * FUNNEL.FORECAST "p90": the won amount of the period plus the 90th percentile of the total of its open deals
 * (each won with its stage's probability), by the method the forecast chooses for deals of distinct amounts:
 * the normal approximation μ + σ·Φ⁻¹(0.9) where its Berry–Esseen bound C₀·Σ|a|³pq(p² + q²) / σ³ is within
 * the tolerance, else the amount grid (core's latticeDistribution, on the resolved columns). (The exact
 * method, which the forecast tries first, never holds this many distinct amounts.)
 * @example forecastP90Floor(columns) // 5.1e8
 */
export function forecastP90Floor(c: PipelineColumns): number {
  const { amounts, chances, events, won } = forecastOpenDeals(c);
  const [mean, variance, thirdMoment] = [newSum(), newSum(), newSum()];
  for (let e = 0; e < events; e++) {
    const [a, p] = [amounts[e], chances[e]];
    const spread = a * a * p * (1 - p);
    add(mean, a * p);
    add(variance, spread);
    add(thirdMoment, Math.abs(a) * spread * (p * p + (1 - p) * (1 - p)));
  }
  const stdev = Math.sqrt(valueOfSum(variance));
  const bound = (BERRY_ESSEEN_CONSTANT * valueOfSum(thirdMoment)) / stdev ** 3;
  const range =
    bound <= SIMULATION_TOLERANCE
      ? valueOfSum(mean) + stdev * Z90
      : latticeDistribution({ amounts, probabilities: chances }, SIMULATION_TOLERANCE)?.percentile(0.9);
  if (range === undefined) throw new Error("Neither the normal approximation nor the grid applies.");
  return won + range;
}

/**
 * The q-th percentile of the total of `events` win/lose events (event e adds amounts[e] with probability
 * chances[e]) over 20,000 runs of mulberry32 seeded as the forecast seeds it: the plain simulation loop.
 * @example simulatedPercentile(amounts, chances, 10_000, 0.9) // 1.2e9
 */
export function simulatedPercentile(
  amounts: Float64Array,
  chances: Float64Array,
  events: number,
  q: number,
): number {
  const runs = DEFAULT_SIMULATIONS;
  const totals = new Float64Array(runs);
  const random = mulberry32(DEFAULT_FORECAST_SEED);
  for (let r = 0; r < runs; r++) {
    let total = 0;
    for (let e = 0; e < events; e++) if (random() < chances[e]) total += amounts[e];
    totals[r] = total;
  }
  totals.sort();
  return totals[Math.ceil(q * runs) - 1];
}

/**
 * FUNNEL.COVERAGE (not weighted): the open deals' amounts ÷ (target − won to date).
 * @example coverageFloor(columns, 1e9, 1e8) // 2.7
 */
export function coverageFloor(c: PipelineColumns, target: number, wonToDate: number): number {
  const { amount, stage } = c;
  const total = newSum();
  for (let i = 0; i < c.rows; i++) {
    const s = stage[i];
    const a = amount[i];
    if (s >= 0 && s < WON && a === a) add(total, a);
  }
  return valueOfSum(total) / (target - wonToDate);
}

/**
 * FUNNEL.CYCLETIME with stages: the average of close − created over won rows with both dates.
 * @example cycleTimeFloor(columns) // 129.5
 */
export function cycleTimeFloor(c: PipelineColumns): number {
  const { stage, createdDay, closeDay } = c;
  let days = 0;
  let counted = 0;
  for (let i = 0; i < c.rows; i++) {
    const start = createdDay[i];
    const end = closeDay[i];
    if (stage[i] !== WON || start !== start || end !== end) continue;
    days += end - start;
    counted += 1;
  }
  return days / counted;
}

/**
 * FUNNEL.VELOCITY: open deals × win rate × average won amount ÷ average cycle of the won deals.
 * @example velocityFloor(columns) // 41234.5
 */
export function velocityFloor(c: PipelineColumns): number {
  const { amount, stage, createdDay, closeDay } = c;
  let [open, won, lost, wonWithAmount, cycles, cycleDays] = [0, 0, 0, 0, 0, 0];
  const wonAmount = newSum();
  for (let i = 0; i < c.rows; i++) {
    const s = stage[i];
    if (s < 0) continue;
    if (s < WON) open += 1;
    else if (s === LOST_CODE) lost += 1;
    else {
      won += 1;
      const a = amount[i];
      if (a === a) {
        add(wonAmount, a);
        wonWithAmount += 1;
      }
      const start = createdDay[i];
      const end = closeDay[i];
      if (start === start && end === end) {
        cycleDays += end - start;
        cycles += 1;
      }
    }
  }
  return (open * (won / (won + lost)) * (valueOfSum(wonAmount) / wonWithAmount)) / (cycleDays / cycles);
}

const LABEL_CODES: ReadonlyMap<string, number> = new Map(
  LABELS.flatMap((labels, code) => labels.map((label): [string, number] => [label, code])),
);

/**
 * The reading floor: every cell of the columns as Excel passes them read once, its type checked, and each
 * text looked up in a Map of the stage labels — what any function must do before its arithmetic.
 * @example readFloor([columns.amounts, columns.stages]) // a checksum
 */
export function readFloor(columns: readonly Column[]): number {
  let checksum = 0;
  for (const column of columns) {
    for (let i = 0; i < column.length; i++) {
      const cell = column[i][0];
      if (typeof cell === "number") checksum += cell;
      else if (typeof cell === "string") checksum += LABEL_CODES.get(cell) ?? 0;
    }
  }
  return checksum;
}
