/**
 * New deals to create, month by month: a number of deals spread evenly over the days from the as-of date
 * to the last day a new deal can still close inside the period, each month taking its share of those days
 * (whole deals, the remainders to the months with the largest shares, earlier months first).
 */
import { dateFromSerial, monthKey, serialFromDate } from "../kernel";
import type { NewDealsMonth } from "./types";

/** The first day of the month after the one of `serial`. */
function nextMonthStart(serial: number): number {
  const { year, month } = dateFromSerial(serial);
  const next = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
  return serialFromDate(next) ?? Number.POSITIVE_INFINITY;
}

/**
 * The last day a new deal (at the first stage) can be created and still close inside the period: the
 * period's last day less the first stage's days to close (no lag when unknown); `null` when that day is
 * before `asOf` (none can).
 * @example createByOf(45838, 45930, 60) // 45870
 * @example createByOf(45838, 45930, 120) // null
 */
export function createByOf(asOf: number, periodEnd: number, firstStageDays: number | null): number | null {
  const last = Math.floor(periodEnd - (firstStageDays ?? 0));
  return last < Math.floor(asOf) ? null : last;
}

/**
 * `deals` new deals of `size` each spread over the months from `asOf` to `createBy` (both included) as
 * the module notes say; no month when there are no deals or no day to create them on.
 * @example spreadNewDeals(6, 100, 45838, 45900) // [{ month: "2025-07", deals: 3, amount: 300 }, { month: "2025-08", deals: 3, amount: 300 }, …]
 */
export function spreadNewDeals(
  deals: number,
  size: number,
  asOf: number,
  createBy: number | null,
): NewDealsMonth[] {
  const first = Math.floor(asOf);
  if (deals <= 0 || createBy === null || createBy < first) return [];
  const months: { month: string; days: number }[] = [];
  for (let start = first; start <= createBy;) {
    const end = Math.min(nextMonthStart(start) - 1, createBy);
    months.push({ month: monthKey(start), days: end - start + 1 });
    start = end + 1;
  }
  const total = createBy - first + 1;
  const shares = months.map((m) => (deals * m.days) / total);
  const counts = shares.map((share) => Math.floor(share + 1e-9));
  let left = deals - counts.reduce((sum, n) => sum + n, 0);
  const order = shares
    .map((share, i) => ({ i, rest: share - counts[i] }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let j = 0; left > 0; j = (j + 1) % order.length, left--) counts[order[j].i] += 1;
  return months.map((m, i) => ({ month: m.month, deals: counts[i], amount: counts[i] * size }));
}
