import { readPipeline } from "../pipeline";
import { at, STAGE } from "../pipeline/testing/dealFixtures";
import { samplePipeline } from "../../workbench/samplePipeline";
import { DEFAULT_SCHEME, type StagePosition } from "../stages";
import { errorOf, valueOf } from "../kernel/testing/results";
import { weightedPipeline } from "../metrics";
import { forecastDeals } from "./forecastDeals";
import { forecastOf, periodFigures } from "./forecastPeriod";
import { calendarPeriods } from "./periods";
import type { ForecastDeal } from "./types";

/** Q3 2025: 2025-07-01 … 2025-09-30. */
const Q3 = { from: 45839, to: 45930 };
const IN_Q3 = 45870;

const fd = (amount: number, position: StagePosition, closeDate: number | null = IN_Q3): ForecastDeal => ({
  amount,
  position,
  closeDate,
});

describe("bad inputs", () => {
  it("rejects a period that ends before it starts", () => {
    const error = errorOf(forecastOf([], DEFAULT_SCHEME, { from: Q3.to, to: Q3.from }));
    expect(error.code).toBe("VALUE");
    expect(error.message.en).toContain("swap");
  });

  it("rejects probabilities outside 0..1", () => {
    const probabilities = [0.1, 0.2, 0.3, 0.4, 0.5, 1.5, 1];
    expect(errorOf(forecastOf([], DEFAULT_SCHEME, Q3, { probabilities })).message.en).toContain(
      "outside 0..1",
    );
  });

  it("rejects an amount that is not a number, naming the deal", () => {
    const deals = [fd(100, at(STAGE.intent)), fd(NaN, at(STAGE.intent))];
    expect(errorOf(periodFigures(deals, DEFAULT_SCHEME, Q3)).message.en).toContain("Deal 2");
  });

  it("throws a RangeError for an open stage outside the scheme, a programming error", () => {
    expect(() => forecastOf([fd(1, { kind: "open", index: 9 })], DEFAULT_SCHEME, Q3)).toThrow(RangeError);
  });
});

/** The forecast of a period whose inputs are valid, failing the test otherwise. */
const forecastPeriod = (...args: Parameters<typeof forecastOf>) => valueOf(forecastOf(...args));

