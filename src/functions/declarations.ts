/**
 * Every FUNNEL custom function declared as data: its arguments (name, kind, optional, what a blank
 * means), the ranges that line up, its checks across arguments and the core computation it runs. The
 * runner (./runner) reads and checks the arguments; the adapters in ./functions, whose JSDoc is the
 * functions' metadata, call it in one line. A test checks each declaration against its adapter.
 */
import { periodCoverage, periodFigures, pipelineCoverage } from "../core/forecast";
import { conversionRate, daysInStage, verdictText, winRate, worthWinning } from "../core/metrics";
import { requiredDeals, reverseFunnel } from "../core/planning";
import { formatStage, probabilityOf, type StageScheme } from "../core/stages";
import { answerCount, argumentText, type CellList, checkSameCount, stopBlank } from "./args";
import type { BadRowsSetting } from "./badRows";
import { conversionColumn, conversionTable } from "./conversionTable";
import { readPipelineTotals } from "./deals";
import { stopWith, unwrap } from "./errors";
import {
  coverageAnswer,
  FORECAST_FIGURES,
  forecastAnswer,
  forecastDealsOf,
  PIPELINE_WEIGHTINGS,
} from "./forecast";
import { stageActions, stageMarkers } from "./guidance";
import { readFunnelTally, UNKNOWN_LOSS } from "./histories";
import { displayLanguage } from "./language";
import { declare } from "./runner";
import { pipelineTotalsSkipping, salesCyclesSkipping, velocityTallySkipping } from "./skipping";
import { planTable, readPlanTally } from "./planning";
import { answerPerStage, STAGE_FORMS } from "./stageInput";
import { readSalesCycles, readVelocityTally } from "./timing";
import { readRatings, readWeights, WORTH_OUTPUTS } from "./worth";

/** The optional stage list most functions end with. */
const STAGE_LIST = {
  name: "stageList",
  kind: "stageList",
  optional: true,
} as const;

/** The optional deal-id column of FUNNEL.CONVERSION and FUNNEL.WINRATE: rows sharing an id are a history. */
const DEAL_IDS_ARG = {
  name: "dealIds",
  kind: "idRange",
  optional: true,
} as const;

/** The optional last argument of the range functions the report makes live: what to do with a bad row. */
const BAD_ROWS_ARG = {
  name: "badRows",
  kind: "badRows",
  optional: true,
} as const;

/** The open and weighted pipeline of the columns, read by badRows' rule (./badRows). */
const pipelineTotalsOf = (
  amounts: CellList,
  stages: CellList,
  scheme: StageScheme,
  badRows: BadRowsSetting,
) =>
  badRows.mode === "skip"
    ? pipelineTotalsSkipping(amounts, stages, scheme, badRows.copiesBy)
    : readPipelineTotals(amounts, stages, scheme);

/**
 * FUNNEL.STAGE: a deal's stage, from its label or its evidence checklist, written in a form; over a range
 * of labels, one stage per cell (spilled in the range's shape).
 */
export const STAGE_FUNCTION = declare({
  name: "STAGE",
  args: [
    { name: "input", kind: "stageInput", blank: "answersBlank" },
    { name: "form", kind: "choice", choice: STAGE_FORMS, optional: true },
    STAGE_LIST,
  ],
  result: "array",
  run: ({ input, form, stageList }) =>
    answerPerStage(input, (position) => formatStage(position, stageList, form)),
});

/** FUNNEL.PROBABILITY: the probability of winning at a stage; over a range, one per cell (spilled). */
export const PROBABILITY_FUNCTION = declare({
  name: "PROBABILITY",
  args: [{ name: "stage", kind: "stageCells", blank: "answersBlank" }, STAGE_LIST],
  result: "array",
  run: ({ stage, stageList }) => answerPerStage(stage, (position) => probabilityOf(position, stageList)),
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
    DEAL_IDS_ARG,
    { name: "stageDates", kind: "stageDates", optional: true },
    { name: "unknownLoss", kind: "choice", choice: UNKNOWN_LOSS, optional: true },
    BAD_ROWS_ARG,
  ],
  result: "array",
  linedUp: [["stages", "outcomes", "dealIds"]],
  check: ({ stages, fromStage, toStage, stageList, stageDates }) => {
    stageDates?.checkFits(stages, stageList);
    if (fromStage === null || toStage === null) return;
    checkSameCount(
      { name: "fromStage", count: fromStage.length },
      { name: "toStage", count: toStage.length },
    );
  },
  run: ({ stages, fromStage, toStage, outcomes, stageList, dealIds, stageDates, unknownLoss, badRows }) => {
    const tally = readFunnelTally({ stages, outcomes, dealIds, stageDates }, stageList, badRows, unknownLoss);
    if (fromStage === null && toStage === null) return conversionTable(tally, stageList, displayLanguage());
    if (answerCount(fromStage, toStage) > 1) return conversionColumn(tally, stageList, fromStage, toStage);
    const [from, to] = [fromStage?.[0] ?? 0, toStage?.[0] ?? stageList.stages.length - 1];
    return unwrap(conversionRate(tally, stageList, from, to));
  },
});

