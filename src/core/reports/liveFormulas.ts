/**
 * The live formulas of the report: where a FUNNEL function computes a figure from the user's columns the
 * report cell holds that function over the data names (see dataNames.ts), so the figure follows edits to
 * the data. A formula is offered only where the function reads the columns as the health model did;
 * elsewhere the report writes the model's value:
 * - the functions resolve stages with the default scheme or the workbook's stage list, so a stage list the
 *   workbook does not hold has none;
 * - FUNNEL.WEIGHTED, FUNNEL.FORECAST, FUNNEL.CYCLETIME and FUNNEL.VELOCITY count one row per deal, so a
 *   table with stage history (an id on several rows) has none of them; FUNNEL.CONVERSION and FUNNEL.WINRATE
 *   take the deal-id column (dealIds) and count a history as the report does when its rows are in row
 *   order: when the report ordered a history by stage-entered dates, or skipped copies of rows (which the
 *   functions would compare on fewer columns), their figures are values;
 * - FUNNEL.WEIGHTED, FUNNEL.FORECAST, FUNNEL.CYCLETIME and FUNNEL.VELOCITY read no outcome column (they take won and lost
 *   from the stage column); FUNNEL.CONVERSION and FUNNEL.WINRATE take a "lost at" column in their outcomes
 *   argument, but not together with an outcome column;
 * - FUNNEL.CONVERSION takes the per-stage date columns (stageDates) as one block of adjacent columns, the
 *   first stage first, and the report's rule for lost deals of unknown stage of loss (unknownLoss); date
 *   columns in another arrangement leave the conversions values;
 * - a call that would receive more than Excel on the web passes to a custom function (callPayload.ts:
 *   rows × the data columns it is passed) has none.
 * The report spills one call over a table where it can (forecastTable.ts, stageTable.ts) rather than one
 * call per cell: each call receives the whole columns, and Excel runs them one after another.
 *
 * Every call ends with badRows "skip": the functions read the rows as this report does (core/pipeline's
 * readers), so a row the report skips (an unknown stage …) is passed over and a cell it lists as not
 * readable ("TBD", "50%" …) counts as blank, where by default they would stop at it with #VALUE!. When
 * the report skipped exact copies of rows, badRows is the deal-id column (else the opportunity column),
 * by which the functions tell a copy too. {@link LiveFormulas.passesOver} says how many rows and cells.
 */
import type { Bilingual } from "../kernel";
import { CALL_PAYLOAD_LIMIT, callPayloadBytes, fitsCallPayload } from "./callPayload";
import type { ForecastMeasure } from "../forecast";
import { isValidRangeName } from "../sheet";
import { DEFAULT_SCHEME, type StageScheme } from "../stages";
import type { ColumnRole } from "../pipeline";
import type { PipelineHealth } from "../health";
import { DATA_NAMES, namedRoles, type ReportSource, STAGE_DATES_NAME, stageDatesBlock } from "./dataNames";
import { ANOMALY_KIND_TEXT, REPORT_TEXT } from "./text";

/** What the caller knows about the workbook. */
export interface LiveOptions {
  /** The workbook name of the stage list the health model was computed with (e.g. FUNNEL_STAGE_LIST). */
  readonly stageListName?: string;
  /**
   * The most bytes one custom-function call may receive (callPayload.ts); by default Excel on the web's
   * cap, {@link CALL_PAYLOAD_LIMIT}, so that the report computes wherever the workbook is opened.
   */
  readonly payloadLimit?: number;
}

/**
 * A measure of FUNNEL.FORECAST: a figure of the forecast, the probability of reaching the target, or
 * "range", which spills expected, P10, P50 and P90 of one distribution as four columns.
 */
export type ForecastCallFigure = ForecastMeasure | "probability" | "range";

/**
 * One FUNNEL.FORECAST call spilling a table: the periods' cells on the report, the figures (one column
 * each), and what differs from the defaults.
 */
export interface ForecastCall {
  /**
   * A1 addresses, on the report sheet, of the periods' first and last days: two ranges of one column, one
   * row per period (or two cells, for one period).
   */
  readonly fromCells: string;
  readonly toCells: string;
  readonly figures: readonly ForecastCallFigure[];
  readonly target?: number;
  /** 1-based stage numbers of the commit and best-case stages, when not the defaults. */
  readonly commitStage?: number;
  readonly bestCaseStage?: number;
}

