import { DEFAULT_SCHEME } from "../stages";
import { stageMoves } from "./stageMoves";
import { snapshotAt } from "./testing/snapshotFixtures";

describe("stageMoves", () => {
  // a 2→3 forward; b 2→5 forward, skipping; c 4→2 backward; d 5→won forward; e 1→won forward skipping;
  // f 3→3 stayed; g 3→lost; h 1 removed; i new at 0; j lost → 2 reopened
  const before = snapshotAt(1, [
    { id: "a", stage: 2, amount: 1 },
    { id: "b", stage: 2, amount: 2 },
    { id: "c", stage: 4, amount: 3 },
    { id: "d", stage: 5, amount: 4 },
    { id: "e", stage: 1, amount: 5 },
    { id: "f", stage: 3, amount: 6 },
    { id: "g", stage: 3, amount: 7 },
    { id: "h", stage: 1, amount: 8 },
    { id: "j", stage: "lost", amount: 9 },
  ]);
  const after = snapshotAt(2, [
    { id: "a", stage: 3, amount: 1 },
    { id: "b", stage: 5, amount: 2 },
    { id: "c", stage: 2, amount: 3 },
    { id: "d", stage: 6, amount: 4 },
    { id: "e", stage: 6, amount: 5 },
    { id: "f", stage: 3, amount: 6 },
    { id: "g", stage: "lost", amount: 7 },
    { id: "i", stage: 0, amount: 10 },
    { id: "j", stage: 2, amount: 9 },
  ]);
  const moves = stageMoves(before, after, DEFAULT_SCHEME);
  const cell = (origin: number | "new" | "reopened", destination: number | "won" | "lost" | "removed") =>
    moves.counts[moves.origins.indexOf(origin)][moves.destinations.indexOf(destination)];

  it("counts forward, backward, skipped and stayed moves", () => {
    expect([moves.forward, moves.backward, moves.skipped, moves.stayed]).toEqual([4, 1, 2, 1]);
  });

  it("fills the matrix of stage at A × stage at B, with new, reopened, won, lost and removed", () => {
    expect(cell(2, 5)).toBe(1);
    expect(cell(1, "won")).toBe(1);
    expect(cell(3, "lost")).toBe(1);
    expect(cell(1, "removed")).toBe(1);
    expect(cell("new", 0)).toBe(1);
    expect(cell("reopened", 2)).toBe(1);
    expect(moves.counts.flat().reduce((a, b) => a + b, 0)).toBe(10);
  });

  it("gives Sankey links between the nodes used", () => {
    const link = moves.sankey.links.find((l) => l.source === "A:1" && l.target === "B:removed");
    expect(link).toEqual({ source: "A:1", target: "B:removed", count: 1, amount: 8 });
    const ids = new Set(moves.sankey.nodes.map((n) => n.id));
    expect(moves.sankey.links.every((l) => ids.has(l.source) && ids.has(l.target))).toBe(true);
  });
});
