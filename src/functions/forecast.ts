/**
 * What FUNNEL.FORECAST and FUNNEL.COVERAGE read and answer: the deals of a period (amount, stage, close
 * date, one pass), the figure asked for — or the table of several periods and measures one spilled call
 * answers — and the coverage of a target, computed by core's forecast.
 */
import type { Bilingual } from "../core/kernel";
import {
  forecastOf,
  ForecastDealColumns,
  periodFigures,
  type Coverage,
  type ForecastDeals,
  type ForecastMeasure,
  type ForecastOptions,
  type PeriodFigures,
  type PeriodForecast,
} from "../core/forecast";
import type { StageScheme } from "../core/stages";
import { answerCount, type CellList, type OneOrList, valueFor } from "./args";
import { cellAnswer, CellFailure, stopWith, unwrap } from "./errors";
import type { BadRowsSetting } from "./badRows";
import { type Choice, wordChoice } from "./options";
import { forecastDealsSkipping } from "./skipping";

/**
 * What FUNNEL.FORECAST can answer: a figure of the forecast, the probability of reaching the target, or the
 * range — expected, P10, P50 and P90 side by side, from one distribution.
 */
export type ForecastFigure = ForecastMeasure | "probability" | "range";

/** The columns the measure "range" spills: the mean, then Low (P10), Median (P50) and High (P90). */
export const RANGE_COLUMNS: readonly ForecastMeasure[] = Object.freeze(["expected", "p10", "p50", "p90"]);

const FIGURE_WORDS: ReadonlyMap<string, ForecastFigure> = new Map<string, ForecastFigure>([
  ...["expected", "weighted", "期望", "加权", "预期"].map((w) => [w, "expected"] as const),
  ...["p10"].map((w) => [w, "p10"] as const),
  ...["p50", "median", "中位数"].map((w) => [w, "p50"] as const),
  ...["p90"].map((w) => [w, "p90"] as const),
  ...["stdev", "sd", "standard deviation", "标准差"].map((w) => [w, "stdev"] as const),
  ...["commit", "承诺"].map((w) => [w, "commit"] as const),
  ...["bestcase", "best case", "best", "最佳", "最佳情况"].map((w) => [w, "bestCase"] as const),
  ...["pipeline", "管线", "管道", "其他"].map((w) => [w, "pipeline"] as const),
  ...["won", "已成交", "成交"].map((w) => [w, "won"] as const),
  ...["probability", "概率", "达成概率"].map((w) => [w, "probability"] as const),
  ...["range", "区间", "范围", "预测区间"].map((w) => [w, "range"] as const),
]);

const FIGURE_ACCEPTED: Bilingual = {
  en: "expected, p10, p50, p90, stdev, commit, bestCase, pipeline, won or probability",
  zh: "expected（期望）、p10、p50、p90、stdev（标准差）、commit（承诺）、bestCase（最佳情况）、pipeline（管线）、won（已成交）或 probability（达成概率）",
};

/**
 * The `measure` argument of FUNNEL.FORECAST: one of expected, p10, p50, p90, range, stdev, commit, bestCase,
 * pipeline, won, probability (also 期望, 区间, 标准差, 承诺, 最佳情况 …); expected by default.
 * @example readChoice("最佳情况", "measure", FORECAST_FIGURES) // "bestCase"
 */
export const FORECAST_FIGURES: Choice<ForecastFigure> = wordChoice(FIGURE_WORDS, "expected", FIGURE_ACCEPTED);

/** Excel serial bounds of a period, both days included. */
export interface Period {
  readonly from: number;
  readonly to: number;
}

/**
 * The deals of three columns that line up: amounts, stages and close dates. A row blank in amounts or
 * stages is skipped (as FUNNEL.WEIGHTED does); a blank close date leaves the deal out of every period.
 * Text in amounts, an unknown stage or a cell that is not a date is #VALUE! naming the cell. With
 * `within`, only the deals a forecast of that period counts are kept (not lost, closing in it: the others
 * change no figure), so that a whole-column range keeps only those; every row is read and checked all
 * the same.
 * @example readForecastDeals(readList([[100]], "amounts"), readList([["谈判"]], "stages"), readList([["2025-08-01"]], "closeDates"), DEFAULT_SCHEME).toDeals() // [{ amount: 100, position: 谈判, closeDate: 45870 }]
 */
