import { errorOf, valueOf } from "../kernel/testing/results";
import { at, deal, STAGE } from "../pipeline/testing/dealFixtures";
import { DEFAULT_SCHEME } from "../stages";
import { salesPlan, requiredDeals, reverseFunnel } from "./salesPlan";
import { planTally } from "./planTally";
import { AS_OF, Q3, teamDeals } from "./testing/planDeals";
import type { PlanOptions } from "./types";

const options = (more: Partial<PlanOptions> = {}): PlanOptions => ({
  target: 3000,
  ...Q3,
  asOf: AS_OF,
  basis: "data",
  ...more,
});
const plan = (more: Partial<PlanOptions> = {}) =>
  valueOf(salesPlan(teamDeals(), DEFAULT_SCHEME, options(more)));

describe("salesPlan from the team's data", () => {
  it("needs target ÷ (win rate × average won size) deals at each stage, rounded up", () => {
    const { stages, averageWonSize } = plan();
    expect(averageWonSize).toBe(150);
    // 3000 ÷ 150 = 20 won deals; ÷ win rates [1/6, 0.2, 0.2, 0.4, 0.4, 0.4]
    expect(stages.map((s) => s.needed)).toEqual([120, 100, 100, 50, 50, 50]);
    expect(stages.map((s) => s.have)).toEqual([4, 0, 0, 0, 0, 2]);
    expect(stages.map((s) => s.gap)).toEqual([116, 100, 100, 50, 50, 48]);
    expect(stages.map((s) => s.neededAmount)).toEqual([18000, 15000, 15000, 7500, 7500, 7500]);
    expect(stages.map((s) => s.haveAmount)).toEqual([200, 0, 0, 0, 0, 400]);
    expect(stages[0].winRate).toBeCloseTo(1 / 6, 12);
    expect(stages.map((s) => s.daysToClose)).toEqual([60, 50, 40, 30, 20, 10]);
  });

  it("expects the open deals' amount × win rate and leaves the rest to new deals", () => {
    const result = plan();
    expect(result.expectedFromOpen).toBeCloseTo(400 * 0.4 + 200 / 6, 9);
    expect(result.shortfall).toBeCloseTo(3000 - 193.333333333, 6);
    // ceil(2806.67 ÷ (1/6 × 150)) = 113, created from 2025-06-30 to 2025-08-01 (60 days before 09-30)
    expect(result.createBy).toBe(45870);
    expect(result.newDeals).toEqual([
      { month: "2025-06", deals: 4, amount: 600 },
      { month: "2025-07", deals: 106, amount: 15900 },
      { month: "2025-08", deals: 3, amount: 450 },
    ]);
    expect(result.owners).toBeUndefined();
  });

  it("counts only the stages whose deals can close inside the period, and creates no deal too late to count", () => {
    const result = plan({ periodEnd: AS_OF + 30 });
    expect(result.stages.map((s) => s.closesInPeriod)).toEqual([false, false, false, true, true, true]);
    expect(result.expectedFromOpen).toBeCloseTo(160, 9);
    expect(result.createBy).toBeNull();
    expect(result.newDeals).toEqual([]);
  });

  it("plans no new deals when the open deals already cover the target", () => {
    const result = plan({ target: 100 });
    expect(result.shortfall).toBe(0);
    expect(result.newDeals).toEqual([]);
  });
});

describe("salesPlan from the stage settings", () => {
  it("takes each stage's probability as its win rate", () => {
    const result = plan({ basis: "settings" });
    expect(result.stages.map((s) => s.winRate)).toEqual([0.05, 0.1, 0.2, 0.35, 0.55, 0.75]);
    // 20 won deals ÷ each probability, rounded up
    expect(result.stages.map((s) => s.needed)).toEqual([400, 200, 100, 58, 37, 27]);
    expect(result.expectedFromOpen).toBeCloseTo(400 * 0.75 + 200 * 0.05, 9);
    // ceil(2690 ÷ (0.05 × 150)) = 359 new deals
    expect(result.newDeals.reduce((sum, m) => sum + m.deals, 0)).toBe(359);
  });

  it("plans with a given deal size when there is no won deal to measure one from", () => {
    const openOnly = [deal(0, at(STAGE.intent), { amount: 100 })];
    const options_ = options({ basis: "settings", averageWonSize: 200 });
    const result = valueOf(salesPlan(openOnly, DEFAULT_SCHEME, options_));
    expect(result.averageWonSize).toBe(200);
    expect(result.stages[2].needed).toBe(75); // 3000 ÷ (0.2 × 200)
    expect(result.stages[2].daysToClose).toBeNull();
  });
});

