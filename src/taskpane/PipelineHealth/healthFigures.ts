/**
 * The headline figures of a pipeline's health as the task pane shows them: a label, the figure and a line of
 * detail, in the pane's language, with amounts, percentages and days formatted for that language; and the
 * points of the pane's funnel chart.
 */
import type { Language } from "../../core/kernel";
import { CHART_TEXT, stageColors } from "../../core/reports";
import { abnormalDealCount, type PipelineHealth } from "../../core/health";
import { t } from "../../core/i18n";
import type { FigureText } from "../shared/FigureTiles";

/** One figure of the summary (stable id: "openPipeline", "winRate" …). */
export type HealthFigure = FigureText;

/** One stage of the pane's funnel chart: its name, deals reached (as shown), colour and conversion to the next. */
export interface FunnelPoint {
  readonly stage: string;
  readonly value: number;
  /** The count as the report's tables show it ("1,234"). */
  readonly valueText: string;
  /** The stage's colour: the stages' ramp, the won stage green. */
  readonly color: string;
  /** The next-step conversion as the tables show it ("70.6%"); none for the won stage or a stage nobody reached. */
  readonly conversionText?: string;
}

const locale = (language: Language) => (language === "zh" ? "zh-CN" : "en-US");

/**
 * An amount with thousands separators and no decimals.
 * @example amountText(1234567.4, "en") // "1,234,567"
 */
export function amountText(amount: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 0 }).format(amount);
}

/**
 * A share 0..1 as a percentage with at most one decimal.
 * @example shareText(0.4286, "en") // "42.9%"
 */
export function shareText(share: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), { style: "percent", maximumFractionDigits: 1 }).format(
    share,
  );
}

/**
 * A number of days with at most one decimal, in words.
 * Tested surface: exported for its tests.
 * @example daysText(96.25, "zh") // "96.3 天"
 */
export function daysText(days: number, language: Language): string {
  const shown = new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1 }).format(days);
  return t("healthDays", language, { days: shown });
}

/**
 * The summary's figures: open and weighted pipeline, win rate, average won deal, average sales cycle, velocity,
 * bottleneck, deals with anomalies (the anomalies counted in the detail) and rows read / used / skipped. A figure the data cannot give reads "n/a" / "暂无".
 * @example healthFigures(health, "en").find((f) => f.id === "winRate")?.value // "42.9%"
 */
export function healthFigures(health: PipelineHealth, language: Language): HealthFigure[] {
  const { overall } = health;
  const none = t("healthNotAvailable", language);
  const amount = (value: number | null) => (value === null ? none : amountText(value, language));
  const stageName = (index: number | null) =>
    index === null ? null : (health.scheme.stages[index]?.name[language] ?? null);
  const conversionStage = stageName(health.bottleneck.conversion);
  const timeStage = stageName(health.bottleneck.time);
  const bottleneck = [
    conversionStage === null ? null : t("healthBottleneckConversion", language, { stage: conversionStage }),
    timeStage === null ? null : t("healthBottleneckTime", language, { stage: timeStage }),
  ];
  return [
    {
      id: "openPipeline",
      label: t("healthOpenPipeline", language),
      value: amount(overall.openPipeline),
      detail: t("healthOpenDeals", language, { count: overall.open }),
    },
    {
      id: "weightedPipeline",
      label: t("healthWeightedPipeline", language),
      value: amount(overall.weightedPipeline),
    },
    {
      id: "winRate",
      label: t("healthWinRate", language),
      value: overall.winRate === null ? none : shareText(overall.winRate, language),
      detail: t("healthWonLost", language, { won: overall.won, lost: overall.lost }),
    },
    {
      id: "averageWonSize",
      label: t("healthAverageWonSize", language),
      value: amount(overall.averageWonSize),
    },
    {
      id: "averageCycle",
      label: t("healthAverageCycle", language),
      value: overall.averageCycleDays === null ? none : daysText(overall.averageCycleDays, language),
    },
    {
      id: "velocity",
      label: t("healthVelocity", language),
      value:
        overall.velocityPerDay === null
          ? none
          : t("healthPerDay", language, { amount: amountText(overall.velocityPerDay, language) }),
    },
    {
      id: "bottleneck",
      label: t("healthBottleneck", language),
      value: bottleneck[0] ?? bottleneck[1] ?? none,
      ...(bottleneck[0] !== null && bottleneck[1] !== null ? { detail: bottleneck[1] } : {}),
    },
    {
      id: "anomalies",
      label: t("healthAnomalies", language),
      value: String(abnormalDealCount(health.anomalies)),
      detail: t("healthAnomalyCount", language, { count: health.anomalies.length }),
    },
    {
      id: "rows",
      label: t("healthRows", language),
      value: String(health.rowsRead),
      detail: t("healthRowsDetail", language, {
        read: health.rowsRead,
        used: health.rowsUsed,
        skipped: health.skipped.length,
      }),
    },
  ];
}

/**
 * The title of the pane's funnel chart.
 * @example funnelTitle("en") // "Deals reached by stage"
 */
export function funnelTitle(language: Language): string {
  return CHART_TEXT.reached[language];
}

/**
 * The funnel chart's points: how many deals reached each stage, in stage order, with the conversion to the next
 * stage, in the report's formats (counts whole and grouped, rates to 0.1 %) and the stages' colours.
 * @example funnelPoints(health, "zh")[0] // { stage: "目标客户", value: 360, valueText: "360", color: "#1F4E79", conversionText: "70.6%" }
 */
export function funnelPoints(health: PipelineHealth, language: Language): FunnelPoint[] {
  const colors = stageColors(health.stages.length);
  const rate = new Intl.NumberFormat(locale(language), {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return health.stages.map((stage, i) => ({
    stage: stage.stage.name[language],
    value: stage.reached,
    valueText: amountText(stage.reached, language),
    color: colors[i],
    ...(stage.nextStepConversion !== null && i < health.stages.length - 1
      ? { conversionText: rate.format(stage.nextStepConversion) }
      : {}),
  }));
}
