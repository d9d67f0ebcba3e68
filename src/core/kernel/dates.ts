/**
 * Excel dates: serial day numbers of the 1900 date system, and the text dates people type.
 *
 * Serial 1 is 1900-01-01. Excel counts a 29 February 1900 that never was (serial 60, kept for Lotus 1-2-3
 * compatibility), so serials 1–59 are one day "early" against the real calendar and 61 is 1900-03-01.
 * These functions reproduce that: `serialFromDate({ year: 1900, month: 2, day: 29 })` is 60, as in Excel.
 * Dates are whole days: a time of day (the fraction of a serial, or "14:30" in a text) is dropped.
 */
import { isBlankCell } from "./cells";
import { displayValue } from "./labels";
import { fail, ok, type Result } from "./result";

/** A day of the calendar; `month` and `day` count from 1. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** How to read day-month order in text dates such as 05-03-24. */
export type DateOrder = "ymd" | "dmy" | "mdy";

/** The last day Excel can show: 9999-12-31. */
export const MAX_SERIAL = 2958465;
/** Excel's fictitious 1900-02-29. */
const FAKE_LEAP_DAY = 60;
/** Serial of 1970-01-01, the day our civil-day arithmetic counts from. */
const UNIX_EPOCH_SERIAL = 25569;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day count since 1970-01-01 (H. Hinnant's civil_from_days). */
function civilFromDays(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const MARCH_1900 = daysFromCivil(1900, 3, 1);

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The Excel serial of a calendar date, or `null` when the date does not exist (2024-02-30, month 13)
 * or lies outside Excel's range 1900-01-01 … 9999-12-31. 1900-02-29 is 60, as in Excel.
 * @example serialFromDate({ year: 2025, month: 1, day: 1 }) // 45658
 * @example serialFromDate({ year: 1900, month: 2, day: 29 }) // 60
 * @example serialFromDate({ year: 2023, month: 2, day: 29 }) // null
 */
export function serialFromDate(date: CalendarDate): number | null {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year === 1900 && month === 2 && day === 29) return FAKE_LEAP_DAY;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const days = daysFromCivil(year, month, day);
  const serial = days + UNIX_EPOCH_SERIAL - (days < MARCH_1900 ? 1 : 0);
  return serial >= 1 && serial <= MAX_SERIAL ? serial : null;
}

/**
 * The calendar date of an Excel serial (its fraction, the time of day, is dropped). Serial 60 is
 * Excel's 1900-02-29.
 * @throws RangeError outside 1 … {@link MAX_SERIAL} (a programming error: check values with
 * {@link parseDate} first).
 * @example dateFromSerial(45658) // { year: 2025, month: 1, day: 1 }
 * @example dateFromSerial(60) // { year: 1900, month: 2, day: 29 }
 */
export function dateFromSerial(serial: number): CalendarDate {
  const day = Math.floor(serial);
  if (!(day >= 1 && day <= MAX_SERIAL)) {
    throw new RangeError(`${serial} is not an Excel date serial (1..${MAX_SERIAL}).`);
  }
  if (day === FAKE_LEAP_DAY) return { year: 1900, month: 2, day: 29 };
  return civilFromDays(day - UNIX_EPOCH_SERIAL + (day < FAKE_LEAP_DAY ? 1 : 0));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The calendar month of a serial as "yyyy-mm": the key of monthly totals.
 * @example monthKey(45839) // "2025-07"
 */
export function monthKey(serial: number): string {
  const { year, month } = dateFromSerial(serial);
  return `${year}-${pad2(month)}`;
}

/**
 * A serial as an ISO date text "yyyy-mm-dd", for messages.
 * @example isoDate(45658) // "2025-01-01"
 */
export function isoDate(serial: number): string {
  const { year, month, day } = dateFromSerial(serial);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * A serial with a time of day (its fraction) as "yyyy-mm-dd hh:mm", to the nearest minute, for notes.
 * @example isoDateTime(45658.75) // "2025-01-01 18:00"
 */
export function isoDateTime(serial: number): string {
  const minutes = Math.round(serial * 1440);
  const day = Math.floor(minutes / 1440);
  const ofDay = minutes - day * 1440;
  return `${isoDate(day)} ${pad2(Math.floor(ofDay / 60))}:${pad2(ofDay % 60)}`;
}

/** A serial on the real calendar: Excel's serials before 1900-03-01 are one day short. */
const realDay = (serial: number) => {
  const day = Math.floor(serial);
  return day < FAKE_LEAP_DAY + 1 ? day + 1 : day;
};

/**
 * Whole calendar days from one serial to another (negative when `to` is earlier). Times of day are
 * dropped, and Excel's fictitious 1900-02-29 is not counted as a day.
 * @example daysBetween(45658, 45689) // 31 (2025-01-01 → 2025-02-01)
 * @example daysBetween(59, 61) // 1 (1900-02-28 → 1900-03-01)
 */
export function daysBetween(from: number, to: number): number {
  return realDay(to) - realDay(from);
}

/**
 * The Excel serial of a JavaScript date's local calendar day: "today" for an as-of date.
 * @throws RangeError for a date outside Excel's (1900-01-01 … 9999-12-31), a clock gone wrong.
 * @example serialFromJsDate(new Date(2025, 0, 1, 15, 30)) // 45658
 */
export function serialFromJsDate(date: Date): number {
  const serial = serialFromDate({
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
  });
  if (serial === null) throw new RangeError(`${date.toString()} is outside Excel's dates.`);
  return serial;
}

const TIME = String.raw`(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:z|[+-]\d{2}(?::?\d{2})?)?)?`;
/** 2024-03-05, 2024/3/5, 2024.3.5, 05-03-24, 05/03/2024 (the same separator twice), optional time. */
const NUMERIC = new RegExp(String.raw`^(\d{1,4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,4})${TIME}$`, "i");
/** 2024年3月5日 (日 or 号 optional), optional time. */
const CHINESE = new RegExp(
  String.raw`^(\d{2}|\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?${TIME}$`,
  "i",
);
/** 20240305 */
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** 5 Mar 2024, 5-Mar-24, 05 March 2024 */
const NAMED_DAY_FIRST = new RegExp(
  String.raw`^(\d{1,2})[\s-]*([a-z]{3,9})\.?[\s,-]*(\d{2}|\d{4})${TIME}$`,
  "i",
);
/** Mar 5, 2024; March 5th 2024 */
const NAMED_MONTH_FIRST = new RegExp(
  String.raw`^([a-z]{3,9})\.?\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})${TIME}$`,
  "i",
);
const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
/** Full English month names (lower case), their three-letter forms and "sept", to the month's number (1–12). */
export const ENGLISH_MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, i): [string, number] => [name, i + 1]),
  ...MONTH_NAMES.map((name, i): [string, number] => [name.slice(0, 3), i + 1]),
  ["sept", 9],
]);
const monthNumber = (name: string) => ENGLISH_MONTHS.get(name.toLowerCase());

