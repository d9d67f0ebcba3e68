import { errorOf, valueOf } from "../kernel/testing/results";
import { deal } from "../pipeline/testing/dealFixtures";
import { schemeFromList } from "../stages";
import { stageLevers } from "./stageLevers";

/**
 * Lead → Deal → Won. 2 won (100 each, 40-day cycles), 2 lost at Deal, 4 lost at Lead, 1 open at Deal
 * (1000), 1 open at Lead (600): reached [10, 5, 2], conversions [0.5, 0.4], win rates [0.2, 0.4]; days to
 * close [40, 20], 20 days in each stage.
 */
const scheme = valueOf(schemeFromList([["Lead"], ["Deal"], ["Won"]]));
const won = { kind: "won", index: 2 } as const;
const lost = { kind: "lost" } as const;
const deals = [
  deal(0, won, { amount: 100, created: 45600, closeDate: 45640 }),
  deal(1, won, { amount: 100, created: 45600, closeDate: 45640 }),
  ...[2, 3].map((row) => deal(row, lost, { lostAtIndex: 1 })),
  ...[4, 5, 6, 7].map((row) => deal(row, lost, { lostAtIndex: 0 })),
  deal(8, { kind: "open", index: 1 }, { amount: 1000 }),
  deal(9, { kind: "open", index: 0 }, { amount: 600 }),
];
// 35 days: the Deal stage's deals close in time (20 days), the Lead stage's not (40 days)
const period = { asOf: 45838, periodStart: 45839, periodEnd: 45838 + 35 };

describe("stageLevers", () => {
  it("adds the amount a higher conversion or a shorter stage brings into the period, ranked", () => {
    const levers = valueOf(stageLevers(deals, scheme, { ...period, points: 0.2, days: 7 }));
    expect(levers).toEqual([
      // Deal: 1000 × (0.6 − 0.4) = 200; 7 days off brings Lead's deal (600 × 0.2) inside the period
      { stage: 1, conversionGain: 200, timeGain: 120, rank: 1 },
      // Lead: its deal closes after the period, so a better conversion adds nothing; a shorter stage 120
      { stage: 0, conversionGain: 0, timeGain: 120, rank: 2 },
    ]);
  });

  it("caps a conversion at 1 and a cut at the time in stage", () => {
    const levers = valueOf(stageLevers(deals, scheme, { ...period, points: 1, days: 365 }));
    const deal1 = levers.find((lever) => lever.stage === 1);
    expect(deal1?.conversionGain).toBe(600); // 1000 × (1 − 0.4)
    expect(deal1?.timeGain).toBe(120);
  });

  it("ranks the earlier stage first on equal gains, with the defaults of 5 points and 7 days", () => {
    const levers = valueOf(stageLevers(deals, scheme, period));
    expect(levers.map((lever) => [lever.stage, lever.rank])).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(levers[1].conversionGain).toBe(50);
  });

  it.each([
    ["a period that ends before it starts", { periodStart: 45900, periodEnd: 45850 }, /swap/],
    ["points above 1", { points: 1.5 }, /at most 1/],
    ["negative days", { days: -1 }, /0 or more/],
  ])("fails on %s, saying what to give", (_, more, message) => {
    expect(errorOf(stageLevers(deals, scheme, { ...period, ...more })).message.en).toMatch(message);
  });

  it("fails on a stage no deal has ever left", () => {
    const error = errorOf(stageLevers([deal(0, { kind: "open", index: 1 })], scheme, period));
    expect(error.message.en).toMatch(/No deal has ever left stage “Deal”/);
  });
});
