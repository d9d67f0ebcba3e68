import { DEFAULT_SCHEME } from "../core/stages";
import { readList } from "./args";
import {
  FORECAST_FIGURES,
  forecastFigure,
  PIPELINE_WEIGHTINGS,
  coverageAnswer,
  readForecastDeals,
  type Period,
} from "./forecast";
import { readChoice } from "./options";
import { column } from "./testing/cells";
import { failureOf } from "./testing/failure";

const Q3: Period = { from: 45839, to: 45930 };

/** The deals of the three columns, as the runner hands them over. */
const forecastDeals = (amounts: unknown[][], stages: unknown[][], closeDates: unknown[][], within?: Period) =>
  readForecastDeals(
    readList(amounts, "amounts"),
    readList(stages, "stages"),
    readList(closeDates, "closeDates"),
    DEFAULT_SCHEME,
    within,
  ).toDeals();

describe("bad arguments", () => {
  it("rejects an unknown figure, listing the accepted ones", () => {
    expect(failureOf(() => readChoice("p95", "measure", FORECAST_FIGURES)).message.en).toMatch(
      /^“measure”: “p95” is not one of expected, p10, p50, p90, stdev, commit, bestCase/,
    );
  });

  it("rejects a close date that is not a date, naming the cell", () => {
    expect(failureOf(() => forecastDeals(column(1), column("意向"), column(true))).message.en).toContain(
      "“closeDates”",
    );
  });

  it("rejects a weighted flag it cannot read", () => {
    expect(failureOf(() => readChoice("maybe", "weighted", PIPELINE_WEIGHTINGS)).message.en).toContain(
      "TRUE (weighted pipeline) or FALSE (open pipeline)",
    );
  });
});

describe("the measure choice", () => {
  it("reads the figures in any case, in English or Chinese; expected by default", () => {
    expect(
      [null, "P10", "Best Case", "best_case", "标准差", "达成概率", "已成交"].map((value) =>
        readChoice(value, "measure", FORECAST_FIGURES),
      ),
    ).toEqual(["expected", "p10", "bestCase", "bestCase", "stdev", "probability", "won"]);
  });
});

describe("readForecastDeals", () => {
  it("skips rows blank in amount or stage and keeps a blank close date as null", () => {
    const deals = forecastDeals(
      column(100, null, 5, "7"),
      column("谈判", "意向", null, "成交"),
      column("2025-08-01", 45870, 45870, null),
    );
    expect(deals).toEqual([
      { amount: 100, position: { kind: "open", index: 5 }, closeDate: 45870 },
      { amount: 7, position: { kind: "won", index: 6 }, closeDate: null },
    ]);
  });

  it("keeps, within a period, only the deals closing in it that are not lost, yet checks every row", () => {
    const amounts = column(100, 50, 80, 40);
    const stages = column("谈判", "意向", "成交", "丢单");
    const deals = forecastDeals(amounts, stages, column(45870, 46000, "2025-09-30", 45870), Q3);
    expect(deals.map((deal) => deal.amount)).toEqual([100, 80]);
    expect(
      failureOf(() => forecastDeals(amounts, stages, column(45870, "soon", 45870, 45870), Q3)).message.en,
    ).toContain("“closeDates” row 2");
  });
});

describe("forecastFigure", () => {
  const deals = [
    { amount: 100, position: { kind: "open", index: 5 } as const, closeDate: 45870 },
    { amount: 50, position: { kind: "won", index: 6 } as const, closeDate: 45870 },
  ];

  it("answers the figure asked for", () => {
    expect(forecastFigure("expected", deals, DEFAULT_SCHEME, Q3, {})).toBe(125);
    expect(forecastFigure("p10", deals, DEFAULT_SCHEME, Q3, {})).toBe(50);
    expect(forecastFigure("probability", deals, DEFAULT_SCHEME, Q3, { target: 150 })).toBeCloseTo(0.75, 12);
  });
});

describe("coverageAnswer", () => {
  it("answers #N/A when won to date already reaches the target", () => {
    const nothingLeft = { coverage: null, weightedCoverage: null };
    expect(failureOf(() => coverageAnswer(nothingLeft, false, 500, 500)).code).toBe("NA");
  });

  it("answers the plain or the weighted coverage", () => {
    const figures = { coverage: 3, weightedCoverage: 0.6 };
    expect(coverageAnswer(figures, false, 500, 200)).toBe(3);
    expect(coverageAnswer(figures, true, 500, 200)).toBe(0.6);
  });
});
