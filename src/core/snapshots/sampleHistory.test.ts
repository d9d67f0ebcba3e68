import { DEFAULT_SCHEME } from "../stages";
import { snapshotHistory } from "./history";
import { pushCounts } from "./slippage";
import { sampleHistory } from "./sampleHistory";
import { readOf } from "./testing/snapshotFixtures";

const current = readOf(
  Array.from({ length: 60 }, (_, i) => ({
    id: `D${i}`,
    stage: i % 9 === 8 ? ("lost" as const) : i % 7,
    amount: 10_000 + i * 1000,
    created: 45_600 + i,
    close: 45_900 + i,
    entered: 45_750 + i * 2,
  })),
);

describe("sampleHistory", () => {
  it("derives earlier snapshots, oldest first, the same each time", () => {
    const snapshots = sampleHistory(current, 45_838, DEFAULT_SCHEME, { count: 3, stepDays: 30 });
    expect(snapshots.map((s) => s.asOf)).toEqual([45_748, 45_778, 45_808]);
    expect(sampleHistory(current, 45_838, DEFAULT_SCHEME, { count: 3 })).toEqual(snapshots);
  });

  it("leaves out deals not yet created and moves deals that entered their stage later one stage back", () => {
    const [oldest] = sampleHistory(current, 45_838, DEFAULT_SCHEME, { count: 3 });
    expect(oldest.read.deals.every((deal) => deal.created === null || deal.created <= 45_748)).toBe(true);
    const d20 = oldest.read.deals.find((deal) => deal.id === "D20");
    expect(d20?.position).toEqual({ kind: "open", index: 5 });
  });

  it("makes some deals slip more than once, so pushed deals can be listed", () => {
    const snapshots = sampleHistory(current, 45_838, DEFAULT_SCHEME, { count: 4 });
    const history = snapshotHistory([...snapshots, { asOf: 45_838, read: current, label: "now" }]);
    expect(pushCounts(history, 2).length).toBeGreaterThan(0);
  });
});
