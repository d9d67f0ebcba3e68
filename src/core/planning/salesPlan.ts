/**
 * Planning backwards from a target (目标倒推): the reverse funnel of {@link salesPlan}.
 *
 * - Deals needed at a stage now = target ÷ (the stage's win rate × the average won size), rounded up to
 *   whole deals; the needed amount is those deals at the average won size; the gap is what the open deals
 *   there do not cover. Rates: planRates.ts (the user's data, or the stage settings' probabilities).
 * - A stage's deals can close inside the period when the as-of date plus its days to close is no later
 *   than the period's last day. Expected from open = Σ over those stages of open amount × win rate; the
 *   shortfall (target − expected from open, at least 0) is what new deals must bring.
 * - New deals enter at the first stage: shortfall ÷ (its win rate × average won size), rounded up,
 *   created from the as-of date to the last day that still lets them close inside the period (newDeals.ts).
 * - Per owner (quotas given as a list, or "even" among the owners of the open deals): each owner's own
 *   deals, quota and rates — their own when they rest on at least `minClosedDeals` closed deals, else the
 *   team's.
 */
import { CompensatedSum, fail, ok, type Result, roundNoise, shownName } from "../kernel";
import type { Deal } from "../pipeline";
import type { StageScheme } from "../stages";
import { checkMinClosedDeals, checkQuotas, checkTarget, checkWindow, type PlanWindow } from "./planChecks";
import { averageWonSizeOf, conversionToWon, planRates, type PlanRates, unknownStage } from "./planRates";
import { PlanTally, planTally } from "./planTally";
import { createByOf, spreadNewDeals } from "./newDeals";
import type { NewDealsMonth, OwnerPlan, PlanBasis, PlanOptions, SalesPlan, StagePlan } from "./types";

/** One stage of the reverse funnel without its timing: what FUNNEL.PLAN spills. */
export type StageNeed = Omit<StagePlan, "daysToClose" | "closesInPeriod">;

/**
 * Whole deals needed to win `target` at a win rate and a won size: target ÷ (rate × size), rounded up
 * (binary noise ignored); `null` when the rate is unknown or 0.
 * @example neededDeals(1000, 0.25, 100) // 40
 * @example neededDeals(1000, null, 100) // null
 */
export function neededDeals(target: number, winRate: number | null, size: number): number | null {
  if (winRate === null || !(winRate > 0) || !(size > 0)) return null;
  return Math.ceil(roundNoise(target / (winRate * size)));
}

/** The reverse funnel's stages from rates: needed, have and gap at each open stage. */
function stageNeeds(tally: PlanTally, rates: PlanRates, target: number): StageNeed[] {
  return rates.winRates.map((winRate, stage) => {
    const needed = neededDeals(target, winRate, rates.averageWonSize);
    const have = tally.openAt(stage);
    return {
      stage,
      winRate,
      needed,
      have,
      gap: needed === null ? null : Math.max(0, needed - have),
      neededAmount: needed === null ? null : needed * rates.averageWonSize,
      haveAmount: tally.openAmountAt(stage),
    };
  });
}

/**
 * The reverse funnel of a target without timing: for each open stage, the deals needed now, the open
 * deals there, the gap and the needed amount (what FUNNEL.PLAN spills). Fails as {@link salesPlan} does
 * on the target and the rates.
 * @example reverseFunnel(planTally(deals, DEFAULT_SCHEME), DEFAULT_SCHEME, 1000).value[5] // { stage: 5, needed: 20, have: 3, gap: 17, … }
 */
export function reverseFunnel(
  tally: PlanTally,
  scheme: StageScheme,
  target: number,
  basis: PlanBasis = "data",
  averageWonSize?: number,
): Result<StageNeed[]> {
  const checked = checkTarget(target);
  if (!checked.ok) return checked;
  const rates = planRates(tally, scheme, basis, averageWonSize);
  if (!rates.ok) return rates;
  return ok(stageNeeds(tally, rates.value, target));
}

/**
 * The deals needed at one open stage now to win `target`, from the data's conversion from that stage to
 * won and the average won size, rounded up to whole deals (FUNNEL.REQUIRED). Fails (VALUE, saying what to
 * give instead) on a target of 0 or less, the won stage, a stage on the way to won that no deal has left,
 * or no won deal with an amount.
 * @example requiredDeals(planTally(deals, DEFAULT_SCHEME), DEFAULT_SCHEME, 1000, 5) // ok(20)
 */
export function requiredDeals(
  tally: PlanTally,
  scheme: StageScheme,
  target: number,
  stage: number,
): Result<number> {
  const checked = checkTarget(target);
  if (!checked.ok) return checked;
  const open = scheme.stages.length - 1;
  if (!Number.isInteger(stage) || stage < 0 || stage >= open) {
    const won = scheme.stages[scheme.stages.length - 1].name;
    return fail("VALUE", {
      zh: `只能为进行中的阶段计算所需商机数（不能是“${shownName(won.zh)}”或丢单）：请给出第 1–${open} 阶段之一。`,
      en: `Deals needed are counted at an open stage (not “${shownName(won.en)}” or lost): give one of stages 1–${open}.`,
    });
  }
  const conversion = conversionToWon(tally, scheme);
  const unknown = unknownStage(conversion, scheme, stage);
  if (unknown !== undefined) return unknown;
  const size = averageWonSizeOf(tally);
  if (!size.ok) return size;
  const needed = neededDeals(target, conversion.winRates[stage], size.value);
  if (needed !== null) return ok(needed);
  return fail("VALUE", {
    zh: `从“${shownName(scheme.stages[stage].name.zh)}”阶段出发的商机还没有成交过（到成交的转化率为 0）：请给出成交商机的结果，或从更靠后的阶段计算。`,
    en: `No deal from stage “${shownName(scheme.stages[stage].name.en)}” has been won yet (its conversion to won is 0): give the outcomes of won deals, or count at a later stage.`,
  });
}