/** A year as written: two digits are 2000–2099. */
const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

const notADate = (value: unknown) =>
  fail("VALUE", {
    zh: `“${displayValue(value)}”不是日期：请用 Excel 日期，或 2024-03-05、2024/3/5、2024年3月5日 这样的文字。`,
    en: `“${displayValue(value)}” is not a date: use an Excel date or a text such as 2024-03-05, 2024/3/5 or 2024年3月5日.`,
  });

const noSuchDay = (value: unknown) =>
  fail("VALUE", {
    zh: `“${displayValue(value)}”不是存在的日期（或超出 1900-01-01 至 9999-12-31）。`,
    en: `“${displayValue(value)}” is not a real date (or lies outside 1900-01-01 … 9999-12-31).`,
  });

const orderUnknown = (value: unknown) =>
  fail("VALUE", {
    zh: `“${displayValue(value)}”的日、月顺序不明：请指定日期顺序（日/月/年 或 月/日/年）。`,
    en: `“${displayValue(value)}” has an unknown day–month order: state the date order (day/month/year or month/day/year).`,
  });

const dated = (value: unknown, year: number, month: number, day: number): Result<number> => {
  const serial = serialFromDate({ year, month, day });
  return serial === null ? noSuchDay(value) : ok(serial);
};

/** Three numeric groups (a sep b sep c) read by their lengths and the stated order. */
function numericDate(value: unknown, a: string, b: string, c: string, order: DateOrder): Result<number> {
  if (a.length === 4) return c.length <= 2 ? dated(value, Number(a), Number(b), Number(c)) : notADate(value);
  if (a.length === 3 || c.length === 1 || c.length === 3) return notADate(value);
  if (order === "ymd") {
    if (c.length === 4 || a.length !== 2) return orderUnknown(value);
    return dated(value, fullYear(a), Number(b), Number(c));
  }
  const year = fullYear(c);
  return order === "dmy"
    ? dated(value, year, Number(b), Number(a))
    : dated(value, year, Number(a), Number(b));
}

