import { calibratedLadder, calibratedProbabilities, forecastDeals, forecastOf } from "../forecast";
import { valueOf } from "../kernel/testing/results";
import { DEFAULT_SCHEME } from "../stages";
import { weightedPipeline } from "../metrics";
import { at, deal, STAGE } from "../pipeline/testing/dealFixtures";
import { MAX_PERIODS, reportForecast } from "./forecastFigures";
import { FORECAST_AS_OF, FORECAST_DEALS } from "./testing/forecastFixture";

const AS_OF = FORECAST_AS_OF;
const DEALS = FORECAST_DEALS;
const FAR = deal(9, at(STAGE.prospect), { amount: 50, closeDate: 48000 });

describe("reportForecast", () => {
  it("refuses categories the forecast model refuses", () => {
    expect(() => reportForecast(DEFAULT_SCHEME, AS_OF, { deals: DEALS, commitIndex: 9 })).toThrow(RangeError);
    expect(() =>
      reportForecast(DEFAULT_SCHEME, AS_OF, { deals: DEALS, commitIndex: 3, bestCaseIndex: 5 }),
    ).toThrow(RangeError);
  });

  it("runs from the as-of month to the month of the last open close date", () => {
    const figures = reportForecast(DEFAULT_SCHEME, AS_OF, { deals: DEALS });
    expect(figures.months.rows.map((row) => row.label)).toEqual([
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
    ]);
    expect(figures.quarters.rows.map((row) => row.label)).toEqual(["2025-Q2", "2025-Q3", "2025-Q4"]);
    expect([figures.months.later, figures.quarters.later]).toEqual([0, 0]);
  });

  it("has the forecast model's figures for every period: won in the current period, open deals by close date", () => {
    const figures = reportForecast(DEFAULT_SCHEME, AS_OF, { deals: DEALS });
    for (const row of [...figures.months.rows, ...figures.quarters.rows]) {
      const { from, to } = row.forecast;
      expect(row.forecast).toEqual(valueOf(forecastOf(forecastDeals(DEALS), DEFAULT_SCHEME, { from, to })));
    }
    const [june, july] = figures.months.rows.map((row) => row.forecast);
    expect([june.won, june.expected, june.commit, june.openDeals]).toEqual([500, 500, 500, 0]);
    expect([july.expected, july.commit, july.bestCase]).toEqual([750, 1000, 1000]);
    const q3 = figures.quarters.rows[1].forecast;
    expect([q3.from, q3.to]).toEqual([45839, 45930]);
    // The expected open part is the weighted pipeline of the same deals.
    expect(q3.expected - q3.won).toBeCloseTo(
      weightedPipeline([1000, 400], [at(STAGE.negotiation), at(STAGE.acknowledged)], DEFAULT_SCHEME),
      9,
    );
    expect([q3.commit, q3.bestCase, q3.p10, q3.p90]).toEqual([1000, 1400, 0, 1400]);
    expect(figures.quarters.rows.every((row) => row.forecast.probabilityOfTarget === null)).toBe(true);
  });

  it("gives the chance of the target per quarter, not per month", () => {
    const figures = reportForecast(DEFAULT_SCHEME, AS_OF, { deals: DEALS, target: 1000 });
    // Q3: reaching 1000 needs the 1000 at 谈判 (75 %).
    expect(figures.quarters.rows[1].forecast.probabilityOfTarget).toBeCloseTo(0.75, 12);
    expect(figures.months.rows.every((row) => row.forecast.probabilityOfTarget === null)).toBe(true);
    expect(figures.target).toBe(1000);
  });

  it("moves the commit and best-case stages as asked", () => {
    const figures = reportForecast(DEFAULT_SCHEME, AS_OF, { deals: DEALS, commitIndex: STAGE.acknowledged });
    expect([figures.commitIndex, figures.bestCaseIndex]).toEqual([STAGE.acknowledged, STAGE.project]);
    expect(figures.quarters.rows[1].forecast.commit).toBe(1400);
  });

  it("stops at the most periods and counts the open deals closing after them", () => {
    const figures = reportForecast(DEFAULT_SCHEME, AS_OF, { deals: [...DEALS, FAR] });
    expect(figures.months.rows).toHaveLength(MAX_PERIODS.month);
    expect(figures.quarters.rows).toHaveLength(MAX_PERIODS.quarter);
    expect(figures.months.rows[0].label).toBe("2025-06");
    expect(figures.quarters.rows[MAX_PERIODS.quarter - 1].label).toBe("2027-Q1");
    expect([figures.months.later, figures.quarters.later]).toEqual([1, 1]);
  });

  it("shows the measured win rates beside the defaults, the forecast keeping the defaults unless calibrated", () => {
    const figures = reportForecast(DEFAULT_SCHEME, AS_OF, { deals: DEALS });
    const measured = calibratedProbabilities(DEALS, DEFAULT_SCHEME);
    expect(figures.calibration).toHaveLength(DEFAULT_SCHEME.stages.length - 1);
    figures.calibration.forEach((row, k) => {
      expect(row).toEqual({ ...measured[k], used: DEFAULT_SCHEME.stages[k].probability });
    });
    // Two won and one lost at 立项: 2/3 up to 立项, 2/2 beyond.
    expect(figures.calibration.map((row) => row.measured)).toEqual([2 / 3, 2 / 3, 2 / 3, 2 / 3, 1, 1]);
    expect(figures.calibrated).toBe(false);
  });

  it("forecasts with the measured rates when calibrated", () => {
    const figures = reportForecast(DEFAULT_SCHEME, AS_OF, { deals: DEALS, calibrated: true });
    const probabilities = calibratedLadder(calibratedProbabilities(DEALS, DEFAULT_SCHEME));
    expect(figures.calibration.map((row) => row.used)).toEqual(probabilities.slice(0, -1));
    const q4 = figures.quarters.rows[2].forecast;
    expect(q4).toEqual(
      valueOf(
        forecastOf(forecastDeals(DEALS), DEFAULT_SCHEME, { from: q4.from, to: q4.to }, { probabilities }),
      ),
    );
    expect(q4.expected).toBeCloseTo(200 * (2 / 3), 9);
  });

  it("keeps the default for stages measured from fewer than five closed deals, where asked", () => {
    const figures = reportForecast(DEFAULT_SCHEME, AS_OF, {
      deals: DEALS,
      calibrated: true,
      defaultWhenFewDeals: true,
    });
    // Three closed deals at most: every stage keeps its default.
    expect(figures.calibration.map((row) => row.used)).toEqual(
      DEFAULT_SCHEME.stages.slice(0, -1).map((stage) => stage.probability),
    );
    expect(figures.defaultWhenFewDeals).toBe(true);
    expect(
      reportForecast(DEFAULT_SCHEME, AS_OF, { deals: DEALS, defaultWhenFewDeals: true }),
    ).not.toHaveProperty("defaultWhenFewDeals");
  });
});
