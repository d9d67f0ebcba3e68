/**
 * The rates a plan rests on (目标倒推的依据): each open stage's win rate, the average won size and the days
 * from each stage to closing won.
 *
 * - "data": a stage's win rate is the product of the next-step conversions from it to the won stage, each
 *   reached(k+1) ÷ reached(k) as core/metrics' FunnelTally counts them (so it is reached(won) ÷ reached(k)).
 *   A stage no deal has ever left (none reached the next stage, none was lost there) has no conversion
 *   yet: its win rate, and that of every stage before it, is unknown.
 * - "settings": a stage's win rate is its probability in the stage settings (the scheme).
 * - The average won size is that of the won deals with an amount (or the size the planner gives).
 * - Days to close: the won deals' average sales cycle (created → closed) is the time from the first stage
 *   to won, and each open stage takes an equal share of it (the table has no dated step of each deal), so
 *   from stage k (0-based, of n open stages) it is cycle × (n − k) ÷ n. Unknown without a won deal with
 *   both dates.
 */
import { type Bilingual, fail, ok, type Result, shownName } from "../kernel";
import type { StageScheme } from "../stages";
import type { PlanTally } from "./planTally";
import type { PlanBasis } from "./types";

/** Each open stage's conversion figures (index = stage index; the won stage has none). */
export interface ConversionToWon {
  /** Next-step conversion reached(k+1) ÷ reached(k); `null` for a stage no deal has left. */
  readonly nextStep: readonly (number | null)[];
  /** Share of the deals at the stage that end won; `null` when unknown. */
  readonly winRates: readonly (number | null)[];
}

/** The rates of one plan. */
export interface PlanRates extends ConversionToWon {
  readonly basis: PlanBasis;
  readonly averageWonSize: number;
  /** Days from being at each open stage to closing won; `null` when unknown. */
  readonly daysToClose: readonly (number | null)[];
  /** Days a deal spends in each open stage (an equal share of the cycle); `null` when unknown. */
  readonly daysInStage: number | null;
}

const stageName = (scheme: StageScheme, index: number): Bilingual => ({
  zh: shownName(scheme.stages[index].name.zh),
  en: shownName(scheme.stages[index].name.en),
});

/**
 * Win rates from a list of next-step conversions: the product from each stage to the won stage, `null`
 * from the last stage with an unknown conversion down.
 * @example winRatesFrom([0.5, 0.5, 1]) // [0.25, 0.5, 1]
 * @example winRatesFrom([0.5, null, 1]) // [null, null, 1]
 */
export function winRatesFrom(nextStep: readonly (number | null)[]): (number | null)[] {
  const rates: (number | null)[] = new Array<number | null>(nextStep.length);
  let rate: number | null = 1;
  for (let k = nextStep.length - 1; k >= 0; k--) {
    const step = nextStep[k];
    rate = rate === null || step === null ? null : rate * step;
    rates[k] = rate;
  }
  return rates;
}

/**
 * Each open stage's conversion to won, from the data (see the module notes).
 * @example conversionToWon(tally, DEFAULT_SCHEME).winRates[5] // 0.5: half the deals that reached 谈判 were won
 */
export function conversionToWon(tally: PlanTally, scheme: StageScheme): ConversionToWon {
  const funnel = tally.funnel;
  const open = scheme.stages.length - 1;
  const nextStep: (number | null)[] = [];
  for (let k = 0; k < open; k++) {
    const reached = funnel.reached(k);
    const moved = funnel.reached(k + 1);
    nextStep.push(moved + funnel.lostAtStage(k) === 0 || reached === 0 ? null : moved / reached);
  }
  return { nextStep, winRates: winRatesFrom(nextStep) };
}

/**
 * The VALUE failure of a stage no deal has ever left, saying what to give instead.
 * @example neverLeft(DEFAULT_SCHEME, 5).error.message.en // "No deal has ever left stage “谈判客户” …"
 */
