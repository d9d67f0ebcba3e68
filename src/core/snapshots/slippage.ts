/**
 * Slipping and stalling (推迟与停滞) across snapshots:
 *
 * - a deal **slipped** between two snapshots when it is open at both and its expected close date moved
 *   later (by that many days); a close date set or cleared is no slip;
 * - its **push count** is how many times it slipped over a whole history (each consecutive pair of
 *   snapshots counts once), and deals pushed twice or more are the ones to question;
 * - a deal is **stalled** when it is open at the same stage in each of the last N snapshots.
 *
 * Deals are followed across snapshots as identity.ts pairs them; a pair's key (the deal id, or its
 * opportunity + customer) names the deal.
 */
import type { Deal } from "../pipeline";
import { pairDeals } from "./identity";
import type { DealPairing, Snapshot, SnapshotHistory } from "./types";

/** A deal whose close date moved later between two snapshots. */
export interface SlippedDeal {
  readonly key: string;
  readonly before: Deal;
  readonly after: Deal;
  /** How many days later its close date is. */
  readonly days: number;
}

/**
 * The deals open at A and B whose close date moved later, most days first.
 * @example slippedDeals(january, march)[0] // { key: "D-7", days: 61, … }
 */
export function slippedDeals(
  before: Pick<Snapshot, "read">,
  after: Pick<Snapshot, "read">,
  pairing: DealPairing = pairDeals(before.read, after.read),
): SlippedDeal[] {
  const slipped: SlippedDeal[] = [];
  for (const { key, before: a, after: b } of pairing.matched) {
    if (a.position.kind !== "open" || b.position.kind !== "open") continue;
    if (a.closeDate === null || b.closeDate === null) continue;
    const days = Math.floor(b.closeDate) - Math.floor(a.closeDate);
    if (days > 0) slipped.push({ key, before: a, after: b, days });
  }
  return slipped.sort((x, y) => y.days - x.days || x.key.localeCompare(y.key));
}

/** How often one deal slipped over a history. */
export interface PushCount {
  readonly key: string;
  /** The deal's latest row. */
  readonly deal: Deal;
  readonly pushes: number;
  /** The days its close date moved later, in all. */
  readonly days: number;
}

/**
 * Each deal that slipped at least once over the history (consecutive snapshots compared), most pushes
 * first; `minimum` keeps only deals pushed at least that often (2: the deals pushed twice or more).
 * @example pushCounts(history, 2) // the deals pushed twice or more
 */
export function pushCounts(history: SnapshotHistory, minimum = 1): PushCount[] {
  const counts = new Map<string, { deal: Deal; pushes: number; days: number }>();
  const { snapshots } = history;
  for (let k = 1; k < snapshots.length; k++) {
    for (const slip of slippedDeals(snapshots[k - 1], snapshots[k])) {
      const found = counts.get(slip.key);
      if (found === undefined) counts.set(slip.key, { deal: slip.after, pushes: 1, days: slip.days });
      else counts.set(slip.key, { deal: slip.after, pushes: found.pushes + 1, days: found.days + slip.days });
    }
  }
  return [...counts.entries()]
    .map(([key, count]) => ({ key, ...count }))
    .filter((count) => count.pushes >= minimum)
    .sort((x, y) => y.pushes - x.pushes || y.days - x.days || x.key.localeCompare(y.key));
}

/** A deal open at the same stage in each of the last snapshots. */
export interface StalledDeal {
  /** Its row in the latest snapshot. */
  readonly deal: Deal;
  readonly stageIndex: number;
  /** The first of the snapshots it has stood still in (asOf). */
  readonly since: number;
}

/**
 * The deals open at the same stage in each of the last `snapshots` snapshots of the history (at least 2;
 * fewer snapshots in the history: none is stalled). Deals in the latest snapshot's row order.
 * @example stalledDeals(history, 3) // open at the same stage in the last three snapshots
 */
export function stalledDeals(history: SnapshotHistory, snapshots: number): StalledDeal[] {
  const count = Math.max(2, Math.floor(snapshots));
  const all = history.snapshots;
  if (all.length < count) return [];
  const window = all.slice(all.length - count);
  // For each deal of snapshot k + 1, its row in snapshot k.
  const previous = window.slice(1).map((snapshot, k) => {
    const back = new Map<Deal, Deal>();
    for (const match of pairDeals(window[k].read, snapshot.read).matched) back.set(match.after, match.before);
    return back;
  });
  const stalled: StalledDeal[] = [];
  for (const deal of window[count - 1].read.deals) {
    if (deal.position.kind !== "open") continue;
    const stage = deal.position.index;
    let row: Deal | undefined = deal;
    for (let k = count - 2; k >= 0 && row !== undefined; k--) {
      row = previous[k].get(row);
      if (row !== undefined && (row.position.kind !== "open" || row.position.index !== stage))
        row = undefined;
    }
    if (row !== undefined) stalled.push({ deal, stageIndex: stage, since: window[0].asOf });
  }
  return stalled;
}
