/**
 * The checks of a plan's options: the mistakes a planner makes, each a VALUE failure whose message (中文
 * and English) says what to give instead. VALUE, because Excel shows a custom function's message for
 * #VALUE! (and #N/A) only.
 */
import { fail, isoDate, MAX_SERIAL, ok, type Result } from "../kernel";
import type { PlanOptions } from "./types";

/** The period of a plan and its as-of date, checked. */
export interface PlanWindow {
  readonly periodStart: number;
  readonly periodEnd: number;
  readonly asOf: number;
}

const isSerial = (value: number) => Number.isFinite(value) && value >= 1 && value <= MAX_SERIAL;

/**
 * Checks the target: a finite amount above 0.
 * @example checkTarget(1000000) // ok(1000000)
 * @example checkTarget(0).ok // false: “give the amount to win in the period”
 */
export function checkTarget(target: number): Result<number> {
  if (Number.isFinite(target) && target > 0) return ok(target);
  return fail("VALUE", {
    zh: `目标必须大于 0（现为 ${String(target)}）：请给出本期要赢得的金额，例如 1000000。`,
    en: `The target must be more than 0 (it is ${String(target)}): give the amount to win in the period, e.g. 1000000.`,
  });
}

/**
 * Checks the period and the as-of date: dates, the period ending on or after its start and on or after
 * the as-of date.
 * @example checkWindow({ periodStart: 45839, periodEnd: 45930, asOf: 45838 }) // ok(…)
 * @example checkWindow({ periodStart: 45930, periodEnd: 45839, asOf: 45838 }).ok // false: swap the dates
 */
export function checkWindow(window: PlanWindow): Result<PlanWindow> {
  const { periodStart, periodEnd, asOf } = window;
  if (![periodStart, periodEnd, asOf].every(isSerial)) {
    return fail("VALUE", {
      zh: "计划需要三个日期：期间的第一天、最后一天和计划日（今天）。",
      en: "A plan needs three dates: the first and last day of the period, and the plan's as-of date (today).",
    });
  }
  if (periodEnd < periodStart) {
    return fail("VALUE", {
      zh: `期间在开始（${isoDate(periodStart)}）之前就结束了（${isoDate(periodEnd)}）：请交换开始和结束日期。`,
      en: `The period ends (${isoDate(periodEnd)}) before it starts (${isoDate(periodStart)}): swap the start and end dates.`,
    });
  }
  if (Math.floor(periodEnd) < Math.floor(asOf)) {
    return fail("VALUE", {
      zh: `期间在计划日（${isoDate(asOf)}）之前就已结束（${isoDate(periodEnd)}）：请给出一个尚未结束的期间，或更早的计划日。`,
      en: `The period ended (${isoDate(periodEnd)}) before the as-of date (${isoDate(asOf)}): give a period that has not ended yet, or an earlier as-of date.`,
    });
  }
  return ok(window);
}

/** The quotas of a plan as checked: owner and quota, in the planner's order. */
export type CheckedQuotas = readonly { readonly owner: string; readonly quota: number }[];

/**
 * Checks a quota list: each owner named once, each quota a finite amount of 0 or more.
 * @example checkQuotas([{ owner: "王芳", quota: 500 }]) // ok([{ owner: "王芳", quota: 500 }])
 */
export function checkQuotas(
  quotas: Exclude<PlanOptions["quotas"], "even" | undefined>,
): Result<CheckedQuotas> {
  const seen = new Set<string>();
  const checked: { owner: string; quota: number }[] = [];
  for (const { owner, quota } of quotas) {
    const name = owner.trim();
    if (name === "") {
      return fail("VALUE", {
        zh: "配额缺少负责人：请为每个配额给出负责人的姓名。",
        en: "A quota has no owner: give the owner's name beside each quota.",
      });
    }
    if (seen.has(name)) {
      return fail("VALUE", {
        zh: `负责人“${name}”有两个配额：每位负责人只给一个配额。`,
        en: `Owner “${name}” has two quotas: give each owner one quota.`,
      });
    }
    if (!Number.isFinite(quota) || quota < 0) {
      return fail("VALUE", {
        zh: `负责人“${name}”的配额（${String(quota)}）不是 0 或正数金额：请给出本期要赢得的金额。`,
        en: `Owner “${name}”'s quota (${String(quota)}) is not an amount of 0 or more: give the amount to win in the period.`,
      });
    }
    seen.add(name);
    checked.push({ owner: name, quota });
  }
  return ok(checked);
}

/**
 * Checks the closed deals an owner needs for their own rates: a whole number of 0 or more (default 5).
 * @example checkMinClosedDeals(undefined) // ok(5)
 */
export function checkMinClosedDeals(value: number | undefined): Result<number> {
  if (value === undefined) return ok(DEFAULT_MIN_CLOSED_DEALS);
  if (Number.isInteger(value) && value >= 0) return ok(value);
  return fail("VALUE", {
    zh: `使用本人比率所需的已结束商机数（${String(value)}）必须是 0 或正整数，例如 5。`,
    en: `The closed deals an owner needs for their own rates (${String(value)}) must be a whole number of 0 or more, e.g. 5.`,
  });
}

/** Closed deals an owner needs for their own rates unless told otherwise. */
export const DEFAULT_MIN_CLOSED_DEALS = 5;
