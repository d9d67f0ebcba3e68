import { quartersAround } from "../../core/forecast";
import { teamDeals } from "../../core/planning/testing/planDeals";
import { DEFAULT_SCHEME } from "../../core/stages";
import { amountFromText, defaultPeriod, openDealOwners, planOf, quotasOf } from "./planRun";

const AS_OF = 45838; // 2025-06-30

describe("the Plan view's work", () => {
  it("offers the quarter after the as-of date's first", () => {
    expect(defaultPeriod(quartersAround(AS_OF), AS_OF)?.label).toBe("2025-Q3");
  });

  it("reads a typed amount, telling blank from not an amount", () => {
    expect([amountFromText(""), amountFromText("1,200,000"), amountFromText("soon")]).toEqual([
      undefined,
      1_200_000,
      null,
    ]);
  });

  it("gives quotas to the owners of open deals only, as typed, leaving out those not an amount", () => {
    expect(openDealOwners(teamDeals())).toEqual(["Ann", "Bob"]);
    expect(quotasOf("none", ["Ann"], {})).toBeUndefined();
    expect(quotasOf("even", ["Ann"], {})).toBe("even");
    expect(quotasOf("perOwner", ["Ann", "Bob"], { Ann: "1,500", Bob: "soon" })).toEqual([
      { owner: "Ann", quota: 1500 },
    ]);
  });

  it("plans a target with its stage levers, and keeps the plan when the levers cannot be measured", () => {
    const period = defaultPeriod(quartersAround(AS_OF), AS_OF)!;
    const shown = planOf(teamDeals(), DEFAULT_SCHEME, { target: 3000, period, asOf: AS_OF, basis: "data" });
    expect(shown.ok && shown.value.plan.stages.map((s) => s.needed)).toEqual([120, 100, 100, 50, 50, 50]);
    expect(shown.ok && shown.value.levers.map((l) => l.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    // Nobody has left the first stage: no rate from the data, but the stage settings' probabilities plan.
    const fresh = teamDeals().filter((deal) => deal.position.kind === "open" && deal.position.index === 0);
    const settings = planOf(fresh, DEFAULT_SCHEME, { target: 3000, period, asOf: AS_OF, basis: "settings" });
    expect(settings.ok).toBe(false);
  });
});