/** The formulas the report can make live; a figure without one is written as a value. */
export interface LiveFormulas {
  readonly weightedPipeline?: string;
  readonly winRate?: string;
  readonly averageCycleDays?: string;
  readonly velocityPerDay?: string;
  /**
   * Conversion from the stages named in cells of the report to the stages named in others (A1 addresses on
   * the report sheet, of a cell or of a range of one column): reached(to) / reached(from), spilling one
   * rate per row when either is a range.
   */
  readonly conversion?: (fromCells: string, toCells: string) => string;
  /** The figures of the forecast of periods (needs the amount and close-date columns), as one spilled call. */
  readonly forecast?: (call: ForecastCall) => string;
  /** Why some figures are values, for the report's note; absent when every function figure is live. */
  readonly valuesBecause?: Bilingual;
  /**
   * For the report's note beside the live figures: the rows they pass over and the cells they count as
   * blank, as the report does (counts as made); absent when there are none or no figure is live.
   */
  readonly passesOver?: Bilingual;
}

/**
 * The arguments of each function the report calls, in order, as the function's declaration in
 * src/functions has them (a test there checks it): the report names what it passes, the rest stay empty.
 */
export const LIVE_FUNCTION_ARGUMENTS = Object.freeze({
  "FUNNEL.WEIGHTED": ["amounts", "stages", "stageList", "badRows"],
  "FUNNEL.WINRATE": ["stages", "outcomes", "stageList", "dealIds", "badRows"],
  "FUNNEL.CONVERSION": [
    "stages",
    "fromStage",
    "toStage",
    "outcomes",
    "stageList",
    "dealIds",
    "stageDates",
    "unknownLoss",
    "badRows",
  ],
  "FUNNEL.CYCLETIME": ["created", "closed", "stages", "stageList", "badRows"],
  "FUNNEL.VELOCITY": ["amounts", "stages", "created", "closed", "stageList", "badRows"],
  "FUNNEL.FORECAST": [
    "amounts",
    "stages",
    "closeDates",
    "from",
    "to",
    "measure",
    "target",
    "stageList",
    "commitStage",
    "bestCaseStage",
    "badRows",
  ],
} satisfies Record<string, readonly string[]>);

/** A function the report calls. */
export type LiveFunction = keyof typeof LIVE_FUNCTION_ARGUMENTS;

/**
 * A call of a function the report makes live, its arguments given by name (see
 * {@link LIVE_FUNCTION_ARGUMENTS}); the ones not given are left empty, trailing ones dropped.
 * @throws RangeError for an argument the function does not have (a programming error).
 * @example liveCall("FUNNEL.WINRATE", { stages: "FUNNEL_DATA_STAGE", badRows: '"skip"' })
 * // 'FUNNEL.WINRATE(FUNNEL_DATA_STAGE,,,,"skip")'
 */
export function liveCall(name: LiveFunction, args: Readonly<Record<string, string | undefined>>): string {
  const names: readonly string[] = LIVE_FUNCTION_ARGUMENTS[name];
  const unknown = Object.keys(args).find((arg) => !names.includes(arg));
  if (unknown !== undefined) throw new RangeError(`${name} has no argument ${unknown}.`);
  return functionCall(
    name,
    names.map((arg) => args[arg]),
  );
}

/**
 * Whether a scheme is the deck's default (same stages in the same order with the same probabilities):
 * what the FUNNEL functions use when no stage list is passed.
 * Tested surface: exported for its tests.
 * @example isDefaultScheme(DEFAULT_SCHEME) // true
 */
export function isDefaultScheme(scheme: StageScheme): boolean {
  const stages = DEFAULT_SCHEME.stages;
  return (
    scheme.stages.length === stages.length &&
    scheme.stages.every((s, i) => s.key === stages[i].key && s.probability === stages[i].probability)
  );
}

/**
 * A function call with its trailing omitted arguments dropped and the inner ones left empty.
 * Tested surface: exported for its tests.
 * @example functionCall("FUNNEL.WINRATE", ["FUNNEL_DATA_STAGE", undefined, "FUNNEL_STAGE_LIST"])
 * // "FUNNEL.WINRATE(FUNNEL_DATA_STAGE,,FUNNEL_STAGE_LIST)"
 */
