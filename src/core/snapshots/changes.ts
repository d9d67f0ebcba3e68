/**
 * What changed between two snapshots of a history, in one call — what the Changes view shows and the Pipeline
 * changes report writes: the bridge of the open pipeline (within a forecast period when one is given), the deals
 * that slipped from A to B, the deals pushed out at least twice and those stalled over the snapshots up to B, the
 * stage moves from A to B, and the win probabilities from the moves observed up to B — with every note the core
 * made (dates sorted, same dates, columns, repeated ids, rows without a partner).
 */
import { type Bilingual, fail, ok, type Result } from "../kernel";
import type { StageScheme } from "../stages";
import { type BridgePeriod, type PipelineBridge, pipelineBridge } from "./bridge";
import {
  type PushCount,
  pushCounts,
  type SlippedDeal,
  slippedDeals,
  type StalledDeal,
  stalledDeals,
} from "./slippage";
import { type StageMoves, stageMoves } from "./stageMoves";
import type { Snapshot, SnapshotHistory, SnapshotNote } from "./types";
import { type WinChain, winChain } from "./winChain";

/** How to compare: the snapshots (indexes into the history, A before B), a period, the lists' thresholds. */
export interface ChangesOptions {
  readonly from: number;
  readonly to: number;
  readonly scheme: StageScheme;
  readonly period?: BridgePeriod;
  /** Snapshots a deal must stand still in to be stalled (default 3, at least 2). */
  readonly stalledSnapshots?: number;
  /** Pushes that list a deal as pushed (default 2). */
  readonly minimumPushes?: number;
}

/** What changed from snapshot A to snapshot B. */
export interface SnapshotChanges {
  readonly before: Snapshot;
  readonly after: Snapshot;
  readonly bridge: PipelineBridge;
  readonly slipped: readonly SlippedDeal[];
  /** Over the snapshots up to B (a deal pushed twice needs three snapshots). */
  readonly pushed: readonly PushCount[];
  /** Over the snapshots up to B. */
  readonly stalled: readonly StalledDeal[];
  readonly moves: StageMoves;
  /** From the moves observed over the snapshots up to B. */
  readonly chain: WinChain;
  readonly notes: readonly SnapshotNote[];
}

/** The note on rows of A or B without a partner in the other. */
function unpairedNote(bridge: PipelineBridge): SnapshotNote[] {
  const before = bridge.pairing.unpaired.filter((u) => u.side === "before").length;
  const after = bridge.pairing.unpaired.length - before;
  if (before + after === 0) return [];
  const message: Bilingual = {
    zh: `快照 A 有 ${before} 行、快照 B 有 ${after} 行在另一快照中找不到对应商机：计为移除或新增。`,
    en: `${before} row(s) of snapshot A and ${after} of snapshot B have no partner in the other snapshot: counted as removed or new.`,
  };
  return [{ kind: "noIdentity", message }];
}

/**
 * What changed from snapshot `from` to snapshot `to` of the history. Indexes out of range, or A not before B, are a
 * VALUE failure; so is a bad period (see pipelineBridge).
 * @example snapshotChanges(history, { from: 0, to: 2, scheme: DEFAULT_SCHEME }).value.bridge.end.amount
 */
export function snapshotChanges(history: SnapshotHistory, options: ChangesOptions): Result<SnapshotChanges> {
  const { snapshots } = history;
  const { from, to, scheme } = options;
  if (!(from >= 0 && to < snapshots.length && from < to)) {
    return fail("VALUE", {
      zh: "请选择两个快照：快照 A 要早于快照 B。",
      en: "Choose two snapshots: snapshot A must come before snapshot B.",
    });
  }
  const before = snapshots[from];
  const after = snapshots[to];
  const bridge = pipelineBridge(
    before,
    after,
    options.period === undefined ? {} : { period: options.period },
  );
  if (!bridge.ok) return bridge;
  const upToB: SnapshotHistory = { snapshots: snapshots.slice(0, to + 1), notes: [] };
  return ok({
    before,
    after,
    bridge: bridge.value,
    slipped: slippedDeals(before, after, bridge.value.pairing),
    pushed: pushCounts(upToB, options.minimumPushes ?? 2),
    stalled: stalledDeals(upToB, options.stalledSnapshots ?? 3),
    moves: stageMoves(before, after, scheme),
    chain: winChain(upToB, scheme),
    notes: [...history.notes, ...bridge.value.pairing.notes, ...unpairedNote(bridge.value)],
  });
}