export function readForecastDeals(
  amounts: CellList,
  stages: CellList,
  closeDates: CellList,
  scheme: StageScheme,
  within?: Period,
): ForecastDealColumns {
  const [first, last] = within ? [Math.floor(within.from), Math.floor(within.to)] : [-Infinity, Infinity];
  const deals = new ForecastDealColumns();
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts.numberAt(i);
    const position = stages.stageAt(i, scheme);
    if (amount === null || position === null) continue;
    const closeDate = closeDates.dateAt(i);
    if (within !== undefined) {
      const day = closeDate === null ? Number.NaN : Math.floor(closeDate);
      if (position.kind === "lost" || !(day >= first && day <= last)) continue;
    }
    deals.add(amount, position, closeDate);
  }
  return deals;
}

/** The figures computed from the distribution of the total: once per period for all of them. */
const RANGE_FIGURES: ReadonlySet<ForecastFigure> = new Set<ForecastFigure>([
  "range",
  "p10",
  "p50",
  "p90",
  "probability",
]);

/**
 * The three columns FUNNEL.FORECAST reads, read and lined up by the runner, and what to do with a row
 * that cannot be read (./badRows; "error" when omitted).
 */
export interface ForecastColumns {
  readonly amounts: CellList;
  readonly stages: CellList;
  readonly closeDates: CellList;
  readonly badRows?: BadRowsSetting;
}

/**
 * The deals of the columns, read by badRows' rule: {@link readForecastDeals} for "error", as Pipeline
 * health reads them for "skip" (./skipping).
 * @example forecastDealsOf({ amounts, stages, closeDates, badRows: { mode: "skip" } }, DEFAULT_SCHEME, Q3)
 */
export function forecastDealsOf(
  columns: ForecastColumns,
  scheme: StageScheme,
  within?: Period,
): ForecastDealColumns {
  const { amounts, stages, closeDates } = columns;
  const badRows = columns.badRows;
  return badRows?.mode === "skip"
    ? forecastDealsSkipping(amounts, stages, closeDates, scheme, within, badRows.copiesBy)
    : readForecastDeals(amounts, stages, closeDates, scheme, within);
}

/** Row `i` of a table, for a message: "Period 2" / "第 2 个期间". */
const periodText = (i: number): Bilingual => ({
  en: `Period ${i + 1}`,
  zh: `第 ${i + 1} 个期间`,
});

/** The figures of row `i` of the table: with the range when a measure of the table needs it. */
function periodRow(
  i: number,
  deals: ForecastDeals,
  scheme: StageScheme,
  period: Period,
  withRange: boolean,
  options: ForecastOptions,
): PeriodFigures | PeriodForecast {
  const figures = withRange
    ? forecastOf(deals, scheme, period, options)
    : periodFigures(deals, scheme, period, options);
  return unwrap(figures, periodText(i));
}

/**
 * FUNNEL.FORECAST's answer. One period and one measure: that figure (as {@link forecastFigure}). Otherwise a
 * table with one row per period (a from and a to per row; a single one serves every row) and one column
 * per measure, each cell what the call with that row's period and that column's measure answers. The
 * deals are read once for every period, and a period's distribution once for all its range figures. A
 * blank cell of a list gives a blank row (from, to) or column (measure); a period that ends before it
 * starts is that row's error. The measure "range" spills four columns ({@link RANGE_COLUMNS}).
 * @example forecastAnswer(columns, [45839, 45931], [45930, 46022], ["expected", "p90"], DEFAULT_SCHEME, {}) // [[165, 350], [0, 0]]
 * @example forecastAnswer(columns, [45839], [45930], ["range"], DEFAULT_SCHEME, {}) // [[165, 50, 150, 350]]
 */