export function functionCall(name: string, args: readonly (string | undefined)[]): string {
  let last = args.length;
  while (last > 0 && args[last - 1] === undefined) last--;
  return `${name}(${args
    .slice(0, last)
    .map((arg) => arg ?? "")
    .join(",")})`;
}

const HISTORY: Bilingual = {
  zh: "数据中同一商机占多行（阶段历史），FUNNEL.WEIGHTED、FUNNEL.FORECAST、FUNNEL.CYCLETIME 和 FUNNEL.VELOCITY 按行计数，因此加权金额、预测、销售周期和管线速度为生成时的值。",
  en: "The data holds deals on several rows (stage history) and FUNNEL.WEIGHTED, FUNNEL.FORECAST, FUNNEL.CYCLETIME and FUNNEL.VELOCITY count rows, so the weighted pipeline, forecast, sales cycle and velocity are values as made.",
};
const HISTORY_ORDER: Bilingual = {
  zh: "部分商机的历史行未按日期排列：本报告按进入阶段日期排序，FUNNEL.CONVERSION 和 FUNNEL.WINRATE 按行序读取，因此转化率和赢单率为生成时的值（按该日期排序表格后重新生成即为实时公式）。",
  en: "Some deals' history rows are not in date order: this report orders them by stage-entered date, FUNNEL.CONVERSION and FUNNEL.WINRATE take them in row order, so the conversion and win rates are values as made (sort the table by that date for live ones).",
};
const HISTORY_COPIES: Bilingual = {
  zh: "数据中有重复录入的阶段历史行，FUNNEL.CONVERSION 和 FUNNEL.WINRATE 无法将其与历史行区分，因此转化率和赢单率为生成时的值。",
  en: "The data holds copies of stage-history rows, which FUNNEL.CONVERSION and FUNNEL.WINRATE cannot tell from history rows, so the conversion and win rates are values as made.",
};
const FOREIGN_SCHEME: Bilingual = {
  zh: "所用阶段列表不在工作簿中，因此各数字为生成时的值。",
  en: "The stage list used is not in the workbook, so the figures are values as made.",
};
const LOST_AT: Bilingual = {
  zh: "FUNNEL.CONVERSION 不能同时读取结果列和“丢单阶段”列，因此转化率为生成时的值。",
  en: "FUNNEL.CONVERSION cannot read both the outcome and the “lost at” columns, so the conversion rates are values as made.",
};
const STAGE_DATES: Bilingual = {
  zh: "转化率计入了各阶段日期列显示到达的阶段，这些列不是从第一阶段起按阶段顺序相邻排列，FUNNEL.CONVERSION 无法读取，因此转化率为生成时的值。",
  en: "The conversion rates count the stages the per-stage date columns show were reached; those columns are not adjacent in stage order from the first stage, as FUNNEL.CONVERSION takes them, so the rates are values as made.",
};
const OUTCOME: Bilingual = {
  zh: "FUNNEL.WEIGHTED、FUNNEL.FORECAST、FUNNEL.CYCLETIME 和 FUNNEL.VELOCITY 不读取结果列，因此加权金额、预测、销售周期和管线速度为生成时的值。",
  en: "FUNNEL.WEIGHTED, FUNNEL.FORECAST, FUNNEL.CYCLETIME and FUNNEL.VELOCITY do not read the outcome column, so the weighted pipeline, forecast, sales cycle and velocity are values as made.",
};
const count = (n: number) => new Intl.NumberFormat("en-US").format(n);
const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

/** Why the functions named are values: their calls would receive more than Excel on the web passes. */
function payloadReason(rows: number, names: readonly string[], bytes: number, cap: number): Bilingual {
  const limit = megabytes(cap);
  return {
    zh: `数据有 ${count(rows)} 行，${names.join("、")} 的一次调用将接收约 ${megabytes(bytes)} MB，超过 Excel 网页版传给自定义函数的 ${limit} MB 上限，因此这些数字为生成时的值。`,
    en: `With ${count(rows)} data rows, one call of ${names.join(", ")} would receive about ${megabytes(bytes)} MB, more than the ${limit} MB Excel on the web passes to a custom function, so those figures are values as made.`,
  };
}

/** The badRows argument of every call: read the rows as the report does. */
const SKIP = '"skip"';

/**
 * The column by which the functions tell a copy of a row (badRows), when the report skipped copies: the
 * deal ids, else the opportunity names (the report's reader compares the rows sharing one of them).
 */
