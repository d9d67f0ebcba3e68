import { DEFAULT_SCHEME, schemeFromList } from "../stages";
import { errorOf, valueOf } from "../kernel/testing/results";
import { HeadlineTally, headlineFigures, ownerHealth, UNASSIGNED_OWNER } from "./headline";
import { at, deal, STAGE, tenDeals } from "../pipeline/testing/dealFixtures";
import { NO_DEALS_FIGURES } from "./testing/noDeals";

describe("HeadlineTally", () => {
  it("throws on a position that is not a stage of the scheme (a programming error)", () => {
    const threeStages = valueOf(schemeFromList([["Lead"], ["Deal"], ["Won"]]));
    expect(() => new HeadlineTally(threeStages).add(at(STAGE.negotiation), 1, null, null)).toThrow(
      RangeError,
    );
  });

  it("has no rates, averages or velocity without deals", () => {
    expect(new HeadlineTally(DEFAULT_SCHEME).figures()).toEqual(NO_DEALS_FIGURES);
  });

  it("leaves a won deal whose close date is before its created date out of the sales cycle", () => {
    const tally = new HeadlineTally(DEFAULT_SCHEME);
    tally.add(at(STAGE.won), 100, 45700, 45600);
    expect(errorOf(tally.averageCycle()).code).toBe("DIV0");
    expect(tally.figures().won).toBe(1);
  });

  it("says which figure is missing when there is no velocity", () => {
    const tally = new HeadlineTally(DEFAULT_SCHEME);
    tally.add(at(STAGE.intent), 100, 45600, null);
    tally.add(at(STAGE.won), null, 45600, 45660);
    expect(errorOf(tally.velocity()).message.en).toContain("average won size");
  });

  it("counts the cycle only of won deals, not of lost ones", () => {
    const tally = new HeadlineTally(DEFAULT_SCHEME);
    tally.add(at("lost"), 100, 45600, 45610);
    tally.add(at(STAGE.won), 100, 45600, 45640);
    expect(valueOf(tally.averageCycle())).toBe(40);
  });
});

describe("headlineFigures", () => {
  it("computes every figure of the ten-deal fixture by hand", () => {
    expect(headlineFigures(tenDeals(), DEFAULT_SCHEME)).toEqual({
      deals: 10,
      open: 5,
      won: 3,
      lost: 2,
      openPipeline: 1350, // 100 + 200 + 1000 + 50 (one open amount is blank)
      weightedPipeline: 812.5, // 100×20% + 200×20% + 1000×75% + 50×5%
      winRate: 0.6, // 3 won / 5 closed
      averageWonSize: 400, // (500 + 300) / 2; one won amount is blank
      averageCycleDays: 40, // (60 + 20) / 2; one won deal has no created date
      velocityPerDay: 30, // 5 × 0.6 × 400 ÷ 40
    });
  });
});

describe("ownerHealth", () => {
  const owners = ownerHealth(tenDeals(), DEFAULT_SCHEME);

  it("gives nothing for no deals", () => {
    expect(ownerHealth([], DEFAULT_SCHEME)).toEqual([]);
  });

  it("lists the owners by weighted pipeline, deals without an owner last", () => {
    expect(owners.map((owner) => owner.owner)).toEqual(["王芳", "张伟", UNASSIGNED_OWNER]);
  });

  it("computes each owner's headline figures by hand", () => {
    expect(owners[0]).toEqual({
      owner: "王芳",
      deals: 4,
      open: 2,
      won: 1,
      lost: 1,
      openPipeline: 1000,
      weightedPipeline: 750,
      winRate: 0.5,
      averageWonSize: 300,
      averageCycleDays: 20,
      velocityPerDay: 15, // 2 × 0.5 × 300 ÷ 20
    });
    expect(owners[1]).toEqual({
      owner: "张伟",
      deals: 5,
      open: 3,
      won: 1,
      lost: 1,
      openPipeline: 350,
      weightedPipeline: 62.5,
      winRate: 0.5,
      averageWonSize: 500,
      averageCycleDays: 60,
      velocityPerDay: 12.5, // 3 × 0.5 × 500 ÷ 60
    });
    expect(owners[2]).toEqual(
      expect.objectContaining({ deals: 1, won: 1, winRate: 1, averageWonSize: null, velocityPerDay: null }),
    );
  });

  it("adds up to the overall deal counts", () => {
    const total = owners.reduce((sum, owner) => sum + owner.deals, 0);
    expect(total).toBe(10);
  });

  it("treats a blank-text owner as no owner, and orders equal pipelines by name", () => {
    const names = ownerHealth(
      [
        deal(0, at(STAGE.intent), { owner: "  " }),
        deal(1, at(STAGE.intent), { owner: "Bo" }),
        deal(2, at(STAGE.intent), { owner: "Al" }),
      ],
      DEFAULT_SCHEME,
    ).map((owner) => owner.owner);
    expect(names).toEqual(["Al", "Bo", UNASSIGNED_OWNER]);
  });
});