/** A plan of one set of deals (the team's, or an owner's) for one amount. */
interface PlanFigures {
  readonly stages: StagePlan[];
  readonly expectedFromOpen: number;
  readonly shortfall: number;
  readonly newDeals: NewDealsMonth[];
  readonly createBy: number | null;
}

function planFigures(tally: PlanTally, rates: PlanRates, target: number, window: PlanWindow): PlanFigures {
  const expected = new CompensatedSum();
  const stages = stageNeeds(tally, rates, target).map((need): StagePlan => {
    const daysToClose = rates.daysToClose[need.stage];
    const closesInPeriod = window.asOf + (daysToClose ?? 0) <= window.periodEnd;
    if (closesInPeriod && need.winRate !== null) expected.add(need.haveAmount * need.winRate);
    return { ...need, daysToClose, closesInPeriod };
  });
  const expectedFromOpen = roundNoise(expected.value);
  const shortfall = Math.max(0, roundNoise(target - expectedFromOpen));
  const createBy = createByOf(window.asOf, window.periodEnd, rates.daysToClose[0] ?? null);
  const deals = shortfall > 0 ? (neededDeals(shortfall, rates.winRates[0], rates.averageWonSize) ?? 0) : 0;
  const newDeals = spreadNewDeals(deals, rates.averageWonSize, window.asOf, createBy);
  return { stages, expectedFromOpen, shortfall, newDeals, createBy };
}

const ownerOf = (deal: Deal): string => (deal.owner ?? "").trim();

/** The quotas as a list: "even" splits the target among the owners of the open deals (by name). */
function quotaList(
  quotas: NonNullable<PlanOptions["quotas"]>,
  deals: readonly Deal[],
  target: number,
): Result<readonly { readonly owner: string; readonly quota: number }[]> {
  if (quotas !== "even") return checkQuotas(quotas);
  const owners = new Set<string>();
  for (const deal of deals)
    if (deal.position.kind === "open" && ownerOf(deal) !== "") owners.add(ownerOf(deal));
  if (owners.size === 0) {
    return fail("VALUE", {
      zh: "没有进行中的商机写明了负责人，无法平分目标：请填写负责人列，或逐一给出各负责人的配额。",
      en: "No open deal names its owner, so the target cannot be split evenly: fill in the owner column, or give each owner's quota.",
    });
  }
  const names = [...owners].sort((a, b) => a.localeCompare(b));
  return ok(names.map((owner) => ({ owner, quota: target / names.length })));
}

function ownerPlans(
  deals: readonly Deal[],
  scheme: StageScheme,
  options: PlanOptions,
  teamRates: PlanRates,
  window: PlanWindow,
): Result<OwnerPlan[]> {
  const quotas = quotaList(options.quotas ?? [], deals, options.target);
  if (!quotas.ok) return quotas;
  const minimum = checkMinClosedDeals(options.minClosedDeals);
  if (!minimum.ok) return minimum;
  return ok(
    quotas.value.map(({ owner, quota }): OwnerPlan => {
      const tally = planTally(
        deals.filter((deal) => ownerOf(deal) === owner),
        scheme,
      );
      const own =
        tally.closed >= minimum.value
          ? planRates(tally, scheme, options.basis, options.averageWonSize)
          : undefined;
      const rates = own?.ok ? own.value : teamRates;
      const figures = planFigures(tally, rates, quota, window);
      return {
        owner,
        quota,
        ratesFrom: own?.ok ? "own" : "team",
        closedDeals: tally.closed,
        averageWonSize: rates.averageWonSize,
        ...figures,
      };
    }),
  );
}

/**
 * The reverse funnel for a target (see the module notes): deals needed at each open stage now, the gap
 * to the deals there, what the open deals are expected to bring, the new deals to create month by month,
 * and, with quotas, the same per owner.
 *
 * Fails (VALUE, with a message saying what to give instead) on a target of 0 or less, a period that ends
 * before it starts or before the as-of date, on the data basis a stage no deal has ever left (its
 * conversion to won unknown), no won deal with an amount to measure a size from, and bad quotas.
 * @example
 * salesPlan(read.deals, DEFAULT_SCHEME, { target: 1_000_000, periodStart: 45839, periodEnd: 45930, asOf: 45838, basis: "data" })
 * // ok({ stages: [{ stage: 0, needed: 100, have: 12, gap: 88, … }, …], newDeals: [{ month: "2025-07", deals: 30, … }, …], … })
 */
export function salesPlan(
  deals: readonly Deal[],
  scheme: StageScheme,
  options: PlanOptions,
): Result<SalesPlan> {
  const target = checkTarget(options.target);
  if (!target.ok) return target;
  const checked = checkWindow(options);
  if (!checked.ok) return checked;
  const window = checked.value;
  const team = planTally(deals, scheme);
  const rates = planRates(team, scheme, options.basis, options.averageWonSize);
  if (!rates.ok) return rates;
  const figures = planFigures(team, rates.value, target.value, window);
  const plan: SalesPlan = {
    target: target.value,
    periodStart: window.periodStart,
    periodEnd: window.periodEnd,
    asOf: window.asOf,
    basis: options.basis,
    averageWonSize: rates.value.averageWonSize,
    ...figures,
  };
  if (options.quotas === undefined) return ok(plan);
  const owners = ownerPlans(deals, scheme, options, rates.value, window);
  return owners.ok ? ok({ ...plan, owners: owners.value }) : owners;
}