function copiesColumn(health: PipelineHealth, roles: ReadonlySet<ColumnRole>): string | undefined {
  if (!health.skipped.some((row) => row.kind === "duplicate")) return undefined;
  if (roles.has("dealId")) return DATA_NAMES.dealId;
  return roles.has("opportunity") ? DATA_NAMES.opportunity : undefined;
}

const counted = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/**
 * What the live figures pass over, as the report does: the rows it did not use (blank rows aside) and
 * the cells it could not read; `undefined` when there are none.
 * Tested surface: exported for its tests.
 * @example passedOver(health)?.en // "The live figures read the data as this report does (badRows "skip"): …"
 */
export function passedOver(health: PipelineHealth): Bilingual | undefined {
  const rows = health.skipped.filter((row) => row.kind !== "blank").length;
  const cells = health.anomalies.filter((anomaly) => anomaly.kind === "unreadable").length;
  if (rows === 0 && cells === 0) return undefined;
  const [skipped, unreadable] = [REPORT_TEXT.skipped, ANOMALY_KIND_TEXT.unreadable];
  const en = [
    rows > 0 ? `pass over the ${counted(rows, "row", "rows")} listed under “${skipped.en}”` : "",
    cells > 0 ? `count the ${counted(cells, "cell", "cells")} listed as “${unreadable.en}” as blank` : "",
  ].filter((part) => part !== "");
  const zh = [
    rows > 0 ? `跳过“${skipped.zh}”中列出的 ${count(rows)} 行` : "",
    cells > 0 ? `将列为“${unreadable.zh}”的 ${count(cells)} 个单元格按空白计` : "",
  ].filter((part) => part !== "");
  return {
    zh: `实时公式按本报告的方式读取数据（badRows 为 "skip"）：${zh.join("，")}，不会因此显示错误（数量为生成时的）。`,
    en: `The live figures read the data as this report does (badRows "skip"): they ${en.join(" and ")}, rather than show an error (counts as made).`,
  };
}

const join = (parts: Bilingual[]): Bilingual | undefined =>
  parts.length === 0
    ? undefined
    : {
        zh: parts.map((p) => p.zh).join(""),
        en: parts.map((p) => p.en).join(" "),
      };

/**
 * The live formulas for a report over `source`.
 * @throws RangeError for a stage-list name Excel would not accept (a programming error).
 * @example liveFormulas(health, { sheet: "Deals", headerRow: 0, firstCol: 0, rowCount: 9, mapping: { stage: 3, amount: 4 } }, {}).weightedPipeline
 * // '=FUNNEL.WEIGHTED(FUNNEL_DATA_AMOUNT,FUNNEL_DATA_STAGE,,"skip")'
 */
