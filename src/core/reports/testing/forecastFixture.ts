/**
 * Forecast fixtures for the report tests: a few deals around the as-of date of the health fixture, and a
 * small hand-made forecast section (two months, one quarter, three stages calibrated) for the layout
 * tests. Test support only: the report never imports it.
 */
import type { PeriodForecast } from "../../forecast";
import { DEFAULT_SCHEME } from "../../stages";
import { at, deal, STAGE } from "../../pipeline/testing/dealFixtures";
import type { Deal } from "../../pipeline";
import type { ReportForecast } from "../forecastFigures";

/** 2025-06-30, the as-of date of the health fixture. */
export const FORECAST_AS_OF = 45838;

/**
 * Won in June (500) and February (300); open: 谈判 1000 closing 2025-07-12, 认可 400 on 2025-08-31, 意向 200
 * on 2025-11-29, 目标 100 undated, 意向 100 overdue since 2025-05-29; one lost at 立项; one without amount.
 */
export const FORECAST_DEALS: readonly Deal[] = [
  deal(0, at(STAGE.won), { amount: 500, closeDate: 45820 }),
  deal(1, at(STAGE.won), { amount: 300, closeDate: 45700 }),
  deal(2, at(STAGE.negotiation), { amount: 1000, closeDate: 45850 }),
  deal(3, at(STAGE.acknowledged), { amount: 400, closeDate: 45900 }),
  deal(4, at(STAGE.intent), { amount: 200, closeDate: 45990 }),
  deal(5, at(STAGE.target), { amount: 100, closeDate: null }),
  deal(6, at(STAGE.intent), { amount: 100, closeDate: 45800 }),
  deal(7, at("lost"), { amount: 400, lostAtIndex: STAGE.project, closeDate: 45830 }),
  deal(8, at(STAGE.project), { amount: null, closeDate: 45850 }),
];

const period = (from: number, to: number, won: number, open: Partial<PeriodForecast>): PeriodForecast => ({
  from,
  to,
  won,
  expected: won,
  stdev: 0,
  p10: won,
  p50: won,
  p90: won,
  commit: won,
  bestCase: won,
  pipeline: 0,
  openDeals: 0,
  method: "exact",
  probabilityOfTarget: null,
  ...open,
});

/** The two open deals closing in July 2025, the only ones of the quarter too. */
const JULY_OPEN: Partial<PeriodForecast> = {
  expected: 475,
  p10: 0,
  p50: 500,
  p90: 800,
  commit: 300,
  bestCase: 800,
  openDeals: 2,
};

/** 2025-06 (45809–45838) and 2025-07 (45839–45869); the quarter 2025-Q3 (45839–45930) with a target of 1000. */
export const FORECAST: ReportForecast = {
  months: {
    rows: [
      { label: "2025-06", forecast: period(45809, 45838, 300, {}) },
      { label: "2025-07", forecast: period(45839, 45869, 0, { ...JULY_OPEN, stdev: 250 }) },
    ],
    later: 0,
  },
  quarters: {
    rows: [
      {
        label: "2025-Q3",
        forecast: period(45839, 45930, 0, { ...JULY_OPEN, probabilityOfTarget: 0.25 }),
      },
    ],
    later: 3,
  },
  calibration: [0, 1, 2].map((index) => ({
    index,
    stage: DEFAULT_SCHEME.stages[index],
    defaultProbability: DEFAULT_SCHEME.stages[index].probability,
    measured: index === 1 ? null : 0.5,
    closed: index === 1 ? 0 : 4,
    used: index === 1 ? DEFAULT_SCHEME.stages[index].probability : 0.5,
  })),
  commitIndex: 5,
  bestCaseIndex: 4,
  calibrated: true,
  target: 1000,
};
