/**
 * The words of the report's forecast section, in both languages: section titles, table heads, chart
 * titles and the notes that say what the figures mean. Chinese follows finance usage (承诺, 最佳情况,
 * 加权预测) beside the deck's stage names.
 */
import { type Bilingual, bilingual as t } from "../kernel";

/** The section's fixed texts. */
export const FORECAST_TEXT = Object.freeze({
  months: t("按月预测", "Forecast by month"),
  quarters: t("按季度预测", "Forecast by quarter"),
  calibration: t("阶段赢单概率：默认与按历史测算", "Stage win probabilities: default and measured"),
  liveNote: t(
    "预测公式为 FUNNEL.FORECAST，按“从”“到”两列的日期读取数据表。",
    "The forecast formulas are FUNNEL.FORECAST over the data, for the dates in the From and To columns.",
  ),
  calibratedValues: t(
    "预测使用按历史测算的阶段概率（无历史的阶段用默认概率），FUNNEL.FORECAST 不读取这些概率，因此预测为生成时的值。",
    "The forecast uses the stage probabilities measured from history (the default where a stage has none); FUNNEL.FORECAST does not read them, so the forecast figures are values as made.",
  ),
  calibratedUsed: t(
    "预测使用按历史测算的概率；无已结商机的阶段使用默认概率。",
    "The forecast uses the measured rates; a stage without closed deals keeps its default.",
  ),
  defaultUsed: t(
    "预测使用默认概率；测算的赢单率仅供对比。",
    "The forecast uses the default probabilities; the measured rates are shown for comparison.",
  ),
  fewDealsDefault: t(
    "已结商机不足 5 个的阶段，预测仍使用默认概率。",
    "A stage measured from fewer than 5 closed deals keeps its default probability in the forecast.",
  ),
} satisfies Record<string, Bilingual>);

/** Heads of the forecast tables (by month and by quarter). */
export const FORECAST_HEADS = Object.freeze({
  period: t("期间", "Period"),
  from: t("从", "From"),
  to: t("到", "To"),
  won: t("已成交", "Won"),
  expected: t("加权预测", "Expected"),
  commit: t("承诺", "Commit"),
  bestCase: t("最佳情况", "Best case"),
  p10: t("保守（P10）", "Low (P10)"),
  p50: t("中位（P50）", "Median (P50)"),
  p90: t("乐观（P90）", "High (P90)"),
  probabilityOfTarget: t("达成目标的概率", "Chance of target"),
} satisfies Record<string, Bilingual>);

/** Heads of the calibrated-probability table. */
export const CALIBRATION_HEADS = Object.freeze({
  stage: t("阶段", "Stage"),
  defaultProbability: t("默认概率", "Default probability"),
  measured: t("历史赢单率", "Measured win rate"),
  closed: t("已结商机数", "Closed deals"),
  difference: t("差异", "Difference"),
  used: t("预测所用概率", "Used in forecast"),
} satisfies Record<string, Bilingual>);

/** The titles of the forecast charts. */
export const FORECAST_CHART_TEXT = Object.freeze({
  months: t("按月预测区间（P10–P90）", "Forecast range by month (P10–P90)"),
  quarters: t("按季度预测区间（P10–P90）", "Forecast range by quarter (P10–P90)"),
  /** In place of a range chart of nothing: why, and what to do. */
  empty: t(
    "这些期间内没有预计成交的进行中商机：请检查数据表的预计成交日期，或换一个截至日期，然后重新生成报告。",
    "No open deals are expected to close in these periods: check the data's expected close dates or pick another as-of date, then generate the report again.",
  ),
} satisfies Record<string, Bilingual>);

/**
 * The note under a forecast table whose last period ends before some open deals' close dates.
 * @example laterNote(3, "2027-06-30").en // "3 more open deals are expected to close after 2027-06-30 and are not shown."
 */
export function laterNote(count: number, lastDay: string): Bilingual {
  return {
    zh: `另有 ${count} 个进行中商机预计在 ${lastDay} 之后成交，未列出。`,
    en: `${count} more open deal${count === 1 ? " is" : "s are"} expected to close after ${lastDay} and ${count === 1 ? "is" : "are"} not shown.`,
  };
}

/**
 * The note above the forecast tables: what commit, best case and the range mean for these stages, and the
 * target when one was given.
 * @example forecastNote({ commit: { zh: "谈判客户", en: "Negotiation" }, bestCase: { zh: "认可客户", en: "Acknowledged" } }).en
 * // "Commit = won + open deals at Negotiation or beyond; best case = commit + deals from Acknowledged (full amounts); …"
 */
export function forecastNote(stages: {
  readonly commit: Bilingual;
  readonly bestCase: Bilingual;
  readonly target?: string;
}): Bilingual {
  const target =
    stages.target === undefined
      ? { zh: "", en: "" }
      : {
          zh: `季度目标 ${stages.target}：达成概率见季度表最后一列。`,
          en: ` Quarterly target ${stages.target}: the chance of reaching it is the quarter table's last column.`,
        };
  return {
    zh:
      `承诺 = 已成交 + 处于${stages.commit.zh}及以后阶段的进行中商机；最佳情况 = 承诺 + ${stages.bestCase.zh}起的商机（均按全额）；` +
      `加权预测 = 已成交 + Σ 金额 × 阶段概率；P10–P90 视各商机为独立的赢/输事件。` +
      target.zh,
    en:
      `Commit = won + open deals at ${stages.commit.en} or beyond; best case = commit + deals from ${stages.bestCase.en} (full amounts); ` +
      `expected = won + Σ amount × stage probability; P10–P90 treat deals as independent win/lose events.` +
      target.en,
  };
}