function parseDateText(value: string, order: DateOrder): Result<number | null> {
  if (isBlankCell(value)) return ok(null);
  // Runs of spaces become one: the patterns read one space as they read many, and two neighbouring
  // optional spaces over a long run would make a match take time quadratic in the text's length.
  const text = (/^[\x20-\x7e]*$/.test(value) ? value : value.normalize("NFKC")).trim().replace(/\s+/g, " ");
  let m = NUMERIC.exec(text);
  if (m) return numericDate(value, m[1], m[3], m[4], order);
  if ((m = CHINESE.exec(text))) return dated(value, fullYear(m[1]), Number(m[2]), Number(m[3]));
  if ((m = COMPACT.exec(text))) return dated(value, Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = NAMED_DAY_FIRST.exec(text))) {
    const month = monthNumber(m[2]);
    return month === undefined ? notADate(value) : dated(value, fullYear(m[3]), month, Number(m[1]));
  }
  if ((m = NAMED_MONTH_FIRST.exec(text))) {
    const month = monthNumber(m[1]);
    return month === undefined ? notADate(value) : dated(value, Number(m[3]), month, Number(m[2]));
  }
  return notADate(value);
}

/**
 * Reads a date cell as an Excel serial (whole days).
 *
 * - A number is a serial; its fraction (time of day) is dropped; it must be within 1 … 9999-12-31.
 * - Text: 2024-03-05, 2024/3/5, 2024.3.5 (year first: always year-month-day); 05-03-24, 05/03/2024
 *   (read by `order`: "dmy" or "mdy"; with "ymd" a two-digit first group is the year, as in 24-03-05,
 *   and a four-digit last year is a VALUE error asking for the order); 2024年3月5日; 20240305;
 *   5 Mar 2024 and Mar 5, 2024; ISO with a time (2024-03-05T14:30:00Z: the written day is kept, the
 *   time and zone are dropped). Two-digit years are 2000–2099. Full-width digits are fine.
 * - A blank cell ({@link isBlankCell}: empty, only spaces, a placeholder dash such as "-") is `null`.
 * - Anything else (other text, TRUE/FALSE, a day that does not exist) is a VALUE error naming the value.
 * @example parseDate(45658, "ymd") // ok(45658)
 * @example parseDate("2024年3月5日", "ymd") // ok(45356)
 * @example parseDate("05/03/2024", "dmy") // ok(45356)
 * @example parseDate("", "ymd") // ok(null)
 */
export function parseDate(value: unknown, order: DateOrder = "ymd"): Result<number | null> {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return notADate(value);
    const day = Math.floor(value);
    return day >= 1 && day <= MAX_SERIAL ? ok(day) : noSuchDay(value);
  }
  if (typeof value === "string") return parseDateText(value, order);
  return isBlankCell(value) ? ok(null) : notADate(value);
}