/** FUNNEL.WINRATE: won ÷ (won + lost), one deal per row or, with dealIds, per deal id (its last row). */
export const WINRATE_FUNCTION = declare({
  name: "WINRATE",
  args: [
    { name: "stages", kind: "stageRange" },
    { name: "outcomes", kind: "stageRange", optional: true },
    STAGE_LIST,
    DEAL_IDS_ARG,
    BAD_ROWS_ARG,
  ],
  result: "scalar",
  linedUp: [["stages", "outcomes", "dealIds"]],
  run: ({ stages, outcomes, stageList, dealIds, badRows }) =>
    unwrap(winRate(readFunnelTally({ stages, outcomes, dealIds }, stageList, badRows))),
});

/** FUNNEL.WEIGHTED: Σ amount × stage probability over the open deals. */
export const WEIGHTED_FUNCTION = declare({
  name: "WEIGHTED",
  args: [
    { name: "amounts", kind: "numberRange" },
    { name: "stages", kind: "stageRange" },
    STAGE_LIST,
    BAD_ROWS_ARG,
  ],
  result: "scalar",
  linedUp: [["amounts", "stages"]],
  run: ({ amounts, stages, stageList, badRows }) =>
    pipelineTotalsOf(amounts, stages, stageList, badRows).weighted,
});

/** FUNNEL.CYCLETIME: the average sales cycle in days. */
export const CYCLETIME_FUNCTION = declare({
  name: "CYCLETIME",
  args: [
    { name: "created", kind: "dateRange" },
    { name: "closed", kind: "dateRange" },
    { name: "stages", kind: "stageRange", optional: true },
    STAGE_LIST,
    BAD_ROWS_ARG,
  ],
  result: "scalar",
  linedUp: [["created", "closed", "stages"]],
  run: ({ created, closed, stages, stageList, badRows }) =>
    unwrap(
      (badRows.mode === "skip"
        ? salesCyclesSkipping(created, closed, stages, stageList, badRows.copiesBy)
        : readSalesCycles(created, closed, stages, stageList)
      ).average,
    ),
});

