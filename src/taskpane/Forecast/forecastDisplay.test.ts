import { forecastPipeline, forecastWithCoverage, type ForecastChoices } from "../../core/forecast";
import { DEFAULT_SCHEME } from "../../core/stages";
import { recogniseColumns } from "../../core/pipeline";
import {
  calibrationRows,
  forecastFigureGroups,
  forecastFigures,
  isEmptyForecast,
  periodsWithDeals,
  ratioText,
} from "./forecastDisplay";
import { DEALS, Q3, tableData } from "./testing/forecastTable";

const read = forecastPipeline(tableData(DEALS), {
  mapping: recogniseColumns(DEALS.header).mapping,
  scheme: DEFAULT_SCHEME,
  dateOrder: "ymd",
});
if (!read.ok) throw new Error(read.error.message.en);
const pipeline = read.value;
const shownFor = (choices: Partial<ForecastChoices> = {}) => {
  const shown = forecastWithCoverage(pipeline, DEFAULT_SCHEME, {
    period: Q3,
    commitIndex: 5,
    bestCaseIndex: 4,
    calibrated: false,
    ...choices,
  });
  if (!shown.ok) throw new Error(shown.error.message.en);
  return shown.value;
};
const byId = (figures: ReturnType<typeof forecastFigures>, id: string) => figures.find((f) => f.id === id);

describe("ratioText", () => {
  it("shows at most two decimals and a times sign in each language", () => {
    expect(ratioText(1.36, "en")).toBe("1.36×");
    expect(ratioText(2.345, "en")).toBe("2.35×");
    expect(ratioText(0.796, "zh")).toBe("0.8 倍");
  });
});

describe("forecastFigures", () => {
  it("says a target is needed for the chance and the coverage when there is none", () => {
    const figures = forecastFigures(shownFor(), "en");
    const coverage = [
      "periodCoverage",
      "weightedPeriodCoverage",
      "pipelineCoverage",
      "weightedPipelineCoverage",
    ];
    for (const id of ["probabilityOfTarget", ...coverage]) {
      expect(byId(figures, id)).toMatchObject({ value: "n/a", detail: "Enter a target" });
    }
  });

  it("says the target is reached when the won amount covers it", () => {
    const figures = forecastFigures(shownFor({ period: { ...Q3, from: 45748 }, target: 50000 }), "en");
    for (const id of ["periodCoverage", "pipelineCoverage"]) {
      expect(byId(figures, id)).toMatchObject({
        value: "n/a",
        detail: "The won amount already reaches the target",
      });
    }
  });

  it("shows the quarter's figures with their labels, amounts rounded", () => {
    const figures = forecastFigures(shownFor({ target: 500000 }), "en");
    expect(figures.map((f) => f.id)).toEqual([
      "won",
      "expected",
      "commit",
      "bestCase",
      "pipeline",
      "p10",
      "p50",
      "p90",
      "stdev",
      "probabilityOfTarget",
      "periodCoverage",
      "weightedPeriodCoverage",
      "pipelineCoverage",
      "weightedPipelineCoverage",
      "method",
    ]);
    expect(byId(figures, "expected")).toEqual({
      id: "expected",
      label: "Expected (weighted)",
      value: "398,000",
      detail: "3 open deals",
    });
    expect(byId(figures, "commit")?.value).toBe("200,000");
    expect(byId(figures, "bestCase")?.value).toBe("600,000");
    expect(byId(figures, "probabilityOfTarget")?.value).toBe("41.3%");
    expect(byId(figures, "periodCoverage")).toEqual({
      id: "periodCoverage",
      label: "Period coverage",
      value: "1.36×",
      detail: "Open deals closing in the period ÷ (target − won in it)",
    });
    expect(byId(figures, "weightedPeriodCoverage")?.value).toBe("0.8×");
    expect(byId(figures, "pipelineCoverage")).toMatchObject({ label: "Pipeline coverage", value: "1.56×" });
    expect(byId(figures, "weightedPipelineCoverage")?.value).toBe("0.84×");
    expect(byId(figures, "method")?.value).toBe("Exact distribution");
  });

  it("names each way the range was computed, in both languages", () => {
    const shown = shownFor();
    const method = (m: "exact" | "normal" | "simulation", language: "en" | "zh") =>
      byId(forecastFigures({ ...shown, forecast: { ...shown.forecast, method: m } }, language), "method")
        ?.value;
    expect(method("normal", "en")).toBe("Normal approximation (proven within 1.5 percentage points)");
    expect(method("normal", "zh")).toBe("正态近似（已证明误差不超过 1.5 个百分点）");
    expect(method("simulation", "en")).toBe("Simulation (seeded, reproducible)");
    expect(method("exact", "zh")).toBe("精确分布");
  });

  it("labels the figures in Chinese", () => {
    const figures = forecastFigures(shownFor(), "zh");
    expect(byId(figures, "won")).toEqual({ id: "won", label: "期内已成交", value: "0" });
    expect(byId(figures, "p50")?.label).toBe("中位（P50）");
  });
});

describe("calibrationRows", () => {
  it("lists every stage but the won one, default beside measured and the probability used", () => {
    const shown = shownFor({ calibrated: true });
    const rows = calibrationRows(pipeline.calibration, shown.probabilities, "en");
    expect(rows).toHaveLength(DEFAULT_SCHEME.stages.length - 1);
    expect(rows[5]).toEqual({
      index: 5,
      stage: "Negotiation",
      defaultProbability: "75%",
      measured: "66.7%",
      closed: "3",
      used: "66.7%",
    });
  });

  it("shows n/a where no closed deal reached a stage", () => {
    const rows = calibrationRows(
      pipeline.calibration.map((row) => ({ ...row, measured: null, closed: 0 })),
      DEFAULT_SCHEME.stages.map((s) => s.probability),
      "zh",
    );
    expect(rows[0]).toMatchObject({ stage: "目标客户", measured: "暂无", closed: "0", used: "5%" });
  });
});

describe("forecastFigureGroups", () => {
  it("leads with the expected amount, its P10–P90 range and the chance, and keeps the method out of the tiles", () => {
    const groups = forecastFigureGroups(shownFor({ target: 500000 }), "en");
    expect(groups.headline.map((f) => [f.id, f.value])).toEqual([
      ["expected", "398,000"],
      ["p10", "80,000"],
      ["p90", "680,000"],
      ["probabilityOfTarget", "41.3%"],
    ]);
    expect(groups.method.value).toBe("Exact distribution");
    expect(groups.details.map((f) => f.id)).toEqual([
      "won",
      "commit",
      "bestCase",
      "pipeline",
      "p50",
      "stdev",
      "periodCoverage",
      "weightedPeriodCoverage",
      "pipelineCoverage",
      "weightedPipelineCoverage",
    ]);
  });
});

describe("isEmptyForecast and periodsWithDeals", () => {
  it("finds a quarter empty when nothing closes or was won in it, and names the quarters that have deals", () => {
    const far = { label: "2030-Q1", from: 54789, to: 54878 };
    const empty = shownFor({ period: far });
    expect(isEmptyForecast(empty.forecast)).toBe(true);
    expect(isEmptyForecast(shownFor().forecast)).toBe(false);
    expect(periodsWithDeals(pipeline.forecastDeals, [far, Q3]).map((p) => p.label)).toEqual(["2025-Q3"]);
  });
});
