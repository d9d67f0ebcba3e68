import { pipelineBridge } from "./bridge";
import { ownerBridges } from "./owners";
import { snapshotAt } from "./testing/snapshotFixtures";

describe("ownerBridges", () => {
  // a: 王芳 100 → 王芳 150; b: 李雷 200 → handed to 王芳, 200; c: 李雷 50 removed; d: no owner, new 70
  const before = snapshotAt(1, [
    { id: "a", owner: "王芳", stage: 2, amount: 100 },
    { id: "b", owner: "李雷", stage: 2, amount: 200 },
    { id: "c", owner: "李雷", stage: 2, amount: 50 },
  ]);
  const after = snapshotAt(2, [
    { id: "a", owner: "王芳", stage: 3, amount: 150 },
    { id: "b", owner: "王芳", stage: 3, amount: 200 },
    { id: "d", stage: 1, amount: 70 },
  ]);
  const owners = ownerBridges(before, after);
  if (!owners.ok) throw new Error();

  it("gives each deal to its current owner, unassigned last", () => {
    expect(owners.value.map((o) => [o.owner, o.bridge.start.amount, o.bridge.end.amount])).toEqual([
      ["李雷", 50, 0],
      ["王芳", 300, 350], // b's start counts with its new owner
      ["", 0, 70],
    ]);
  });

  it("reconciles for every owner, and the owners add up to the whole bridge", () => {
    for (const { bridge } of owners.value) {
      const moved = bridge.movements.reduce((sum, m) => sum + m.amount, 0);
      expect(bridge.start.amount + moved).toBe(bridge.end.amount);
    }
    const whole = pipelineBridge(before, after);
    if (!whole.ok) throw new Error();
    const starts = owners.value.reduce((sum, o) => sum + o.bridge.start.amount, 0);
    expect(starts).toBe(whole.value.start.amount);
  });
});
