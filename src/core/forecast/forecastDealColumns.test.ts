import { DEFAULT_SCHEME, LOST_POSITION, type StagePosition } from "../stages";
import { valueOf } from "../kernel/testing/results";
import { dealColumnsOf, ForecastDealColumns } from "./forecastDealColumns";
import { forecastOf } from "./forecastPeriod";
import type { ForecastDeal } from "./types";

const open = (index: number): StagePosition => ({ kind: "open", index });
const WON: StagePosition = { kind: "won", index: 6 };

describe("ForecastDealColumns", () => {
  it("keeps every deal in order as its columns grow, an unknown close date as NaN", () => {
    const deals = new ForecastDealColumns();
    for (let i = 0; i < 1000; i++)
      deals.add(i, i % 3 === 0 ? WON : open(i % 6), i % 5 === 0 ? null : 45000 + i);
    expect(deals.length).toBe(1000);
    expect(deals.amounts[999]).toBe(999);
    expect(deals.toDeals()[999].position).toEqual(WON);
    expect(deals.closeDates[0]).toBeNaN();
    expect(deals.closeDates[1]).toBe(45001);
  });

  it("gives back the deals it was given as objects, a NaN close date as null", () => {
    const given: ForecastDeal[] = [
      { amount: 100, position: open(5), closeDate: 45870 },
      { amount: 7.5, position: WON, closeDate: null },
      { amount: 40, position: LOST_POSITION, closeDate: 45871 },
    ];
    expect(dealColumnsOf(given).toDeals()).toEqual(given);
  });

  it("takes columns as they are, and copies a list of deals once however often it is forecast", () => {
    const deals = new ForecastDealColumns();
    expect(dealColumnsOf(deals)).toBe(deals);
    const list: ForecastDeal[] = [{ amount: 100, position: open(5), closeDate: 45870 }];
    expect(dealColumnsOf(list)).toBe(dealColumnsOf(list));
  });

  it("gives the forecast of the same deals as objects", () => {
    const given: ForecastDeal[] = Array.from({ length: 300 }, (_, i) => ({
      amount: 1000 + 37 * i,
      position: i % 7 === 6 ? WON : i % 11 === 0 ? LOST_POSITION : open(i % 6),
      closeDate: i % 13 === 0 ? null : 45839 + (i % 120),
    }));
    const period = { from: 45839, to: 45930 };
    expect(valueOf(forecastOf(dealColumnsOf(given), DEFAULT_SCHEME, period, { target: 90_000 }))).toEqual(
      valueOf(forecastOf(given, DEFAULT_SCHEME, period, { target: 90_000 })),
    );
  });
});