describe("salesPlan per owner", () => {
  it("uses an owner's own rates on enough closed deals, the team's otherwise, and says which", () => {
    const quotas = [
      { owner: "Ann", quota: 1500 },
      { owner: "Bob", quota: 1500 },
      { owner: "Cat", quota: 600 },
    ];
    const owners = plan({ quotas }).owners ?? [];
    expect(owners.map((o) => [o.owner, o.ratesFrom, o.closedDeals])).toEqual([
      ["Ann", "own", 8],
      ["Bob", "team", 10], // 10 closed, all lost: no conversion past 意向 of his own
      ["Cat", "team", 0],
    ]);
    const [ann, bob, cat] = owners;
    // Ann's own rates: 0.4 from every stage; 1500 ÷ 150 = 10 won deals → 25 at each stage
    expect(ann.stages.map((s) => s.needed)).toEqual([25, 25, 25, 25, 25, 25]);
    expect(ann.stages[5].gap).toBe(23);
    expect(ann.expectedFromOpen).toBeCloseTo(160, 9);
    expect(ann.newDeals.reduce((sum, m) => sum + m.deals, 0)).toBe(23); // ceil(1340 ÷ 60)
    // Bob on the team's rates: 10 won deals ÷ [1/6 … 0.4]; his 4 open deals at 目标
    expect(bob.stages.map((s) => s.needed)).toEqual([60, 50, 50, 25, 25, 25]);
    expect(bob.stages[0].gap).toBe(56);
    expect(bob.newDeals.reduce((sum, m) => sum + m.deals, 0)).toBe(59); // ceil(1466.67 ÷ 25)
    expect(cat.stages.map((s) => s.have)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(cat.stages[5].needed).toBe(10); // 600 ÷ 150 ÷ 0.4
  });

  it("falls back to the team's rates when an owner has fewer closed deals than asked for", () => {
    const owners = plan({ quotas: [{ owner: "Ann", quota: 1500 }], minClosedDeals: 9 }).owners ?? [];
    expect(owners[0].ratesFrom).toBe("team");
    expect(owners[0].stages[0].needed).toBe(60);
  });

  it("splits the target evenly among the owners of the open deals", () => {
    const owners = plan({ quotas: "even" }).owners ?? [];
    expect(owners.map((o) => [o.owner, o.quota])).toEqual([
      ["Ann", 1500],
      ["Bob", 1500],
    ]);
  });
});

describe("salesPlan's errors say what to give instead", () => {
  it.each([
    ["a target of 0", { target: 0 }, /give the amount to win/],
    ["a negative target", { target: -5 }, /give the amount to win/],
    [
      "a period that ends before it starts",
      { periodStart: 45930, periodEnd: 45839 },
      /swap the start and end/,
    ],
    ["a period over before the as-of date", { asOf: 45940 }, /a period that has not ended yet/],
    [
      "an owner with two quotas",
      {
        quotas: [
          { owner: "Ann", quota: 1 },
          { owner: "Ann", quota: 2 },
        ],
      },
      /one quota/,
    ],
    ["a negative quota", { quotas: [{ owner: "Ann", quota: -1 }] }, /amount of 0 or more/],
    ["a fractional minimum", { quotas: "even" as const, minClosedDeals: 2.5 }, /whole number/],
  ])("%s", (_, more, message) => {
    const error = errorOf(salesPlan(teamDeals(), DEFAULT_SCHEME, options(more)));
    expect(error.code).toBe("VALUE");
    expect(error.message.en).toMatch(message);
    expect(error.message.zh).not.toBe("");
  });

  it("names a stage no deal has ever left", () => {
    const deals = [deal(0, at(STAGE.negotiation), { amount: 100 }), deal(1, at("lost"), { lostAtIndex: 2 })];
    const error = errorOf(salesPlan(deals, DEFAULT_SCHEME, options()));
    expect(error.message.en).toMatch(/No deal has ever left stage “Negotiation”.*give the outcomes/);
    expect(error.message.zh).toMatch(/谈判客户/);
  });

  it("asks for won deals' amounts when there is none to measure a size from", () => {
    const deals = [deal(0, at(STAGE.won)), deal(1, at(STAGE.intent), { amount: 5 })];
    const error = errorOf(salesPlan(deals, DEFAULT_SCHEME, options()));
    expect(error.message.en).toMatch(/No won deal has an amount.*give the amounts of won deals/);
  });

  it("asks for owners when the target is to be split evenly and no open deal has one", () => {
    const deals = teamDeals().map((d) => ({ ...d, owner: null }));
    expect(errorOf(salesPlan(deals, DEFAULT_SCHEME, options({ quotas: "even" }))).message.en).toMatch(
      /fill in the owner column/,
    );
  });
});

describe("requiredDeals and reverseFunnel", () => {
  const tally = planTally(teamDeals(), DEFAULT_SCHEME);

  it("agree with the plan's stages", () => {
    const stages = plan().stages;
    for (const s of stages)
      expect(valueOf(requiredDeals(tally, DEFAULT_SCHEME, 3000, s.stage))).toBe(s.needed);
    const needs = valueOf(reverseFunnel(tally, DEFAULT_SCHEME, 3000));
    expect(needs.map((n) => [n.needed, n.have, n.gap, n.neededAmount])).toEqual(
      stages.map((s) => [s.needed, s.have, s.gap, s.neededAmount]),
    );
  });

  it("refuse the won stage and a stage out of the funnel", () => {
    expect(errorOf(requiredDeals(tally, DEFAULT_SCHEME, 3000, 6)).message.en).toMatch(
      /give one of stages 1–6/,
    );
    expect(errorOf(requiredDeals(tally, DEFAULT_SCHEME, 3000, -1)).code).toBe("VALUE");
  });

  it("count from the stage's conversion to won and the average won size", () => {
    const deals = [
      deal(0, at(STAGE.won), { amount: 100 }),
      deal(1, at(STAGE.won), { amount: 100 }),
      deal(2, at("lost"), { lostAtIndex: STAGE.negotiation }),
    ];
    expect(valueOf(requiredDeals(planTally(deals, DEFAULT_SCHEME), DEFAULT_SCHEME, 1000, 5))).toBe(15);
  });
});
