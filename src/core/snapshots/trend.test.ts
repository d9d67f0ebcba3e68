import { DEFAULT_SCHEME } from "../stages";
import { snapshotHistory } from "./history";
import { snapshotTrend } from "./trend";
import { snapshotAt } from "./testing/snapshotFixtures";

describe("snapshotTrend", () => {
  const history = snapshotHistory([
    // 100 at 意向 (20 %) + 200 at 认可 (55 %): open 300, weighted 20 + 110 = 130; nothing closed
    snapshotAt(2, [
      { id: "a", stage: 2, amount: 100 },
      { id: "b", stage: 4, amount: 200 },
    ]),
    // a won (100, closing on day 50), b lost: open 0; win rate 1 / 2
    snapshotAt(3, [
      { id: "a", stage: 6, amount: 100, close: 50 },
      { id: "b", stage: "lost", amount: 200 },
    ]),
  ]);
  const trend = snapshotTrend(history, DEFAULT_SCHEME, { target: 400, period: { from: 1, to: 100 } });

  it("gives the open and weighted pipeline and the deals per stage at each snapshot", () => {
    expect(trend.map((p) => [p.openDeals, p.openPipeline, p.weightedPipeline])).toEqual([
      [2, 300, 130],
      [0, 0, 0],
    ]);
    expect(trend[0].dealsPerStage).toEqual([0, 0, 1, 0, 1, 0, 0]);
    expect(trend[1].dealsPerStage[6]).toBe(1);
  });

  it("gives the win rate and coverage at each snapshot", () => {
    expect(trend.map((p) => p.winRate)).toEqual([null, 0.5]);
    // 300 ÷ (400 − 0) = 0.75; then 0 ÷ (400 − 100 won in the period) = 0
    expect(trend[0].coverage).toEqual({ coverage: 0.75, weightedCoverage: 0.325 });
    expect(trend[1].coverage?.coverage).toBe(0);
  });
});
