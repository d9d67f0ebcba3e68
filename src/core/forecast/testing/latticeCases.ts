/**
 * Test helper: the published cases on which the amount-grid method (latticeDistribution.ts) is checked against the exact
 * distribution: each small enough in distinct totals for the exact method to finish, large enough in deals
 * for the normal approximation's Berry–Esseen bound to exceed 0.015, so that the grid is what the forecast
 * would use. Deterministic (mulberry32 with a fixed seed per case). Never shipped.
 */
import { mulberry32 } from "../../kernel";
import type { WinLoseEvents } from "../winLoseEvents";

/** One published case: what it stands for and its deals. */
export interface LatticeCase {
  readonly name: string;
  readonly events: WinLoseEvents;
}

/** The deck's default probabilities of the open stages (目标 … 谈判). */
const LADDER = [0.05, 0.1, 0.2, 0.4, 0.6, 0.8];

function deals(
  seed: number,
  count: number,
  amount: (random: () => number) => number,
  chance: (random: () => number) => number,
): WinLoseEvents {
  const random = mulberry32(seed);
  const amounts: number[] = [];
  const probabilities: number[] = [];
  for (let i = 0; i < count; i++) {
    amounts.push(amount(random));
    probabilities.push(chance(random));
  }
  return { amounts, probabilities };
}

const ladder = (random: () => number) => LADDER[Math.min(5, Math.floor(-Math.log(1 - random()) * 1.8))];
const between = (low: number, high: number) => (random: () => number) =>
  low + Math.floor(random() * (high - low + 1));

/**
 * The cases: a pipeline at the deck's probabilities, low probabilities, credit notes (negative amounts),
 * round amounts, equal chances, and a few large deals among many small ones.
 * @example LATTICE_CASES.map((c) => c.name) // ["400 deals of 10–40 at the deck's probabilities", …]
 */
export const LATTICE_CASES: readonly LatticeCase[] = [
  { name: "400 deals of 10–40 at the deck's probabilities", events: deals(1, 400, between(10, 40), ladder) },
  {
    name: "300 deals of 5–60 at 2–10 %",
    events: deals(2, 300, between(5, 60), (random) => 0.02 + 0.08 * random()),
  },
  {
    name: "300 deals of −20–60 (credit notes) at the deck's probabilities",
    events: deals(3, 300, between(-20, 60), ladder),
  },
  {
    name: "250 deals of round amounts 10–500 (multiples of 10) at the deck's probabilities",
    events: deals(4, 250, (random) => 10 * between(1, 50)(random), ladder),
  },
  { name: "150 deals of 1–100 at 50 %", events: deals(5, 150, between(1, 100), () => 0.5) },
  {
    name: "200 deals of 1–30 and 4 large ones of 200–400 at the deck's probabilities",
    events: (() => {
      const small = deals(6, 200, between(1, 30), ladder);
      return {
        amounts: [...Array.from(small.amounts), 200, 260, 330, 400],
        probabilities: [...Array.from(small.probabilities), 0.4, 0.6, 0.2, 0.1],
      };
    })(),
  },
];
