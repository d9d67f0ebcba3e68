import { snapshotHistory } from "./history";
import { snapshotAt } from "./testing/snapshotFixtures";

describe("snapshotHistory", () => {
  it("sorts snapshots given out of order, and says so", () => {
    const history = snapshotHistory([snapshotAt(300, []), snapshotAt(100, [])]);
    expect(history.snapshots.map((s) => s.asOf)).toEqual([100, 300]);
    expect(history.notes.map((n) => n.kind)).toContain("reordered");
  });

  it("notes columns only some snapshots have", () => {
    const history = snapshotHistory([
      snapshotAt(1, [], { stage: 0, amount: 1 }),
      snapshotAt(2, [], { stage: 0, amount: 1, closeDate: 2 }),
    ]);
    expect(history.notes.find((n) => n.kind === "columns")?.message.en).toMatch(/Expected close/);
  });

  it("notes ids repeated within a snapshot and amounts that could not be read", () => {
    const base = snapshotAt(1, [{ id: "A", stage: 1 }]);
    const read = {
      ...base.read,
      histories: [[base.read.deals[0], base.read.deals[0]]],
      unreadable: [{ row: 0, role: "amount" as const, reason: { zh: "", en: "" } }],
    };
    const notes = snapshotHistory([{ ...base, read }]).notes;
    expect(notes.map((n) => n.kind)).toEqual(["duplicateId", "unreadableAmount"]);
    expect(notes[1].message.zh).toBe("快照 S1：1 个金额无法读取（“A”），这些商机计数但不计金额。");
  });
});
