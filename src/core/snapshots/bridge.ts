/**
 * The pipeline bridge (管线变动桥) from snapshot A to snapshot B: the open pipeline at A, every movement,
 * and the open pipeline at B, reconciling exactly — start + Σ movements = end, in amount and in count.
 *
 * The pipeline bridged: without a period, every open deal; with a forecast period [from, to] (Excel
 * serials, both ends included), the open deals expected to close in it ("in the period": open, with a
 * close date in [from, to]). Each deal counts once, in the first movement that applies:
 *
 * - **new** (新增): in the period at B, and not in A at all (no row of A is the same deal, identity.ts);
 * - **reopened** (重新打开): in the period at B, won or lost at A;
 * - **pulledIn** (提前进入本期), with a period only: in the period at B, open at A outside it (or with no
 *   close date);
 * - **amountUp / amountDown** (金额增加 / 金额减少): in the period at A and at B, its amount changed;
 *   **amountUnknown** (金额无法比较): in the period at both, its amount unreadable (or blank) in one or both:
 *   its change, counting an amount that cannot be read as 0, is shown apart and the deal listed;
 * - **won / lost** (赢单 / 丢单): in the period at A, won / lost at B (whatever B's close date);
 * - **removed** (移除): in the period at A, and not in B (gone without being closed);
 * - **pushedOut** (推迟出本期), with a period only: in the period at A, open at B with a close date outside
 *   the period (later, earlier, or cleared).
 *
 * Amounts: the open pipeline counts an amount that cannot be read (or is blank) as 0, as FUNNEL.WEIGHTED
 * does; a movement's amount is the change it makes (negative for deals leaving): −A's amount for a deal
 * leaving, +B's amount for a deal coming in, B − A for a change. Counts: a movement's count is its deals;
 * `countChange` is the change it makes to the count of open deals (+count in, −count out, 0 for amounts).
 * Rows paired ambiguously or not at all (identity.ts) count as removed / new, and are in `pairing`. A period
 * needs a close-date column in both snapshots (else a VALUE failure says so).
 */
import { CompensatedSum, fail, ok, type Result } from "../kernel";
import type { Deal, PipelineRead } from "../pipeline";
import { pairDeals } from "./identity";
import { countEffect, MOVEMENT_KINDS, type MovementKind } from "./movements";
import type { DealPairing, Snapshot } from "./types";

/** A forecast period: Excel serials, both ends included. */
export interface BridgePeriod {
  readonly from: number;
  readonly to: number;
}

/** One deal of a movement: its row at A and at B (`null` where it is not there), and its change. */
export interface MovedDeal {
  readonly before: Deal | null;
  readonly after: Deal | null;
  /** What it adds to the open pipeline's amount (negative when it leaves). */
  readonly amountChange: number;
}

/** One movement of a bridge. */
export interface BridgeMovement {
  readonly kind: MovementKind;
  /** How many deals moved so. */
  readonly count: number;
  /** The change to the count of open deals: +count, −count, or 0 for a change of amount. */
  readonly countChange: number;
  /** The change to the open pipeline's amount. */
  readonly amount: number;
  readonly deals: readonly MovedDeal[];
}

/** The open pipeline at one end of a bridge. */
export interface PipelineLevel {
  readonly count: number;
  readonly amount: number;
}

/** A bridge from A to B (see the module notes). */
export interface PipelineBridge {
  readonly start: PipelineLevel;
  /** Every movement, in {@link MOVEMENT_KINDS} order (with no deals when none moved so). */
  readonly movements: readonly BridgeMovement[];
  readonly end: PipelineLevel;
  readonly period: BridgePeriod | null;
  /** How the deals of A and B were paired, with the rows that could not be. */
  readonly pairing: DealPairing;
}

/** Options of a bridge. */
export interface BridgeOptions {
  /** Bridge only the open deals expected to close in this period. */
  readonly period?: BridgePeriod;
  /** The pairing of A's and B's deals, when already computed (pairDeals). */
  readonly pairing?: DealPairing;
}

const amountOf = (deal: Deal): number => deal.amount ?? 0;

/**
 * Checks a bridge period: both ends numbers, `from` not after `to`.
 * @example checkBridgePeriod({ from: 45839, to: 45930 }) // ok(…)
 */
export function checkBridgePeriod(period: BridgePeriod): Result<BridgePeriod> {
  if (!Number.isFinite(period.from) || !Number.isFinite(period.to)) {
    return fail("VALUE", {
      zh: "期间的开始和结束必须都是日期。",
      en: "The period's start and end must both be dates.",
    });
  }
  if (Math.floor(period.from) > Math.floor(period.to)) {
    return fail("VALUE", {
      zh: "期间的开始日期晚于结束日期：请把开始日期放在前面。",
      en: "The period starts after it ends: give the start date first.",
    });
  }
  return ok(period);
}

/**
 * Checks that both snapshots have a close-date column, without which no deal is in a period.
 * @example checkCloseDates(january.read, march.read) // ok(true), or a VALUE failure naming the snapshot
 */
export function checkCloseDates(
  before: Pick<PipelineRead, "mapping">,
  after: Pick<PipelineRead, "mapping">,
): Result<true> {
  for (const [read, which] of [
    [before, { zh: "前一快照", en: "The earlier snapshot" }],
    [after, { zh: "后一快照", en: "The later snapshot" }],
  ] as const) {
    if (read.mapping.closeDate !== undefined) continue;
    return fail("VALUE", {
      zh: `${which.zh}没有预计成交日期列，无法按期间比较：请加上“预计成交日期”列，或不填期间以比较全部进行中管线。`,
      en: `${which.en} has no close date column, so no deal can be placed in the period: add an “Expected close” column, or leave the period out to bridge the whole open pipeline.`,
    });
  }
  return ok(true);
}