describe("forecastOf", () => {
  it("forecasts nothing for an empty period", () => {
    expect(forecastPeriod([], DEFAULT_SCHEME, Q3)).toEqual({
      ...Q3,
      won: 0,
      expected: 0,
      stdev: 0,
      p10: 0,
      p50: 0,
      p90: 0,
      commit: 0,
      bestCase: 0,
      pipeline: 0,
      openDeals: 0,
      method: "exact",
      probabilityOfTarget: null,
    });
  });

  it("gives one deal's figures: 100 at 谈判 (75 %)", () => {
    const one = forecastPeriod([fd(100, at(STAGE.negotiation))], DEFAULT_SCHEME, Q3, { target: 100 });
    expect(one).toMatchObject({ won: 0, expected: 75, p10: 0, p50: 100, p90: 100, openDeals: 1 });
    expect(one.stdev).toBeCloseTo(Math.sqrt(100 * 100 * 0.75 * 0.25), 12);
    expect(one).toMatchObject({ commit: 100, bestCase: 100, pipeline: 0, method: "exact" });
    expect(one.probabilityOfTarget).toBeCloseTo(0.75, 12);
  });

  it("adds the won amount to every figure and counts only the period's deals", () => {
    const deals = [
      fd(100, at(STAGE.negotiation)),
      fd(200, at(STAGE.intent), Q3.to + 0.5), // last day, with a time of day
      fd(50, at(STAGE.won), Q3.from),
      fd(999, at(STAGE.won), Q3.from - 1), // before the period
      fd(999, at(STAGE.negotiation), Q3.to + 1), // after it
      fd(999, at(STAGE.negotiation), null), // no close date: no period
      fd(999, at("lost")),
    ];
    // Open outcomes: 0 (0.25·0.8 = 0.2), 100 (0.6), 200 (0.05), 300 (0.15); P(≤): 0.2, 0.8, 0.85, 1
    const forecast = forecastPeriod(deals, DEFAULT_SCHEME, Q3, { target: 200 });
    expect(forecast).toMatchObject({ won: 50, expected: 165, p10: 50, p50: 150, p90: 350, openDeals: 2 });
    expect(forecast.stdev).toBeCloseTo(Math.sqrt(100 ** 2 * 0.75 * 0.25 + 200 ** 2 * 0.2 * 0.8), 9);
    expect(forecast).toMatchObject({ commit: 150, bestCase: 150, pipeline: 200 });
    expect(forecast.probabilityOfTarget).toBeCloseTo(0.2, 12); // 150 or 300 more: 0.05 + 0.15
  });

  it("sorts open deals into commit, best case and pipeline by the stages given", () => {
    const deals = [
      fd(10, at(STAGE.won)),
      fd(100, at(STAGE.negotiation)),
      fd(200, at(STAGE.acknowledged)),
      fd(400, at(STAGE.project)),
      fd(800, at(STAGE.target)),
    ];
    expect(forecastPeriod(deals, DEFAULT_SCHEME, Q3)).toMatchObject({
      commit: 110,
      bestCase: 310,
      pipeline: 1200,
    });
    expect(forecastPeriod(deals, DEFAULT_SCHEME, Q3, { commitIndex: 4, bestCaseIndex: 2 })).toMatchObject({
      commit: 310,
      bestCase: 710,
      pipeline: 800,
    });
  });

  it("uses the probabilities given (e.g. calibrated) instead of the scheme's", () => {
    const deals = [fd(100, at(STAGE.target)), fd(300, at(STAGE.negotiation))];
    const half = forecastPeriod(deals, DEFAULT_SCHEME, Q3, { probabilities: [0.5, 0, 0, 0, 0, 0.5, 1] });
    expect(half.expected).toBe(200);
    expect(half.stdev).toBeCloseTo(Math.sqrt(100 ** 2 / 4 + 300 ** 2 / 4), 9);
    expect([half.p10, half.p50, half.p90]).toEqual([0, 100, 400]);
  });

  it("reaches a target it has already won with certainty", () => {
    const forecast = forecastPeriod([fd(50, at(STAGE.won)), fd(10, at(STAGE.intent))], DEFAULT_SCHEME, Q3, {
      target: 50,
    });
    expect(forecast.probabilityOfTarget).toBe(1);
  });

  it("computes the range of many deals of distinct amounts on the amount grid, close to the normal approximation", () => {
    const deals = Array.from({ length: 120 }, (_, i) => fd(1000 + 7.31 * i, at(i % 6)));
    const options = { target: 40_000, seed: 99 };
    const forecast = forecastPeriod(deals, DEFAULT_SCHEME, Q3, options);
    expect(forecast.method).toBe("lattice");
    expect(forecastPeriod(deals, DEFAULT_SCHEME, Q3, options)).toEqual(forecast);
    expect(Math.abs(forecast.p50 - forecast.expected)).toBeLessThanOrEqual(0.1 * forecast.stdev);
    expect(Math.abs(forecast.p90 - (forecast.expected + 1.2816 * forecast.stdev))).toBeLessThanOrEqual(
      0.15 * forecast.stdev,
    );
  });
});

describe("consistency with the weighted pipeline", () => {
  const sample = samplePipeline({ language: "en" });
  const read = valueOf(
    readPipeline({ header: sample.header, rows: sample.rows }, { scheme: DEFAULT_SCHEME }),
  );
  const deals = forecastDeals(read.deals);

  it("has expected = weightedPipeline of the open deals when the period covers every close date", () => {
    const open = deals.filter((deal) => deal.position.kind === "open" && deal.closeDate !== null);
    const all = valueOf(periodFigures(open, DEFAULT_SCHEME, { from: 1, to: 2958465 }));
    const weighted = weightedPipeline(
      open.map((deal) => deal.amount),
      open.map((deal) => deal.position),
      DEFAULT_SCHEME,
    );
    expect(all.expected).toBe(weighted);
    expect(all.won).toBe(0);
  });

  it("forecasts each quarter of the sample as won + weighted open deals closing in it, with an ordered range", () => {
    for (const quarter of calendarPeriods(45658, 46022, "quarter")) {
      const forecast = forecastPeriod(deals, DEFAULT_SCHEME, quarter, { target: 1_000_000 });
      const inQuarter = deals.filter(
        (deal) => deal.closeDate !== null && deal.closeDate >= quarter.from && deal.closeDate <= quarter.to,
      );
      const open = inQuarter.filter((deal) => deal.position.kind === "open");
      const won = inQuarter
        .filter((deal) => deal.position.kind === "won")
        .reduce((sum, d) => sum + d.amount, 0);
      expect(forecast.won).toBeCloseTo(won, 6);
      expect(forecast.openDeals).toBe(open.length);
      const weighted = weightedPipeline(
        open.map((deal) => deal.amount),
        open.map((deal) => deal.position),
        DEFAULT_SCHEME,
      );
      expect(forecast.expected).toBeCloseTo(won + weighted, 6);
      expect(forecast.p10).toBeLessThanOrEqual(forecast.p50);
      expect(forecast.p50).toBeLessThanOrEqual(forecast.p90);
      expect(forecast.won).toBeLessThanOrEqual(forecast.commit);
      expect(forecast.commit).toBeLessThanOrEqual(forecast.bestCase);
    }
  });
});
