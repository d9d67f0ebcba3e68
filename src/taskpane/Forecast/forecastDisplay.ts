/**
 * The Forecast view's figures as the pane shows them: a label, the figure and a line of detail, in the pane's
 * language (amounts, shares and ratios formatted for it), grouped into the headline (the expected amount, its
 * P10–P90 range, the chance of reaching the target) and the rest; whether a quarter has nothing to forecast and
 * which quarters do; and the rows of the default-vs-measured table.
 */
import type { Language } from "../../core/kernel";
import type {
  CalendarPeriod,
  CalibratedStage,
  CoverageMeasure,
  ForecastDeal,
  ForecastMethod,
  ForecastWithCoverage,
  PeriodForecast,
} from "../../core/forecast";
import { t, type PlainUiStringKey } from "../../core/i18n";
import { amountText, shareText } from "../PipelineHealth/healthFigures";
import type { FigureText } from "../shared/FigureTiles";

/** One row of the default-vs-measured table, as text. */
export interface CalibrationRowText {
  readonly index: number;
  readonly stage: string;
  readonly defaultProbability: string;
  readonly measured: string;
  readonly closed: string;
  readonly used: string;
}

/** The words for each method of computing the range. */
const METHOD_TEXT = {
  exact: "forecastMethodExact",
  normal: "forecastMethodNormal",
  lattice: "forecastMethodLattice",
  simulation: "forecastMethodSimulation",
} as const satisfies Record<ForecastMethod, string>;

/** The coverage tiles, in order: which measure each shows, weighted or not, and its words. */
const COVERAGE_TILES: readonly {
  readonly id: string;
  readonly measure: CoverageMeasure;
  readonly weighted: boolean;
  readonly label: PlainUiStringKey;
  readonly detail: PlainUiStringKey;
}[] = [
  {
    id: "periodCoverage",
    measure: "period",
    weighted: false,
    label: "forecastPeriodCoverage",
    detail: "forecastPeriodCoverageDetail",
  },
  {
    id: "weightedPeriodCoverage",
    measure: "period",
    weighted: true,
    label: "forecastWeightedPeriodCoverage",
    detail: "forecastWeightedPeriodCoverageDetail",
  },
  {
    id: "pipelineCoverage",
    measure: "pipeline",
    weighted: false,
    label: "forecastPipelineCoverage",
    detail: "forecastPipelineCoverageDetail",
  },
  {
    id: "weightedPipelineCoverage",
    measure: "pipeline",
    weighted: true,
    label: "forecastWeightedPipelineCoverage",
    detail: "forecastWeightedPipelineCoverageDetail",
  },
];

const locale = (language: Language) => (language === "zh" ? "zh-CN" : "en-US");

/**
 * A coverage ratio with at most two decimals.
 * Tested surface: exported for its tests.
 * @example ratioText(2.345, "en") // "2.35×"
 */
export function ratioText(ratio: number, language: Language): string {
  const ratioShown = new Intl.NumberFormat(locale(language), { maximumFractionDigits: 2 }).format(ratio);
  return t("forecastTimes", language, { ratio: ratioShown });
}

/**
 * The figures' tiles, in order: won, expected, commit, best case, pipeline, P10, P50, P90, standard deviation,
 * chance of reaching the target, period coverage and its weighted form, pipeline coverage and its weighted form,
 * and how the range was computed.
 * @example forecastFigures(shown, "en").find((f) => f.id === "expected")?.value // "1,234,567"
 */
