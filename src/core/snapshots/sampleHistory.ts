/**
 * Sample snapshots (示例快照): earlier states of a pipeline derived from its current read, so that the Changes view
 * and the Pipeline changes report can be tried on a workbook without a history. Deterministic — the same read, date
 * and seed give the same snapshots. Each step back (`stepDays` earlier) derives the state from the later one: a deal
 * created after the date is not there yet; a deal that entered its stage after the date stood one stage earlier
 * (a won deal at the last open stage; a lost one at the stage it was lost at); of the deals open at both dates, about
 * a quarter expected to close 15–45 days earlier (so they slip, some again and again) and a few had another amount.
 * Our choice, said in the view: these are sample data, not the workbook's past.
 */
import { mulberry32 } from "../kernel";
import type { Deal, PipelineRead } from "../pipeline";
import { positionAt, type StageScheme } from "../stages";
import { snapshotOf } from "./history";
import type { Snapshot } from "./types";

/** How many sample snapshots, how far apart, and the seed. */
export interface SampleHistoryOptions {
  /** Earlier snapshots to derive (1..12, default 3). */
  readonly count?: number;
  /** Days between two snapshots (7..120, default 30). */
  readonly stepDays?: number;
  readonly seed?: number;
}

const round = (amount: number) => Math.max(1000, Math.round(amount / 1000) * 1000);

/** The deal's state one step earlier, at `date`; null when it was not created yet. */
function earlier(deal: Deal, date: number, scheme: StageScheme, random: () => number): Deal | null {
  if (deal.created !== null && deal.created > date) return null;
  const wonIndex = scheme.stages.length - 1;
  const entered = deal.stageEntered ?? deal.closeDate;
  let moved = deal;
  if (entered !== null && entered > date) {
    const from =
      deal.position.kind === "open"
        ? deal.position.index - 1
        : deal.position.kind === "won"
          ? wonIndex - 1
          : (deal.lostAtIndex ?? Math.min(2, wonIndex - 1));
    const index = Math.max(0, from);
    const stageEntered = Math.max(deal.created ?? date - 30, date - 10 - Math.floor(random() * 40));
    moved = { ...deal, position: positionAt(scheme, index), stageEntered, lostAtIndex: null };
    if (index === 0 && deal.position.kind === "open" && deal.position.index === 0) moved = deal;
  }
  if (moved.position.kind !== "open" || deal.position.kind !== "open") return moved;
  const draw = random();
  let closeDate = moved.closeDate;
  if (closeDate !== null && draw < 0.25) closeDate -= 15 + Math.floor(random() * 31);
  const amount =
    moved.amount !== null && random() < 0.12 ? round(moved.amount * (0.8 + random() * 0.3)) : moved.amount;
  return { ...moved, closeDate, amount };
}

/**
 * The sample snapshots before `asOf`, oldest first (the current read is not among them).
 * @example sampleHistory(read, 45838, DEFAULT_SCHEME).map((s) => s.label) // ["2025-04-01", "2025-05-01", "2025-05-31"]
 */
export function sampleHistory(
  read: PipelineRead,
  asOf: number,
  scheme: StageScheme,
  options: SampleHistoryOptions = {},
): Snapshot[] {
  const count = Math.min(12, Math.max(1, Math.floor(options.count ?? 3)));
  const step = Math.min(120, Math.max(7, Math.floor(options.stepDays ?? 30)));
  const random = mulberry32(options.seed ?? 20_250_630);
  const snapshots: Snapshot[] = [];
  let later: PipelineRead = read;
  for (let k = 1; k <= count; k++) {
    const date = Math.floor(asOf) - k * step;
    const deals = later.deals.flatMap((deal) => {
      const state = earlier(deal, date, scheme, random);
      return state === null ? [] : [state];
    });
    later = {
      ...later,
      deals,
      histories: [],
      skipped: [],
      rowsRead: deals.length,
      rowsUsed: deals.length,
      unreadable: [],
    };
    snapshots.unshift(snapshotOf(date, later));
  }
  return snapshots;
}
