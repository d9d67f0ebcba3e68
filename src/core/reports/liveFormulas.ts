/**
 * The live formulas of the report: where a FUNNEL function computes a figure from the user's columns the
 * report cell holds that function over the data names (see dataNames.ts), so the figure follows edits to
 * the data. A formula is offered only where the function reads the columns as the health model did;
 * elsewhere the report writes the model's value:
 * - the functions count one row per deal, so a table with stage history (an id on several rows) has none;
 * - the functions resolve stages with the default scheme or the workbook's stage list, so a stage list the
 *   workbook does not hold has none;
 * - FUNNEL.WEIGHTED, FUNNEL.FORECAST, FUNNEL.CYCLETIME and FUNNEL.VELOCITY read no outcome column (they take won and lost
 *   from the stage column); FUNNEL.CONVERSION and FUNNEL.WINRATE take a "lost at" column in their outcomes
 *   argument, but not together with an outcome column;
 * - a call that would receive more than Excel on the web passes to a custom function (callPayload.ts:
 *   rows × the data columns it is passed) has none.
 * The report spills one call over a table where it can (forecastTable.ts, stageTable.ts) rather than one
 * call per cell: each call receives the whole columns, and Excel runs them one after another.
 */
import type { Bilingual } from "../kernel";
import { CALL_PAYLOAD_LIMIT, callPayloadBytes, fitsCallPayload } from "./callPayload";
import type { ForecastMeasure } from "../forecast";
import { isValidRangeName } from "../sheet";
import { DEFAULT_SCHEME, type StageScheme } from "../stages";
import type { ColumnRole } from "../pipeline";
import type { PipelineHealth } from "../health";
import { DATA_NAMES, namedRoles, type ReportSource } from "./dataNames";

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
  readonly figures: readonly (ForecastMeasure | "probability")[];
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
  zh: "数据中同一商机占多行（阶段历史），FUNNEL 函数按行计数，因此各数字为生成时的值。",
  en: "The data holds deals on several rows (stage history) and the FUNNEL functions count rows, so the figures are values as made.",
};
const FOREIGN_SCHEME: Bilingual = {
  zh: "所用阶段列表不在工作簿中，因此各数字为生成时的值。",
  en: "The stage list used is not in the workbook, so the figures are values as made.",
};
const LOST_AT: Bilingual = {
  zh: "FUNNEL.CONVERSION 不能同时读取结果列和“丢单阶段”列，因此转化率为生成时的值。",
  en: "FUNNEL.CONVERSION cannot read both the outcome and the “lost at” columns, so the conversion rates are values as made.",
};
const OUTCOME: Bilingual = {
  zh: "FUNNEL.WEIGHTED、FUNNEL.FORECAST、FUNNEL.CYCLETIME 和 FUNNEL.VELOCITY 不读取结果列，因此加权金额、预测、销售周期和漏斗速度为生成时的值。",
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

const join = (parts: Bilingual[]): Bilingual | undefined =>
  parts.length === 0
    ? undefined
    : { zh: parts.map((p) => p.zh).join(""), en: parts.map((p) => p.en).join(" ") };

/**
 * The live formulas for a report over `source`.
 * @throws RangeError for a stage-list name Excel would not accept (a programming error).
 * @example liveFormulas(health, { sheet: "Deals", headerRow: 0, firstCol: 0, rowCount: 9, mapping: { stage: 3, amount: 4 } }, {}).weightedPipeline
 * // "=FUNNEL.WEIGHTED(FUNNEL_DATA_AMOUNT,FUNNEL_DATA_STAGE)"
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
  if (health.rowsUsed !== health.overall.deals) return { valuesBecause: HISTORY };
  if (list === undefined && !isDefaultScheme(health.scheme)) return { valuesBecause: FOREIGN_SCHEME };

  const stage = DATA_NAMES.stage;
  const outcome = roles.has("outcome") ? DATA_NAMES.outcome : undefined;
  const reasons: Bilingual[] = [];
  // A function whose call would receive more than the cap is left out, named in the reason.
  const overCap: string[] = [];
  let largest = 0;
  const cap = options.payloadLimit ?? CALL_PAYLOAD_LIMIT;
  const fits = (name: string, columns: readonly (string | undefined)[]) => {
    const passed = columns.filter((column) => column !== undefined).length;
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
  if (outcome !== undefined) reasons.push(OUTCOME);
  else {
    const [amount, created, closed] = [DATA_NAMES.amount, DATA_NAMES.createdDate, DATA_NAMES.closeDate];
    const has = (...wanted: ColumnRole[]) => wanted.every((role) => roles.has(role));
    if (has("amount") && fits("FUNNEL.WEIGHTED", [amount, stage]))
      formulas.weightedPipeline = `=${functionCall("FUNNEL.WEIGHTED", [amount, stage, list])}`;
    if (has("amount", "closeDate") && fits("FUNNEL.FORECAST", [amount, stage, closed])) {
      formulas.forecast = (call) => {
        const text = (n: number | undefined) => (n === undefined ? undefined : String(n));
        const figures = call.figures.map((figure) => `"${figure}"`).join(",");
        const args = [
          amount,
          stage,
          closed,
          call.fromCells,
          call.toCells,
          call.figures.length === 1 ? figures : `{${figures}}`,
          text(call.target),
        ];
        const categories = [text(call.commitStage), text(call.bestCaseStage)];
        return `=${functionCall("FUNNEL.FORECAST", [...args, list, ...categories])}`;
      };
    }
    if (has("createdDate", "closeDate") && fits("FUNNEL.CYCLETIME", [created, closed, stage])) {
      formulas.averageCycleDays = `=${functionCall("FUNNEL.CYCLETIME", [created, closed, stage, list])}`;
    }
    if (
      has("amount", "createdDate", "closeDate") &&
      fits("FUNNEL.VELOCITY", [amount, stage, created, closed])
    ) {
      formulas.velocityPerDay = `=${functionCall("FUNNEL.VELOCITY", [amount, stage, created, closed, list])}`;
    }
  }
  // The outcomes argument takes either the outcome column or a "lost at" column.
  const closed = outcome ?? (roles.has("lostAt") ? DATA_NAMES.lostAt : undefined);
  if (fits("FUNNEL.WINRATE", [stage, closed])) {
    formulas.winRate = `=${functionCall("FUNNEL.WINRATE", [stage, closed, list])}`;
  }
  if (outcome !== undefined && roles.has("lostAt")) reasons.push(LOST_AT);
  else if (fits("FUNNEL.CONVERSION", [stage, closed])) {
    formulas.conversion = (fromCells, toCells) =>
      `=${functionCall("FUNNEL.CONVERSION", [stage, fromCells, toCells, closed, list])}`;
  }
  if (overCap.length > 0) reasons.push(payloadReason(source.rowCount, overCap, largest, cap));
  const valuesBecause = join(reasons);
  return { ...formulas, ...(valuesBecause !== undefined ? { valuesBecause } : {}) };
}
