/**
 * The arguments and figures of FUNNEL.FORECAST and FUNNEL.COVERAGE: the deal columns (amount, stage,
 * close date), the period, the figure asked for, the target and the category stages, read with the
 * shared helpers (./args, ./options, ./timing) and computed by core's forecast.
 */
import { type Bilingual, displayValue } from "../core/kernel";
import {
  coverage,
  forecastOf,
  periodFigures,
  type ForecastDeal,
  type ForecastMeasure,
  type ForecastOptions,
} from "../core/forecast";
import type { StageScheme } from "../core/stages";
import { argumentText, lineUp, listArg, numberFrom, optionalValue } from "./args";
import { pipelineTotalsOf } from "./deals";
import { failWith, valueOf } from "./errors";
import { choiceArg } from "./options";
import { dateArg, dateAt } from "./timing";

/** What FUNNEL.FORECAST can answer: a figure of the forecast, or the probability of reaching the target. */
export type ForecastFigure = ForecastMeasure | "probability";

const FIGURE_WORDS: ReadonlyMap<string, ForecastFigure> = new Map<string, ForecastFigure>([
  ...["expected", "weighted", "期望", "加权", "预期"].map((w) => [w, "expected"] as const),
  ...["p10"].map((w) => [w, "p10"] as const),
  ...["p50", "median", "中位数"].map((w) => [w, "p50"] as const),
  ...["p90"].map((w) => [w, "p90"] as const),
  ...["stdev", "sd", "standard deviation", "标准差"].map((w) => [w, "stdev"] as const),
  ...["commit", "承诺"].map((w) => [w, "commit"] as const),
  ...["bestcase", "best case", "best", "最佳", "最佳情况"].map((w) => [w, "bestCase"] as const),
  ...["pipeline", "管道", "其他"].map((w) => [w, "pipeline"] as const),
  ...["won", "已成交", "成交"].map((w) => [w, "won"] as const),
  ...["probability", "概率", "达成概率"].map((w) => [w, "probability"] as const),
]);

const FIGURE_ACCEPTED: Bilingual = {
  en: "expected, p10, p50, p90, stdev, commit, bestCase, pipeline, won or probability",
  zh: "expected（期望）、p10、p50、p90、stdev（标准差）、commit（承诺）、bestCase（最佳情况）、pipeline（管道）、won（已成交）或 probability（达成概率）",
};

/**
 * The `measure` argument: one of {@link FIGURE_ACCEPTED} (also 期望, 标准差, 承诺, 最佳情况 …); default expected.
 * @example forecastFigureArg("最佳情况") // "bestCase"
 */
export function forecastFigureArg(value: unknown): ForecastFigure {
  return choiceArg(value, "measure", FIGURE_WORDS, "expected", FIGURE_ACCEPTED);
}

/**
 * The deals of three columns that line up: amounts, stages and close dates. A row blank in amounts or
 * stages is skipped (as FUNNEL.WEIGHTED does); a blank close date leaves the deal out of every period.
 * Text in amounts, an unknown stage or a cell that is not a date is #VALUE! naming the cell.
 * @example forecastDealsArg([[100]], [["谈判"]], [["2025-08-01"]], DEFAULT_SCHEME) // [{ amount: 100, position: 谈判, closeDate: 45870 }]
 */
export function forecastDealsArg(
  amountsArg: unknown,
  stagesArg: unknown,
  closeDatesArg: unknown,
  scheme: StageScheme,
): ForecastDeal[] {
  return readForecastDeals(amountsArg, stagesArg, closeDatesArg, scheme, undefined);
}

/** Excel serial bounds of a period, both days included. */
type PeriodBounds = { from: number; to: number };

/**
 * The deals of the three columns (see {@link forecastDealsArg}); with `within`, only those a forecast of
 * that period counts (not lost, closing in it), though every row is read and checked. `within` null: none.
 */
function readForecastDeals(
  amountsArg: unknown,
  stagesArg: unknown,
  closeDatesArg: unknown,
  scheme: StageScheme,
  within: PeriodBounds | null | undefined,
): ForecastDeal[] {
  const amounts = listArg(amountsArg, "amounts");
  const stages = listArg(stagesArg, "stages");
  const closeDates = listArg(closeDatesArg, "closeDates");
  lineUp(amounts, stages);
  lineUp(amounts, closeDates);
  const [first, last] = within ? [Math.floor(within.from), Math.floor(within.to)] : [-Infinity, Infinity];
  const deals: ForecastDeal[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts.numberAt(i);
    const position = stages.stageAt(i, scheme);
    if (amount === null || position === null) continue;
    const closeDate = dateAt(closeDates, i);
    if (within !== undefined) {
      const day = closeDate === null ? Number.NaN : Math.floor(closeDate);
      if (within === null || position.kind === "lost" || !(day >= first && day <= last)) continue;
    }
    deals.push({ amount, position, closeDate });
  }
  return deals;
}

/**
 * FUNNEL.FORECAST's deal columns and period, read in argument order: the period's bounds and the deals a
 * forecast of it counts (not lost, closing in it: the others change no figure), so that a whole-column
 * range keeps only those. A failure in the columns is reported before one in the period, as when every
 * deal is kept.
 * @example periodDealsArg([[100], [50]], [["谈判"], ["意向"]], [[45870], [46000]], "2025-07-01", "2025-09-30", DEFAULT_SCHEME).deals.length // 1
 */
