import { DEFAULT_SCHEME, LOST_POSITION, type StagePosition } from "../core/stages";
import { valueOf } from "../core/kernel/testing/results";
import { PositionCounts } from "./positionCounts";

const at = (label: string): StagePosition => valueOf(DEFAULT_SCHEME.resolve(label));

/** The counts as [kind, index, deals] rows, in the order forEach gives them. */
function rows(counts: PositionCounts): [string, number | null, number][] {
  const seen: [string, number | null, number][] = [];
  counts.forEach((position, deals) =>
    seen.push([position.kind, position.kind === "lost" ? null : position.index, deals]),
  );
  return seen;
}

describe("PositionCounts", () => {
  it("counts open deals by stage, won deals and lost deals apart, open first", () => {
    const counts = new PositionCounts(DEFAULT_SCHEME);
    for (const label of ["丢单", "意向", "Won", "意向", "潜在", "成交", "Lost"]) counts.count(at(label));
    expect(rows(counts)).toEqual([
      ["open", 1, 1],
      ["open", 2, 2],
      ["won", 6, 2],
      ["lost", null, 2],
    ]);
  });

  it("counts labels of one stage in one language or the other as one position", () => {
    const counts = new PositionCounts(DEFAULT_SCHEME);
    counts.count(at("意向"));
    counts.count(at("意向客户"));
    expect(rows(counts)).toEqual([["open", 2, 2]]);
  });

  it("gives nothing when nothing was counted", () => {
    expect(rows(new PositionCounts(DEFAULT_SCHEME))).toEqual([]);
  });

  it("refuses a position whose stage is not in the scheme", () => {
    const counts = new PositionCounts(DEFAULT_SCHEME);
    expect(() => counts.count({ kind: "open", index: 7 })).toThrow(RangeError);
    counts.count(LOST_POSITION);
    expect(rows(counts)).toEqual([["lost", null, 1]]);
  });
});
