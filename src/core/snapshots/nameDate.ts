/**
 * The as-of date a sheet or table name says (用户快照的截至日期): read only when the name says one day and one only —
 * 2026-11-27, 2026.11.27, 2026/11/27, 20261127, 2026年11月27日, 27 Nov 2026, Nov 27, 2026. A name that could be two
 * days (27-11-2026 is clear, but 05-11-2026 is 5 November or 11 May), a day without a year (11月27日, 27 Nov), a
 * week (Wk48 2026), a month (2026-11) or two dates is not read: the reason is given, and the user types the date.
 */
import { type Bilingual, type DateOrder, ENGLISH_MONTHS, serialFromDate } from "../kernel";

/** What a name says about its as-of date: one day, nothing, or something that is not one day (and why). */
export type NameDate =
  | { readonly kind: "date"; readonly asOf: number; readonly text: string }
  | { readonly kind: "none" }
  | { readonly kind: "unclear"; readonly text: string; readonly reason: Bilingual };

/** What may settle a name's date: the year of dates written without one, the day–month order the user stated. */
export interface NameDateOptions {
  /** The year of a day written without one (11月27日, 27 Nov); without it such a name is unclear. */
  readonly year?: number;
  /** The user's stated order of text dates: "dmy" or "mdy" settles 05-11-2026; "ymd" (the default) does not. */
  readonly dateOrder?: DateOrder;
}

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** Digits not inside a longer run of digits. */
const D = (count: string) => String.raw`(?<!\d)(\d${count})(?!\d)`;

type Found =
  | { readonly kind: "day"; readonly year: number; readonly month: number; readonly day: number }
  | {
      readonly kind: "unclear";
      readonly reason: (text: string) => Bilingual;
      /** A week, a month or a day without its year: a remark beside a full date in the same name, not a rival. */
      readonly remark?: boolean;
    };

interface Pattern {
  readonly re: RegExp;
  readonly read: (m: RegExpExecArray, options: NameDateOptions) => Found;
}

const day = (year: number, month: number, dayOfMonth: number): Found => ({
  kind: "day",
  year,
  month,
  day: dayOfMonth,
});

const NO_YEAR = (text: string): Bilingual => ({
  zh: `“${text}”没有年份，无法确定是哪一天；请填写截至日期。`,
  en: `“${text}” has no year, so the day is not known; type the as-of date.`,
});
const TWO_ORDERS = (text: string): Bilingual => ({
  zh: `“${text}”可以是日/月/年，也可以是月/日/年，无法确定是哪一天；请填写截至日期。`,
  en: `“${text}” could be day/month/year or month/day/year, so the day is not known; type the as-of date.`,
});
const SHORT_YEAR = (text: string): Bilingual => ({
  zh: `“${text}”的年、月、日无法区分；请填写截至日期。`,
  en: `In “${text}” the year, month and day cannot be told apart; type the as-of date.`,
});
const A_WEEK = (text: string): Bilingual => ({
  zh: `“${text}”是一周，不是某一天；请填写截至日期。`,
  en: `“${text}” is a week, not a day; type the as-of date.`,
});
const A_MONTH = (text: string): Bilingual => ({
  zh: `“${text}”是一个月，不是某一天；请填写截至日期。`,
  en: `“${text}” is a month, not a day; type the as-of date.`,
});

/** Day first or month first, a four-digit year last: clear when one number is over 12, or both are the same. */
function dayMonthYear(a: number, b: number, year: number, order: DateOrder | undefined): Found {
  if (a > 12 || a === b) return day(year, b, a);
  if (b > 12) return day(year, a, b);
  if (order === "dmy") return day(year, b, a);
  if (order === "mdy") return day(year, a, b);
  return { kind: "unclear", reason: TWO_ORDERS };
}

