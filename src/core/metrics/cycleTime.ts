/**
 * Time in the funnel (销售升迁周期, 机会升迁耗时): the sales cycle of a deal (created → closed) and the
 * days a deal has spent in its current stage, in whole days between Excel serial dates.
 *
 * Days are whole calendar days (dates.ts `daysBetween`): the time of day is ignored, so a deal created on
 * 2025-01-01 14:00 and closed on 2025-01-03 09:00 took 2 days. Dates are Excel serial day numbers
 * (1900 date system; 45658 = 2025-01-01).
 */
import { counted, daysBetween, CompensatedSum, fail, ok, type Result } from "../kernel";

/** Whole days from `from` to `to` (dates.ts), or a VALUE failure when a date is not finite. */
function wholeDays(from: number, to: number): Result<number> {
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    return fail("VALUE", { zh: "日期不是有效的数字。", en: "A date is not a valid number." });
  }
  return ok(daysBetween(from, to));
}

/**
 * The sales cycle of one deal: whole days from its created date to its close date. A close date before
 * the created date is a VALUE failure (one of the two dates is wrong).
 * @example salesCycleDays(45658, 45688) // ok(30): 2025-01-01 → 2025-01-31
 * @example salesCycleDays(45688, 45658) // VALUE: closed before it was created
 */
export function salesCycleDays(created: number, closed: number): Result<number> {
  const days = wholeDays(created, closed);
  if (!days.ok || days.value >= 0) return days;
  return fail("VALUE", {
    zh: `关闭日期比创建日期早 ${-days.value} 天：请检查这两个日期。`,
    en: `The closed date is ${counted(-days.value, "day", "days")} before the created date: check both dates.`,
  });
}

/**
 * Whole days a deal has spent in its current stage: from the day it entered the stage to `asOf`
 * (0 when it entered on `asOf`). A stage-entered date after `asOf` is a VALUE failure.
 * @example daysInStage(45658, 45778) // ok(120)
 * @example daysInStage(45779, 45778) // VALUE: entered the stage after the as-of date
 */
export function daysInStage(stageEntered: number, asOf: number): Result<number> {
  const days = wholeDays(stageEntered, asOf);
  if (!days.ok || days.value >= 0) return days;
  return fail("VALUE", {
    zh: `进入阶段的日期晚于统计日期 ${-days.value} 天：请检查该日期。`,
    en: `The stage-entered date is ${counted(-days.value, "day", "days")} after the as-of date: check that date.`,
  });
}

/**
 * The average sales cycle over many deals, one deal at a time (nothing kept per deal).
 * @example
 * const cycle = new SalesCycleAverage();
 * cycle.add(45658, 45688); // 30 days
 * cycle.add(45658, 45668); // 10 days
 * cycle.average // ok(20)
 */
export class SalesCycleAverage {
  private readonly total = new CompensatedSum();
  private counted = 0;

  /**
   * Counts one deal's cycle and returns it; a failure (see {@link salesCycleDays}) is returned and the
   * deal is not counted.
   * @example cycle.add(45658, 45688) // ok(30)
   */
  add(created: number, closed: number): Result<number> {
    const days = salesCycleDays(created, closed);
    if (days.ok) this.addIfValid(created, closed);
    return days;
  }

  /**
   * Counts one deal's cycle when it is one — finite dates, closed on or after the created day — and says
   * whether it did; unlike {@link SalesCycleAverage.add} it allocates nothing (for large ranges).
   * @example cycle.addIfValid(45688, 45658) // false: closed before it was created
   */
  addIfValid(created: number, closed: number): boolean {
    if (!Number.isFinite(created) || !Number.isFinite(closed)) return false;
    const days = daysBetween(created, closed);
    if (days < 0) return false;
    this.total.add(days);
    this.counted += 1;
    return true;
  }

  /** Deals counted. @example new SalesCycleAverage().count // 0 */
  get count(): number {
    return this.counted;
  }

  /**
   * The average cycle in days; DIV0 when no deal was counted.
   * @example new SalesCycleAverage().average // DIV0
   */
  get average(): Result<number> {
    if (this.counted === 0) {
      return fail("DIV0", {
        zh: "没有同时具备创建日期和关闭日期的已关闭商机，无法计算销售周期。",
        en: "No closed deal has both a created date and a closed date, so there is no sales cycle.",
      });
    }
    return ok(this.total.value / this.counted);
  }
}
