/**
 * Amounts as people write them in a pipeline table: numbers, or text such as "1,200.50", "¥1,200",
 * "USD 1,200", "12万元", "$1.2M", "(1,200)" or "１２００" from a CRM export or a copy-paste.
 *
 * The rules (our choice, not in source): "." is always the decimal point and "," (or a space) only
 * separates thousands, as in 中文 and English. Text that plainly follows the other convention
 * ("1.200.000,50", "1200,5") is refused with the number it should be written as, never guessed;
 * "1.200" is 1.2. Currencies are told apart (see {@link Currency}) so a column mixing them can be
 * reported: ¥ is the yuan (write JPY or 日元 for the yen) and a bare $ the US dollar.
 */
import { isBlankCell } from "./cells";
import { displayValue } from "./labels";
import { fail, ok, type Result } from "./result";

/** The currencies an amount text can name. */
export type Currency = "CNY" | "USD" | "HKD" | "EUR" | "GBP" | "JPY";

/** An amount text as read: the number, and the currency it names (`null`: none). */
export interface WrittenAmount {
  readonly amount: number;
  readonly currency: Currency | null;
}

/** Every way of naming a currency, in the upper-case form of a normalised text. */
const CURRENCY_OF: Readonly<Record<string, Currency>> = {
  CNY: "CNY", RMB: "CNY", "¥": "CNY", 人民币: "CNY", 元: "CNY",
  USD: "USD", US$: "USD", $: "USD", 美元: "USD",
  HKD: "HKD", HK$: "HKD", 港元: "HKD", 港币: "HKD",
  EUR: "EUR", "€": "EUR", 欧元: "EUR",
  GBP: "GBP", "£": "GBP", 英镑: "GBP",
  JPY: "JPY", 日元: "JPY",
}; // prettier-ignore

const CODES = "CNY|RMB|USD|EUR|GBP|HKD|JPY";
/**
 * An amount text after normalisation (no spaces, upper case): optional accounting parentheses, a sign
 * before or after the currency, a currency sign or code, the number (thousands separators only in
 * groups of three), a unit (千 万 百万 千万 亿 K M), a currency after, a trailing minus (SAP exports).
 */
