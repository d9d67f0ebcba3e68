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
 *   argument, but not together with an outcome column.
 */
import type { Bilingual } from "../kernel";
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
}

/** One FUNNEL.FORECAST cell: the period's cells on the report, the figure, and what differs from the defaults. */
export interface ForecastCall {
  /** A1 addresses, on the report sheet, of the period's first and last day. */
  readonly fromCell: string;
  readonly toCell: string;
  readonly figure: ForecastMeasure | "probability";
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
   * Conversion from the stage named in one cell of the report to the stage named in another (A1 addresses
   * on the report sheet): reached(to) / reached(from).
   */
  readonly conversion?: (fromCell: string, toCell: string) => string;
  /** A figure of the forecast of a period (needs the amount and close-date columns). */
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
  const formulas: {
    -readonly [
      K in "weightedPipeline" | "averageCycleDays" | "velocityPerDay" | "forecast"
    ]?: LiveFormulas[K];
  } = {};
  if (outcome !== undefined) reasons.push(OUTCOME);
  else {
    const [amount, created, closed] = [DATA_NAMES.amount, DATA_NAMES.createdDate, DATA_NAMES.closeDate];
    const has = (...wanted: ColumnRole[]) => wanted.every((role) => roles.has(role));
    if (has("amount"))
      formulas.weightedPipeline = `=${functionCall("FUNNEL.WEIGHTED", [amount, stage, list])}`;
    if (has("amount", "closeDate")) {
      formulas.forecast = (call) => {
        const text = (n: number | undefined) => (n === undefined ? undefined : String(n));
        const args = [
          amount,
          stage,
          closed,
          call.fromCell,
          call.toCell,
          `"${call.figure}"`,
          text(call.target),
        ];
        const categories = [text(call.commitStage), text(call.bestCaseStage)];
        return `=${functionCall("FUNNEL.FORECAST", [...args, list, ...categories])}`;
      };
    }
    if (has("createdDate", "closeDate")) {
      formulas.averageCycleDays = `=${functionCall("FUNNEL.CYCLETIME", [created, closed, stage, list])}`;
    }
    if (has("amount", "createdDate", "closeDate")) {
      formulas.velocityPerDay = `=${functionCall("FUNNEL.VELOCITY", [amount, stage, created, closed, list])}`;
    }
  }
  // The outcomes argument takes either the outcome column or a "lost at" column.
  const closed = outcome ?? (roles.has("lostAt") ? DATA_NAMES.lostAt : undefined);
  let conversion: LiveFormulas["conversion"];
  if (outcome !== undefined && roles.has("lostAt")) reasons.push(LOST_AT);
  else {
    conversion = (fromCell, toCell) =>
      `=${functionCall("FUNNEL.CONVERSION", [stage, fromCell, toCell, closed, list])}`;
  }
  const valuesBecause = join(reasons);
  return {
    winRate: `=${functionCall("FUNNEL.WINRATE", [stage, closed, list])}`,
    ...formulas,
    ...(conversion !== undefined ? { conversion } : {}),
    ...(valuesBecause !== undefined ? { valuesBecause } : {}),
  };
}
