import { at, deal, STAGE } from "../pipeline/testing/dealFixtures";
import { forecastDeals } from "./forecastDeals";

describe("forecastDeals", () => {
  it("leaves out deals without an amount", () => {
    expect(forecastDeals([deal(0, at(STAGE.intent))])).toEqual([]);
  });

  it("keeps amount, position and close date of the others, in order", () => {
    const deals = [
      deal(0, at(STAGE.negotiation), { amount: 100, closeDate: 45900 }),
      deal(1, at(STAGE.won), { amount: 0, closeDate: null }),
    ];
    expect(forecastDeals(deals)).toEqual([
      { amount: 100, position: at(STAGE.negotiation), closeDate: 45900 },
      { amount: 0, position: at(STAGE.won), closeDate: null },
    ]);
  });
});