/** The forms, most specific first; a later form never reads text an earlier one read. */
const PATTERNS: readonly Pattern[] = [
  // 2026年11月27日 (日 or 号 optional)
  {
    re: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})(?!\d)\s*[日号]?/gu,
    read: (m) => day(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  // 2026-11-27, 2026.11.27, 2026/11/27, 2026_11_27 (the same separator twice)
  {
    re: new RegExp(String.raw`${D("{4}")}\s*([-./_])\s*(\d{1,2})\s*\2\s*${D("{1,2}")}`, "gu"),
    read: (m) => day(Number(m[1]), Number(m[3]), Number(m[4])),
  },
  // 27-11-2026, 11/27/2026
  {
    re: new RegExp(String.raw`${D("{1,2}")}\s*([-./_])\s*(\d{1,2})\s*\2\s*${D("{4}")}`, "gu"),
    read: (m, o) => dayMonthYear(Number(m[1]), Number(m[3]), Number(m[4]), o.dateOrder),
  },
  // 27.11.26: a two-digit year
  {
    re: new RegExp(String.raw`${D("{1,2}")}([-./_])(\d{1,2})\2${D("{1,2}")}`, "gu"),
    read: () => ({ kind: "unclear", reason: SHORT_YEAR }),
  },
  // 20261127
  {
    re: /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/gu,
    read: (m) => day(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  // 27 Nov 2026, 27-Nov-2026, 27 November 2026
  {
    re: new RegExp(String.raw`${D("{1,2}")}[\s-]*${MONTH}[\s,-]*${D("{4}")}`, "giu"),
    read: (m) => day(Number(m[3]), ENGLISH_MONTHS.get(m[2].toLowerCase()) ?? 0, Number(m[1])),
  },
  // Nov 27, 2026; November 27th 2026
  {
    re: new RegExp(String.raw`(?<![a-z])${MONTH}\s*${D("{1,2}")}(?:st|nd|rd|th)?\s*,?\s*${D("{4}")}`, "giu"),
    read: (m) => day(Number(m[3]), ENGLISH_MONTHS.get(m[1].toLowerCase()) ?? 0, Number(m[2])),
  },
  // Wk48 2026, W48, 2026-W48, KW48, 第48周
  {
    re: /(?<![a-z])(?:wk|week|kw|cw|w)\s*\.?\s*\d{1,2}(?!\d)|第\s*\d{1,2}\s*周/giu,
    read: () => ({ kind: "unclear", reason: A_WEEK, remark: true }),
  },
  // 11月27日: no year
  {
    re: /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})(?!\d)\s*[日号]/gu,
    read: (m, o) =>
      o.year === undefined
        ? { kind: "unclear", reason: NO_YEAR, remark: true }
        : day(o.year, Number(m[1]), Number(m[2])),
  },
  // 27 Nov, Nov 27: no year
  {
    re: new RegExp(
      String.raw`${D("{1,2}")}[\s-]*${MONTH}(?![a-z])|(?<![a-z])${MONTH}\s*${D("{1,2}")}`,
      "giu",
    ),
    read: (m, o) => {
      const month = ENGLISH_MONTHS.get((m[2] ?? m[3]).toLowerCase()) ?? 0;
      const dayOfMonth = Number(m[1] ?? m[4]);
      return o.year === undefined
        ? { kind: "unclear", reason: NO_YEAR, remark: true }
        : day(o.year, month, dayOfMonth);
    },
  },
  // 2026-11, 2026年11月, Nov 2026: a month
  {
    re: new RegExp(
      String.raw`${D("{4}")}\s*(?:[-./_]\s*\d{1,2}|年\s*\d{1,2}\s*月)(?!\d)|(?<![a-z])${MONTH}[\s,-]*${D("{4}")}`,
      "giu",
    ),
    read: () => ({ kind: "unclear", reason: A_MONTH, remark: true }),
  },
];

const serialOf = (found: { year: number; month: number; day: number }) =>
  found.year < 1900 ? null : serialFromDate(found);

const TWO_DATES = (texts: readonly string[]): Bilingual => ({
  zh: `名称中有不止一个日期（${texts.map((t) => `“${t}”`).join("、")}）；请填写截至日期。`,
  en: `The name holds more than one date (${texts.map((t) => `“${t}”`).join(", ")}); type the as-of date.`,
});
const NO_SUCH_DAY = (text: string): Bilingual => ({
  zh: `“${text}”不是存在的日期；请填写截至日期。`,
  en: `“${text}” is not a real date; type the as-of date.`,
});

/**
 * The as-of date a sheet or table name says (an Excel serial, 1900 system), or why it says none: see the module
 * notes for the forms read and those refused. Full-width digits are read as digits.
 * @example asOfFromName("Pipeline 2026-11-20") // { kind: "date", asOf: 46346, text: "2026-11-20" }
 * @example asOfFromName("管线 2026年11月27日").kind // "date"
 * @example asOfFromName("Export 05-11-2026").kind // "unclear" (5 November or 11 May)
 * @example asOfFromName("11月27日", { year: 2026 }).kind // "date"
 * @example asOfFromName("Deals").kind // "none"
 */
export function asOfFromName(name: string, options: NameDateOptions = {}): NameDate {
  let text = name.normalize("NFKC");
  const found: { text: string; found: Found; at: number }[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    let masked = text;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      found.push({ text: m[0].trim(), found: read(m, options), at: m.index });
      // Later forms never read what this one read.
      masked = masked.slice(0, m.index) + " ".repeat(m[0].length) + masked.slice(m.index + m[0].length);
    }
    text = masked;
  }
  if (found.length === 0) return { kind: "none" };
  found.sort((a, b) => a.at - b.at);
  // A full date with remarks beside it ("Wk48 2026-11-27") is that date; rivals make the name unclear.
  const hasDay = found.some((f) => f.found.kind === "day");
  const rivals = hasDay ? found.filter((f) => f.found.kind === "day" || f.found.remark !== true) : found;
  const days = new Set(rivals.map((f) => (f.found.kind === "day" ? serialOf(f.found) : f.text)));
  if (rivals.length > 1 && days.size > 1) {
    return { kind: "unclear", text: rivals[0].text, reason: TWO_DATES(rivals.map((f) => f.text)) };
  }
  const [first] = rivals;
  if (first.found.kind === "unclear") {
    return { kind: "unclear", text: first.text, reason: first.found.reason(first.text) };
  }
  const asOf = serialOf(first.found);
  return asOf === null
    ? { kind: "unclear", text: first.text, reason: NO_SUCH_DAY(first.text) }
    : { kind: "date", asOf, text: first.text };
}
