import type { HeadlineFigures } from "../../core/metrics";
import type { PipelineHealth, StageHealth } from "../../core/health";
import { DEFAULT_SCHEME } from "../../core/stages";
import { NO_DEALS_FIGURES } from "../../core/metrics/testing/noDeals";
import { amountText, daysText, funnelPoints, funnelTitle, healthFigures, shareText } from "./healthFigures";

const stage = (index: number, reached: number): StageHealth => ({
  index,
  stage: DEFAULT_SCHEME.stages[index],
  current: 0,
  reached,
  amount: 0,
  weightedAmount: 0,
  nextStepConversion: null,
  cumulativeConversion: null,
  averageDaysInStage: null,
  medianDaysInStage: null,
  stuck: 0,
});

function health(overall: HeadlineFigures, bottleneck: PipelineHealth["bottleneck"]): PipelineHealth {
  return {
    asOf: 45838,
    scheme: DEFAULT_SCHEME,
    overall,
    stages: DEFAULT_SCHEME.stages.map((_, i) => stage(i, 10 - i)),
    owners: [],
    bottleneck,
    weightedByCloseMonth: [],
    anomalies: [{ kind: "overdue", row: 0, dealId: "A", detail: { zh: "逾期", en: "Overdue" } }],
    rowsRead: 12,
    rowsUsed: 10,
    skipped: [
      { row: 3, reason: { zh: "无阶段", en: "No stage" } },
      { row: 7, reason: { zh: "无阶段", en: "No stage" } },
    ],
  };
}

const byId = (figures: { id: string; label: string; value: string; detail?: string }[]) =>
  Object.fromEntries(figures.map((f) => [f.id, f]));

describe("number texts", () => {
  it("rounds amounts and groups thousands", () => {
    expect(amountText(1234567.5, "en")).toBe("1,234,568");
    expect(amountText(0, "zh")).toBe("0");
  });

  it("shows shares with one decimal and days in words", () => {
    expect(shareText(3 / 7, "en")).toBe("42.9%");
    expect(shareText(1, "zh")).toBe("100%");
    expect(daysText(96.25, "zh")).toBe("96.3 天");
    expect(daysText(40, "en")).toBe("40 days");
  });
});

describe("healthFigures", () => {
  it("says n/a for the figures an empty pipeline cannot give", () => {
    const figures = byId(healthFigures(health(NO_DEALS_FIGURES, { conversion: null, time: null }), "en"));
    for (const id of ["winRate", "averageWonSize", "averageCycle", "velocity", "bottleneck"]) {
      expect(figures[id].value).toBe("n/a");
    }
    expect(
      byId(healthFigures(health(NO_DEALS_FIGURES, { conversion: null, time: null }), "zh")).winRate.value,
    ).toBe("暂无");
  });

  it("shows every headline figure in English", () => {
    const overall: HeadlineFigures = {
      deals: 10,
      open: 6,
      won: 3,
      lost: 4,
      openPipeline: 1_500_000,
      weightedPipeline: 420_000.4,
      winRate: 3 / 7,
      averageWonSize: 250_000,
      averageCycleDays: 96.25,
      velocityPerDay: 6679.2,
    };
    const figures = healthFigures(health(overall, { conversion: 2, time: 3 }), "en");
    expect(figures.map((f) => f.label)).toEqual([
      "Open pipeline",
      "Weighted pipeline",
      "Win rate",
      "Average won deal",
      "Average sales cycle",
      "Pipeline velocity",
      "Bottleneck",
      "Deals with anomalies",
      "Rows",
    ]);
    const shown = byId(figures);
    expect(shown.openPipeline).toMatchObject({ value: "1,500,000", detail: "6 open deals" });
    expect(shown.weightedPipeline.value).toBe("420,000");
    expect(shown.winRate).toMatchObject({ value: "42.9%", detail: "3 won, 4 lost" });
    expect(shown.averageWonSize.value).toBe("250,000");
    expect(shown.averageCycle.value).toBe("96.3 days");
    expect(shown.velocity.value).toBe("6,679 per day");
    expect(shown.bottleneck).toMatchObject({
      value: "Lowest conversion: Interested",
      detail: "Longest in stage: Project approved",
    });
    expect(shown.anomalies).toMatchObject({ value: "1", detail: "1 anomaly" });
    expect(shown.rows).toMatchObject({ value: "12", detail: "12 read, 10 used, 2 skipped" });
  });

  it("counts the deals with anomalies, and the anomalies in the detail", () => {
    const overdue = { zh: "逾期", en: "Overdue" };
    const anomalies: PipelineHealth["anomalies"] = [
      { kind: "stuck", row: 2, dealId: "A", detail: overdue },
      { kind: "overdue", row: 2, dealId: "A", detail: overdue },
      { kind: "missingAmount", row: 5, dealId: "B", detail: overdue },
    ];
    const withAnomalies = { ...health(NO_DEALS_FIGURES, { conversion: null, time: null }), anomalies };
    expect(byId(healthFigures(withAnomalies, "en")).anomalies).toMatchObject({
      label: "Deals with anomalies",
      value: "2",
      detail: "3 anomalies",
    });
    expect(byId(healthFigures(withAnomalies, "zh")).anomalies).toMatchObject({
      label: "异常商机",
      value: "2",
      detail: "3 项异常",
    });
  });

  it("names the bottleneck by time alone when conversion gives none, in Chinese", () => {
    const shown = byId(healthFigures(health(NO_DEALS_FIGURES, { conversion: null, time: 1 }), "zh"));
    expect(shown.bottleneck.value).toBe(`停留最久：${DEFAULT_SCHEME.stages[1].name.zh}`);
    expect(shown.bottleneck.detail).toBeUndefined();
  });
});

describe("funnelPoints", () => {
  it("gives the deals that reached each stage, in stage order and the chart's language", () => {
    const points = funnelPoints(health(NO_DEALS_FIGURES, { conversion: null, time: null }), "zh");
    expect(points.map((p) => p.value)).toEqual([10, 9, 8, 7, 6, 5, 4]);
    expect(points[0].stage).toBe(DEFAULT_SCHEME.stages[0].name.zh);
    expect(funnelTitle("en")).toBe("Deals reached by stage");
  });

  it("shows each count and next-step conversion as the report's tables do, the stages in one ramp and won green", () => {
    const base = health(NO_DEALS_FIGURES, { conversion: null, time: null });
    const stages = base.stages.map((s, i) => ({
      ...s,
      reached: [1200, 900, 450, 300, 200, 100, 60][i],
      nextStepConversion: i < 6 ? 0.75 : null,
    }));
    const points = funnelPoints({ ...base, stages }, "en");
    expect(points[0]).toEqual({
      stage: "Target account",
      value: 1200,
      valueText: "1,200",
      color: "#1F4E79",
      conversionText: "75.0%",
    });
    expect(points[6]).toEqual({ stage: "Closed won", value: 60, valueText: "60", color: "#548235" });
    expect(new Set(points.map((p) => p.color)).size).toBe(7);
  });
});