export function forecastAnswer(
  columns: ForecastColumns,
  from: OneOrList<number>,
  to: OneOrList<number>,
  measures: OneOrList<ForecastFigure>,
  scheme: StageScheme,
  options: ForecastOptions,
): number | unknown[][] {
  const periods = answerCount(from, to);
  const [single, singleMeasure] = [periods === 1 && from[0] !== null && to[0] !== null, measures[0]];
  if (single && measures.length === 1 && singleMeasure !== null && singleMeasure !== "range") {
    const period = { from: from[0] as number, to: to[0] as number };
    const deals = forecastDealsOf(columns, scheme, period);
    return forecastFigure(singleMeasure, deals, scheme, period, options);
  }
  // One reading for every period: the deals closing between the first day and the last of them all.
  let [first, last] = [Infinity, -Infinity];
  for (let i = 0; i < periods; i++) {
    const [start, end] = [valueFor(from, i), valueFor(to, i)];
    if (start === null || end === null) continue;
    first = Math.min(first, start);
    last = Math.max(last, end);
  }
  const deals = forecastDealsOf(columns, scheme, { from: first, to: last });
  const withRange = measures.some((measure) => measure !== null && RANGE_FIGURES.has(measure));
  const spilled = measures.flatMap((measure): (Exclude<ForecastFigure, "range"> | null)[] =>
    measure === "range" ? [...RANGE_COLUMNS] : [measure],
  );
  const table: unknown[][] = [];
  for (let i = 0; i < periods; i++) {
    const [start, end] = [valueFor(from, i), valueFor(to, i)];
    if (start === null || end === null) {
      table.push(spilled.map(() => ""));
      continue;
    }
    const period = { from: start, to: end };
    const figures = cellAnswer(() => periodRow(i, deals, scheme, period, withRange, options));
    table.push(
      spilled.map((measure) => {
        if (measure === null) return "";
        if (figures instanceof CellFailure) return figures;
        return measure === "probability"
          ? (figures as PeriodForecast).probabilityOfTarget
          : (figures as PeriodForecast)[measure];
      }),
    );
  }
  return table;
}

/**
 * One figure of the forecast of `deals` over `period`. The range (P10/P50/P90, probability) is computed
 * only when asked for; the probability needs `options.target` (the declaration of FUNNEL.FORECAST checks
 * it is there).
 * @example forecastFigure("p50", deals, DEFAULT_SCHEME, { from: 45839, to: 45930 }, {}) // 150
 */
export function forecastFigure(
  figure: Exclude<ForecastFigure, "range">,
  deals: ForecastDeals,
  scheme: StageScheme,
  period: Period,
  options: ForecastOptions,
): number {
  if (figure === "p10" || figure === "p50" || figure === "p90" || figure === "probability") {
    const forecast = unwrap(forecastOf(deals, scheme, period, options));
    return figure === "probability" ? (forecast.probabilityOfTarget as number) : forecast[figure];
  }
  return unwrap(periodFigures(deals, scheme, period, options))[figure];
}

const WEIGHTED_WORDS: ReadonlyMap<string, boolean> = new Map<string, boolean>([
  ...["true", "1", "weighted", "yes", "是", "加权"].map((w) => [w, true] as const),
  ...["false", "0", "open", "no", "否", "未加权"].map((w) => [w, false] as const),
]);

/**
 * The `weighted` argument of FUNNEL.COVERAGE: TRUE for the weighted pipeline, FALSE (the default) for
 * the open pipeline (also weighted / open, 是 / 否, 加权 / 未加权).
 * @example readChoice("加权", "weighted", PIPELINE_WEIGHTINGS) // true
 */
export const PIPELINE_WEIGHTINGS: Choice<boolean> = wordChoice(WEIGHTED_WORDS, false, {
  en: "TRUE (weighted pipeline) or FALSE (open pipeline)",
  zh: "TRUE（加权管线）或 FALSE（未加权管线）",
});

/**
 * The answer of FUNNEL.COVERAGE from one measure's figures (core's pipelineCoverage or periodCoverage):
 * the weighted or the plain coverage. When won to date already reaches the target there is nothing to
 * cover (#N/A).
 * @example coverageAnswer({ coverage: 3, weightedCoverage: 1 }, false, 500, 200) // 3
 */
export function coverageAnswer(
  figures: Coverage,
  weighted: boolean,
  target: number,
  wonToDate: number,
): number {
  const value = weighted ? figures.weightedCoverage : figures.coverage;
  if (value !== null) return value;
  return stopWith("NA", {
    en: `Won to date (${wonToDate}) already reaches the target (${target}): nothing remains to cover.`,
    zh: `迄今已成交金额（${wonToDate}）已达到目标（${target}）：没有剩余需要覆盖的金额。`,
  });
}
