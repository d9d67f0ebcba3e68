/**
 * Section 5: the forecast range (P10 / P50 / P90) of 10,000 open deals closing in one quarter, computed by
 * src/core/forecast as the Forecast view and the report compute it (too many distinct totals for the exact
 * method, a Berry–Esseen bound of 0.0157 above the 0.015 the normal approximation needs: the seeded
 * 20,000-run simulation), against the hand-written simulation of the same deals (support/floors.ts).
 */
import {
  DEFAULT_FORECAST_SEED,
  DEFAULT_SIMULATIONS,
  SIMULATION_TOLERANCE,
  forecastOf,
  normalFit,
  type ForecastDeal,
} from "../../../src/core/forecast";
import { mulberry32 } from "../../../src/core/kernel";
import { DEFAULT_SCHEME, positionAt } from "../../../src/core/stages";
import { FORECAST_PERIOD, STAGE_PROBABILITIES } from "../support/excelColumns";
import { simulatedPercentile } from "../support/floors";
import { medianMs } from "../support/measure";
import { count, ms, times, verdict, type BenchSection } from "../support/report";

const DEALS = 10_000;
const TARGET_MS = 300;

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

/**
 * Measures the forecast of 10,000 open deals.
 * @example forecastSection().rows[0].target // "≤ 300 ms"
 */
export function forecastSection(): BenchSection {
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
  const floor = () => simulatedPercentile(amounts, chances, DEALS, 0.9);
  const checked = forecast();
  if (checked.method !== "simulation" || checked.p90 !== floor()) {
    throw new Error(
      `The forecast (${checked.method}, P90 ${checked.p90}) is not the simulation the floor runs (${floor()}).`,
    );
  }
  const counts = { runs: 5, warmup: 1 };
  const forecastMs = medianMs(forecast, counts);
  const floorMs = medianMs(floor, counts);
  return {
    title: `Forecast P10/P50/P90 (src/core/forecast, simulated: ${count(DEFAULT_SIMULATIONS)} runs, seed ${DEFAULT_FORECAST_SEED})`,
    rows: [
      {
        figure: "Forecast range of one quarter",
        size: `${count(DEALS)} open deals`,
        value: ms(forecastMs),
        baseline: `hand-written simulation ${ms(floorMs)}`,
        ratio: times(forecastMs / floorMs),
        target: `≤ ${TARGET_MS} ms`,
        verdict: verdict(forecastMs <= TARGET_MS),
      },
    ],
    notes: [
      `The simulation draws ${count(DEALS * DEFAULT_SIMULATIONS)} random numbers (one per deal and run): its time is that many draws.`,
      `The normal approximation (one pass) is used only where its Berry–Esseen bound is ≤ ${SIMULATION_TOLERANCE}; for these deals it is ` +
        `${normalFit({ amounts, probabilities: chances }).bound.toFixed(4)}, so the simulation runs.`,
    ],
  };
}
