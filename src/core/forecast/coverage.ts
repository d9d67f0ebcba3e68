/**
 * Coverage (覆盖率): how many times open deals cover what remains of a target.
 *
 * coverage = the open deals' full amounts ÷ (target − won to date); weighted coverage divides their
 * stage-weighted amounts (Σ amount × probability, as FUNNEL.WEIGHTED) instead. `null` when nothing of the
 * target remains (won to date ≥ target). Two measures, by which open deals they count:
 *
 * - **pipeline coverage** (管线覆盖率): every open deal, whatever its expected close date — the whole
 *   pipeline against the target ({@link pipelineCoverage});
 * - **period coverage** (期间覆盖率): the open deals expected to close in the period, against the target
 *   less the amount won in that period ({@link periodCoverage}).
 *
 * The Forecast view shows both for the chosen quarter ({@link coverageMeasures}); FUNNEL.COVERAGE answers
 * either from the same deals and the same probabilities.
 */
import { ok, type Result } from "../kernel";
import { PipelineTotals } from "../metrics";
import type { StageScheme } from "../stages";
import { resolveForecastOptions } from "./forecastOptions";
import type { PeriodFigures } from "./forecastPeriod";
import type { ForecastDeal, ForecastOptions } from "./types";

/** What coverage is computed from (amounts in one currency). */
export interface CoverageInputs {
  /** Full amounts of the open deals counted. */
  readonly openPipeline: number;
  /** Stage-weighted amounts of the same open deals (as FUNNEL.WEIGHTED). */
  readonly weightedPipeline: number;
  readonly target: number;
  /** Won amount so far against the target (default 0). */
  readonly wonToDate?: number;
}

/** Coverage figures; `null` when nothing of the target remains to cover (won to date ≥ target). */
export interface Coverage {
  readonly coverage: number | null;
  readonly weightedCoverage: number | null;
}

/** The two measures of coverage: which open deals they count (see the module notes). */
export type CoverageMeasure = "pipeline" | "period";

/** Both measures of coverage of one target. */
export type CoverageMeasures = Readonly<Record<CoverageMeasure, Coverage>>;

/** The open deals a coverage counts: their full and their stage-weighted amounts. {@link PipelineTotals} is one. */
export interface OpenAmounts {
  readonly open: number;
  readonly weighted: number;
}

/** The figures of a period that period coverage is read from (see {@link PeriodFigures}). */
export type PeriodCoverageFigures = Pick<PeriodFigures, "won" | "expected" | "bestCase" | "pipeline">;

/**
 * The coverage ratio itself, the one definition both measures use: open pipeline ÷ (target − won to date),
 * and weighted pipeline ÷ (target − won to date); both `null` when won to date already reaches the target.
 * @throws RangeError when an input is not a finite number (a programming error).
 * @example coverage({ openPipeline: 900, weightedPipeline: 300, target: 500, wonToDate: 200 }) // { coverage: 3, weightedCoverage: 1 }
 */
export function coverage(inputs: CoverageInputs): Coverage {
  const { openPipeline, weightedPipeline, target, wonToDate = 0 } = inputs;
  for (const [name, value] of Object.entries({ openPipeline, weightedPipeline, target, wonToDate })) {
    if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number, not ${value}.`);
  }
  const remaining = target - wonToDate;
  if (!(remaining > 0)) return { coverage: null, weightedCoverage: null };
  return { coverage: openPipeline / remaining, weightedCoverage: weightedPipeline / remaining };
}

/**
 * Pipeline coverage: every open deal (whatever its close date) ÷ (target − won to date). `open` is the
 * open deals' amounts, e.g. a {@link PipelineTotals} fed one deal at a time, or {@link openAmounts}.
 * @throws RangeError when an input is not a finite number.
 * @example pipelineCoverage({ open: 1200, weighted: 405 }, 800, 200) // { coverage: 2, weightedCoverage: 0.675 }
 */
export function pipelineCoverage(open: OpenAmounts, target: number, wonToDate = 0): Coverage {
  return coverage({ openPipeline: open.open, weightedPipeline: open.weighted, target, wonToDate });
}

/**
 * Period coverage: the open deals expected to close in a period ÷ (target − won to date), from that
 * period's figures (periodFigures or forecastOf); won to date is the amount won in the period unless given.
 * @throws RangeError when an input is not a finite number.
 * @example periodCoverage(periodFigures(deals, DEFAULT_SCHEME, q3).value, 500000) // { coverage: 1.36, weightedCoverage: 0.796 }
 */
export function periodCoverage(
  figures: PeriodCoverageFigures,
  target: number,
  wonToDate: number = figures.won,
): Coverage {
  return coverage({
    openPipeline: figures.bestCase - figures.won + figures.pipeline,
    weightedPipeline: figures.expected - figures.won,
    target,
    wonToDate,
  });
}

/**
 * The full and the stage-weighted amounts of every open deal of `deals`, with the probabilities a forecast
 * with `options` uses (the scheme's, or `options.probabilities`). Bad options are a VALUE failure, as for
 * a forecast.
 * Tested surface: exported for its tests.
 * @example openAmounts(deals, DEFAULT_SCHEME) // ok({ open: 780000, weighted: 418000 })
 */
export function openAmounts(
  deals: readonly ForecastDeal[],
  scheme: Pick<StageScheme, "stages">,
  options?: ForecastOptions,
): Result<OpenAmounts> {
  const resolved = resolveForecastOptions(scheme, options);
  if (!resolved.ok) return resolved;
  const { probabilities } = resolved.value;
  const totals = new PipelineTotals({
    stages: scheme.stages.map((stage, k) => ({ ...stage, probability: probabilities[k] })),
  });
  for (const deal of deals) totals.add(deal.amount, deal.position);
  return ok({ open: totals.open, weighted: totals.weighted });
}

/**
 * Both measures of coverage of `target` for a period, as the Forecast view shows them: pipeline coverage
 * over every open deal of `deals` and period coverage over those closing in the period (`figures`, the
 * period's forecast of the same deals with the same options), each against the target less the amount won
 * in the period.
 * @example coverageMeasures(deals, DEFAULT_SCHEME, q3Forecast, 500000) // ok({ pipeline: { coverage: 1.56, … }, period: { coverage: 1.36, … } })
 */
export function coverageMeasures(
  deals: readonly ForecastDeal[],
  scheme: Pick<StageScheme, "stages">,
  figures: PeriodCoverageFigures,
  target: number,
  options?: ForecastOptions,
): Result<CoverageMeasures> {
  const open = openAmounts(deals, scheme, options);
  if (!open.ok) return open;
  return ok({
    pipeline: pipelineCoverage(open.value, target, figures.won),
    period: periodCoverage(figures, target),
  });
}
