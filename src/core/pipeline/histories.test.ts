import { dealHistories, historyCurrent } from "./histories";
import { at, deal, STAGE } from "./testing/dealFixtures";

describe("dealHistories", () => {
  const d = (row: number, stage: number, stageEntered: number | null = null) =>
    deal(row, at(stage), { id: `K${row}`, stageEntered });

  it("keeps the deals as they are when no deal id repeats", () => {
    const used = [d(0, STAGE.intent), d(1, STAGE.project)];
    const read = dealHistories(used, []);
    expect(read.deals).toBe(used);
    expect(read.histories).toEqual([]);
  });

  it("makes the used rows of a repeated id one deal, current at the first row's place", () => {
    const used = [d(0, STAGE.intent), d(1, STAGE.target), d(3, STAGE.project)];
    const read = dealHistories(used, [[0, 3]]);
    expect(read.deals.map((x) => x.row)).toEqual([3, 1]);
    expect(read.histories.map((h) => h.map((x) => x.row))).toEqual([[0, 3]]);
  });

  it("orders a history by stage-entered date when every row has one, else by row", () => {
    const dated = [d(0, STAGE.negotiation, 45800), d(2, STAGE.intent, 45700)];
    expect(dealHistories(dated, [[0, 2]]).histories[0].map((x) => x.row)).toEqual([2, 0]);
    const undated = [d(0, STAGE.negotiation, 45800), d(2, STAGE.intent)];
    expect(dealHistories(undated, [[0, 2]]).histories[0].map((x) => x.row)).toEqual([0, 2]);
  });

  it("passes over rows of a group that were not used (skipped rows, copies)", () => {
    const used = [d(0, STAGE.intent), d(4, STAGE.target)];
    const read = dealHistories(used, [[0, 2, 3]]);
    expect(read.deals).toBe(used);
    expect(read.histories).toEqual([]);
  });
});

describe("historyCurrent", () => {
  const row = (n: number, stage: number | "lost", fields = {}) => deal(n, at(stage), { id: "K", ...fields });

  it("carries the furthest stage of the history as reachedIndex", () => {
    const current = historyCurrent([
      row(0, STAGE.intent),
      row(1, STAGE.acknowledged),
      row(2, STAGE.prospect),
    ]);
    expect(current.row).toBe(2);
    expect(current.reachedIndex).toBe(STAGE.acknowledged);
  });

  it("takes the last open stage before a loss as the stage of loss", () => {
    const current = historyCurrent([row(0, STAGE.negotiation), row(1, STAGE.intent), row(2, "lost")]);
    expect(current.lostAtIndex).toBe(STAGE.intent);
    expect(current.reachedIndex).toBe(STAGE.negotiation);
  });

  it("keeps a lost-at cell, and the last row itself when the history adds nothing", () => {
    const written = row(2, "lost", { lostAtIndex: STAGE.project });
    expect(historyCurrent([row(0, STAGE.intent), written]).lostAtIndex).toBe(STAGE.project);
    const last = row(1, STAGE.intent, { reachedIndex: STAGE.intent });
    expect(historyCurrent([row(0, STAGE.target), last])).toBe(last);
  });

  it("leaves the stage of loss unknown when the history has only losses", () => {
    const current = historyCurrent([row(0, "lost"), row(1, "lost")]);
    expect(current.lostAtIndex).toBeNull();
    expect(current.reachedIndex ?? null).toBeNull();
  });
});