/** FUNNEL.DAYSINSTAGE: whole days from entering the stage to the as-of date. */
export const DAYSINSTAGE_FUNCTION = declare({
  name: "DAYSINSTAGE",
  args: [
    { name: "stageEntered", kind: "date", blank: "answersBlank" },
    {
      name: "asOf",
      kind: "date",
      blank: {
        en: "give the date to count to, e.g. TODAY()",
        zh: "请给出统计到哪一天，例如 TODAY()",
      },
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
    BAD_ROWS_ARG,
  ],
  result: "scalar",
  linedUp: [["amounts", "stages", "created", "closed"]],
  run: ({ amounts, stages, created, closed, stageList, badRows }) =>
    unwrap(
      (badRows.mode === "skip"
        ? velocityTallySkipping(amounts, stages, created, closed, stageList, badRows.copiesBy)
        : readVelocityTally(amounts, stages, created, closed, stageList)
      ).velocity(),
    ),
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
      blank: {
        en: "give the first day of the period",
        zh: "请给出预测期间的第一天",
      },
    },
    {
      name: "to",
      kind: "dates",
      blank: {
        en: "give the last day of the period",
        zh: "请给出预测期间的最后一天",
      },
    },
    {
      name: "measure",
      kind: "choices",
      choice: FORECAST_FIGURES,
      optional: true,
    },
    { name: "target", kind: "amount", optional: true },
    STAGE_LIST,
    { name: "commitStage", kind: "funnelStage", optional: true },
    { name: "bestCaseStage", kind: "funnelStage", optional: true },
    BAD_ROWS_ARG,
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
  run: ({
    amounts,
    stages,
    closeDates,
    from,
    to,
    measure,
    target,
    stageList,
    commitStage,
    bestCaseStage,
    badRows,
  }) =>
    forecastAnswer({ amounts, stages, closeDates, badRows }, from, to, measure, stageList, {
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
    {
      name: "weighted",
      kind: "choice",
      choice: PIPELINE_WEIGHTINGS,
      optional: true,
    },
    STAGE_LIST,
    { name: "closeDates", kind: "dateRange", optional: true },
    { name: "from", kind: "date", optional: true },
    { name: "to", kind: "date", optional: true },
    BAD_ROWS_ARG,
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
  run: ({ amounts, stages, target, wonToDate, weighted, stageList, closeDates, from, to, badRows }) => {
    if (closeDates === undefined || from == null || to == null) {
      const won = wonToDate ?? 0;
      const totals = pipelineTotalsOf(amounts, stages, stageList, badRows);
      return coverageAnswer(pipelineCoverage(totals, target, won), weighted, target, won);
    }
    const period = { from, to };
    const deals = forecastDealsOf({ amounts, stages, closeDates, badRows }, stageList, period);
    const figures = unwrap(periodFigures(deals, stageList, period));
    const won = wonToDate ?? figures.won;
    return coverageAnswer(periodCoverage(figures, target, won), weighted, target, won);
  },
});

/** The target of FUNNEL.REQUIRED and FUNNEL.PLAN: core's planning checks it is above 0. */
const TARGET_ARG = {
  name: "target",
  kind: "amount",
  blank: {
    en: "give the amount to win, e.g. 1000000",
    zh: "请给出要赢得的金额，例如 1000000",
  },
} as const;

/**
 * FUNNEL.REQUIRED: the deals needed at an open stage now to win the target, from the data's conversion
 * from that stage to won and its average won size, rounded up (core's requiredDeals).
 */
export const REQUIRED_FUNCTION = declare({
  name: "REQUIRED",
  args: [
    TARGET_ARG,
    {
      name: "stage",
      kind: "funnelStage",
      blank: {
        en: "give the open stage to count the deals needed at, e.g. 谈判 or Negotiation",
        zh: "请给出要计算所需商机数的进行中阶段，例如 谈判",
      },
    },
    { name: "stages", kind: "stageRange" },
    { name: "amounts", kind: "numberRange" },
    { name: "outcomes", kind: "stageRange", optional: true },
    STAGE_LIST,
    BAD_ROWS_ARG,
  ],
  result: "scalar",
  linedUp: [["stages", "amounts", "outcomes"]],
  run: ({ target, stage, stages, amounts, outcomes, stageList, badRows }) =>
    unwrap(
      requiredDeals(
        readPlanTally({ stages, amounts, outcomes }, stageList, badRows),
        stageList,
        target,
        stage,
      ),
    ),
});

/**
 * FUNNEL.PLAN: the reverse funnel of a target, a header row and one row per open stage (stage, needed,
 * have, gap, needed amount), from the data (core's reverseFunnel).
 */
export const PLAN_FUNCTION = declare({
  name: "PLAN",
  args: [
    TARGET_ARG,
    { name: "stages", kind: "stageRange" },
    { name: "amounts", kind: "numberRange" },
    { name: "outcomes", kind: "stageRange", optional: true },
    STAGE_LIST,
    BAD_ROWS_ARG,
  ],
  result: "array",
  linedUp: [["stages", "amounts", "outcomes"]],
  run: ({ target, stages, amounts, outcomes, stageList, badRows }) => {
    const tally = readPlanTally({ stages, amounts, outcomes }, stageList, badRows);
    return planTable(unwrap(reverseFunnel(tally, stageList, target)), stageList, displayLanguage());
  },
});
export { GAPS_FUNCTION, GATE_FUNCTION, READY_FUNCTION } from "./gateDeclarations";
export { BRIDGE_FUNCTION, PUSHCOUNT_FUNCTION } from "./snapshotDeclarations";