export function liveFormulas(
  health: PipelineHealth,
  source: ReportSource,
  options: LiveOptions,
): LiveFormulas {
  const list = options.stageListName;
  if (list !== undefined && !isValidRangeName(list)) throw new RangeError(`Not a workbook name: ${list}`);
  const roles = namedRoles(source);
  if (!roles.has("stage")) return {};
  if (list === undefined && !isDefaultScheme(health.scheme)) return { valuesBecause: FOREIGN_SCHEME };
  const history = health.rowsUsed !== health.overall.deals;

  const stage = DATA_NAMES.stage;
  const outcome = roles.has("outcome") ? DATA_NAMES.outcome : undefined;
  const copiesBy = copiesColumn(health, roles);
  const badRows = copiesBy ?? SKIP;
  const reasons: Bilingual[] = [];
  // A function whose call would receive more than the cap is left out, named in the reason.
  const overCap: string[] = [];
  let largest = 0;
  const cap = options.payloadLimit ?? CALL_PAYLOAD_LIMIT;
  const fits = (name: string, columns: readonly (string | undefined)[]) => {
    const passed = [...columns, copiesBy].filter((column) => column !== undefined).length;
    if (fitsCallPayload(source.rowCount, passed, cap)) return true;
    overCap.push(name);
    largest = Math.max(largest, callPayloadBytes(source.rowCount, passed));
    return false;
  };
  const formulas: {
    -readonly [
      K in "weightedPipeline" | "averageCycleDays" | "velocityPerDay" | "forecast" | "winRate" | "conversion"
    ]?: LiveFormulas[K];
  } = {};
  if (history) reasons.push(HISTORY);
  else if (outcome !== undefined) reasons.push(OUTCOME);
  else {
    const [amount, created, closed] = [DATA_NAMES.amount, DATA_NAMES.createdDate, DATA_NAMES.closeDate];
    const has = (...wanted: ColumnRole[]) => wanted.every((role) => roles.has(role));
    if (has("amount") && fits("FUNNEL.WEIGHTED", [amount, stage]))
      formulas.weightedPipeline = `=${liveCall("FUNNEL.WEIGHTED", { amounts: amount, stages: stage, stageList: list, badRows })}`;
    if (has("amount", "closeDate") && fits("FUNNEL.FORECAST", [amount, stage, closed])) {
      formulas.forecast = (call) => {
        const text = (n: number | undefined) => (n === undefined ? undefined : String(n));
        const figures = call.figures.map((figure) => `"${figure}"`).join(",");
        return `=${liveCall("FUNNEL.FORECAST", {
          amounts: amount,
          stages: stage,
          closeDates: closed,
          from: call.fromCells,
          to: call.toCells,
          measure: call.figures.length === 1 ? figures : `{${figures}}`,
          target: text(call.target),
          stageList: list,
          commitStage: text(call.commitStage),
          bestCaseStage: text(call.bestCaseStage),
          badRows,
        })}`;
      };
    }
    if (has("createdDate", "closeDate") && fits("FUNNEL.CYCLETIME", [created, closed, stage])) {
      formulas.averageCycleDays = `=${liveCall("FUNNEL.CYCLETIME", { created, closed, stages: stage, stageList: list, badRows })}`;
    }
    if (
      has("amount", "createdDate", "closeDate") &&
      fits("FUNNEL.VELOCITY", [amount, stage, created, closed])
    ) {
      formulas.velocityPerDay = `=${liveCall("FUNNEL.VELOCITY", {
        amounts: amount,
        stages: stage,
        created,
        closed,
        stageList: list,
        badRows,
      })}`;
    }
  }
  // A history counts as the report counts it when its rows are taken in row order (dealIds).
  const historyReason = !history
    ? undefined
    : health.historiesInRowOrder !== true
      ? HISTORY_ORDER
      : copiesBy !== undefined || !roles.has("dealId")
        ? HISTORY_COPIES
        : undefined;
  if (historyReason !== undefined) reasons.push(historyReason);
  else {
    const dealIds = history ? DATA_NAMES.dealId : undefined;
    // The outcomes argument takes either the outcome column or a "lost at" column.
    const closed = outcome ?? (roles.has("lostAt") ? DATA_NAMES.lostAt : undefined);
    if (fits("FUNNEL.WINRATE", [stage, closed, dealIds])) {
      formulas.winRate = `=${liveCall("FUNNEL.WINRATE", { stages: stage, outcomes: closed, stageList: list, dealIds, badRows })}`;
    }
    const block = stageDatesBlock(health.stageDates);
    if (outcome !== undefined && roles.has("lostAt")) reasons.push(LOST_AT);
    else if ((health.stageDateColumns ?? 0) > 0 && block === undefined) reasons.push(STAGE_DATES);
    else {
      const stageDates = block === undefined ? undefined : STAGE_DATES_NAME;
      const dateColumns = new Array<string | undefined>(block?.columns ?? 0).fill(stageDates);
      const unknownLoss = health.unknownLoss?.rule === "knownPaths" ? '"knownPaths"' : undefined;
      if (fits("FUNNEL.CONVERSION", [stage, closed, dealIds, ...dateColumns])) {
        formulas.conversion = (fromCells, toCells) =>
          `=${liveCall("FUNNEL.CONVERSION", {
            stages: stage,
            fromStage: fromCells,
            toStage: toCells,
            outcomes: closed,
            stageList: list,
            dealIds,
            stageDates,
            unknownLoss,
            badRows,
          })}`;
      }
    }
  }
  if (overCap.length > 0) reasons.push(payloadReason(source.rowCount, overCap, largest, cap));
  const valuesBecause = join(reasons);
  const passesOver = Object.keys(formulas).length > 0 ? passedOver(health) : undefined;
  return {
    ...formulas,
    ...(valuesBecause !== undefined ? { valuesBecause } : {}),
    ...(passesOver !== undefined ? { passesOver } : {}),
  };
}
