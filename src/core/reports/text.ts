/**
 * The words of the pipeline-health report sheet, in both languages: titles, KPI labels, table heads,
 * anomaly kinds and chart titles. Chinese follows the deck's vocabulary (销售漏斗, 转化率, 升迁周期).
 */
import { type Bilingual, counted, bilingual as t } from "../kernel";
import type { AnomalyKind } from "../health";

/** The report's fixed texts. */
export const REPORT_TEXT = Object.freeze({
  sheet: t("管线健康", "Pipeline health"),
  title: t("销售管线健康报告", "Sales pipeline health"),
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

/**
 * The stuck rule, said under the stage table beside the median days it rests on.
 * @example stuckRuleText(2).en // "Stuck: an open deal in its stage for more than 2× the median days in stage of that stage's open deals."
 */
export function stuckRuleText(factor: number): Bilingual {
  return {
    zh: `停滞：进行中商机在当前阶段停留的天数超过该阶段进行中商机停留天数中位数的 ${factor} 倍。`,
    en: `Stuck: an open deal in its stage for more than ${factor}× the median days in stage of that stage's open deals.`,
  };
}

/** Labels of the KPI tiles. */
export const KPI_TEXT = Object.freeze({
  openPipeline: t("进行中商机金额", "Open pipeline"),
  weightedPipeline: t("加权商机金额", "Weighted pipeline"),
  winRate: t("赢单率", "Win rate"),
  averageWonSize: t("平均成交金额", "Average won deal"),
  averageCycleDays: t("平均销售周期（天）", "Average sales cycle (days)"),
  velocityPerDay: t("管线速度（每天）", "Pipeline velocity (per day)"),
  asOf: t("截至日期", "As of"),
  open: t("进行中商机", "Open deals"),
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

/**
 * The data line under the report's title: where the data is, which rows, and what happens to rows added later —
 * an Excel table's rows (added, removed or refreshed, e.g. by Power Query) flow into the live figures; a plain
 * range's names cover the rows read, so the user is told how to make the report follow it.
 * @example sourceText({ sheet: "Deals", firstRow: 2, lastRow: 41 }).en // "Data: Deals, rows 2–41 (a plain range). …"
 */
export function sourceText(where: {
  readonly sheet: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly table?: string;
}): Bilingual {
  const { sheet, firstRow, lastRow, table } = where;
  if (lastRow < firstRow)
    return { zh: `数据来源：${sheet}（无数据行）`, en: `Data: ${sheet} (no data rows)` };
  if (table !== undefined) {
    return {
      zh:
        `数据来源：表格“${table}”（工作表 ${sheet}，目前第 ${firstRow}–${lastRow} 行）。` +
        "在表格中新增、删除或刷新（如 Power Query）的行自动计入绿色实时数字；异常清单、各负责人等其余内容请在任务窗格中刷新。",
      en:
        `Data: table "${table}" (sheet ${sheet}, rows ${firstRow}–${lastRow} now). Rows added to, removed from or ` +
        "refreshed into the table (e.g. by Power Query) flow into the green live figures; refresh the rest (anomalies, " +
        "owners, charts) from the task pane.",
    };
  }
  return {
    zh:
      `数据来源：${sheet} 第 ${firstRow}–${lastRow} 行（普通区域）。在其下方新增的行不会计入；` +
      "在任务窗格中将其转换为表格后，报告会跟随新增的行。",
    en:
      `Data: ${sheet}, rows ${firstRow}–${lastRow} (a plain range). Rows added below it are not counted; turn it ` +
      "into a table from the task pane and the report follows the rows added.",
  };
}

/**
 * When the row counts were taken, under the "Rows read" tile: `time` as "2026-12-04 05:40".
 * @example countedAtText("2026-12-04 05:40") // { zh: "统计于 2026-12-04 05:40", en: "Counted 2026-12-04 05:40" }
 */
export function countedAtText(time: string): Bilingual {
  return { zh: `统计于 ${time}`, en: `Counted ${time}` };
}

/**
 * The words of the stale mark, before and after the table's row count now ("Stale: 45 rows now, refresh").
 */
export const STALE_ROWS_TEXT = Object.freeze({
  before: t("已过时：现有 ", "Stale: "),
  after: t(" 行，请刷新", " rows now, refresh"),
} satisfies Record<string, Bilingual>);

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
  open: t("进行中金额", "Open amount"),
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
  unsupportedStage: t("阶段缺少证据支撑", "Stage not supported by evidence"),
});

/** The titles of the charts: each names the one question its chart answers. */
export const CHART_TEXT = Object.freeze({
  reached: t("各阶段到达商机数", "Deals reached by stage"),
  amount: t("各阶段当前商机金额", "Amount now in each stage"),
  conversion: t("到下一阶段的转化率", "Conversion to the next stage"),
  months: t("按预计成交月份的加权商机", "Weighted pipeline by close month"),
  stuck: t("各阶段停滞商机", "Stuck deals by stage"),
} satisfies Record<string, Bilingual>);

/**
 * What a chart says in place of a chart of nothing (why, and what to do), and the key under a funnel whose bands
 * carry the conversion to the next stage.
 */
export const CHART_NOTES = Object.freeze({
  reached: t(
    "没有到达任何阶段的商机：请检查数据表的阶段列，然后重新生成报告。",
    "No deal has reached a stage: check the data's stage column, then generate the report again.",
  ),
  amount: t(
    "各阶段没有商机金额：请在数据表中填写金额并选择金额列，然后重新生成报告。",
    "No amounts in any stage: fill in the data's amounts and pick its amount column, then generate the report again.",
  ),
  conversion: t(
    "还没有商机进入下一阶段：商机推进后即显示转化率。请检查数据表的阶段列。",
    "No deal has moved on to a next stage yet: conversion shows once deals advance. Check the data's stage column.",
  ),
  months: t(
    "没有带预计成交日期的进行中商机：请在数据表中填写预计成交日期，然后重新生成报告。",
    "No open deal has an expected close date: fill them in the data, then generate the report again.",
  ),
  stuck: t(
    "没有停滞的商机：没有哪个进行中商机在所处阶段停留过久。",
    "No stuck deals: no open deal has stayed in its stage too long.",
  ),
  /** The key under a funnel: what its percentages are. */
  funnelKey: t("↓ 到下一阶段的转化率", "↓ Conversion to the next stage"),
} satisfies Record<string, Bilingual>);
