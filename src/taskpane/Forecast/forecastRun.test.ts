import { recogniseColumns } from "../../core/pipeline";
import { DEFAULT_SCHEME } from "../../core/stages";
import { forecastPipeline, paneForecast, quarterChoices, targetFromText } from "./forecastRun";
import { AS_OF, DEALS, Q3, tableData } from "./testing/forecastTable";

const mapping = recogniseColumns(DEALS.header).mapping;
const pipelineOf = () => {
  const read = forecastPipeline(tableData(DEALS), { mapping, scheme: DEFAULT_SCHEME, dateOrder: "ymd" });
  if (!read.ok) throw new Error(read.error.message.en);
  return read.value;
};
const choices = { period: Q3, commitIndex: 5, bestCaseIndex: 4, calibrated: false };

describe("targetFromText", () => {
  it("refuses text that is not an amount", () => {
    expect(targetFromText("next quarter")).toBeNull();
    expect(targetFromText("15%")).toBeNull();
  });

  it("reads a blank target as none", () => {
    expect(targetFromText("")).toBeUndefined();
    expect(targetFromText("   ")).toBeUndefined();
  });

  it("reads amounts as the workbook's cells are read", () => {
    expect(targetFromText("1,200,000")).toBe(1_200_000);
    expect(targetFromText("120万")).toBe(1_200_000);
  });
});

describe("quarterChoices", () => {
  it("offers the as-of date's quarter between four before and four after, in order", () => {
    const quarters = quarterChoices(AS_OF);
    expect(quarters.map((q) => q.label)).toEqual([
      "2024-Q2",
      "2024-Q3",
      "2024-Q4",
      "2025-Q1",
      "2025-Q2",
      "2025-Q3",
      "2025-Q4",
      "2026-Q1",
      "2026-Q2",
    ]);
    for (let i = 1; i < quarters.length; i++) expect(quarters[i].from).toBe(quarters[i - 1].to + 1);
    expect(quarters[5]).toEqual(Q3);
  });
});

describe("forecastPipeline", () => {
  it("fails, saying why, without a stage column", () => {
    const read = forecastPipeline(tableData(DEALS), {
      mapping: { amount: mapping.amount, closeDate: mapping.closeDate },
      scheme: DEFAULT_SCHEME,
      dateOrder: "ymd",
    });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message.en).not.toBe("");
  });

  it("measures each open stage's win rate from the closed deals that reached it", () => {
    const { calibration, forecastDeals } = pipelineOf();
    expect(forecastDeals).toHaveLength(7);
    expect(calibration[5]).toMatchObject({ defaultProbability: 0.75, closed: 3 });
    expect(calibration[5].measured).toBeCloseTo(2 / 3, 12);
  });
});

describe("paneForecast", () => {
  it("refuses a best-case stage after the commit stage, in both languages", () => {
    const shown = paneForecast(pipelineOf(), DEFAULT_SCHEME, {
      ...choices,
      commitIndex: 3,
      bestCaseIndex: 4,
    });
    expect(shown.ok).toBe(false);
    if (!shown.ok) {
      expect(shown.error.message.en).toMatch(/best-case/i);
      expect(shown.error.message.zh).toMatch(/最佳情况/);
    }
  });

  it("forecasts a quarter from the open deals closing in it, with no coverage without a target", () => {
    const shown = paneForecast(pipelineOf(), DEFAULT_SCHEME, choices);
    if (!shown.ok) throw new Error(shown.error.message.en);
    const { forecast } = shown.value;
    expect(forecast.won).toBe(0);
    expect(forecast.expected).toBeCloseTo(200000 * 0.75 + 400000 * 0.55 + 80000 * 0.35, 6);
    expect(forecast.commit).toBe(200000);
    expect(forecast.bestCase).toBe(600000);
    expect(forecast.pipeline).toBe(80000);
    expect(forecast.openDeals).toBe(3);
    expect(forecast.probabilityOfTarget).toBeNull();
    expect(shown.value.coverage).toBeNull();
    expect(shown.value.probabilities).toEqual(DEFAULT_SCHEME.stages.map((s) => s.probability));
  });

  it("counts the amount already won in the quarter", () => {
    const q2 = quarterChoices(AS_OF)[4];
    const shown = paneForecast(pipelineOf(), DEFAULT_SCHEME, { ...choices, period: q2 });
    if (!shown.ok) throw new Error(shown.error.message.en);
    expect(shown.value.forecast.won).toBe(100000);
    expect(shown.value.forecast.expected).toBeCloseTo(100000 + 100000 * 0.2, 6);
  });

  it("gives coverage of the target and the chance of reaching it", () => {
    const shown = paneForecast(pipelineOf(), DEFAULT_SCHEME, { ...choices, target: 500000 });
    if (!shown.ok) throw new Error(shown.error.message.en);
    expect(shown.value.coverage?.coverage).toBeCloseTo(680000 / 500000, 12);
    expect(shown.value.coverage?.weightedCoverage).toBeCloseTo(398000 / 500000, 12);
    // Only 谈判 and 认可 both won reach 500,000 (600,000 or 680,000).
    expect(shown.value.forecast.probabilityOfTarget).toBeCloseTo(0.75 * 0.55, 12);
  });

  it("uses the measured win rates when asked", () => {
    const shown = paneForecast(pipelineOf(), DEFAULT_SCHEME, { ...choices, calibrated: true });
    if (!shown.ok) throw new Error(shown.error.message.en);
    expect(shown.value.forecast.expected).toBeCloseTo(680000 * (2 / 3), 6);
    expect(shown.value.probabilities[5]).toBeCloseTo(2 / 3, 12);
  });
});
