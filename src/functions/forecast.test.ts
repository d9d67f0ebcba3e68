import { DEFAULT_SCHEME } from "../core/stages";
import {
  amountArg,
  coverageOf,
  forecastDealsArg,
  forecastFigureArg,
  forecastFigureOf,
  periodArg,
} from "./forecast";

const Q3 = { from: 45839, to: 45930 };

describe("forecastFigureArg", () => {
  it("rejects an unknown figure, listing the accepted ones", () => {
    expect(() => forecastFigureArg("p95")).toThrow(/expected, p10, p50, p90, stdev, commit, bestCase/);
  });

  it("reads the figures in any case, in English or Chinese; expected by default", () => {
    expect(
      [null, "P10", "Best Case", "best_case", "标准差", "达成概率", "已成交"].map(forecastFigureArg),
    ).toEqual(["expected", "p10", "bestCase", "bestCase", "stdev", "probability", "won"]);
  });
});

describe("forecastDealsArg", () => {
  it("rejects columns of different sizes and a bad close date", () => {
    expect(() => forecastDealsArg([[1], [2]], [["意向"], ["意向"]], [[45870]], DEFAULT_SCHEME)).toThrow(
      /closeDates/,
    );
    expect(() => forecastDealsArg([[1]], [["意向"]], [[true]], DEFAULT_SCHEME)).toThrow(/closeDates/);
  });

  it("skips rows blank in amount or stage and keeps a blank close date as null", () => {
    const deals = forecastDealsArg(
      [[100], [null], [5], ["7"]],
      [["谈判"], ["意向"], [null], ["成交"]],
      [["2025-08-01"], [45870], [45870], [null]],
      DEFAULT_SCHEME,
    );
    expect(deals).toEqual([
      { amount: 100, position: { kind: "open", index: 5 }, closeDate: 45870 },
      { amount: 7, position: { kind: "won", index: 6 }, closeDate: null },
    ]);
  });
});

describe("periodArg", () => {
  it("rejects a blank bound", () => {
    expect(() => periodArg(null, 45930)).toThrow(/“from” is blank/);
    expect(() => periodArg(45839, [[""]])).toThrow(/“to” is blank/);
  });

  it("reads serials and text dates", () => {
    expect(periodArg("2025-07-01", 45930.75)).toEqual(Q3);
  });
});

describe("amountArg", () => {
  it("rejects text and booleans", () => {
    expect(() => amountArg("lots", "target")).toThrow(/not a number/);
    expect(() => amountArg(true, "target")).toThrow(/not a number/);
  });

  it("reads numbers and numeric text; blank is undefined", () => {
    expect([amountArg(" 5000 ", "target"), amountArg(12, "target"), amountArg("", "target")]).toEqual([
      5000,
      12,
      undefined,
    ]);
  });
});

describe("forecastFigureOf", () => {
  const deals = [
    { amount: 100, position: { kind: "open", index: 5 } as const, closeDate: 45870 },
    { amount: 50, position: { kind: "won", index: 6 } as const, closeDate: 45870 },
  ];

  it("needs a target for the probability", () => {
    expect(() => forecastFigureOf("probability", deals, DEFAULT_SCHEME, Q3, {})).toThrow(/target/);
  });

  it("answers the figure asked for", () => {
    expect(forecastFigureOf("expected", deals, DEFAULT_SCHEME, Q3, {})).toBe(125);
    expect(forecastFigureOf("p10", deals, DEFAULT_SCHEME, Q3, {})).toBe(50);
    expect(forecastFigureOf("probability", deals, DEFAULT_SCHEME, Q3, { target: 150 })).toBeCloseTo(0.75, 12);
  });
});

describe("coverageOf", () => {
  it("rejects a target that is not positive", () => {
    expect(() => coverageOf([[1]], [["意向"]], 0, null, null, DEFAULT_SCHEME)).toThrow(/positive/);
  });

  it("divides the open or weighted pipeline by what remains of the target", () => {
    expect(coverageOf([[900], [100]], [["意向"], ["成交"]], 500, 200, false, DEFAULT_SCHEME)).toBe(3);
    expect(coverageOf([[900], [100]], [["意向"], ["成交"]], 500, 200, "TRUE", DEFAULT_SCHEME)).toBeCloseTo(
      0.6,
      12,
    );
  });
});
