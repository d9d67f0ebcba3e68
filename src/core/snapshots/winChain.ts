/**
 * Win probability from observed moves (按实际流转估算的赢单概率): an absorbing Markov chain over the stages.
 * Transient states are the open stages, absorbing ones won and lost. Every deal open at stage i in one
 * snapshot and found in the next is one observed move out of i: to stage j (j = i when it stayed), to won,
 * or to lost (deals that vanished are not moves: nobody saw where they went). Stage histories (rows of one
 * deal, oldest first) add their consecutive pairs of rows.
 *
 * With Q the open-to-open transition probabilities and R the open-to-won/lost ones (each row: the counts
 * out of a stage ÷ its moves), the probability of ending won from each stage is B = (I − Q)⁻¹ R, column won,
 * solved by Gaussian elimination. No figure is invented: a stage with no observed moves has none; nor has a
 * stage whose observed moves lead (directly or not) to such a stage, nor one from which no observed path
 * ever reaches won or lost. Each of those says why; each stage says how many moves it rests on.
 */
import type { Bilingual } from "../kernel";
import type { Deal } from "../pipeline";
import type { StageScheme } from "../stages";
import { pairDeals } from "./identity";
import type { SnapshotHistory } from "./types";

/** The probability of ending won from one open stage. */
export interface StageWinChance {
  readonly stageIndex: number;
  /** How many observed moves out of the stage it rests on (stays included). */
  readonly moves: number;
  /** `null` when the moves observed cannot give it; `reason` says why. */
  readonly winProbability: number | null;
  readonly reason: Bilingual | null;
}

/** The chain: the counts observed and each open stage's probability of ending won. */
export interface WinChain {
  /** counts[i][j]: moves from open stage i to open stage j (j < the won stage's index), then to won, to lost. */
  readonly counts: readonly (readonly number[])[];
  readonly stages: readonly StageWinChance[];
}

/** Where a deal is in the chain: an open stage's index, or won (= open count), or lost (= open count + 1). */
function stateOf(deal: Deal, open: number): number {
  if (deal.position.kind === "open") return deal.position.index;
  return deal.position.kind === "won" ? open : open + 1;
}

/**
 * The transition counts observed over a history (consecutive snapshots) and stage histories.
 * @example moveCounts(history, DEFAULT_SCHEME)[5] // moves out of 谈判: to each open stage, won, lost
 */
export function moveCounts(
  history: SnapshotHistory,
  scheme: StageScheme,
  stageHistories: readonly (readonly Deal[])[] = [],
): number[][] {
  const open = scheme.stages.length - 1;
  const counts = Array.from({ length: open }, () => new Array<number>(open + 2).fill(0));
  const count = (from: Deal, to: Deal) => {
    if (from.position.kind !== "open") return;
    counts[from.position.index][stateOf(to, open)] += 1;
  };
  const { snapshots } = history;
  for (let k = 1; k < snapshots.length; k++) {
    for (const match of pairDeals(snapshots[k - 1].read, snapshots[k].read).matched)
      count(match.before, match.after);
  }
  for (const rows of stageHistories) for (let r = 1; r < rows.length; r++) count(rows[r - 1], rows[r]);
  return counts;
}

const NO_MOVES: Bilingual = {
  zh: "没有观察到从该阶段出发的变动，无法估算。",
  en: "No moves out of this stage were observed, so there is no figure.",
};
const NEVER_CLOSES: Bilingual = {
  zh: "从该阶段出发的商机在快照中从未赢单或丢单，无法估算。",
  en: "Deals from this stage were never seen to be won or lost, so there is no figure.",
};
const leadsTo = (names: Bilingual[]): Bilingual => ({
  zh: `该阶段的商机流向了无法估算的阶段（${names.map((n) => n.zh).join("、")}），无法估算。`,
  en: `Deals from this stage moved to stages without a figure (${names.map((n) => n.en).join(", ")}), so there is no figure.`,
});

/**
 * Each open stage's probability of ending won, from the moves observed (see the module notes).
 * @example winChain(history, DEFAULT_SCHEME).stages[5] // { stageIndex: 5, moves: 4, winProbability: 0.667, reason: null }
 */
export function winChain(
  history: SnapshotHistory,
  scheme: StageScheme,
  stageHistories: readonly (readonly Deal[])[] = [],
): WinChain {
  const counts = moveCounts(history, scheme, stageHistories);
  const open = counts.length;
  const moves = counts.map((row) => row.reduce((sum, c) => sum + c, 0));
  const reasons: (Bilingual | null)[] = moves.map((m) => (m === 0 ? NO_MOVES : null));
  // Stages leading to a stage without a figure have none either (repeat until nothing changes).
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < open; i++) {
      if (reasons[i] !== null) continue;
      const blocked = counts[i]
        .slice(0, open)
        .flatMap((c, j) => (c > 0 && j !== i && reasons[j] !== null ? [j] : []));
      if (blocked.length === 0) continue;
      reasons[i] = leadsTo(blocked.map((j) => scheme.stages[j].name));
      changed = true;
    }
  }
  // Stages from which no observed path reaches won or lost.
  const closes = counts.map((row) => row[open] + row[open + 1] > 0);
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < open; i++) {
      if (closes[i] || reasons[i] !== null) continue;
      if (counts[i].slice(0, open).some((c, j) => c > 0 && closes[j])) closes[i] = changed = true;
    }
  }
  for (let i = 0; i < open; i++) if (reasons[i] === null && !closes[i]) reasons[i] = NEVER_CLOSES;
  const solvable = reasons.flatMap((r, i) => (r === null ? [i] : []));
  const solved = solveWon(counts, moves, solvable, open);
  const stages = counts.map((_, i) => ({
    stageIndex: i,
    moves: moves[i],
    winProbability: reasons[i] === null ? (solved.get(i) as number) : null,
    reason: reasons[i],
  }));
  return { counts, stages };
}

/** Solves (I − Q) x = R_won over the solvable stages by Gaussian elimination with partial pivoting. */
function solveWon(counts: number[][], moves: number[], stages: number[], open: number): Map<number, number> {
  const n = stages.length;
  const a = stages.map((i) => [
    ...stages.map((j) => (i === j ? 1 : 0) - counts[i][j] / moves[i]),
    counts[i][open] / moves[i],
  ]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = 0; r < n; r++) {
      if (r === col || a[r][col] === 0) continue;
      const factor = a[r][col] / a[col][col];
      for (let c = col; c <= n; c++) a[r][c] -= factor * a[col][c];
    }
  }
  return new Map(stages.map((stage, k) => [stage, a[k][n] / a[k][k]]));
}
