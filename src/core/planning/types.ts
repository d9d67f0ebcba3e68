/**
 * The shapes of planning backwards from a target (目标倒推): the reverse funnel — deals needed at each stage
 * now to win a target amount in a period, the gap to the deals there, new deals to create per month early
 * enough to close inside the period, per owner when quotas are given — and which stage, improved, moves the
 * period's expected won amount most. Computed by salesPlan.ts and stageLevers.ts from the user's deals.
 */

/**
 * Where the plan's rates come from: the user's own closed deals ("data": each stage's conversion to won, the
 * average won size, the days from each stage to close) or the stage settings' probabilities ("settings").
 */
export type PlanBasis = "data" | "settings";

/** What to plan for. Dates are Excel serials (1900 system). */
export interface PlanOptions {
  /** The amount to win in the period (> 0). */
  readonly target: number;
  /** First and last day of the period (inclusive). */
  readonly periodStart: number;
  readonly periodEnd: number;
  /** Today for the plan: deals open now are counted as "have"; new deals are created from this day on. */
  readonly asOf: number;
  readonly basis: PlanBasis;
  /**
   * Per-owner quotas (summing to the target or not: each owner is planned for their own quota). `"even"`
   * splits the target evenly among the owners of the open deals. Absent: no per-owner plan.
   */
  readonly quotas?: readonly { readonly owner: string; readonly quota: number }[] | "even";
  /** Closed deals an owner needs for their own rates (else the team's are used). Default 5. */
  readonly minClosedDeals?: number;
  /**
   * The amount of a won deal to plan with instead of the data's average won size (e.g. a team with no won
   * deal yet, planning from the stage settings). Absent: the average of the won deals with an amount.
   */
  readonly averageWonSize?: number;
}

/** One stage of the reverse funnel. */
export interface StagePlan {
  /** 0-based stage index in the scheme (open stages only; the won stage is not planned). */
  readonly stage: number;
  /** Share of deals at this stage that end won (from the data, or the stage's probability); null when unknown. */
  readonly winRate: number | null;
  /** Typical days from being at this stage to closing won; null when unknown. */
  readonly daysToClose: number | null;
  /** Deals needed at this stage now to reach the target; null when the rate or the won size is unknown. */
  readonly needed: number | null;
  /** Open deals at this stage now. */
  readonly have: number;
  /** max(0, needed − have), rounded up; null when needed is. */
  readonly gap: number | null;
  /** Amount needed at this stage (needed × average won size / … as the basis says); null when unknown. */
  readonly neededAmount: number | null;
  /** Open amount at this stage now. */
  readonly haveAmount: number;
  /** Whether deals entering this stage now can still close inside the period (asOf + daysToClose ≤ periodEnd). */
  readonly closesInPeriod: boolean;
}

/** New deals (at the first stage) to create in one month, so that they can close inside the period. */
export interface NewDealsMonth {
  /** "yyyy-mm". */
  readonly month: string;
  readonly deals: number;
  readonly amount: number;
}

/** The plan of one owner. */
export interface OwnerPlan {
  readonly owner: string;
  readonly quota: number;
  /** Whether the owner's own rates were used (enough closed deals) or the team's. */
  readonly ratesFrom: "own" | "team";
  readonly closedDeals: number;
  readonly stages: readonly StagePlan[];
  readonly newDeals: readonly NewDealsMonth[];
  /** Average won size the owner's counts rest on (their own, or the team's). */
  readonly averageWonSize?: number;
  /** Expected won amount in the period from the owner's open deals (as {@link SalesPlan.expectedFromOpen}). */
  readonly expectedFromOpen?: number;
  /** quota − expectedFromOpen, at least 0. */
  readonly shortfall?: number;
  /** The last day the owner's new deals can be created and still close inside the period; null when none can. */
  readonly createBy?: number | null;
}

/** The reverse funnel for a target. */
export interface SalesPlan {
  readonly target: number;
  readonly periodStart: number;
  readonly periodEnd: number;
  readonly asOf: number;
  readonly basis: PlanBasis;
  /** Average won deal size the counts rest on. */
  readonly averageWonSize: number;
  /** Expected won amount in the period from the deals open now (Σ amount × win rate of those that can close in time). */
  readonly expectedFromOpen: number;
  /** target − expectedFromOpen, at least 0: what new deals must bring. */
  readonly shortfall: number;
  readonly stages: readonly StagePlan[];
  /** New deals to create, month by month, each month's deals early enough to close inside the period. */
  readonly newDeals: readonly NewDealsMonth[];
  /** The last day a new deal can be created and still close inside the period; null when none can. */
  readonly createBy: number | null;
  readonly owners?: readonly OwnerPlan[];
}

/** One stage's lever: what improving it adds to the period's expected won amount. */
export interface StageLever {
  readonly stage: number;
  /** Expected won amount added by raising this stage's next-step conversion by `points`. */
  readonly conversionGain: number;
  /** Expected won amount added by shortening this stage's time in stage by `days`. */
  readonly timeGain: number;
  /** 1 = the lever that adds most (the larger of its two gains). */
  readonly rank: number;
}
