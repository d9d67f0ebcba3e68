import { evidenceGaps, evidenceSupports } from "./evidenceGaps";
import { STAGES } from "./stages";

describe("evidenceGaps", () => {
  it("refuses an index outside the seven stages", () => {
    expect(() => evidenceGaps(-1, [])).toThrow(RangeError);
    expect(() => evidenceGaps(7, [])).toThrow(RangeError);
    expect(() => evidenceGaps(1.5, [])).toThrow(RangeError);
  });

  it("is empty when every marker up to the stage holds, whatever comes after", () => {
    expect(evidenceGaps(2, [true, true, true, false, null])).toEqual([]);
  });

  it("lists every stage up to the claimed one whose marker is no or not yet answered", () => {
    const gaps = evidenceGaps(5, [true, false, true, null, true]);
    expect(gaps.map((stage) => stage.id)).toEqual(["prospect", "project", "negotiation"]);
  });

  it("counts missing answers as not yet", () => {
    expect(evidenceGaps(6, []).length).toBe(STAGES.length);
  });
});

describe("evidenceSupports", () => {
  it("agrees with the gaps: a stage is supported only with no gap", () => {
    expect(evidenceSupports(0, [true])).toBe(true);
    expect(evidenceSupports(3, [true, true, null, true])).toBe(false);
  });
});
