/**
 * The headline figures of a pipeline (能力评估: the same figures overall and per owner, side by side):
 * deals open / won / lost, open and weighted pipeline, win rate, average won size, average sales cycle
 * and pipeline velocity.
 *
 * Definitions (the figures' help text):
 * - Open and weighted pipeline: open deals with an amount (weighted.ts); a blank amount adds nothing.
 * - Win rate = won / (won + lost) (conversion.ts).
 * - Average won size: the average amount of the won deals that have an amount.
 * - Average sales cycle: won deals with both a created and a close date, created → close, in days; a
 *   deal whose close date is before its created date is left out (its dates are wrong).
 * - Velocity = open deals × win rate × average won size ÷ average cycle days (velocity.ts).
 */
import { FunnelTally, winRate } from "./conversion";
import { SalesCycleAverage } from "./cycleTime";
import { CompensatedSum, type Result } from "../kernel";
import type { StagePosition, StageScheme } from "../stages";
import { pipelineVelocity } from "./velocity";
import { PipelineTotals } from "./weighted";
import type { Deal } from "../pipeline";

/** The headline figures, overall or for one owner. */
export interface HeadlineFigures {
  readonly deals: number;
  readonly open: number;
  readonly won: number;
  readonly lost: number;
  readonly openPipeline: number;
  readonly weightedPipeline: number;
  readonly winRate: number | null;
  readonly averageWonSize: number | null;
  /** Won deals, created → close date, in days. */
  readonly averageCycleDays: number | null;
  /** Open deals × win rate × average won size ÷ average cycle days: expected won amount per day. */
  readonly velocityPerDay: number | null;
}

/** The figures of one owner, side by side with the others. */
export interface OwnerHealth extends HeadlineFigures {
  readonly owner: string;
}

/**
 * The owner of the deals whose owner cell is blank, in {@link OwnerHealth.owner}.
 * Tested surface: exported for its tests.
 */
export const UNASSIGNED_OWNER = "";

const valueOrNull = (result: Result<number>): number | null => (result.ok ? result.value : null);

/**
 * Counts deals one at a time into the headline figures: running sums only, nothing kept per deal, so a
 * large table is one pass (the sums are those of weighted.ts, added in the same order).
 * @example
 * const tally = new HeadlineTally(DEFAULT_SCHEME);
 * tally.add(positionAt(DEFAULT_SCHEME, 6), 100, 45658, 45688); // won 100 in 30 days
 * tally.add(positionAt(DEFAULT_SCHEME, 2), 200, 45660, null);  // open at 意向
 * tally.figures().velocityPerDay // 1 × 1 × 100 ÷ 30
 */
export class HeadlineTally {
  private readonly funnel: FunnelTally;
  private readonly pipeline: PipelineTotals;
  private readonly wonTotal = new CompensatedSum();
  private wonWithAmount = 0;
  private readonly cycle = new SalesCycleAverage();

  /** An empty tally. @example new HeadlineTally(DEFAULT_SCHEME).figures().deals // 0 */
  constructor(scheme: StageScheme) {
    this.funnel = new FunnelTally(scheme);
    this.pipeline = new PipelineTotals(scheme);
  }

  /**
   * Counts one deal: where it stands, its amount and its dates (`null` when blank).
   * @throws RangeError when the position is not a stage of the scheme (a programming error).
   * @example tally.add({ kind: "lost" }, 50, 45658, 45670)
   */
  add(
    position: StagePosition,
    amount: number | null,
    created: number | null,
    closeDate: number | null,
  ): void {
    this.funnel.add(position);
    if (position.kind === "open") {
      if (amount !== null) this.pipeline.add(amount, position);
    } else if (position.kind === "won") {
      if (amount !== null) {
        this.wonTotal.add(amount);
        this.wonWithAmount += 1;
      }
      if (created !== null && closeDate !== null) this.cycle.addIfValid(created, closeDate);
    }
  }

  /**
   * Counts `deals` deals at `position` known by their stage alone (no amount, no dates): the same as adding
   * each with {@link add} and nulls, in one call.
   * @example tally.addStageOnly(positionAt(DEFAULT_SCHEME, 2), 40) // forty open deals at 意向客户
   */
  addStageOnly(position: StagePosition, deals: number): void {
    this.funnel.add(position, null, null, deals);
  }

  /**
   * Counts one deal as read from the user's table.
   * @example tally.addDeal(read.deals[0])
   */
  addDeal(deal: Deal): void {
    this.add(deal.position, deal.amount, deal.created, deal.closeDate);
  }

  /**
   * The average sales cycle of the won deals counted; DIV0 when none has both dates.
   * @example tally.averageCycle() // ok(30)
   */
  averageCycle(): Result<number> {
    return this.cycle.average;
  }

  /**
   * Pipeline velocity of the deals counted, or the failure that says which figure is missing.
   * @example tally.velocity() // ok(3.33…)
   */
  velocity(): Result<number> {
    return pipelineVelocity({
      openDeals: this.funnel.open,
      winRate: valueOrNull(winRate(this.funnel)),
      averageWonSize: this.averageWonSize(),
      averageCycleDays: valueOrNull(this.cycle.average),
    });
  }

  /**
   * The headline figures of the deals counted; a figure that cannot be computed is `null`.
   * @example new HeadlineTally(DEFAULT_SCHEME).figures().winRate // null
   */
  figures(): HeadlineFigures {
    return {
      deals: this.funnel.total,
      open: this.funnel.open,
      won: this.funnel.won,
      lost: this.funnel.lost,
      openPipeline: this.pipeline.open,
      weightedPipeline: this.pipeline.weighted,
      winRate: valueOrNull(winRate(this.funnel)),
      averageWonSize: this.averageWonSize(),
      averageCycleDays: valueOrNull(this.cycle.average),
      velocityPerDay: valueOrNull(this.velocity()),
    };
  }

  private averageWonSize(): number | null {
    return this.wonWithAmount === 0 ? null : this.wonTotal.value / this.wonWithAmount;
  }
}

/**
 * The headline figures of a set of deals (see the module definitions).
 * @example headlineFigures(read.deals, DEFAULT_SCHEME).winRate // 0.5 with 2 won and 2 lost
 */
export function headlineFigures(deals: readonly Deal[], scheme: StageScheme): HeadlineFigures {
  const tally = new HeadlineTally(scheme);
  for (const deal of deals) tally.addDeal(deal);
  return tally.figures();
}

/**
 * The headline figures of each owner: the deals grouped by owner (a blank owner is
 * {@link UNASSIGNED_OWNER}), the largest weighted pipeline first, ties by name; unassigned deals last.
 * @example ownerHealth(read.deals, DEFAULT_SCHEME).map((o) => o.owner) // ["王芳", "张伟", ""]
 */
export function ownerHealth(deals: readonly Deal[], scheme: StageScheme): OwnerHealth[] {
  const tallies = new Map<string, HeadlineTally>();
  for (const deal of deals) {
    const owner = deal.owner === null || deal.owner.trim() === "" ? UNASSIGNED_OWNER : deal.owner;
    let tally = tallies.get(owner);
    if (tally === undefined) {
      tally = new HeadlineTally(scheme);
      tallies.set(owner, tally);
    }
    tally.addDeal(deal);
  }
  const owners = [...tallies].map(([owner, tally]): OwnerHealth => ({ owner, ...tally.figures() }));
  return owners.sort(
    (a, b) =>
      Number(a.owner === UNASSIGNED_OWNER) - Number(b.owner === UNASSIGNED_OWNER) ||
      b.weightedPipeline - a.weightedPipeline ||
      a.owner.localeCompare(b.owner),
  );
}
