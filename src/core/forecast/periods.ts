/**
 * Calendar periods of a forecast: the months or quarters a date range touches, as Excel serial bounds
 * (both ends included) with a label that reads the same in every language ("2025-07", "2025-Q3").
 */
import { dateFromSerial, MAX_SERIAL, monthKey, serialFromDate } from "../kernel";

/** One calendar period. */
export interface CalendarPeriod {
  /** Its first day (Excel serial). */
  readonly from: number;
  /** Its last day (Excel serial). */
  readonly to: number;
  /** "2025-07" for a month, "2025-Q3" for a quarter. */
  readonly label: string;
}

/** How long a period is. */
export type PeriodUnit = "month" | "quarter";

/**
 * The whole calendar months or quarters that overlap `from`..`to` (Excel serials, times of day dropped),
 * in order: the first period starts on the first day of the month or quarter holding `from`, the last
 * one ends on the last day of the one holding `to`.
 * @throws RangeError when a bound is not an Excel date (1 … 9999-12-31) or `from` is after `to`.
 * @example calendarPeriods(45839, 45900, "month") // [{ from: 45839, to: 45869, label: "2025-07" }, { from: 45870, to: 45900, label: "2025-08" }]
 * @example calendarPeriods(45839, 45839, "quarter") // [{ from: 45839, to: 45930, label: "2025-Q3" }]
 */
export function calendarPeriods(from: number, to: number, unit: PeriodUnit): CalendarPeriod[] {
  const [first, last] = [Math.floor(from), Math.floor(to)];
  for (const bound of [first, last]) {
    if (!(bound >= 1 && bound <= MAX_SERIAL)) throw new RangeError(`${bound} is not an Excel date serial.`);
  }
  if (first > last) throw new RangeError(`The period starts (${first}) after it ends (${last}).`);
  const months = unit === "quarter" ? 3 : 1;
  const start = dateFromSerial(first);
  let year = start.year;
  let month = start.month - ((start.month - 1) % months);
  const periods: CalendarPeriod[] = [];
  for (;;) {
    const periodFrom = serialFromDate({ year, month, day: 1 }) ?? 1;
    if (periodFrom > last) return periods;
    month += months;
    if (month > 12) [year, month] = [year + 1, month - 12];
    const next = serialFromDate({ year, month, day: 1 });
    const periodTo = next === null ? MAX_SERIAL : next - 1;
    const label =
      unit === "quarter"
        ? `${dateFromSerial(periodFrom).year}-Q${Math.ceil(dateFromSerial(periodFrom).month / 3)}`
        : monthKey(periodFrom);
    periods.push({ from: periodFrom, to: periodTo, label });
    if (next === null) return periods;
  }
}

/** Quarters offered before and after the as-of date's quarter. */
const QUARTERS_AROUND = 4;
/** The most days a quarter has: four such steps from a day reach at least four quarters away. */
const DAYS_PER_QUARTER = 92;

/**
 * The quarters around a day, in order: the four before the quarter holding `asOf`, that quarter, and the four
 * after it (what the Forecast view's period picker offers); fewer near the ends of Excel's dates (1900, 9999).
 * @throws RangeError when `asOf` is not an Excel date (a programming error: the caller parses what the user typed).
 * @example quartersAround(45838).map((q) => q.label) // ["2024-Q2", …, "2025-Q2", …, "2026-Q2"]
 */
export function quartersAround(asOf: number): CalendarPeriod[] {
  const span = QUARTERS_AROUND * DAYS_PER_QUARTER;
  const [current] = calendarPeriods(asOf, asOf, "quarter");
  const before = calendarPeriods(Math.max(1, asOf - span), asOf, "quarter").slice(-QUARTERS_AROUND - 1, -1);
  const after = calendarPeriods(asOf, Math.min(MAX_SERIAL, asOf + span), "quarter").slice(
    1,
    QUARTERS_AROUND + 1,
  );
  return [...before, current, ...after];
}
