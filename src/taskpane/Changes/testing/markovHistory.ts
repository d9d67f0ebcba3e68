/**
 * Test fixture: two snapshots whose stage moves give win probabilities computable by hand. Used by jest only.
 *
 * From A to B: at 谈判客户 (index 5) A and F are won, B lost, C stays — 4 moves, 2 won, 1 lost, 1 stay:
 * p₅ = 2/4 + 1/4 · p₅, so p₅ = 2/3. At 认可客户 (index 4) D moves to 谈判客户, E is lost — 2 moves:
 * p₄ = 1/2 · p₅ = 1/3. No other stage has a move: no figure.
 */
import { snapshotChanges, type SnapshotChanges, snapshotHistory } from "../../../core/snapshots";
import { snapshotAt } from "../../../core/snapshots/testing/snapshotFixtures";
import { DEFAULT_SCHEME } from "../../../core/stages";

/** 谈判客户's and 认可客户's probabilities of ending won, by hand (see the module notes). */
export const HAND_PROBABILITIES = { negotiation: 2 / 3, shortlisted: 1 / 3 } as const;

/** The changes from A to B of the fixture's two snapshots. */
export function markovChanges(): SnapshotChanges {
  const history = snapshotHistory([
    snapshotAt(45778, [
      { id: "A", stage: 5, amount: 100 },
      { id: "B", stage: 5, amount: 100 },
      { id: "C", stage: 5, amount: 100 },
      { id: "F", stage: 5, amount: 100 },
      { id: "D", stage: 4, amount: 100 },
      { id: "E", stage: 4, amount: 100 },
    ]),
    snapshotAt(45809, [
      { id: "A", stage: 6, amount: 100 },
      { id: "B", stage: "lost", amount: 100 },
      { id: "C", stage: 5, amount: 100 },
      { id: "F", stage: 6, amount: 100 },
      { id: "D", stage: 5, amount: 100 },
      { id: "E", stage: "lost", amount: 100 },
    ]),
  ]);
  const changes = snapshotChanges(history, { from: 0, to: 1, scheme: DEFAULT_SCHEME });
  if (!changes.ok) throw new Error(changes.error.message.en);
  return changes.value;
}
