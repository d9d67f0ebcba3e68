import { mulberry32 } from "../core/kernel";
import { stageConversions } from "../core/metrics";
import { DEFAULT_SCHEME } from "../core/stages";
import { readList } from "./args";
import { readFunnelTally } from "./histories";

const LABELS = [
  "目标",
  "潜在客户",
  "Shortlisted",
  "立项",
  "认可",
  "谈判",
  "成交",
  "Won",
  "丢单",
  "Lost",
  "",
  null,
];

/** A seeded stage column of `rows` labels, blanks included, as Excel passes it. */
function stageColumn(rows: number, seed: number): unknown[][] {
  const random = mulberry32(seed);
  return Array.from({ length: rows }, () => [LABELS[Math.floor(random() * LABELS.length)]]);
}

describe("readFunnelTally of a stage column alone", () => {
  it.each([1, 2, 3])("counts as the row-by-row reading does (seed %i)", (seed) => {
    const stages = stageColumn(500, seed);
    const blankOutcomes = stages.map(() => [null]);
    const alone = readFunnelTally({ stages: readList(stages, "stages") }, DEFAULT_SCHEME, { mode: "error" });
    // With an outcomes column of blanks every row goes through the general, row-by-row path.
    const rowByRow = readFunnelTally(
      { stages: readList(stages, "stages"), outcomes: readList(blankOutcomes, "outcomes") },
      DEFAULT_SCHEME,
      { mode: "error" },
    );
    expect([alone.open, alone.won, alone.lost, alone.lostWithoutStage]).toEqual([
      rowByRow.open,
      rowByRow.won,
      rowByRow.lost,
      rowByRow.lostWithoutStage,
    ]);
    expect(stageConversions(alone, DEFAULT_SCHEME)).toEqual(stageConversions(rowByRow, DEFAULT_SCHEME));
    expect(alone.total).toBeGreaterThan(300);
  });

  it("keeps the unknown-loss rule", () => {
    const stages = readList([["丢单"], ["意向"]], "stages");
    const known = readFunnelTally({ stages }, DEFAULT_SCHEME, { mode: "error" }, "knownPaths");
    expect(known.unknownLoss).toBe("knownPaths");
    expect(known.reached(0)).toBe(1);
  });
});
