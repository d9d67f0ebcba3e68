import { DEFAULT_SCHEME } from "../stages";
import { snapshotChanges } from "./changes";
import { snapshotHistory } from "./history";
import { snapshotAt } from "./testing/snapshotFixtures";

const history = snapshotHistory([
  snapshotAt(100, [
    { id: "D1", stage: 2, amount: 100, close: 200 },
    { id: "D2", stage: 4, amount: 300, close: 210 },
    { id: "D3", stage: 3, amount: 50, close: 220 },
  ]),
  snapshotAt(130, [
    { id: "D1", stage: 3, amount: 100, close: 230 },
    { id: "D2", stage: 6, amount: 300, close: 210 },
    { id: "D3", stage: 3, amount: 50, close: 220 },
  ]),
  snapshotAt(160, [
    { id: "D1", stage: 3, amount: 120, close: 260 },
    { id: "D3", stage: 3, amount: 50, close: 220 },
    { id: "D4", stage: 0, amount: 10, close: 300 },
  ]),
]);

describe("snapshotChanges", () => {
  it("bridges A to B and lists slipped, pushed and stalled deals, stage moves and win probabilities", () => {
    const result = snapshotChanges(history, { from: 0, to: 2, scheme: DEFAULT_SCHEME });
    if (!result.ok) throw new Error(result.error.message.en);
    const { bridge, slipped, pushed, stalled, moves, chain } = result.value;
    expect(bridge.start.amount + bridge.movements.reduce((s, m) => s + m.amount, 0)).toBe(bridge.end.amount);
    expect(slipped.map((s) => [s.key, s.days])).toEqual([["D1", 60]]);
    expect(pushed.map((p) => [p.key, p.pushes])).toEqual([["D1", 2]]);
    expect(stalled.map((s) => s.deal.id)).toEqual(["D3"]);
    expect(moves.forward).toBeGreaterThan(0);
    expect(chain.stages).toHaveLength(DEFAULT_SCHEME.stages.length - 1);
    expect(result.value.notes.some((n) => n.kind === "noIdentity")).toBe(true);
  });

  it("asks for A before B", () => {
    const result = snapshotChanges(history, { from: 2, to: 1, scheme: DEFAULT_SCHEME });
    expect(!result.ok && result.error.message.en).toMatch(/snapshot A must come before/);
  });
});