export function neverLeft(scheme: StageScheme, index: number): Result<never> {
  const name = stageName(scheme, index);
  return fail("VALUE", {
    zh: `还没有商机离开过“${name.zh}”阶段（没有进入下一阶段，也没有在此丢单），无法得知它到成交的转化率：请给出已结束商机的结果（成交 / 丢单），或改用阶段设置中的概率（basis "settings"）。`,
    en: `No deal has ever left stage “${name.en}” (none moved on, none was lost there), so its conversion to won is unknown: give the outcomes of closed deals (won / lost), or plan from the stage settings' probabilities (basis "settings").`,
  });
}

/**
 * The first failure among the stages `from` … the last open stage: the latest stage no deal has left
 * (it blocks every stage before it); `undefined` when all are known.
 * @example unknownStage(conversion, DEFAULT_SCHEME, 2) // undefined
 */
export function unknownStage(
  conversion: ConversionToWon,
  scheme: StageScheme,
  from: number,
): Result<never> | undefined {
  for (let k = conversion.nextStep.length - 1; k >= from; k--) {
    if (conversion.nextStep[k] === null) return neverLeft(scheme, k);
  }
  return undefined;
}

/**
 * The average won size of the tally, or `override` when given; a VALUE failure when there is none,
 * saying what to give instead.
 * @example averageWonSizeOf(tally) // ok(100)
 */
export function averageWonSizeOf(tally: PlanTally, override?: number): Result<number> {
  if (override !== undefined) {
    if (Number.isFinite(override) && override > 0) return ok(override);
    return fail("VALUE", {
      zh: "计划用的单笔成交金额必须是正数：请给出一笔成交的典型金额。",
      en: "The deal size to plan with must be a positive amount: give the typical amount of a won deal.",
    });
  }
  const size = tally.averageWonSize;
  if (size !== null && size > 0) return ok(size);
  return fail("VALUE", {
    zh: "没有带金额的成交商机，无法计算平均成交金额：请给出成交商机的金额（及其结果），或给出计划用的单笔成交金额。",
    en: "No won deal has an amount, so there is no average won size: give the amounts of won deals (and their outcomes), or the deal size to plan with.",
  });
}

/**
 * Days from each open stage to closing won and the days in each stage, from the average sales cycle (see
 * the module notes); all `null` when no won deal has both dates.
 * @example daysToCloseOf(60, DEFAULT_SCHEME) // { daysToClose: [60, 50, 40, 30, 20, 10], daysInStage: 10 }
 */
export function daysToCloseOf(
  cycleDays: number | null,
  scheme: Pick<StageScheme, "stages">,
): { readonly daysToClose: (number | null)[]; readonly daysInStage: number | null } {
  const open = scheme.stages.length - 1;
  if (cycleDays === null || open < 1) {
    return { daysToClose: new Array<number | null>(Math.max(open, 0)).fill(null), daysInStage: null };
  }
  const daysInStage = cycleDays / open;
  return {
    daysToClose: Array.from({ length: open }, (_, k) => daysInStage * (open - k)),
    daysInStage,
  };
}

/**
 * The rates of a plan on a basis (see the module notes). Fails (VALUE, saying what to give instead) when
 * a stage's conversion to won is unknown (data basis) or there is no won size.
 * @example planRates(tally, DEFAULT_SCHEME, "settings").value.winRates[2] // 0.2
 */
export function planRates(
  tally: PlanTally,
  scheme: StageScheme,
  basis: PlanBasis,
  averageWonSize?: number,
): Result<PlanRates> {
  let conversion: ConversionToWon;
  if (basis === "data") {
    conversion = conversionToWon(tally, scheme);
    const unknown = unknownStage(conversion, scheme, 0);
    if (unknown !== undefined) return unknown;
  } else {
    const winRates = scheme.stages.slice(0, -1).map((stage) => stage.probability);
    const nextStep = winRates.map((rate, k) => {
      const after = k + 1 < winRates.length ? winRates[k + 1] : 1;
      return after > 0 ? Math.min(1, rate / after) : null;
    });
    conversion = { nextStep, winRates };
  }
  const size = averageWonSizeOf(tally, averageWonSize);
  if (!size.ok) return size;
  const days = daysToCloseOf(tally.averageCycleDays, scheme);
  return ok({ basis, ...conversion, averageWonSize: size.value, ...days });
}
