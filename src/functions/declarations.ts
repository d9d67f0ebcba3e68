/**
 * Every FUNNEL custom function declared as data: its arguments (name, kind, optional, what a blank
 * means), the ranges that line up, its checks across arguments and the core computation it runs. The
 * runner (./runner) reads and checks the arguments; the adapters in ./functions, whose JSDoc is the
 * functions' metadata, call it in one line. A test checks each declaration against its adapter.
 */
import { periodCoverage, periodFigures, pipelineCoverage } from "../core/forecast";
import { conversionRate, daysInStage, verdictText, winRate, worthWinning } from "../core/metrics";
import { formatStage, probabilityOf } from "../core/stages";
import { answerCount, argumentText, checkSameCount, stopBlank } from "./args";
import { conversionColumn, conversionTable } from "./conversionTable";
import { readDealTally, readPipelineTotals } from "./deals";
import { stopWith, unwrap } from "./errors";
import {
  coverageAnswer,
  FORECAST_FIGURES,
  forecastAnswer,
  PIPELINE_WEIGHTINGS,
  readForecastDeals,
} from "./forecast";
import { stageActions, stageMarkers } from "./guidance";
import { displayLanguage } from "./language";
import { declare } from "./runner";
import { STAGE_FORMS } from "./stageInput";
import { readSalesCycles, readVelocityTally } from "./timing";
import { readRatings, readWeights, WORTH_OUTPUTS } from "./worth";

/** The optional stage list most functions end with. */
const STAGE_LIST = { name: "stageList", kind: "stageList", optional: true } as const;

/** FUNNEL.STAGE: a deal's stage, from its label or its evidence checklist, written in a form. */
export const STAGE_FUNCTION = declare({
  name: "STAGE",
  args: [
    { name: "input", kind: "stageInput", blank: "answersBlank" },
    { name: "form", kind: "choice", choice: STAGE_FORMS, optional: true },
    STAGE_LIST,
  ],
  result: "scalar",
  run: ({ input, form, stageList }) => formatStage(input, stageList, form),
});

/** FUNNEL.PROBABILITY: the probability of winning at a stage. */
export const PROBABILITY_FUNCTION = declare({
  name: "PROBABILITY",
  args: [{ name: "stage", kind: "stage", blank: "answersBlank" }, STAGE_LIST],
  result: "scalar",
  run: ({ stage, stageList }) => probabilityOf(stage, stageList),
});

/**
 * FUNNEL.CONVERSION: one conversion rate, a column of rates (from or to stages given as lists, one per
 * row), or the table of every stage's conversions.
 */
export const CONVERSION_FUNCTION = declare({
  name: "CONVERSION",
  args: [
    { name: "stages", kind: "stageRange" },
    { name: "fromStage", kind: "funnelStages", optional: true },
    { name: "toStage", kind: "funnelStages", optional: true },
    { name: "outcomes", kind: "stageRange", optional: true },
    STAGE_LIST,
  ],
  result: "array",
  linedUp: [["stages", "outcomes"]],
  check: ({ fromStage, toStage }) => {
    if (fromStage === null || toStage === null) return;
    checkSameCount(
      { name: "fromStage", count: fromStage.length },
      { name: "toStage", count: toStage.length },
    );
  },
  run: ({ stages, fromStage, toStage, outcomes, stageList }) => {
    const tally = readDealTally(stages, outcomes, stageList);
    if (fromStage === null && toStage === null) return conversionTable(tally, stageList, displayLanguage());
    if (answerCount(fromStage, toStage) > 1) return conversionColumn(tally, stageList, fromStage, toStage);
    const [from, to] = [fromStage?.[0] ?? 0, toStage?.[0] ?? stageList.stages.length - 1];
    return unwrap(conversionRate(tally, stageList, from, to));
  },
});

