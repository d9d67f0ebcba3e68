import {
  conversionRate,
  FunnelTally,
  isLossStageUnknown,
  stageConversions,
  tallyFunnel,
  winRate,
} from "./conversion";
import { DEFAULT_SCHEME, LOST_POSITION, type StagePosition, schemeFromList } from "../stages";
import { valueOf } from "../kernel/testing/results";
import { open } from "../stages/testing/positions";

const at = (label: unknown): StagePosition => valueOf(DEFAULT_SCHEME.resolve(label));
const WON: StagePosition = { kind: "won", index: 6 };

/**
 * Ten deals on the deck's seven stages (indices 0..6):
 * open: 1 at 目标, 2 at 潜在, 1 at 意向, 1 at 认可; won: 2; lost: 1 at 潜在, 1 at 立项, 1 of unknown stage.
 * current + lost-at per stage = [2, 3, 1, 1, 1, 0, 2] → reached = [10, 8, 5, 4, 3, 2, 2].
 */
function tenDeals(): FunnelTally {
  const tally = new FunnelTally(DEFAULT_SCHEME);
  tally.add(at("目标"));
  tally.add(at("潜在"));
  tally.add(at("潜在客户"));
  tally.add(at("意向"));
  tally.add(at("认可"));
  tally.add(at("成交"));
  tally.add(at("Won"));
  tally.add(LOST_POSITION, 1);
  tally.add(LOST_POSITION, 3);
  tally.add(LOST_POSITION, null);
  return tally;
}

describe("FunnelTally rejects positions outside its scheme", () => {
  it("throws on an open or won index outside the stages", () => {
    const tally = new FunnelTally(DEFAULT_SCHEME);
    expect(() => tally.add(open(7))).toThrow(RangeError);
    expect(() => tally.add(open(-1))).toThrow(RangeError);
    expect(() => tally.add(open(1.5))).toThrow(RangeError);
    expect(() => tally.add({ kind: "won", index: 9 })).toThrow(RangeError);
    expect(tally.total).toBe(0);
  });

  it("throws on a stage of loss that is the won stage or not a stage", () => {
    const tally = new FunnelTally(DEFAULT_SCHEME);
    expect(() => tally.add(LOST_POSITION, 6)).toThrow(RangeError);
    expect(() => tally.add(LOST_POSITION, -1)).toThrow(RangeError);
    expect(() => tally.add(LOST_POSITION, Number.NaN)).toThrow(RangeError);
  });

  it("throws when read at an index outside the stages", () => {
    const tally = new FunnelTally(DEFAULT_SCHEME);
    expect(() => tally.reached(7)).toThrow(RangeError);
    expect(() => tally.currentAt(-1)).toThrow(RangeError);
    expect(() => tally.lostAtStage(7)).toThrow(RangeError);
  });

  it("refuses a scheme without stages", () => {
    expect(() => new FunnelTally({ stages: [] })).toThrow(RangeError);
  });
});

