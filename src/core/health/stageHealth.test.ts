import { DEFAULT_SCHEME, schemeFromList } from "../stages";
import { valueOf } from "../kernel/testing/results";
import { median, openDaysInStage, stageHealth, stuckRatio } from "./stageHealth";
import { AS_OF, at, deal, STAGE, tenDeals } from "../pipeline/testing/dealFixtures";

describe("openDaysInStage", () => {
  it("has no days for a deal that entered its stage after the as-of date (a bad date)", () => {
    expect(openDaysInStage(deal(0, at(STAGE.intent), { stageEntered: AS_OF + 1 }), AS_OF)).toBeNull();
  });

  it("has no days without a stage-entered date, or for a closed deal", () => {
    expect(openDaysInStage(deal(0, at(STAGE.intent)), AS_OF)).toBeNull();
    expect(openDaysInStage(deal(0, at(STAGE.won), { stageEntered: 45800 }), AS_OF)).toBeNull();
    expect(openDaysInStage(deal(0, at("lost"), { stageEntered: 45800 }), AS_OF)).toBeNull();
  });

  it("counts the days an open deal has been in its stage", () => {
    expect(openDaysInStage(deal(0, at(STAGE.intent), { stageEntered: 45800 }), AS_OF)).toBe(38);
  });
});

describe("stuckRatio", () => {
  it("flags nothing when the median is unknown or 0 days", () => {
    expect(stuckRatio(10, null, 2)).toBeNull();
    expect(stuckRatio(10, 0, 2)).toBeNull();
  });

  it("flags a deal only above the factor × the median", () => {
    expect(stuckRatio(80, 40, 2)).toBeNull();
    expect(stuckRatio(81, 40, 2)).toBe(81 / 40);
    expect(stuckRatio(61, 40, 1.5)).toBe(61 / 40);
  });
});

describe("median", () => {
  it("is null for no values", () => {
    expect(median([])).toBeNull();
  });

  it("is the middle value, or the mean of the two middle values", () => {
    expect(median([138, 8, 38])).toBe(38);
    expect(median([5, 1, 3, 10])).toBe(4);
  });
});

describe("stageHealth", () => {
  const stages = stageHealth(tenDeals(), DEFAULT_SCHEME, { asOf: AS_OF });

  it("throws on a position that is not a stage of the scheme (a programming error)", () => {
    const threeStages = valueOf(schemeFromList([["Lead"], ["Deal"], ["Won"]]));
    expect(() =>
      stageHealth([deal(0, at(STAGE.negotiation))], threeStages, {
        asOf: AS_OF,
      }),
    ).toThrow(RangeError);
  });

  it("gives every stage of the scheme, in order, even with no deals", () => {
    const empty = stageHealth([], DEFAULT_SCHEME, { asOf: AS_OF });
    expect(empty.map((stage) => stage.stage.key)).toEqual(DEFAULT_SCHEME.stages.map((stage) => stage.key));
    expect(empty[0]).toEqual(
      expect.objectContaining({
        current: 0,
        reached: 0,
        amount: 0,
        weightedAmount: 0,
        stuck: 0,
      }),
    );
    expect(empty[0].nextStepConversion).toBeNull();
    expect(empty[0].medianDaysInStage).toBeNull();
  });

  it("counts the deals now in each stage (won deals in the won stage; lost deals nowhere)", () => {
    expect(stages.map((stage) => stage.current)).toEqual([1, 0, 3, 0, 0, 1, 3]);
  });

  it("counts the deals that reached each stage, a lost deal up to the stage it was lost at", () => {
    // lost at 立项 reaches 目标..立项; lost at an unknown stage reaches 目标 only
    expect(stages.map((stage) => stage.reached)).toEqual([10, 8, 8, 5, 4, 4, 3]);
  });

  it("gives next-step and cumulative conversion from the reached counts", () => {
    expect(stages.map((stage) => stage.nextStepConversion)).toEqual([0.8, 1, 0.625, 0.8, 1, 0.75, null]);
    expect(stages.map((stage) => stage.cumulativeConversion)).toEqual([1, 0.8, 0.8, 0.5, 0.4, 0.4, 0.3]);
  });

  it("sums the amounts now in each stage, leaving blank amounts out", () => {
    expect(stages.map((stage) => stage.amount)).toEqual([50, 0, 300, 0, 0, 1000, 800]);
  });

  it("weights each stage's amount by its probability, the won stage at 100%", () => {
    // 50 × 5%, 300 × 20%, 1000 × 75%, 800 × 100%
    expect(stages.map((stage) => stage.weightedAmount)).toEqual([2.5, 0, 60, 0, 0, 750, 800]);
  });

  it("averages the days in stage of the open deals with a stage-entered date", () => {
    // 意向: 38, 8 and 138 days; 谈判: 48 days; 目标: no date; won: not open
    expect(stages[STAGE.intent].averageDaysInStage).toBeCloseTo(184 / 3, 12);
    expect(stages[STAGE.intent].medianDaysInStage).toBe(38);
    expect(stages[STAGE.negotiation].averageDaysInStage).toBe(48);
    expect(stages[STAGE.negotiation].medianDaysInStage).toBe(48);
    expect(stages[STAGE.target].medianDaysInStage).toBeNull();
    expect(stages[STAGE.won].averageDaysInStage).toBeNull();
  });

  it("counts the deals stuck above twice the stage median by default", () => {
    // 意向: 138 > 2 × 38
    expect(stages.map((stage) => stage.stuck)).toEqual([0, 0, 1, 0, 0, 0, 0]);
  });

  it("follows an adjusted stuck factor", () => {
    const strict = stageHealth(tenDeals(), DEFAULT_SCHEME, {
      asOf: AS_OF,
      stuckFactor: 4,
    });
    expect(strict[STAGE.intent].stuck).toBe(0); // 138 < 4 × 38
  });

  it("leaves a deal whose stage-entered date is after the as-of date out of the days", () => {
    const deals = [
      deal(0, at(STAGE.project), { stageEntered: 45800 }),
      deal(1, at(STAGE.project), { stageEntered: AS_OF + 10 }),
    ];
    const project = stageHealth(deals, DEFAULT_SCHEME, { asOf: AS_OF })[STAGE.project];
    expect(project.current).toBe(2);
    expect(project.medianDaysInStage).toBe(38);
  });
});
