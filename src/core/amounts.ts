/**
 * Amounts as people write them in a pipeline table: numbers, or text such as "1,200.50", "¥1,200",
 * "USD 1,200", "12万元", "(1,200)" or "１２００" from a CRM export or a copy-paste.
 */
import { displayValue } from "./labels";
import { fail, ok, type Result } from "./result";

/**
 * An amount text after normalisation (no spaces, upper case): optional accounting parentheses, a sign
 * before or after the currency, a currency sign or code, the number (thousands separators only in
 * groups of three), 万 or 亿, 元, a trailing currency code.
 */
const AMOUNT =
  /^(\()?([-+])?(CNY|RMB|USD|EUR|GBP|HKD|JPY|US\$|HK\$|[¥$€£])?([-+])?(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?(?:E[-+]?\d+)?|\.\d+)(万|亿)?(元)?(CNY|RMB|USD|EUR|GBP|HKD|JPY)?(\))?$/;
/** Minus signs other than "-": minus sign, figure/en/em dashes, small and full-width hyphen-minus. */
const MINUS_SIGNS = /[\u2212\u2012-\u2015\ufe63\uff0d]/g;
/** Spaces of any kind (incl. no-break and thin spaces) and invisible characters. */
const SPACES = /[\s\u200b-\u200d\u2060\ufeff]+/g;
/** Powers of ten of the Chinese units. */
const UNIT_DIGITS: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };

const notAnAmount = (value: unknown) =>
  fail("VALUE", {
    zh: `“${displayValue(value)}”不是金额：请填写数字，例如 1200、1,200.50、¥1,200 或 12万。`,
    en: `“${displayValue(value)}” is not an amount: enter a number such as 1200, 1,200.50, ¥1,200 or 12万.`,
  });

const percentage = (value: unknown) =>
  fail("VALUE", {
    zh: `“${displayValue(value)}”是百分比，不是金额。`,
    en: `“${displayValue(value)}” is a percentage, not an amount.`,
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

function parseAmountText(value: string): Result<number | null> {
  const ascii = /^[\x20-\x7e]*$/.test(value);
  const folded = ascii ? value : value.normalize("NFKC").replace(MINUS_SIGNS, "-");
  const text = folded.replace(SPACES, "").toUpperCase();
  if (text === "") return ok(null);
  if (text.endsWith("%")) return percentage(value);
  const m = AMOUNT.exec(text);
  if (!m) return notAnAmount(value);
  const [, open, signBefore, currency, signAfter, digits, unit, , code, close] = m;
  const parentheses = open !== undefined;
  if (parentheses !== (close !== undefined)) return notAnAmount(value);
  if (signBefore !== undefined && signAfter !== undefined) return notAnAmount(value);
  const sign = signBefore ?? signAfter;
  if (parentheses && sign !== undefined) return notAnAmount(value);
  if (currency !== undefined && code !== undefined) return notAnAmount(value);
  const plain = digits.replace(/,/g, "");
  const shift = unit === undefined ? 0 : UNIT_DIGITS[unit];
  const size = plain.includes("E") ? Number(plain) * 10 ** shift : shiftDecimal(plain, shift);
  if (!Number.isFinite(size)) return notAnAmount(value);
  const negative = parentheses || sign === "-";
  return ok(negative && size !== 0 ? -size : size);
}

/**
 * Reads an amount cell.
 *
 * - A finite number is itself; NaN and ±Infinity are VALUE errors.
 * - Text: thousands separators in groups of three (1,200.50; full-width 1，200), a currency sign or
 *   code before or after (¥ ￥ $ € £, CNY RMB USD EUR GBP HKD JPY), 万 (× 10,000) and 亿 (× 100,000,000),
 *   元, a minus sign (-, −, full-width －) or accounting parentheses "(1,200)" for a negative, spaces
 *   anywhere, full-width digits. A percentage ("15%") is refused: it is not an amount. European
 *   decimal commas ("1.200,50") and other text are VALUE errors naming the value.
 * - A blank cell (null, "", only spaces) is `null`, never 0.
 * @example parseAmount("¥1,200.50") // ok(1200.5)
 * @example parseAmount("12万元") // ok(120000)
 * @example parseAmount("(1,200)") // ok(-1200)
 * @example parseAmount("") // ok(null)
 * @example parseAmount("15%") // VALUE error
 */
export function parseAmount(value: unknown): Result<number | null> {
  if (typeof value === "number") return Number.isFinite(value) ? ok(value) : notAnAmount(value);
  if (typeof value === "string") return parseAmountText(value);
  if (value === null || value === undefined) return ok(null);
  return notAnAmount(value);
}
