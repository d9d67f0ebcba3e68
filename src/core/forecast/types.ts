/**
 * The types of forecasting, which every layer codes against. A forecast for a
 * period (by expected close date, Excel serials, both ends included) = the won amount already closed in
 * the period + the open deals closing in it, each an independent win/lose event with its stage
 * probability.
 */
import type { StagePosition } from "../stages";

/** What a forecast cell can show. */
export type ForecastMeasure =
  "expected" | "p10" | "p50" | "p90" | "stdev" | "commit" | "bestCase" | "pipeline" | "won";

/** One deal as the forecast needs it. */
export interface ForecastDeal {
  readonly amount: number;
  readonly position: StagePosition;
  /** Expected close date (open deals) or the date it closed (won deals); null when unknown. */
  readonly closeDate: number | null;
}

/**
 * How the range of the total was computed: exactly, by the normal approximation or on an amount grid (both
 * with a proven error bound), or simulated.
 */
export type ForecastMethod = "exact" | "normal" | "lattice" | "simulation";

/** The forecast of one period. */
export interface PeriodForecast {
  readonly from: number;
  readonly to: number;
  /** Won amount already closed in the period. */
  readonly won: number;
  /** won + Σ amount × probability over open deals closing in the period (consistent with FUNNEL.WEIGHTED). */
  readonly expected: number;
  /** √Σ amount² × p × (1 − p) over those open deals. */
  readonly stdev: number;
  /** Percentiles of the total (won + the open deals that are won). */
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  /** won + open deals at or beyond the commit stage (full amounts). */
  readonly commit: number;
  /** commit + open deals at the best-case stage(s) (full amounts). */
  readonly bestCase: number;
  /** Full amounts of the other open deals closing in the period. */
  readonly pipeline: number;
  readonly openDeals: number;
  readonly method: ForecastMethod;
  /** Probability that the total reaches the target, when a target was given. */
  readonly probabilityOfTarget: number | null;
}

/** Options of a forecast. */
export interface ForecastOptions {
  /** Stage index from which open deals count as commit (default: 谈判 / the stage before won). */
  readonly commitIndex?: number;
  /** Stage index from which open deals count as best case (default: the stage before commit). */
  readonly bestCaseIndex?: number;
  /** Probability per stage index to use instead of the scheme's (e.g. calibrated from history). */
  readonly probabilities?: readonly number[];
  readonly target?: number;
  /** Seed and size of the simulation, used when neither the exact distribution nor the normal approximation applies. */
  readonly seed?: number;
  readonly simulations?: number;
}