describe("FunnelTally follows the reached definitions", () => {
  it("counts a deal now at stage k (open) as having reached stages 1..k only", () => {
    const tally = new FunnelTally(DEFAULT_SCHEME);
    tally.add(open(3));
    expect([0, 1, 2, 3, 4, 5, 6].map((k) => tally.reached(k))).toEqual([1, 1, 1, 1, 0, 0, 0]);
  });

  it("counts a won deal as having reached every stage", () => {
    const tally = new FunnelTally(DEFAULT_SCHEME);
    tally.add(WON);
    expect([0, 1, 2, 3, 4, 5, 6].map((k) => tally.reached(k))).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it("counts a lost deal as having reached the stages up to the one it was lost at", () => {
    const tally = new FunnelTally(DEFAULT_SCHEME);
    tally.add(LOST_POSITION, 4);
    expect([0, 1, 2, 3, 4, 5, 6].map((k) => tally.reached(k))).toEqual([1, 1, 1, 1, 1, 0, 0]);
  });

  it("counts a lost deal of unknown stage as having reached only the first stage", () => {
    const tally = new FunnelTally(DEFAULT_SCHEME);
    tally.add(LOST_POSITION);
    expect([0, 1, 2, 3, 4, 5, 6].map((k) => tally.reached(k))).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(tally.lostWithoutStage).toBe(1);
    expect(tally.lostAtStage(0)).toBe(1);
  });

  it("ignores a stage of loss given for an open or won deal", () => {
    const tally = new FunnelTally(DEFAULT_SCHEME);
    tally.add(open(2), 1);
    tally.add(WON, 3);
    expect(tally.lost).toBe(0);
    expect(tally.lostAtStage(1) + tally.lostAtStage(3)).toBe(0);
  });

  it("keeps the totals of ten deals", () => {
    const tally = tenDeals();
    expect([tally.open, tally.won, tally.lost, tally.lostWithoutStage, tally.total]).toEqual([
      5, 2, 3, 1, 10,
    ]);
    expect([0, 1, 2, 3, 4, 5, 6].map((k) => tally.currentAt(k))).toEqual([1, 2, 1, 0, 1, 0, 2]);
    expect([0, 1, 2, 3, 4, 5, 6].map((k) => tally.reached(k))).toEqual([10, 8, 5, 4, 3, 2, 2]);
  });

  it("tallies a column the same as one add per deal", () => {
    const positions = [
      at(1),
      at(2),
      at(2),
      at(3),
      at(5),
      at(7),
      at(7),
      LOST_POSITION,
      LOST_POSITION,
      LOST_POSITION,
    ];
    const lostAt = [null, null, null, null, null, null, null, 1, 3, null];
    const tally = tallyFunnel(positions, DEFAULT_SCHEME, lostAt);
    expect(stageConversions(tally, DEFAULT_SCHEME)).toEqual(stageConversions(tenDeals(), DEFAULT_SCHEME));
  });

  it("counts several deals of one position in one add as adding each", () => {
    const byCount = new FunnelTally(DEFAULT_SCHEME);
    byCount.add(at("目标"), null, null, 1);
    byCount.add(at("潜在"), null, null, 2);
    byCount.add(at("意向"), null, null, 1);
    byCount.add(at("认可"), null, null, 1);
    byCount.add(WON, null, null, 2);
    byCount.add(LOST_POSITION, 1, null, 1);
    byCount.add(LOST_POSITION, 3, null, 1);
    byCount.add(LOST_POSITION, null, null, 1);
    byCount.add(at("谈判"), null, null, 0);
    expect(stageConversions(byCount, DEFAULT_SCHEME)).toEqual(stageConversions(tenDeals(), DEFAULT_SCHEME));
    expect([byCount.open, byCount.won, byCount.lost, byCount.lostWithoutStage]).toEqual([5, 2, 3, 1]);
  });

  it("refuses a count of deals that is not a whole number", () => {
    const tally = new FunnelTally(DEFAULT_SCHEME);
    expect(() => tally.add(at("目标"), null, null, 1.5)).toThrow(RangeError);
    expect(() => tally.add(at("目标"), null, null, -1)).toThrow(RangeError);
    expect(tally.total).toBe(0);
  });

  it("refuses a stage-of-loss column of another length", () => {
    expect(() => tallyFunnel([open(0)], DEFAULT_SCHEME, [])).toThrow(RangeError);
  });
});

describe("stageConversions", () => {
  it("throws when the tally counts another scheme", () => {
    const three = valueOf(schemeFromList([["A"], ["B"], ["Won"]]));
    expect(() => stageConversions(new FunnelTally(three), DEFAULT_SCHEME)).toThrow(RangeError);
  });

  it("has no rates when no deal was counted", () => {
    const rows = stageConversions(new FunnelTally(DEFAULT_SCHEME), DEFAULT_SCHEME);
    expect(rows.map((row) => [row.reached, row.nextStepConversion, row.cumulativeConversion])).toEqual(
      Array.from({ length: 7 }, () => [0, null, null]),
    );
  });

  it("computes current, reached, lost-at and both conversions of ten deals exactly", () => {
    const rows = stageConversions(tenDeals(), DEFAULT_SCHEME);
    expect(rows.map((row) => row.stage.key)).toEqual(DEFAULT_SCHEME.stages.map((stage) => stage.key));
    expect(rows.map((row) => row.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(rows.map((row) => row.current)).toEqual([1, 2, 1, 0, 1, 0, 2]);
    expect(rows.map((row) => row.lostAt)).toEqual([1, 1, 0, 1, 0, 0, 0]);
    expect(rows.map((row) => row.reached)).toEqual([10, 8, 5, 4, 3, 2, 2]);
    expect(rows.map((row) => row.nextStepConversion)).toEqual([
      8 / 10,
      5 / 8,
      4 / 5,
      3 / 4,
      2 / 3,
      2 / 2,
      null,
    ]);
    expect(rows.map((row) => row.cumulativeConversion)).toEqual([1, 0.8, 0.5, 0.4, 0.3, 0.2, 0.2]);
  });

  it("has no next-step conversion from a stage no deal reached", () => {
    const tally = new FunnelTally(DEFAULT_SCHEME);
    tally.add(open(1));
    const rows = stageConversions(tally, DEFAULT_SCHEME);
    expect(rows[1].nextStepConversion).toBe(0);
    expect(rows[2].nextStepConversion).toBeNull();
    expect(rows[2].cumulativeConversion).toBe(0);
  });

  it("works on a custom scheme", () => {
    const scheme = valueOf(schemeFromList([["Qualify"], ["Propose"], ["Won"], ["Lost"]]));
    const tally = tallyFunnel(
      [
        valueOf(scheme.resolve("Qualify")),
        valueOf(scheme.resolve("Propose")),
        valueOf(scheme.resolve("Won")),
      ],
      scheme,
    );
    tally.add(valueOf(scheme.resolve("Lost")), 1);
    expect(stageConversions(tally, scheme).map((row) => row.nextStepConversion)).toEqual([
      3 / 4,
      1 / 3,
      null,
    ]);
  });
});

describe("conversionRate", () => {
  it("is a VALUE error for an index outside the stages", () => {
    for (const [from, to] of [
      [-1, 3],
      [0, 7],
      [1.5, 3],
    ]) {
      const result = conversionRate(tenDeals(), DEFAULT_SCHEME, from, to);
      expect(result.ok || result.error.code).toBe("VALUE");
    }
  });

  it("is a VALUE error, saying so, when the from stage comes after the to stage", () => {
    const result = conversionRate(tenDeals(), DEFAULT_SCHEME, 4, 2);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("VALUE");
    expect(result.error.message.en).toMatch(/comes after/);
    expect(result.error.message.en).toContain("Shortlisted");
    expect(result.error.message.zh).toContain("认可客户");
  });

  it("is a DIV0 error naming the stage when no deal reached the from stage", () => {
    const tally = new FunnelTally(DEFAULT_SCHEME);
    tally.add(open(1));
    const result = conversionRate(tally, DEFAULT_SCHEME, 3, 6);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("DIV0");
    expect(result.error.message.en).toMatch(/No deal reached stage “Project/);
    expect(result.error.message.zh).toContain("立项客户");
  });

  it("quotes at most 40 characters of a long stage name of the user's list", () => {
    const long = "😀".repeat(5000);
    const scheme = valueOf(schemeFromList([[long], ["Won"]]));
    const result = conversionRate(new FunnelTally(scheme), scheme, 0, 1);
    expect(result.ok ? "" : result.error.message.en).toBe(
      `No deal reached stage “${"😀".repeat(20)}…”, so there is no conversion rate from it.`,
    );
  });

  it("is reached(to) / reached(from)", () => {
    const tally = tenDeals();
    expect(conversionRate(tally, DEFAULT_SCHEME, 2, 6)).toEqual({
      ok: true,
      value: 2 / 5,
    });
    expect(conversionRate(tally, DEFAULT_SCHEME, 1, 2)).toEqual({
      ok: true,
      value: 5 / 8,
    });
    expect(conversionRate(tally, DEFAULT_SCHEME, 0, 3)).toEqual({
      ok: true,
      value: 4 / 10,
    });
    expect(conversionRate(tally, DEFAULT_SCHEME, 3, 3)).toEqual({
      ok: true,
      value: 1,
    });
  });
});

describe("winRate", () => {
  it("is a DIV0 error when no deal is closed", () => {
    const empty = winRate(new FunnelTally(DEFAULT_SCHEME));
    const openOnly = new FunnelTally(DEFAULT_SCHEME);
    openOnly.add(open(4));
    const result = winRate(openOnly);
    expect(empty.ok || empty.error.code).toBe("DIV0");
    expect(result.ok || result.error.code).toBe("DIV0");
    expect(result.ok || result.error.message.en).toMatch(/No closed deal/);
  });

  it("is won / (won + lost), open deals excluded", () => {
    expect(winRate(tenDeals())).toEqual({ ok: true, value: 2 / 5 });
  });
});

describe("FunnelTally counts every stage a deal's evidence shows it reached", () => {
  it("counts an open deal whose history went further than where it stands as having reached that stage", () => {
    const tally = new FunnelTally(DEFAULT_SCHEME);
    tally.add(at("潜在"), null, 4); // now at 潜在, history shows 认可
    tally.add(at("意向"), null, 1); // evidence behind its stage changes nothing
    expect([0, 1, 2, 3, 4, 5].map((k) => tally.reached(k))).toEqual([2, 2, 2, 1, 1, 0]);
    expect(tally.currentAt(1)).toBe(1);
  });

  it("takes a lost deal's evidence as its stage of loss when no stage of loss is written", () => {
    const tally = new FunnelTally(DEFAULT_SCHEME);
    tally.add(LOST_POSITION, null, 3);
    expect(tally.lostAtStage(3)).toBe(1);
    expect(tally.lostWithoutStage).toBe(0);
    expect([0, 3, 4].map((k) => tally.reached(k))).toEqual([1, 1, 0]);
  });

  it("counts a lost deal with a won-stage date as lost at the stage before won", () => {
    const tally = new FunnelTally(DEFAULT_SCHEME);
    tally.add(LOST_POSITION, null, 6);
    expect(tally.lostAtStage(5)).toBe(1);
    expect(tally.reached(6)).toBe(1);
  });

  it("counts a lost deal as far as its evidence when that is past its stage of loss", () => {
    const tally = new FunnelTally(DEFAULT_SCHEME);
    tally.add(LOST_POSITION, 2, 4); // went to 认可, fell back, lost at 意向
    expect(tally.lostAtStage(2)).toBe(1);
    expect(tally.reached(4)).toBe(1);
    expect(tally.reached(5)).toBe(0);
  });
});

describe("FunnelTally follows the rule for lost deals of unknown stage of loss", () => {
  /** 4 deals: won; open at 意向; lost at 潜在; lost, stage unknown. */
  function four(unknownLoss: "firstStage" | "knownPaths"): FunnelTally {
    return tallyFunnel(
      [WON, at("意向"), LOST_POSITION, LOST_POSITION],
      DEFAULT_SCHEME,
      [null, null, 1, null],
      undefined,
      unknownLoss,
    );
  }

  it("counts them as reaching only the first stage under firstStage (the default)", () => {
    const tally = four("firstStage");
    expect(new FunnelTally(DEFAULT_SCHEME).unknownLoss).toBe("firstStage");
    expect([0, 1, 2, 6].map((k) => tally.reached(k))).toEqual([4, 3, 2, 1]);
    expect(tally.lostAtStage(0)).toBe(1);
    expect(valueOf(conversionRate(tally, DEFAULT_SCHEME, 0, 1))).toBeCloseTo(0.75, 12);
  });

  it("leaves them out of every reached count under knownPaths, but not out of the win rate", () => {
    const tally = four("knownPaths");
    expect([0, 1, 2, 6].map((k) => tally.reached(k))).toEqual([3, 3, 2, 1]);
    expect(tally.lostAtStage(0)).toBe(0);
    expect(tally.lostWithoutStage).toBe(1);
    expect(valueOf(conversionRate(tally, DEFAULT_SCHEME, 0, 1))).toBe(1);
    expect(valueOf(winRate(tally))).toBeCloseTo(1 / 3, 12);
    expect(tally.total).toBe(4);
  });

  it("says which lost deals the rule applies to", () => {
    expect(isLossStageUnknown(LOST_POSITION, null, null)).toBe(true);
    expect(isLossStageUnknown(LOST_POSITION, 2, null)).toBe(false);
    expect(isLossStageUnknown(LOST_POSITION, null, 0)).toBe(false);
    expect(isLossStageUnknown(WON, null, null)).toBe(false);
  });

  it("rejects an evidenced stage outside the scheme", () => {
    expect(() => new FunnelTally(DEFAULT_SCHEME).add(at("意向"), null, 7)).toThrow(RangeError);
  });
});
