/**
 * Section 5: the forecast range (P10 / P50 / P90). Issue 19's targets, each beside a baseline measured in
 * the same run: the seeded 20,000-run simulation the range used before (hand-written, support/floors.ts), on
 * the same deals.
 * - src/core/forecast's range of 10,000 open deals closing in one quarter (too many distinct totals for the
 *   exact method, a Berry–Esseen bound of 0.0157 above 0.015: the amount grid) — ≤ 50 ms.
 * - FUNNEL.FORECAST "p90" and "range" (expected, P10, P50, P90 in one call) through the built functions.js on
 *   10,000 and 100,000 rows as Excel passes them — ≤ 50 ms and ≤ 150 ms.
 */
import {
  DEFAULT_FORECAST_SEED,
  DEFAULT_SIMULATIONS,
  forecastOf,
  normalFit,
  type ForecastDeal,
} from "../../../src/core/forecast";
import { mulberry32 } from "../../../src/core/kernel";
import { DEFAULT_SCHEME, positionAt } from "../../../src/core/stages";
import { answer, type BuiltFunctions } from "../support/builtFunctions";
import { FORECAST_PERIOD, STAGE_PROBABILITIES, firstRows, pipelineColumns } from "../support/excelColumns";
import { forecastOpenDeals, simulatedPercentile } from "../support/floors";
import { medianMs, medianMsSideBySide } from "../support/measure";
import { count, ms, times, verdict, type BenchRow, type BenchSection } from "../support/report";

const DEALS = 10_000;
const CORE_TARGET_MS = 50;
/** FUNNEL.FORECAST's targets by rows. */
const FUNCTION_TARGETS = [
  { rows: 10_000, targetMs: 50 },
  { rows: 100_000, targetMs: 150 },
] as const;

/** Open deals at stages 1–6 (earlier stages more often), distinct amounts, closing in the period. */
function openDeals(): ForecastDeal[] {
  const random = mulberry32(11);
  const { from, to } = FORECAST_PERIOD;
  return Array.from({ length: DEALS }, () => ({
    amount: 1_000 + Math.floor(random() * 990_000) + Math.floor(random() * 100) / 100,
    position: positionAt(DEFAULT_SCHEME, Math.min(5, Math.floor(-Math.log(1 - random()) * 1.8))),
    closeDate: from + Math.floor(random() * (to - from + 1)),
  }));
}

/** The core's range of 10,000 open deals against the simulation of the same deals. */
function coreRow(): { row: BenchRow; note: string } {
  const deals = openDeals();
  const amounts = Float64Array.from(deals, (deal) => deal.amount);
  const chances = Float64Array.from(deals, (deal) =>
    deal.position.kind === "open" ? STAGE_PROBABILITIES[deal.position.index] : 0,
  );
  const forecast = () => {
    const result = forecastOf(deals, DEFAULT_SCHEME, FORECAST_PERIOD);
    if (!result.ok) throw new Error(result.error.message.en);
    return result.value;
  };
  const checked = forecast();
  if (checked.method !== "lattice") throw new Error(`The forecast used ${checked.method}, not the grid.`);
  const simulated = simulatedPercentile(amounts, chances, DEALS, 0.9);
  const counts = { runs: 5, warmup: 1 };
  const forecastMs = medianMs(forecast, counts);
  const simulationMs = medianMs(() => simulatedPercentile(amounts, chances, DEALS, 0.9), {
    runs: 3,
    warmup: 0,
  });
  return {
    row: {
      figure: "Forecast P10/P50/P90 of one quarter (core)",
      size: `${count(DEALS)} open deals`,
      value: ms(forecastMs),
      baseline: `simulation ${ms(simulationMs)}`,
      ratio: times(forecastMs / simulationMs),
      target: `≤ ${CORE_TARGET_MS} ms`,
      verdict: verdict(forecastMs <= CORE_TARGET_MS),
    },
    note:
      `Core: the grid's P90 ${count(checked.p90)} against the simulation's ${count(simulated)} ` +
      `(σ ${count(checked.stdev)}); the normal approximation's Berry–Esseen bound for these deals is ` +
      `${normalFit({ amounts, probabilities: chances }).bound.toFixed(4)} > 0.015.`,
  };
}

/** FUNNEL.FORECAST p90 and range on 10k and 100k rows, each against the simulation of the same deals. */
function functionRows(built: BuiltFunctions): BenchRow[] {
  const forecast = built.fn("FORECAST");
  const { from, to } = FORECAST_PERIOD;
  const all = pipelineColumns(FUNCTION_TARGETS[FUNCTION_TARGETS.length - 1].rows);
  const rows: BenchRow[] = [];
  for (const { rows: size, targetMs } of FUNCTION_TARGETS) {
    const c = firstRows(all, size);
    const columns = [c.amounts, c.stages, c.closeDates].map((column) => built.excelCopy(column));
    const { amounts, chances, events } = forecastOpenDeals(c);
    const simulation = () => simulatedPercentile(amounts, chances, events, 0.9);
    const simulationMs = medianMs(simulation, { runs: 1, warmup: 0 });
    for (const measure of ["p90", "range"] as const) {
      const call = () => forecast(...columns, from, to, measure);
      answer(call(), `FUNNEL.FORECAST ${measure}`);
      const [callMs] = medianMsSideBySide([call], { runs: 5, warmup: 2 }).ms;
      rows.push({
        figure: `FUNNEL.FORECAST ${measure === "p90" ? '"p90"' : '"range" (expected, P10, P50, P90)'}`,
        size: `${count(size)} rows (${count(events)} open in the quarter)`,
        value: ms(callMs),
        baseline: `simulation ${ms(simulationMs)}`,
        ratio: times(callMs / simulationMs),
        target: `≤ ${targetMs} ms`,
        verdict: verdict(callMs <= targetMs),
      });
    }
  }
  return rows;
}

/**
 * Measures the forecast range in core and through the built functions.
 * @example forecastSection(loadBuiltFunctions(dir)).rows[0].target // "≤ 50 ms"
 */
export function forecastSection(built: BuiltFunctions): BenchSection {
  const core = coreRow();
  return {
    title: `Forecast range: the amount grid (proven within 0.015), baseline the seeded ${count(DEFAULT_SIMULATIONS)}-run simulation (seed ${DEFAULT_FORECAST_SEED}) used before`,
    rows: [core.row, ...functionRows(built)],
    notes: [
      core.note,
      "Baseline: the hand-written simulation loop of the same open deals (one draw per deal and run), what the range cost before the grid.",
      'FUNNEL.FORECAST "range" spills expected, P10, P50 and P90 of one distribution: one call for the three percentiles and the mean.',
    ],
  };
}
