import { errorOf, valueOf } from "../kernel/testing/results";
import { at, deal, STAGE } from "../pipeline/testing/dealFixtures";
import { DEFAULT_SCHEME } from "../stages";
import { averageWonSizeOf, conversionToWon, daysToCloseOf, planRates, winRatesFrom } from "./planRates";
import { planTally } from "./planTally";
import { teamDeals } from "./testing/planDeals";

describe("the rates a plan rests on", () => {
  it("multiply the next-step conversions from each stage to won, as FunnelTally counts them", () => {
    const conversion = conversionToWon(planTally(teamDeals(), DEFAULT_SCHEME), DEFAULT_SCHEME);
    expect(conversion.nextStep[0]).toBeCloseTo(5 / 6, 12);
    expect(conversion.nextStep.slice(1)).toEqual([1, 0.5, 1, 1, 0.4]);
    expect(conversion.winRates.slice(1)).toEqual([0.2, 0.2, 0.4, 0.4, 0.4]);
  });

  it("are unknown from the last stage no deal has left down", () => {
    expect(winRatesFrom([0.5, null, 0.5])).toEqual([null, null, 0.5]);
  });

  it("split the sales cycle evenly over the open stages", () => {
    expect(daysToCloseOf(60, DEFAULT_SCHEME)).toEqual({
      daysToClose: [60, 50, 40, 30, 20, 10],
      daysInStage: 10,
    });
    expect(daysToCloseOf(null, DEFAULT_SCHEME).daysToClose).toEqual([null, null, null, null, null, null]);
  });

  it("take the stage settings' probabilities on the settings basis, even without closed deals", () => {
    const tally = planTally([deal(0, at(STAGE.intent), { amount: 10 })], DEFAULT_SCHEME);
    const rates = valueOf(planRates(tally, DEFAULT_SCHEME, "settings", 100));
    expect(rates.winRates).toEqual([0.05, 0.1, 0.2, 0.35, 0.55, 0.75]);
  });

  it("refuse a deal size that is not a positive amount", () => {
    const tally = planTally(teamDeals(), DEFAULT_SCHEME);
    expect(errorOf(averageWonSizeOf(tally, 0)).message.en).toMatch(/positive amount/);
    expect(valueOf(averageWonSizeOf(tally))).toBe(150);
  });
});
