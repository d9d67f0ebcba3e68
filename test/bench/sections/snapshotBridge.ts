/**
 * Section: the pipeline over time — comparing two snapshots of 100,000 deals (core/snapshots: pairing the
 * deals by id, the bridge of the open pipeline and the stage moves, as the pane's "pipeline over time" view
 * runs them) against indexing the earlier snapshot's deals by id in a Map (the least any pairing costs).
 */
import type { ColumnMapping, Deal, PipelineRead } from "../../../src/core/pipeline";
import { mulberry32 } from "../../../src/core/kernel";
import { pairDeals, pipelineBridge, stageMoves } from "../../../src/core/snapshots";
import { DEFAULT_SCHEME, LOST_POSITION, positionAt } from "../../../src/core/stages";
import { medianMsSideBySide } from "../support/measure";
import { count, ms, times, verdict, type BenchSection } from "../support/report";

const DEALS = 100_000;
const TARGET_MS = 500;
const MAPPING: ColumnMapping = { dealId: 0, opportunity: 1, stage: 2, amount: 3, closeDate: 4 };
const SEED = 16;

const readOf = (deals: Deal[]): PipelineRead => ({
  mapping: MAPPING,
  deals,
  histories: [],
  skipped: [],
  rowsRead: deals.length,
  rowsUsed: deals.length,
});

/**
 * Two snapshots a month apart: the later one moves about a third of the deals (advanced, won, lost, amount or
 * close date changed), drops 2 % and adds 3 % new ones.
 */
function snapshotPair(): { before: PipelineRead; after: PipelineRead } {
  const random = mulberry32(SEED);
  const position = (k: number) => (k === 7 ? LOST_POSITION : positionAt(DEFAULT_SCHEME, k));
  const deal = (i: number, row: number, stage: number, amount: number, close: number): Deal => ({
    row,
    id: `D-${i}`,
    opportunity: `Opportunity ${i}`,
    customer: null,
    owner: null,
    position: position(stage),
    lostAtIndex: null,
    amount,
    created: null,
    closeDate: close,
    stageEntered: null,
    lastActivity: null,
  });
  const before: Deal[] = [];
  const after: Deal[] = [];
  for (let i = 0; i < DEALS; i++) {
    const stage = Math.floor(random() * 6);
    const amount = 1000 + Math.floor(random() * 500_000);
    const close = 45800 + Math.floor(random() * 180);
    before.push(deal(i, i, stage, amount, close));
    const change = random();
    if (change < 0.02) continue;
    const next = change < 0.07 ? 6 : change < 0.1 ? 7 : change < 0.25 ? Math.min(5, stage + 1) : stage;
    const nextAmount = change > 0.25 && change < 0.35 ? Math.round(amount * (0.5 + random())) : amount;
    const nextClose = change > 0.35 && change < 0.45 ? close + Math.floor(random() * 90) : close;
    after.push(deal(i, after.length, next, nextAmount, nextClose));
  }
  for (let i = DEALS; i < DEALS * 1.03; i++) after.push(deal(i, after.length, 0, 20_000, 45950));
  return { before: readOf(before), after: readOf(after) };
}

/** Indexes a snapshot's deals by id: the least a pairing does. */
function indexById(read: PipelineRead): number {
  const index = new Map<string, Deal>();
  for (const deal of read.deals) index.set(deal.id, deal);
  return index.size;
}

/**
 * Measures the bridge and stage moves of two 100k-deal snapshots against indexing the deals.
 * @example snapshotBridgeSection().rows.length // 1
 */
export function snapshotBridgeSection(): BenchSection {
  const { before, after } = snapshotPair();
  const compare = () => {
    const pairing = pairDeals(before, after);
    const bridge = pipelineBridge(
      { read: before },
      { read: after },
      { pairing, period: { from: 45839, to: 45930 } },
    );
    return [bridge, stageMoves({ read: before }, { read: after }, DEFAULT_SCHEME, pairing)];
  };
  const {
    ms: [compareMs, indexMs],
  } = medianMsSideBySide([compare, () => indexById(before)], { runs: 5, warmup: 1 });
  return {
    title:
      "Pipeline over time (core/snapshots: pair two snapshots by deal id, bridge of a quarter, stage moves)",
    rows: [
      {
        figure: "Two snapshots compared",
        size: `${count(DEALS)} deals each`,
        value: ms(compareMs),
        baseline: `indexing one snapshot by id ${ms(indexMs)}`,
        ratio: times(compareMs / indexMs),
        target: `≤ ${TARGET_MS} ms`,
        verdict: verdict(compareMs <= TARGET_MS),
      },
    ],
    notes: [
      "The later snapshot moves about a third of the deals (advanced, won, lost, amount or close date changed), drops 2 % and adds 3 %; the snapshots are built once, outside the timing.",
    ],
  };
}
