import { DEFAULT_SCHEME } from "../../core/stages";
import { snapshotHistory } from "../../core/snapshots";
import { snapshotAt } from "../../core/snapshots/testing/snapshotFixtures";
import { accuracyQuarters, accuracyView, signedAmount } from "./accuracyDisplay";

const WORDS = { yes: "yes", no: "no" };

// 2025-01-13, 2025-02-12 (both in 2025-Q1, which ends on 45747 = 2025-03-31) and 2025-04-13 (in Q2).
// Day 45670: a 100 at 谈判 (75 %) closing in Q1, b 200 at 意向 (20 %) closing in Q1, c 300 closing in Q3:
//   expected = 75 + 40 = 115, commit = 100, P10 = 0, P90 = 300. Day 45700: a won: expected 100 + 40 = 140,
//   P10 100, P90 300. Actual (read on 45760): a's 100. Errors +15 and +40: bias 27.5, both inside.
const history = snapshotHistory([
  snapshotAt(45670, [
    { id: "a", stage: 5, amount: 100, close: 45715 },
    { id: "b", stage: 2, amount: 200, close: 45730 },
    { id: "c", stage: 1, amount: 300, close: 45900 },
  ]),
  snapshotAt(45700, [
    { id: "a", stage: 6, amount: 100, close: 45715 },
    { id: "b", stage: 2, amount: 200, close: 45730 },
    { id: "c", stage: 1, amount: 300, close: 45900 },
  ]),
  snapshotAt(45760, [
    { id: "a", stage: 6, amount: 100, close: 45715 },
    { id: "b", stage: "lost", amount: 200, close: 45730 },
    { id: "c", stage: 1, amount: 300, close: 45900 },
  ]),
]);

describe("accuracyQuarters", () => {
  it("spans the quarters from the first snapshot to the last", () => {
    expect(accuracyQuarters(history).map((q) => q.label)).toEqual(["2025-Q1", "2025-Q2"]);
    expect(accuracyQuarters(snapshotHistory([]))).toEqual([]);
  });
});

describe("signedAmount", () => {
  it("marks gains with a plus and rounds to whole amounts", () => {
    expect(signedAmount(27.5, "en")).toBe("+28");
    expect(signedAmount(-1234.4, "en")).toBe("-1,234");
    expect(signedAmount(0, "zh")).toBe("0");
  });
});

describe("accuracyView", () => {
  it("shows each snapshot's forecast for an ended quarter against what was won, with bias and hits", () => {
    const view = accuracyView(history, DEFAULT_SCHEME, "en", WORDS);
    if (view.kind !== "ready") throw new Error(view.kind);
    const q1 = view.periods.find((p) => p.label === "2025-Q1")!;
    expect(q1.actual).toBe("100");
    expect(q1.actualAsOf).toBe("2025-04-13");
    expect(q1.rows).toEqual([
      ["2025-01-13", "115", "100", "0–300", "+15", "yes"],
      ["2025-02-12", "140", "100", "100–300", "+40", "yes"],
    ]);
    expect(q1.summary).toEqual({ bias: "+28", mae: "28", hits: 2, count: 2, rate: "100%" });
  });

  it("lists a quarter not yet ended first, its errors unknown", () => {
    const view = accuracyView(history, DEFAULT_SCHEME, "zh", WORDS);
    if (view.kind !== "ready") throw new Error(view.kind);
    expect(view.periods.map((p) => p.label)).toEqual(["2025-Q2", "2025-Q1"]);
    expect(view.periods[0].actual).toBeNull();
    expect(view.periods[0].summary).toBeNull();
    expect(view.periods[0].rows.every((row) => row[4] === "—" && row[5] === "—")).toBe(true);
  });

  it("says too few while no quarter has a forecast before its end and a snapshot after it", () => {
    expect(accuracyView(snapshotHistory(history.snapshots.slice(0, 1)), DEFAULT_SCHEME, "en", WORDS)).toEqual(
      {
        kind: "few",
      },
    );
    expect(accuracyView(snapshotHistory(history.snapshots.slice(0, 2)), DEFAULT_SCHEME, "en", WORDS)).toEqual(
      {
        kind: "few",
      },
    );
  });
});