/** FUNNEL.WINRATE: won ÷ (won + lost). */
export const WINRATE_FUNCTION = declare({
  name: "WINRATE",
  args: [
    { name: "stages", kind: "stageRange" },
    { name: "outcomes", kind: "stageRange", optional: true },
    STAGE_LIST,
  ],
  result: "scalar",
  linedUp: [["stages", "outcomes"]],
  run: ({ stages, outcomes, stageList }) => unwrap(winRate(readDealTally(stages, outcomes, stageList))),
});

/** FUNNEL.WEIGHTED: Σ amount × stage probability over the open deals. */
export const WEIGHTED_FUNCTION = declare({
  name: "WEIGHTED",
  args: [{ name: "amounts", kind: "numberRange" }, { name: "stages", kind: "stageRange" }, STAGE_LIST],
  result: "scalar",
  linedUp: [["amounts", "stages"]],
  run: ({ amounts, stages, stageList }) => readPipelineTotals(amounts, stages, stageList).weighted,
});

/** FUNNEL.CYCLETIME: the average sales cycle in days. */
export const CYCLETIME_FUNCTION = declare({
  name: "CYCLETIME",
  args: [
    { name: "created", kind: "dateRange" },
    { name: "closed", kind: "dateRange" },
    { name: "stages", kind: "stageRange", optional: true },
    STAGE_LIST,
  ],
  result: "scalar",
  linedUp: [["created", "closed", "stages"]],
  run: ({ created, closed, stages, stageList }) =>
    unwrap(readSalesCycles(created, closed, stages, stageList).average),
});

/** FUNNEL.DAYSINSTAGE: whole days from entering the stage to the as-of date. */
export const DAYSINSTAGE_FUNCTION = declare({
  name: "DAYSINSTAGE",
  args: [
    { name: "stageEntered", kind: "date", blank: "answersBlank" },
    {
      name: "asOf",
      kind: "date",
      blank: { en: "give the date to count to, e.g. TODAY()", zh: "请给出统计到哪一天，例如 TODAY()" },
    },
  ],
  result: "scalar",
  run: ({ stageEntered, asOf }) => unwrap(daysInStage(stageEntered, asOf), argumentText("stageEntered")),
});

/** FUNNEL.VELOCITY: open deals × win rate × average won size ÷ average sales cycle. */
export const VELOCITY_FUNCTION = declare({
  name: "VELOCITY",
  args: [
    { name: "amounts", kind: "numberRange" },
    { name: "stages", kind: "stageRange" },
    { name: "created", kind: "dateRange" },
    { name: "closed", kind: "dateRange" },
    STAGE_LIST,
  ],
  result: "scalar",
  linedUp: [["amounts", "stages", "created", "closed"]],
  run: ({ amounts, stages, created, closed, stageList }) =>
    unwrap(readVelocityTally(amounts, stages, created, closed, stageList).velocity()),
});

/** FUNNEL.WINWORTH: 值得赢吗? as a 0–100 score or a verdict. */
export const WINWORTH_FUNCTION = declare({
  name: "WINWORTH",
  args: [
    { name: "ratings", kind: "ratingRange" },
    { name: "weights", kind: "numberRange", optional: true },
    { name: "output", kind: "choice", choice: WORTH_OUTPUTS, optional: true },
  ],
  result: "scalar",
  run: ({ ratings, weights, output }) => {
    const assessment = unwrap(worthWinning(readRatings(ratings), readWeights(weights)));
    return output === "score" ? assessment.score : verdictText(assessment.verdict, displayLanguage());
  },
});

/** FUNNEL.ACTIONS: the deck's actions for a stage, one per row. */
export const ACTIONS_FUNCTION = declare({
  name: "ACTIONS",
  args: [
    { name: "stage", kind: "stage", blank: "answersBlank" },
    { name: "language", kind: "language", optional: true },
  ],
  result: "array",
  run: ({ stage, language }) => stageActions(stage, language),
});

/** FUNNEL.MARKERS: the deck's markers, then characteristics, of a stage. */
export const MARKERS_FUNCTION = declare({
  name: "MARKERS",
  args: [
    { name: "stage", kind: "stage", blank: "answersBlank" },
    { name: "language", kind: "language", optional: true },
  ],
  result: "array",
  run: ({ stage, language }) => stageMarkers(stage, language),
});

