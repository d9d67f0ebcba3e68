/**
 * Which stage, improved, moves the period's expected won amount most (瓶颈 as levers). The expected won
 * amount of the open deals is Σ over the stages whose deals can close inside the period (as-of date + days
 * to close ≤ the period's last day) of open amount × win rate, the rates measured from the data
 * (planRates.ts). For each open stage:
 *
 * - conversion lever: its next-step conversion raised by `points` (capped at 1), which raises the win
 *   rate of the deals at it and before it;
 * - time lever: its time in stage shortened by `days` (never below 0), which brings the close of the deals
 *   at it and before it forward, so more of them close inside the period.
 *
 * Each gain is the expected won amount with the lever less without it. Ranked by the larger of the two
 * gains, the largest first (ties: the earlier stage).
 */
import { fail, ok, type Result, roundNoise } from "../kernel";
import type { Deal } from "../pipeline";
import type { StageScheme } from "../stages";
import { checkWindow } from "./planChecks";
import { conversionToWon, daysToCloseOf, unknownStage, winRatesFrom } from "./planRates";
import { type PlanTally, planTally } from "./planTally";
import type { StageLever } from "./types";

/** The period and the size of the two levers. */
export interface LeverOptions {
  readonly asOf: number;
  readonly periodStart: number;
  readonly periodEnd: number;
  /** Points of next-step conversion added (0.05 = 5 points). Default 0.05. */
  readonly points?: number;
  /** Days taken off the time in stage. Default 7. */
  readonly days?: number;
}

/** The expected won amount of the open deals of stages that close in time, at these rates and days. */
function expectedWon(
  tally: PlanTally,
  winRates: readonly (number | null)[],
  daysToClose: readonly (number | null)[],
  asOf: number,
  periodEnd: number,
): number {
  let total = 0;
  winRates.forEach((rate, k) => {
    if (rate !== null && asOf + (daysToClose[k] ?? 0) <= periodEnd) total += tally.openAmountAt(k) * rate;
  });
  return total;
}

/**
 * Each open stage's two levers on the period's expected won amount, ranked (see the module notes).
 * Fails (VALUE, saying what to give instead) on a period that ends before it starts or before the as-of
 * date, points outside (0, 1], days below 0, or a stage no deal has ever left.
 * @example stageLevers(read.deals, DEFAULT_SCHEME, { asOf: 45838, periodStart: 45839, periodEnd: 45930 })
 * // ok([{ stage: 4, conversionGain: 12000, timeGain: 30000, rank: 1 }, …])
 */
export function stageLevers(
  deals: readonly Deal[],
  scheme: StageScheme,
  options: LeverOptions,
): Result<StageLever[]> {
  const { points = 0.05, days = 7 } = options;
  const window = checkWindow(options);
  if (!window.ok) return window;
  if (!(Number.isFinite(points) && points > 0 && points <= 1)) {
    return fail("VALUE", {
      zh: `转化率提升幅度（${String(points)}）必须在 0 到 1 之间，例如 0.05 表示提高 5 个百分点。`,
      en: `The conversion points (${String(points)}) must be above 0 and at most 1, e.g. 0.05 for 5 points.`,
    });
  }
  if (!(Number.isFinite(days) && days >= 0)) {
    return fail("VALUE", {
      zh: `缩短的停留天数（${String(days)}）必须是 0 或正数，例如 7。`,
      en: `The days taken off the time in stage (${String(days)}) must be 0 or more, e.g. 7.`,
    });
  }
  const tally = planTally(deals, scheme);
  const conversion = conversionToWon(tally, scheme);
  const unknown = unknownStage(conversion, scheme, 0);
  if (unknown !== undefined) return unknown;
  const timing = daysToCloseOf(tally.averageCycleDays, scheme);
  const { asOf, periodEnd } = window.value;
  const base = expectedWon(tally, conversion.winRates, timing.daysToClose, asOf, periodEnd);
  const gains = conversion.nextStep.map((step, stage) => {
    const raised = conversion.nextStep.map((s, k) => (k === stage ? Math.min(1, (step ?? 0) + points) : s));
    const conversionGain =
      expectedWon(tally, winRatesFrom(raised), timing.daysToClose, asOf, periodEnd) - base;
    const cut = Math.min(days, timing.daysInStage ?? 0);
    const sooner = timing.daysToClose.map((d, k) => (d === null || k > stage ? d : d - cut));
    const timeGain = expectedWon(tally, conversion.winRates, sooner, asOf, periodEnd) - base;
    return { stage, conversionGain: roundNoise(conversionGain), timeGain: roundNoise(timeGain) };
  });
  const order = [...gains].sort(
    (a, b) =>
      Math.max(b.conversionGain, b.timeGain) - Math.max(a.conversionGain, a.timeGain) || a.stage - b.stage,
  );
  return ok(order.map((lever, i) => ({ ...lever, rank: i + 1 })));
}
