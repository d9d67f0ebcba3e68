import { DEFAULT_SCHEME } from "../stages";
import { snapshotHistory } from "./history";
import { winChain } from "./winChain";
import { dealOf, snapshotAt } from "./testing/snapshotFixtures";

describe("winChain", () => {
  // Moves observed from 谈判 (5): won, won, lost, stayed → Q55 = 1/4, R(5, won) = 2/4.
  // From 认可 (4): → 5, → 5, lost, stayed → Q44 = 1/4, Q45 = 2/4, R(4, won) = 0.
  // (I − Q) x = R_won:  (3/4) x5 = 1/2                → x5 = 2/3
  //                     (3/4) x4 − (1/2) x5 = 0        → x4 = (4/3)(1/2)(2/3) = 4/9
  // From 立项 (3): one move to 意向 (2), which has no observed moves → no figure.
  const history = snapshotHistory([
    snapshotAt(1, [
      ...["n1", "n2", "n3", "n4"].map((id) => ({ id, stage: 5 })),
      ...["m1", "m2", "m3", "m4"].map((id) => ({ id, stage: 4 })),
      { id: "z", stage: 3 },
    ]),
    snapshotAt(2, [
      { id: "n1", stage: 6 },
      { id: "n2", stage: 6 },
      { id: "n3", stage: "lost" },
      { id: "n4", stage: 5 },
      { id: "m1", stage: 5 },
      { id: "m2", stage: 5 },
      { id: "m3", stage: "lost" },
      { id: "m4", stage: 4 },
      { id: "z", stage: 2 },
    ]),
  ]);
  const chain = winChain(history, DEFAULT_SCHEME);

  it("solves each stage's probability of ending won, with the moves it rests on", () => {
    expect(chain.stages[5].winProbability).toBeCloseTo(2 / 3, 12);
    expect(chain.stages[4].winProbability).toBeCloseTo(4 / 9, 12);
    expect(chain.stages.map((s) => s.moves)).toEqual([0, 0, 0, 1, 4, 4]);
  });

  it("gives no figure for a stage without moves, or whose moves lead to one", () => {
    expect(chain.stages[2]).toMatchObject({
      winProbability: null,
      reason: { en: expect.stringMatching(/No moves/) },
    });
    expect(chain.stages[3].winProbability).toBeNull();
    expect(chain.stages[3].reason?.zh).toContain("意向客户");
  });

  it("gives no figure for a stage whose deals were never seen to close", () => {
    const stuck = snapshotHistory([
      snapshotAt(1, [{ id: "a", stage: 1 }]),
      snapshotAt(2, [{ id: "a", stage: 1 }]),
    ]);
    expect(winChain(stuck, DEFAULT_SCHEME).stages[1].reason?.en).toMatch(/never seen/);
  });

  it("adds the moves of stage histories", () => {
    const rows = [dealOf({ id: "h", stage: 0 }), dealOf({ id: "h", stage: 6 })];
    const withHistory = winChain(snapshotHistory([]), DEFAULT_SCHEME, [rows]);
    expect(withHistory.stages[0]).toMatchObject({ moves: 1, winProbability: 1 });
  });
});