/**
 * FUNNEL.FORECAST: a figure of a period's forecast, or the table of several periods (from and to given as
 * lists, one row per period) and measures (a list, one column per measure).
 */
export const FORECAST_FUNCTION = declare({
  name: "FORECAST",
  args: [
    { name: "amounts", kind: "numberRange" },
    { name: "stages", kind: "stageRange" },
    { name: "closeDates", kind: "dateRange" },
    {
      name: "from",
      kind: "dates",
      blank: { en: "give the first day of the period", zh: "请给出预测期间的第一天" },
    },
    {
      name: "to",
      kind: "dates",
      blank: { en: "give the last day of the period", zh: "请给出预测期间的最后一天" },
    },
    { name: "measure", kind: "choices", choice: FORECAST_FIGURES, optional: true },
    { name: "target", kind: "amount", optional: true },
    STAGE_LIST,
    { name: "commitStage", kind: "funnelStage", optional: true },
    { name: "bestCaseStage", kind: "funnelStage", optional: true },
  ],
  result: "array",
  linedUp: [["amounts", "stages", "closeDates"]],
  check: ({ from, to, measure, target }) => {
    checkSameCount({ name: "from", count: from.length }, { name: "to", count: to.length });
    if (measure.includes("probability") && target === undefined) {
      stopBlank("target", {
        en: "the probability of reaching a target needs the target",
        zh: "计算达成目标的概率需要给出目标",
      });
    }
  },
  run: ({ amounts, stages, closeDates, from, to, measure, target, stageList, commitStage, bestCaseStage }) =>
    forecastAnswer({ amounts, stages, closeDates }, from, to, measure, stageList, {
      target,
      commitIndex: commitStage ?? undefined,
      bestCaseIndex: bestCaseStage ?? undefined,
    }),
});

/**
 * FUNNEL.COVERAGE: the open (or weighted) pipeline ÷ what remains of the target. Pipeline coverage counts
 * every open deal; with closeDates, from and to, period coverage counts the open deals closing in the
 * period, and won to date defaults to the amount won in it (both measures: core's forecast/coverage).
 */
export const COVERAGE_FUNCTION = declare({
  name: "COVERAGE",
  args: [
    { name: "amounts", kind: "numberRange" },
    { name: "stages", kind: "stageRange" },
    { name: "target", kind: "amount", positive: true },
    { name: "wonToDate", kind: "amount", optional: true },
    { name: "weighted", kind: "choice", choice: PIPELINE_WEIGHTINGS, optional: true },
    STAGE_LIST,
    { name: "closeDates", kind: "dateRange", optional: true },
    { name: "from", kind: "date", optional: true },
    { name: "to", kind: "date", optional: true },
  ],
  result: "scalar",
  linedUp: [["amounts", "stages", "closeDates"]],
  check: ({ closeDates, from, to }) => {
    const given = [closeDates, from, to].filter((value) => value !== undefined && value !== null).length;
    if (given === 0 || given === 3) return;
    stopWith("VALUE", {
      en: "Period coverage needs all three of closeDates, from and to; leave all three empty for pipeline coverage.",
      zh: "期间覆盖率需要同时给出 closeDates、from 和 to；三者都留空则计算管线覆盖率。",
    });
  },
  run: ({ amounts, stages, target, wonToDate, weighted, stageList, closeDates, from, to }) => {
    if (closeDates === undefined || from == null || to == null) {
      const won = wonToDate ?? 0;
      const totals = readPipelineTotals(amounts, stages, stageList);
      return coverageAnswer(pipelineCoverage(totals, target, won), weighted, target, won);
    }
    const period = { from, to };
    const deals = readForecastDeals(amounts, stages, closeDates, stageList, period);
    const figures = unwrap(periodFigures(deals, stageList, period));
    const won = wonToDate ?? figures.won;
    return coverageAnswer(periodCoverage(figures, target, won), weighted, target, won);
  },
});
