import { recogniseColumns } from "../pipeline";
import { DEFAULT_SCHEME } from "../stages";
import { quartersAround } from "./periods";
import { forecastPipeline, forecastWithCoverage } from "./tableForecast";
import { AS_OF, FORECAST_TABLE, Q3 } from "./testing/forecastTable";

const mapping = recogniseColumns(FORECAST_TABLE.header).mapping;
const pipelineOf = () => {
  const read = forecastPipeline(FORECAST_TABLE, { mapping, scheme: DEFAULT_SCHEME, dateOrder: "ymd" });
  if (!read.ok) throw new Error(read.error.message.en);
  return read.value;
};
const choices = { period: Q3, commitIndex: 5, bestCaseIndex: 4, calibrated: false };

describe("forecastPipeline", () => {
  it("fails, saying why, without a stage column", () => {
    const read = forecastPipeline(FORECAST_TABLE, {
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

describe("forecastWithCoverage", () => {
  it("refuses a best-case stage after the commit stage, in both languages", () => {
    const shown = forecastWithCoverage(pipelineOf(), DEFAULT_SCHEME, {
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
    const shown = forecastWithCoverage(pipelineOf(), DEFAULT_SCHEME, choices);
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
    const q2 = quartersAround(AS_OF)[4];
    const shown = forecastWithCoverage(pipelineOf(), DEFAULT_SCHEME, { ...choices, period: q2 });
    if (!shown.ok) throw new Error(shown.error.message.en);
    expect(shown.value.forecast.won).toBe(100000);
    expect(shown.value.forecast.expected).toBeCloseTo(100000 + 100000 * 0.2, 6);
  });

  it("gives both measures of coverage of the target and the chance of reaching it", () => {
    const shown = forecastWithCoverage(pipelineOf(), DEFAULT_SCHEME, { ...choices, target: 500000 });
    if (!shown.ok) throw new Error(shown.error.message.en);
    const coverage = shown.value.coverage;
    expect(coverage?.period.coverage).toBeCloseTo(680000 / 500000, 12);
    expect(coverage?.period.weightedCoverage).toBeCloseTo(398000 / 500000, 12);
    expect(coverage?.pipeline.coverage).toBeCloseTo(780000 / 500000, 12);
    expect(coverage?.pipeline.weightedCoverage).toBeCloseTo(418000 / 500000, 12);
    // Only 谈判 and 认可 both won reach 500,000 (600,000 or 680,000).
    expect(shown.value.forecast.probabilityOfTarget).toBeCloseTo(0.75 * 0.55, 12);
  });

  it("covers what remains after the quarter's won amount, in both measures", () => {
    const q2 = quartersAround(AS_OF)[4];
    const shown = forecastWithCoverage(pipelineOf(), DEFAULT_SCHEME, {
      ...choices,
      period: q2,
      target: 300000,
    });
    if (!shown.ok) throw new Error(shown.error.message.en);
    expect(shown.value.coverage?.period.coverage).toBeCloseTo(100000 / 200000, 12);
    expect(shown.value.coverage?.pipeline.coverage).toBeCloseTo(780000 / 200000, 12);
  });

  it("uses the measured win rates when asked, in the forecast and the weighted coverage alike", () => {
    const shown = forecastWithCoverage(pipelineOf(), DEFAULT_SCHEME, {
      ...choices,
      calibrated: true,
      target: 500000,
    });
    if (!shown.ok) throw new Error(shown.error.message.en);
    expect(shown.value.forecast.expected).toBeCloseTo(680000 * (2 / 3), 6);
    expect(shown.value.probabilities[5]).toBeCloseTo(2 / 3, 12);
    expect(shown.value.coverage?.pipeline.weightedCoverage).toBeCloseTo((780000 * (2 / 3)) / 500000, 9);
  });

  it("keeps the default for stages measured from fewer than five closed deals, when asked", () => {
    const shown = forecastWithCoverage(pipelineOf(), DEFAULT_SCHEME, {
      ...choices,
      calibrated: true,
      defaultWhenFewDeals: true,
    });
    if (!shown.ok) throw new Error(shown.error.message.en);
    // Three closed deals reached 谈判: too few, so its default 75 % is used.
    expect(shown.value.probabilities[5]).toBe(0.75);
  });
});
