/**
 * The pipeline's trend across snapshots (管线趋势): at each snapshot, the open and the weighted pipeline,
 * the deals per stage, the win rate and — with a target — coverage, each computed by the one definition in
 * core (metrics' headline figures and funnel tally, forecast's coverage), so a trend point is what the
 * health report would have said on that date.
 */
import { FunnelTally, headlineFigures } from "../metrics";
import { type Coverage, forecastDeals, periodFigures, pipelineCoverage } from "../forecast";
import type { StageScheme } from "../stages";
import type { SnapshotHistory } from "./types";

/** The figures of one snapshot. */
export interface TrendPoint {
  readonly asOf: number;
  readonly label: string;
  readonly openDeals: number;
  readonly openPipeline: number;
  readonly weightedPipeline: number;
  /** Deals now at each stage (open deals; won deals at the won stage), by stage index. */
  readonly dealsPerStage: readonly number[];
  /** won ÷ (won + lost), `null` before any deal closed. */
  readonly winRate: number | null;
  /** Pipeline coverage of the target (every open deal), `null` without a target. */
  readonly coverage: Coverage | null;
}

/** What a trend's coverage is measured against. */
export interface TrendOptions {
  /** The target to cover. */
  readonly target?: number;
  /** The period the target is for: the amount won in it counts against the target. */
  readonly period?: { readonly from: number; readonly to: number };
}

/**
 * The figures at each snapshot of the history, oldest first.
 * @example snapshotTrend(history, DEFAULT_SCHEME, { target: 1e6 })[0].coverage?.coverage // 2.4
 */
export function snapshotTrend(
  history: SnapshotHistory,
  scheme: StageScheme,
  options: TrendOptions = {},
): TrendPoint[] {
  return history.snapshots.map((snapshot) => {
    const deals = snapshot.read.deals;
    const figures = headlineFigures(deals, scheme);
    const tally = new FunnelTally(scheme);
    for (const deal of deals) tally.add(deal.position, deal.lostAtIndex, deal.reachedIndex);
    let coverage: Coverage | null = null;
    if (options.target !== undefined) {
      let wonToDate = 0;
      if (options.period !== undefined) {
        const period = periodFigures(forecastDeals(deals), scheme, options.period);
        wonToDate = period.ok ? period.value.won : 0;
      }
      coverage = pipelineCoverage(
        { open: figures.openPipeline, weighted: figures.weightedPipeline },
        options.target,
        wonToDate,
      );
    }
    return {
      asOf: snapshot.asOf,
      label: snapshot.label,
      openDeals: figures.open,
      openPipeline: figures.openPipeline,
      weightedPipeline: figures.weightedPipeline,
      dealsPerStage: scheme.stages.map((_, k) => tally.currentAt(k)),
      winRate: figures.winRate,
      coverage,
    };
  });
}