export function forecastFigures(shown: ForecastWithCoverage, language: Language): FigureText[] {
  const { forecast } = shown;
  const amount = (value: number) => amountText(value, language);
  const notAvailable = t("healthNotAvailable", language);
  const withTarget = forecast.probabilityOfTarget !== null;
  const coverageFigures = COVERAGE_TILES.map(({ id, measure, weighted, label, detail }): FigureText => {
    const shownLabel = t(label, language);
    if (shown.coverage === null) {
      return { id, label: shownLabel, value: notAvailable, detail: t("forecastNoTarget", language) };
    }
    const figures = shown.coverage[measure];
    const value = weighted ? figures.weightedCoverage : figures.coverage;
    if (value === null) {
      return { id, label: shownLabel, value: notAvailable, detail: t("forecastTargetReached", language) };
    }
    return { id, label: shownLabel, value: ratioText(value, language), detail: t(detail, language) };
  });
  return [
    { id: "won", label: t("forecastWon", language), value: amount(forecast.won) },
    {
      id: "expected",
      label: t("forecastExpected", language),
      value: amount(forecast.expected),
      detail: t("healthOpenDeals", language, { count: amountText(forecast.openDeals, language) }),
    },
    { id: "commit", label: t("forecastCommit", language), value: amount(forecast.commit) },
    { id: "bestCase", label: t("forecastBestCase", language), value: amount(forecast.bestCase) },
    { id: "pipeline", label: t("forecastPipeline", language), value: amount(forecast.pipeline) },
    { id: "p10", label: t("forecastP10", language), value: amount(forecast.p10) },
    { id: "p50", label: t("forecastP50", language), value: amount(forecast.p50) },
    { id: "p90", label: t("forecastP90", language), value: amount(forecast.p90) },
    { id: "stdev", label: t("forecastStdev", language), value: amount(forecast.stdev) },
    {
      id: "probabilityOfTarget",
      label: t("forecastProbabilityOfTarget", language),
      value: withTarget ? shareText(forecast.probabilityOfTarget ?? 0, language) : notAvailable,
      ...(withTarget ? {} : { detail: t("forecastNoTarget", language) }),
    },
    ...coverageFigures,
    {
      id: "method",
      label: t("forecastMethod", language),
      value: t(METHOD_TEXT[forecast.method], language),
    },
  ];
}

/** The forecast's figures grouped as the view shows them. */
export interface ForecastFigureGroups {
  /** The expected amount, P10, P90 and the chance of reaching the target, in that order. */
  readonly headline: readonly FigureText[];
  /** How the range was computed. */
  readonly method: FigureText;
  /** Everything else, in the order of {@link forecastFigures}. */
  readonly details: readonly FigureText[];
}

const HEADLINE_IDS = ["expected", "p10", "p90", "probabilityOfTarget"];

/**
 * The figures of {@link forecastFigures}, grouped: the headline, the method, and the ten others.
 * @example forecastFigureGroups(shown, "en").headline.map((f) => f.id) // ["expected", "p10", "p90", "probabilityOfTarget"]
 */
export function forecastFigureGroups(shown: ForecastWithCoverage, language: Language): ForecastFigureGroups {
  const figures = forecastFigures(shown, language);
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  return {
    headline: HEADLINE_IDS.map((id) => byId.get(id) as FigureText),
    method: byId.get("method") as FigureText,
    details: figures.filter((figure) => figure.id !== "method" && !HEADLINE_IDS.includes(figure.id)),
  };
}

/**
 * Whether a period's forecast has nothing in it: no open deal expected to close in it and nothing won in it (so
 * every amount is 0).
 * @example isEmptyForecast({ ...forecast, openDeals: 0, won: 0 }) // true
 */
export function isEmptyForecast(forecast: PeriodForecast): boolean {
  return forecast.openDeals === 0 && forecast.won === 0;
}

/**
 * The periods, among `periods`, in which at least one open deal is expected to close or a deal was won.
 * @example periodsWithDeals(pipeline.forecastDeals, quartersAround(asOf)).map((p) => p.label) // ["2025-Q3"]
 */
export function periodsWithDeals(
  deals: readonly ForecastDeal[],
  periods: readonly CalendarPeriod[],
): CalendarPeriod[] {
  return periods.filter((period) =>
    deals.some(
      (deal) =>
        deal.position.kind !== "lost" &&
        deal.closeDate !== null &&
        period.from <= deal.closeDate &&
        deal.closeDate <= period.to,
    ),
  );
}

/**
 * The default-vs-measured table's rows: every stage but the won one (always 100 %), with the probability the
 * forecast used.
 * @example calibrationRows(calibration, shown.probabilities, "en")[5] // { stage: "Negotiation", defaultProbability: "75%", … }
 */
export function calibrationRows(
  calibration: readonly CalibratedStage[],
  used: readonly number[],
  language: Language,
): CalibrationRowText[] {
  const notAvailable = t("healthNotAvailable", language);
  return calibration.slice(0, -1).map((row) => ({
    index: row.index,
    stage: row.stage.name[language],
    defaultProbability: shareText(row.defaultProbability, language),
    measured: row.measured === null ? notAvailable : shareText(row.measured, language),
    closed: amountText(row.closed, language),
    used: shareText(used[row.index] ?? row.defaultProbability, language),
  }));
}
