import { snapshotHistory } from "./history";
import { pushCounts, slippedDeals, stalledDeals } from "./slippage";
import { snapshotAt } from "./testing/snapshotFixtures";

describe("slippedDeals", () => {
  it("lists open deals whose close date moved later, by days, most first", () => {
    const slipped = slippedDeals(
      snapshotAt(1, [
        { id: "a", stage: 2, close: 100 },
        { id: "b", stage: 2, close: 100 },
        { id: "c", stage: 2, close: 100 },
        { id: "d", stage: 2, close: 100 },
      ]),
      snapshotAt(2, [
        { id: "a", stage: 2, close: 130 },
        { id: "b", stage: 2, close: 90 }, // pulled earlier: no slip
        { id: "c", stage: 6, close: 200 }, // won: no slip
        { id: "d", stage: 3, close: 190 },
      ]),
    );
    expect(slipped.map((s) => [s.key, s.days])).toEqual([
      ["d", 90],
      ["a", 30],
    ]);
  });
});

describe("pushCounts", () => {
  // a pushed in both steps, b once, c never
  const history = snapshotHistory([
    snapshotAt(1, [
      { id: "a", stage: 2, close: 100 },
      { id: "b", stage: 2, close: 100 },
      { id: "c", stage: 2, close: 100 },
    ]),
    snapshotAt(2, [
      { id: "a", stage: 2, close: 110 },
      { id: "b", stage: 2, close: 100 },
      { id: "c", stage: 2, close: 100 },
    ]),
    snapshotAt(3, [
      { id: "a", stage: 3, close: 150 },
      { id: "b", stage: 2, close: 120 },
      { id: "c", stage: 2, close: 100 },
    ]),
  ]);

  it("counts each deal's pushes over the history", () => {
    expect(pushCounts(history).map((p) => [p.key, p.pushes, p.days])).toEqual([
      ["a", 2, 50],
      ["b", 1, 20],
    ]);
  });

  it("keeps the deals pushed at least twice", () => {
    expect(pushCounts(history, 2).map((p) => p.key)).toEqual(["a"]);
  });
});

describe("stalledDeals", () => {
  const history = snapshotHistory([
    snapshotAt(1, [
      { id: "a", stage: 2 },
      { id: "b", stage: 1 },
      { id: "c", stage: 2 },
    ]),
    snapshotAt(2, [
      { id: "a", stage: 2 },
      { id: "b", stage: 2 },
      { id: "c", stage: 2 },
    ]),
    snapshotAt(3, [
      { id: "a", stage: 2 },
      { id: "b", stage: 2 },
      { id: "c", stage: 6 },
      { id: "d", stage: 2 },
    ]),
  ]);

  it("finds deals open at the same stage across the last N snapshots", () => {
    expect(stalledDeals(history, 3).map((s) => s.deal.id)).toEqual(["a"]);
    expect(stalledDeals(history, 2).map((s) => s.deal.id)).toEqual(["a", "b"]);
  });

  it("finds none when the history is shorter than N", () => {
    expect(stalledDeals(history, 4)).toEqual([]);
  });
});