/**
 * Whether a deal is in the pipeline bridged: open, and (with a period) expected to close in it.
 * @example inPipeline(deal, { from: 45839, to: 45930 }) // true for an open deal closing 2025-08-15
 */
export function inPipeline(deal: Deal, period: BridgePeriod | null): boolean {
  if (deal.position.kind !== "open") return false;
  if (period === null) return true;
  if (deal.closeDate === null) return false;
  const day = Math.floor(deal.closeDate);
  return day >= Math.floor(period.from) && day <= Math.floor(period.to);
}

/** Collects the deals of each movement. */
class MovementLists {
  private readonly lists = new Map<MovementKind, { deals: MovedDeal[]; amount: CompensatedSum }>(
    MOVEMENT_KINDS.map((kind) => [kind, { deals: [], amount: new CompensatedSum() }]),
  );

  add(kind: MovementKind, before: Deal | null, after: Deal | null, amountChange: number): void {
    const list = this.lists.get(kind) as { deals: MovedDeal[]; amount: CompensatedSum };
    list.deals.push({ before, after, amountChange });
    list.amount.add(amountChange);
  }

  movements(): BridgeMovement[] {
    return MOVEMENT_KINDS.map((kind) => {
      const { deals, amount } = this.lists.get(kind) as { deals: MovedDeal[]; amount: CompensatedSum };
      return {
        kind,
        count: deals.length,
        countChange: countEffect(kind) * deals.length,
        amount: amount.value,
        deals,
      };
    });
  }
}

/** The movement of a deal paired in A and B, or `null` when it does not move the pipeline bridged. */
function pairedMovement(before: Deal, after: Deal, period: BridgePeriod | null): MovementKind | null {
  const wasIn = inPipeline(before, period);
  const isIn = inPipeline(after, period);
  if (wasIn && isIn) {
    if (before.amount === null || after.amount === null) return "amountUnknown";
    if (after.amount > before.amount) return "amountUp";
    if (after.amount < before.amount) return "amountDown";
    return null;
  }
  if (wasIn) {
    if (after.position.kind === "won") return "won";
    if (after.position.kind === "lost") return "lost";
    return "pushedOut";
  }
  if (isIn) return before.position.kind === "open" ? "pulledIn" : "reopened";
  return null;
}

/** The open pipeline of a snapshot's deals. */
function level(deals: readonly Deal[], period: BridgePeriod | null): PipelineLevel {
  const amount = new CompensatedSum();
  let count = 0;
  for (const deal of deals) {
    if (!inPipeline(deal, period)) continue;
    count += 1;
    amount.add(amountOf(deal));
  }
  return { count, amount: amount.value };
}

/**
 * The period a bridge of A and B is for, checked: `null` for the whole open pipeline; a period that ends before it
 * starts, or snapshots without close dates to place deals in it, are VALUE failures.
 * @example bridgePeriodOf(january, march, { period: { from: 45839, to: 45930 } }) // ok({ from: 45839, to: 45930 })
 */
export function bridgePeriodOf(
  before: Pick<Snapshot, "read">,
  after: Pick<Snapshot, "read">,
  options: BridgeOptions,
): Result<BridgePeriod | null> {
  if (options.period === undefined) return ok(null);
  const checked = checkBridgePeriod(options.period);
  if (!checked.ok) return checked;
  const dated = checkCloseDates(before.read, after.read);
  return dated.ok ? checked : dated;
}

/**
 * The bridge of the open pipeline from snapshot A to snapshot B (see the module notes for each movement).
 * A period that ends before it starts is a VALUE failure.
 * @example
 * const bridge = pipelineBridge(january, march, { period: { from: 45839, to: 45930 } });
 * // bridge.start.amount + Σ bridge.movements[k].amount === bridge.end.amount
 */
export function pipelineBridge(
  before: Pick<Snapshot, "read">,
  after: Pick<Snapshot, "read">,
  options: BridgeOptions = {},
): Result<PipelineBridge> {
  const period = bridgePeriodOf(before, after, options);
  if (!period.ok) return period;
  const pairing = options.pairing ?? pairDeals(before.read, after.read);
  return ok(bridgeOfPairing(pairing, period.value, before.read.deals, after.read.deals));
}

/**
 * The bridge of paired deals: `beforeDeals` and `afterDeals` are the deals the start and the end are
 * counted from (every deal of the pairing's sides). Tested through {@link pipelineBridge}.
 */
export function bridgeOfPairing(
  pairing: DealPairing,
  period: BridgePeriod | null,
  beforeDeals: readonly Deal[],
  afterDeals: readonly Deal[],
): PipelineBridge {
  const lists = new MovementLists();
  for (const { before: a, after: b } of pairing.matched) {
    const kind = pairedMovement(a, b, period);
    if (kind === null) continue;
    const effect = countEffect(kind);
    const change = effect < 0 ? -amountOf(a) : effect > 0 ? amountOf(b) : amountOf(b) - amountOf(a);
    lists.add(kind, a, b, change);
  }
  for (const { deal, side } of pairing.unpaired) {
    if (!inPipeline(deal, period)) continue;
    if (side === "before") lists.add("removed", deal, null, -amountOf(deal));
    else lists.add("new", null, deal, amountOf(deal));
  }
  return {
    start: level(beforeDeals, period),
    movements: lists.movements(),
    end: level(afterDeals, period),
    period,
    pairing,
  };
}