export function periodDealsArg(
  amountsArg: unknown,
  stagesArg: unknown,
  closeDatesArg: unknown,
  fromArg: unknown,
  toArg: unknown,
  scheme: StageScheme,
): { deals: ForecastDeal[]; period: PeriodBounds } {
  let period: PeriodBounds | null = null;
  let periodFailure: unknown;
  try {
    period = periodArg(fromArg, toArg);
  } catch (failure) {
    periodFailure = failure;
  }
  const deals = readForecastDeals(amountsArg, stagesArg, closeDatesArg, scheme, period);
  if (period === null) throw periodFailure;
  return { deals, period };
}

/**
 * The period's bounds: two dates (Excel dates or text such as 2025-07-01), both required, from ≤ to.
 * @example periodArg("2025-07-01", "2025-09-30") // { from: 45839, to: 45930 }
 */
export function periodArg(fromArg: unknown, toArg: unknown): { from: number; to: number } {
  const [from, to] = [dateArg(fromArg, "from"), dateArg(toArg, "to")];
  for (const [value, name] of [
    [from, "from"],
    [to, "to"],
  ] as const) {
    if (value !== null) continue;
    const arg = argumentText(name);
    failWith("VALUE", {
      en: `${arg.en} is blank: give the ${name === "from" ? "first" : "last"} day of the period.`,
      zh: `${arg.zh}为空：请给出预测期间的${name === "from" ? "第一天" : "最后一天"}。`,
    });
  }
  return { from: from as number, to: to as number };
}

/**
 * An optional number argument; `undefined` when omitted or blank; text that is not a number is #VALUE!.
 * @example amountArg(" 5000 ", "target") // 5000
 */
export function amountArg(value: unknown, name: string): number | undefined {
  const single = optionalValue(value, name);
  if (single === undefined) return undefined;
  const number = typeof single === "boolean" ? undefined : numberFrom(single);
  if (number !== undefined) return number;
  const arg = argumentText(name);
  return failWith("VALUE", {
    en: `${arg.en}: “${displayValue(single)}” is not a number.`,
    zh: `${arg.zh}：“${displayValue(single)}”不是数字。`,
  });
}

/**
 * One figure of the forecast of `deals` over `period`. The range (P10/P50/P90, probability) is computed
 * only when asked for. The probability needs a target: without one it is #VALUE!.
 * @example forecastFigureOf("p50", deals, DEFAULT_SCHEME, { from: 45839, to: 45930 }, {}) // 150
 */
export function forecastFigureOf(
  figure: ForecastFigure,
  deals: readonly ForecastDeal[],
  scheme: StageScheme,
  period: { from: number; to: number },
  options: ForecastOptions,
): number {
  if (figure === "probability" && options.target === undefined) {
    const arg = argumentText("target");
    failWith("VALUE", {
      en: `${arg.en} is blank: the probability of reaching a target needs the target.`,
      zh: `${arg.zh}为空：计算达成目标的概率需要给出目标。`,
    });
  }
  if (figure === "p10" || figure === "p50" || figure === "p90" || figure === "probability") {
    const forecast = valueOf(forecastOf(deals, scheme, period, options));
    return figure === "probability" ? (forecast.probabilityOfTarget as number) : forecast[figure];
  }
  return valueOf(periodFigures(deals, scheme, period, options))[figure];
}

const WEIGHTED_WORDS: ReadonlyMap<string, boolean> = new Map<string, boolean>([
  ...["true", "1", "weighted", "yes", "是", "加权"].map((w) => [w, true] as const),
  ...["false", "0", "open", "no", "否", "未加权"].map((w) => [w, false] as const),
]);

/**
 * FUNNEL.COVERAGE: the open (or weighted) pipeline of the columns ÷ (target − won to date). The target
 * must be a positive number; when won to date already reaches it there is nothing to cover (#N/A).
 * @example coverageOf([[900], [100]], [["意向"], ["成交"]], 500, 200, false, DEFAULT_SCHEME) // 3
 */
export function coverageOf(
  amountsArg: unknown,
  stagesArg: unknown,
  targetArg: unknown,
  wonToDateArg: unknown,
  weightedArg: unknown,
  scheme: StageScheme,
): number {
  const totals = pipelineTotalsOf(amountsArg, stagesArg, scheme);
  const target = amountArg(targetArg, "target");
  if (target === undefined || !(target > 0)) {
    const arg = argumentText("target");
    failWith("VALUE", {
      en: `${arg.en} must be a positive amount.`,
      zh: `${arg.zh}必须是正数金额。`,
    });
  }
  const wonToDate = amountArg(wonToDateArg, "wonToDate") ?? 0;
  const weighted = choiceArg(weightedArg, "weighted", WEIGHTED_WORDS, false, {
    en: "TRUE (weighted pipeline) or FALSE (open pipeline)",
    zh: "TRUE（加权管道）或 FALSE（未加权管道）",
  });
  const figures = coverage({
    openPipeline: totals.open,
    weightedPipeline: totals.weighted,
    target,
    wonToDate,
  });
  const value = weighted ? figures.weightedCoverage : figures.coverage;
  if (value !== null) return value;
  return failWith("NA", {
    en: `Won to date (${wonToDate}) already reaches the target (${target}): nothing remains to cover.`,
    zh: `迄今已成交金额（${wonToDate}）已达到目标（${target}）：没有剩余需要覆盖的金额。`,
  });
}