const AMOUNT = new RegExp(
  String.raw`^(\()?([-+])?(${CODES}|US\$|HK\$|人民币|[¥$€£])?([-+])?` +
    String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?(?:E[-+]?\d+)?|\.\d+)` +
    String.raw`(千万|百万|千|万|亿|K|M)?(美元|港元|港币|欧元|英镑|日元|人民币|元|${CODES})?(-)?(\))?$`,
);
/** Minus signs other than "-": minus sign, figure/en/em dashes, small and full-width hyphen-minus. */
const MINUS_SIGNS = /[\u2212\u2012-\u2015\ufe63\uff0d]/g;
/** Spaces of any kind (incl. no-break and thin spaces) and invisible characters. */
const SPACES = /[\s\u200b-\u200d\u2060\ufeff]+/g;
/** Powers of ten of the units. */
const UNIT_DIGITS: Readonly<Record<string, number>> = { 千: 3, 万: 4, 百万: 6, 千万: 7, 亿: 8, K: 3, M: 6 };
/** The digits and separators of a text, to spot the other decimal convention. */
const NUMBER_PART = /[\d.,]+/;

const notAnAmount = (value: unknown) =>
  fail("VALUE", {
    zh: `“${displayValue(value)}”不是金额：请填写数字，例如 1200、1,200.50、¥1,200 或 12万。`,
    en: `“${displayValue(value)}” is not an amount: enter a number such as 1200, 1,200.50, ¥1,200 or 12万.`,
  });

const percentage = (value: unknown) =>
  fail("VALUE", {
    zh: `“${displayValue(value)}”是百分比，不是金额：此列请填写金额（例如 1200），概率请放在单独的列。`,
    en: `“${displayValue(value)}” is a percentage, not an amount: enter an amount such as 1200 here (keep probabilities in a column of their own).`,
  });

const decimalComma = (value: unknown, written: string) =>
  fail("VALUE", {
    zh: `“${displayValue(value)}”用“,”作小数点或用“.”分隔千位：请写成 ${written}（小数点用“.”）。`,
    en: `“${displayValue(value)}” uses “,” as the decimal point or “.” between thousands: write it as ${written} (“.” is the decimal point).`,
  });

const twoCurrencies = (value: unknown) =>
  fail("VALUE", {
    zh: `“${displayValue(value)}”写了两种货币：请只写一种。`,
    en: `“${displayValue(value)}” names two currencies: keep one.`,
  });

/**
 * A decimal text times 10^digits, by moving the decimal point in the text (so "1.2" × 万 is exactly
 * 12000, not 12000.000000000002).
 */
function shiftDecimal(text: string, digits: number): number {
  if (digits === 0) return Number(text);
  const dot = text.indexOf(".");
  const whole = dot < 0 ? text : text.slice(0, dot);
  const fraction = dot < 0 ? "" : text.slice(dot + 1);
  return Number(`${whole}${fraction.padEnd(digits, "0").slice(0, digits)}.${fraction.slice(digits) || "0"}`);
}

/**
 * The failure for a text that is not an amount: the number to write instead when it follows the other
 * decimal convention (two "." groups, "." groups then ",", or "," before the last one or two digits).
 */
function refusal(value: string, text: string): Result<never> {
  const digits = NUMBER_PART.exec(text)?.[0] ?? "";
  const european = /\d\.\d{3}[.,]\d/.test(digits) || /\d,\d{1,2}$/.test(digits);
  if (!european) return notAnAmount(value);
  return decimalComma(value, digits.replace(/\./g, "").replace(",", "."));
}

function parseAmountText(value: string): Result<WrittenAmount | null> {
  if (isBlankCell(value)) return ok(null);
  const ascii = /^[\x20-\x7e]*$/.test(value);
  const folded = ascii ? value : value.normalize("NFKC").replace(MINUS_SIGNS, "-");
  const text = folded.replace(SPACES, "").toUpperCase();
  if (text.endsWith("%")) return percentage(value);
  const m = AMOUNT.exec(text);
  if (!m) return refusal(value, text);
  const [, open, signBefore, before, signAfter, digits, unit, after, trailing, close] = m;
  const parentheses = open !== undefined;
  if (parentheses !== (close !== undefined)) return notAnAmount(value);
  const signs = [signBefore, signAfter, trailing].filter((sign) => sign !== undefined);
  if (signs.length > 1 || (parentheses && signs.length > 0)) return notAnAmount(value);
  const currency = before === undefined ? null : CURRENCY_OF[before];
  const named = after === undefined ? null : CURRENCY_OF[after];
  if (currency !== null && named !== null && currency !== named) return twoCurrencies(value);
  const plain = digits.replace(/,/g, "");
  const shift = unit === undefined ? 0 : UNIT_DIGITS[unit];
  const size = plain.includes("E") ? Number(plain) * 10 ** shift : shiftDecimal(plain, shift);
  if (!Number.isFinite(size)) return notAnAmount(value);
  const negative = parentheses || signs[0] === "-";
  return ok({ amount: negative && size !== 0 ? -size : size, currency: currency ?? named });
}

/**
 * Reads an amount cell with the currency it names; see {@link parseAmount} for what is read.
 * @example parseWrittenAmount("$1.2M") // ok({ amount: 1200000, currency: "USD" })
 * @example parseWrittenAmount("12万元") // ok({ amount: 120000, currency: "CNY" })
 * @example parseWrittenAmount(1200) // ok({ amount: 1200, currency: null })
 */
export function parseWrittenAmount(value: unknown): Result<WrittenAmount | null> {
  if (typeof value === "number") {
    return Number.isFinite(value) ? ok({ amount: value, currency: null }) : notAnAmount(value);
  }
  if (typeof value === "string") return parseAmountText(value);
  return isBlankCell(value) ? ok(null) : notAnAmount(value);
}

/**
 * Reads an amount cell.
 *
 * - A finite number is itself; NaN and ±Infinity are VALUE errors.
 * - Text: thousands separators in groups of three (1,200.50; full-width 1，200) or spaces anywhere
 *   (1 200 000); a currency sign or code before or after (¥ ￥ $ US$ HK$ € £, CNY RMB USD EUR GBP HKD
 *   JPY, 人民币 元 美元 港元 港币 欧元 英镑 日元 — the same currency if both); a unit: 千 (× 1,000),
 *   万 (× 10,000), 百万, 千万, 亿 (× 100,000,000), K, M (× 1,000,000); a minus sign (-, −, full-width
 *   －) before or after the number, or accounting parentheses "(1,200)", for a negative; full-width
 *   digits. A percentage ("15%") is refused: it is not an amount. Text in the decimal-comma convention
 *   ("1.200.000,50", "1200,5") is refused with the number to write instead; other text is a VALUE
 *   error naming the value.
 * - A blank cell ({@link isBlankCell}: empty, only spaces, a placeholder dash such as "-" or "—") is
 *   `null`, never 0.
 * @example parseAmount("¥1,200.50") // ok(1200.5)
 * @example parseAmount("12万元") // ok(120000)
 * @example parseAmount("(1,200)") // ok(-1200)
 * @example parseAmount("") // ok(null)
 * @example parseAmount("15%") // VALUE error
 */
export function parseAmount(value: unknown): Result<number | null> {
  if (typeof value === "number") return Number.isFinite(value) ? ok(value) : notAnAmount(value);
  const written = parseWrittenAmount(value);
  return written.ok ? ok(written.value === null ? null : written.value.amount) : written;
}
