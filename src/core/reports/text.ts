/**
 * The words of the pipeline-health report sheet, in both languages: titles, KPI labels, table heads,
 * anomaly kinds and chart titles. Chinese follows the deck's vocabulary (销售漏斗, 转化率, 升迁周期).
 */
import { type Bilingual, counted, bilingual as t } from "../kernel";
import type { AnomalyKind } from "../health";

/** The report's fixed texts. */
export const REPORT_TEXT = Object.freeze({
  sheet: t("漏斗健康", "Pipeline Health"),
  title: t("销售漏斗健康报告", "Sales pipeline health"),
  source: t("数据来源", "Data"),
  liveNote: t(
    "绿色数字为实时公式，随数据表的修改自动更新；其余数字为生成报告时读取的数据。",
    "Green figures are live formulas that follow edits to the data; the other figures are as read when the report was made.",
  ),
  /** Before the value a live figure had when the report was made, in the caption under it (a number format's words). */
  atGeneration: t("生成时：", "As made: "),
  headline: t("关键指标", "Key figures"),
  stages: t("各阶段", "By stage"),
  owners: t("各负责人", "By owner"),
  months: t("按预计成交月份的加权商机", "Weighted pipeline by expected close month"),
  anomalies: t("异常清单", "Anomalies"),
  skipped: t("未使用的行", "Rows not used"),
  none: t("（无）", "(none)"),
} satisfies Record<string, Bilingual>);

/** Labels of the KPI tiles. */
export const KPI_TEXT = Object.freeze({
  openPipeline: t("未结商机金额", "Open pipeline"),
  weightedPipeline: t("加权商机金额", "Weighted pipeline"),
  winRate: t("赢单率", "Win rate"),
  averageWonSize: t("平均成交金额", "Average won deal"),
  averageCycleDays: t("平均销售周期（天）", "Average sales cycle (days)"),
  velocityPerDay: t("漏斗速度（每天）", "Pipeline velocity (per day)"),
  asOf: t("截至日期", "As of"),
  open: t("未结商机", "Open deals"),
  won: t("成交商机", "Won deals"),
  lost: t("丢单商机", "Lost deals"),
  rowsRead: t("读取行数", "Rows read"),
  rowsUsed: t("使用行数", "Rows used"),
  rowsSkipped: t("跳过行数", "Rows skipped"),
  abnormalDeals: t("异常商机", "Deals with anomalies"),
  bottleneckConversion: t("瓶颈（转化率最低）", "Bottleneck (lowest conversion)"),
  bottleneckTime: t("瓶颈（停留最久）", "Bottleneck (longest in stage)"),
} satisfies Record<string, Bilingual>);

/**
 * The caption under the tile of deals with anomalies: how many anomalies they have.
 * @example anomalyCountText(9) // { zh: "9 项异常", en: "9 anomalies" }
 */
export function anomalyCountText(count: number): Bilingual {
  return { zh: `${count} 项异常`, en: counted(count, "anomaly", "anomalies") };
}

/** Heads of the stage table. */
export const STAGE_HEADS = Object.freeze({
  stage: t("阶段", "Stage"),
  current: t("当前商机数", "Deals now"),
  reached: t("到达商机数", "Reached"),
  amount: t("金额", "Amount"),
  weighted: t("加权金额", "Weighted"),
  nextStep: t("下一阶段转化率", "Next-step conversion"),
  cumulative: t("累计转化率", "Cumulative conversion"),
  averageDays: t("平均停留天数", "Average days in stage"),
  medianDays: t("停留天数中位数", "Median days in stage"),
  stuck: t("停滞商机", "Stuck deals"),
} satisfies Record<string, Bilingual>);

/** Heads of the owner table. */
export const OWNER_HEADS = Object.freeze({
  owner: t("负责人", "Owner"),
  deals: t("商机数", "Deals"),
  open: KPI_TEXT.open,
  won: KPI_TEXT.won,
  lost: KPI_TEXT.lost,
  openPipeline: KPI_TEXT.openPipeline,
  weightedPipeline: KPI_TEXT.weightedPipeline,
  winRate: KPI_TEXT.winRate,
  averageWonSize: KPI_TEXT.averageWonSize,
  averageCycleDays: KPI_TEXT.averageCycleDays,
  velocityPerDay: KPI_TEXT.velocityPerDay,
} satisfies Record<string, Bilingual>);

/** Heads of the close-month table. */
export const MONTH_HEADS = Object.freeze({
  month: t("预计成交月份", "Close month"),
  open: t("未结金额", "Open amount"),
  weighted: t("加权金额", "Weighted amount"),
} satisfies Record<string, Bilingual>);

/** Heads of the anomaly list and the skipped rows. */
export const LIST_HEADS = Object.freeze({
  kind: t("类型", "Kind"),
  deal: t("商机", "Deal"),
  row: t("数据行", "Data row"),
  detail: t("说明", "Detail"),
  reason: t("原因", "Reason"),
} satisfies Record<string, Bilingual>);

/** The name of each kind of abnormal deal (销售机会的异常). */
export const ANOMALY_KIND_TEXT: Readonly<Record<AnomalyKind, Bilingual>> = Object.freeze({
  unreadable: t("无法读取", "Not readable"),
  stuck: t("停滞", "Stuck"),
  overdue: t("逾期未成交", "Overdue"),
  missingAmount: t("缺少金额", "Missing amount"),
  missingDate: t("缺少日期", "Missing date"),
  skippedStage: t("跳过阶段", "Skipped stage"),
  backward: t("阶段倒退", "Moved backward"),
});

/** The titles of the charts. */
export const CHART_TEXT = Object.freeze({
  reached: t("各阶段到达商机数", "Deals reached by stage"),
  amount: t("各阶段商机金额", "Amount by stage"),
  conversion: t("各阶段转化率", "Conversion by stage"),
  months: t("按预计成交月份的加权商机", "Weighted pipeline by close month"),
  stuck: t("各阶段停滞商机", "Stuck deals by stage"),
} satisfies Record<string, Bilingual>);
