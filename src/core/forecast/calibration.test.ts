import { at, deal, STAGE } from "../pipeline/testing/dealFixtures";
import { DEFAULT_SCHEME } from "../stages";
import {
  calibratedLadder,
  calibratedProbabilities,
  FEW_CLOSED_DEALS,
  fewDealsWarning,
  restsOnFewDeals,
} from "./calibration";

describe("calibratedProbabilities", () => {
  it("measures nothing without closed deals, keeping the defaults beside", () => {
    const stages = calibratedProbabilities([deal(0, at(STAGE.intent))], DEFAULT_SCHEME);
    expect(stages.map((s) => s.measured)).toEqual(Array(7).fill(null));
    expect(stages.map((s) => s.closed)).toEqual(Array(7).fill(0));
    expect(stages.map((s) => s.defaultProbability)).toEqual([0.05, 0.1, 0.2, 0.35, 0.55, 0.75, 1]);
    expect(stages[4].stage.key).toBe("acknowledged");
  });

  it("measures won ÷ closed deals that reached each stage", () => {
    const deals = [
      deal(0, at(STAGE.won)),
      deal(1, at("lost"), { lostAtIndex: STAGE.negotiation }),
      deal(2, at("lost"), { lostAtIndex: STAGE.intent }),
      deal(3, at("lost")), // stage of loss unknown: reached the first stage only
      deal(4, at(STAGE.negotiation)), // open: left out
    ];
    const stages = calibratedProbabilities(deals, DEFAULT_SCHEME);
    expect(stages.map((s) => s.closed)).toEqual([4, 3, 3, 2, 2, 2, 1]);
    expect(stages.map((s) => s.measured)).toEqual([1 / 4, 1 / 3, 1 / 3, 1 / 2, 1 / 2, 1 / 2, 1]);
  });

  it("leaves a stage unmeasured when no closed deal reached it", () => {
    const stages = calibratedProbabilities(
      [deal(0, at("lost"), { lostAtIndex: STAGE.prospect })],
      DEFAULT_SCHEME,
    );
    expect(stages.map((s) => s.measured)).toEqual([0, 0, null, null, null, null, null]);
  });
});

describe("calibratedLadder", () => {
  it("uses the measured rate where there is one and the default elsewhere", () => {
    const stages = calibratedProbabilities(
      [deal(0, at(STAGE.won)), deal(1, at("lost"), { lostAtIndex: STAGE.prospect })],
      DEFAULT_SCHEME,
    );
    expect(calibratedLadder(stages)).toEqual([0.5, 0.5, 1, 1, 1, 1, 1]);
    expect(calibratedLadder(calibratedProbabilities([], DEFAULT_SCHEME))).toEqual([
      0.05, 0.1, 0.2, 0.35, 0.55, 0.75, 1,
    ]);
  });
});

describe("rates measured from few closed deals", () => {
  /** Closed deals: `won` won and `lost` lost at negotiation. */
  const closedDeals = (won: number, lost: number) => [
    ...Array.from({ length: won }, (_, i) => deal(i, at(STAGE.won))),
    ...Array.from({ length: lost }, (_, i) => deal(won + i, at("lost"), { lostAtIndex: STAGE.negotiation })),
  ];

  it.each([1, 2, 3, 4])("flags a rate measured from %i closed deals", (count) => {
    const stages = calibratedProbabilities(closedDeals(1, count - 1), DEFAULT_SCHEME);
    expect(stages[STAGE.negotiation].closed).toBe(count);
    expect(restsOnFewDeals(stages[STAGE.negotiation])).toBe(true);
  });

  it("does not flag a rate from five closed deals, nor a stage measured from none", () => {
    const stages = calibratedProbabilities(closedDeals(2, FEW_CLOSED_DEALS - 2), DEFAULT_SCHEME);
    expect(stages[STAGE.negotiation].closed).toBe(5);
    expect(restsOnFewDeals(stages[STAGE.negotiation])).toBe(false);
    expect(restsOnFewDeals({ measured: null, closed: 0 })).toBe(false);
    expect(fewDealsWarning(stages.slice(0, -1))).toBeNull();
  });

  it("falls back to the default for such stages where asked, and only there", () => {
    const stages = calibratedProbabilities(closedDeals(1, 1), DEFAULT_SCHEME);
    expect(calibratedLadder(stages)).toEqual([0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1]);
    expect(calibratedLadder(stages, { defaultWhenFewDeals: true })).toEqual([
      0.05, 0.1, 0.2, 0.35, 0.55, 0.75, 1,
    ]);
    const many = calibratedProbabilities(closedDeals(3, 3), DEFAULT_SCHEME);
    expect(calibratedLadder(many, { defaultWhenFewDeals: true })).toEqual(calibratedLadder(many));
  });

  it("warns in both languages, naming each stage and its count, the won stage aside", () => {
    const warning = fewDealsWarning(calibratedProbabilities(closedDeals(1, 2), DEFAULT_SCHEME).slice(0, -1));
    expect(warning?.en).toContain("fewer than 5 closed deals");
    expect(warning?.en).toContain("Negotiation (3)");
    expect(warning?.en).toContain("Target account (3)");
    expect(warning?.en).not.toContain("Won (");
    expect(warning?.zh).toContain("谈判客户 (3)");
    expect(warning?.zh).toContain("默认概率");
  });
});
