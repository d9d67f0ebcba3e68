/**
 * What a plan rests on, counted one deal at a time: the funnel tally (conversion, core/metrics), the won
 * deals' amounts (the average won size), their sales cycles (the days to close) and the open deals and
 * amounts at each stage (what the team has now). Nothing is kept per deal, so a large table is one pass.
 */
import { CompensatedSum } from "../kernel";
import { FunnelTally, SalesCycleAverage } from "../metrics";
import type { Deal } from "../pipeline";
import type { StagePosition, StageScheme } from "../stages";

/**
 * The running figures of a plan (see the module notes).
 * @example
 * const tally = new PlanTally(DEFAULT_SCHEME);
 * tally.add({ kind: "won", index: 6 }, 100, null, null, 45658, 45688); // won 100 in 30 days
 * tally.add({ kind: "open", index: 2 }, 200);                            // open at 意向, 200
 * tally.averageWonSize // 100
 * tally.openAt(2) // 1
 */
export class PlanTally {
  /** The funnel tally the conversions are read from (core/metrics' FunnelTally). */
  readonly funnel: FunnelTally;
  private readonly wonTotal = new CompensatedSum();
  private wonWithAmount = 0;
  private readonly cycle = new SalesCycleAverage();
  private readonly openCounts: Float64Array;
  private readonly openTotals: CompensatedSum[];

  /** An empty tally for a scheme. @example new PlanTally(DEFAULT_SCHEME).closed // 0 */
  constructor(scheme: Pick<StageScheme, "stages">) {
    this.funnel = new FunnelTally(scheme);
    this.openCounts = new Float64Array(scheme.stages.length);
    this.openTotals = scheme.stages.map(() => new CompensatedSum());
  }

  /**
   * Counts one deal: where it stands, its amount (`null` when blank), its stage of loss and furthest stage
   * evidenced (as FunnelTally takes them), and for a won deal its created and close dates.
   * @throws RangeError when an index is not a stage of the scheme (a programming error).
   * @example tally.add({ kind: "lost" }, 50, 3) // lost at 立项客户
   */
  add(
    position: StagePosition,
    amount: number | null,
    lostAtIndex: number | null = null,
    reachedIndex: number | null = null,
    created: number | null = null,
    closeDate: number | null = null,
  ): void {
    this.funnel.add(position, lostAtIndex, reachedIndex);
    const known = amount !== null && Number.isFinite(amount);
    if (position.kind === "open") {
      this.openCounts[position.index] += 1;
      if (known) this.openTotals[position.index].add(amount);
    } else if (position.kind === "won") {
      if (known) {
        this.wonTotal.add(amount);
        this.wonWithAmount += 1;
      }
      if (created !== null && closeDate !== null) this.cycle.addIfValid(created, closeDate);
    }
  }

  /**
   * Counts one deal as read from the user's table.
   * @example tally.addDeal(read.deals[0])
   */
  addDeal(deal: Deal): void {
    this.add(
      deal.position,
      deal.amount,
      deal.lostAtIndex,
      deal.reachedIndex ?? null,
      deal.created,
      deal.closeDate,
    );
  }

  /** Closed deals (won or lost). @example tally.closed // 7 */
  get closed(): number {
    return this.funnel.won + this.funnel.lost;
  }

  /** Won deals with an amount. @example tally.wonWithAmounts // 3 */
  get wonWithAmounts(): number {
    return this.wonWithAmount;
  }

  /** The average amount of the won deals that have one; `null` when none has. @example tally.averageWonSize // 100 */
  get averageWonSize(): number | null {
    return this.wonWithAmount === 0 ? null : this.wonTotal.value / this.wonWithAmount;
  }

  /**
   * The average sales cycle (created → closed, whole days) of the won deals with both dates; `null` when
   * none has them.
   * @example tally.averageCycleDays // 30
   */
  get averageCycleDays(): number | null {
    const average = this.cycle.average;
    return average.ok ? average.value : null;
  }

  /** Open deals at a stage now. @example tally.openAt(2) // 1 */
  openAt(index: number): number {
    return this.openCounts[index] ?? 0;
  }

  /** Open amount at a stage now (deals with an amount). @example tally.openAmountAt(2) // 200 */
  openAmountAt(index: number): number {
    return this.openTotals[index]?.value ?? 0;
  }
}

/**
 * The plan tally of a set of deals.
 * @example planTally(read.deals, DEFAULT_SCHEME).averageWonSize // 100
 */
export function planTally(deals: readonly Deal[], scheme: Pick<StageScheme, "stages">): PlanTally {
  const tally = new PlanTally(scheme);
  for (const deal of deals) tally.addDeal(deal);
  return tally;
}
