/**
 * Reading the amount and date cells of a pipeline table, as parseAmount and parseDate read them, plus
 * what a deal's figures must not take in silently (our choice, not in source):
 *
 * - an Excel error value (#N/A, #REF! …) is reported as an error to fix;
 * - an amount beyond ±10^15 (more digits than Excel keeps) is not a deal's amount;
 * - a date before 1950-01-01 or after 2100-12-31 (1900-01-01, 9999-12-31: placeholders, or a number
 *   that is not a date) is not a deal's date;
 * - a column whose amounts name different currencies ("$30,000" beside "¥1,200,000") is read in the
 *   currency most of them name; the others are reported, never added up as if they were the same.
 *
 * Each reading is a number, `null` for a blank cell, or the reason the cell cannot be used (an object).
 * Numbers are read without allocating; texts are remembered per distinct text.
 */
import {
  parseWrittenAmount,
  type Currency,
  type WrittenAmount,
  type Bilingual,
  isoDate,
  parseDate,
  serialFromDate,
  displayValue,
  type DateOrder,
  type DateSystem,
  MAX_SERIAL,
  toSerial1900,
} from "../kernel";
import { errorValueReason, isErrorValue } from "./errorValues";
import { memoByText } from "./memo";

/** A cell's number, `null` when blank, or why it cannot be used. */
export type CellReading = number | null | Bilingual;

/**
 * Whether a reading is a reason (the cell cannot be used).
 * @example isProblem(readDate("TBD")) // true
 */
export function isProblem(reading: CellReading): reading is Bilingual {
  return typeof reading === "object" && reading !== null;
}

/**
 * The largest amount a deal can have: Excel keeps 15 significant digits.
 * Tested surface: exported for its tests.
 */
export const AMOUNT_LIMIT = 1e15;
/**
 * The first and last day a deal's date can be: 1950-01-01 and 2100-12-31.
 * Tested surface: exported for its tests.
 */
export const DEAL_DATES = Object.freeze({
  first: serialFromDate({ year: 1950, month: 1, day: 1 }) as number,
  last: serialFromDate({ year: 2100, month: 12, day: 31 }) as number,
});

const tooLarge = (cell: unknown): Bilingual => ({
  zh: `“${displayValue(cell)}”超出金额的范围（±10^15）：请检查这个数字。`,
  en: `“${displayValue(cell)}” is beyond any deal's amount (±10^15): check this number.`,
});

const notADealDate = (cell: unknown, serial: number): Bilingual => {
  const shown = typeof cell === "number" ? `${displayValue(cell)}（${isoDate(serial)}）` : displayValue(cell);
  const shownEn =
    typeof cell === "number" ? `${displayValue(cell)} (${isoDate(serial)})` : displayValue(cell);
  return {
    zh: `“${shown}”不像商机的日期（应在 1950 至 2100 年之间）：请填写实际日期，未知请留空。`,
    en: `“${shownEn}” is not a likely deal date (1950 to 2100): enter the real date, or leave the cell blank when unknown.`,
  };
};

const foreignCurrency = (cell: unknown, currency: Currency, main: Currency): Bilingual => ({
  zh: `金额“${displayValue(cell)}”是 ${currency}，而此列多数金额是 ${main}：请换算成 ${main} 再填写，未计入金额。`,
  en: `The amount “${displayValue(cell)}” is in ${currency} but most of the column is in ${main}: convert it to ${main}; it is left out of the amounts.`,
});

/**
 * A reader of date cells: serials and text dates (parseDate, with `order` for day–month texts) within
 * {@link DEAL_DATES}, as 1900-system serials. A number is a serial of the workbook's `system` (default 1900):
 * in a 1904 workbook it is converted (toSerial1900); a text date names its calendar day in any workbook.
 * @example dateReader("ymd")("2025-07-15") // 45853
 * @example dateReader("ymd", 1904)(44391) // 45853
 * @example dateReader("ymd", 1904)("2025-07-15") // 45853
 * @example isProblem(dateReader("ymd")("9999-12-31")) // true
 */
export function dateReader(order: DateOrder, system: DateSystem = 1900): (cell: unknown) => CellReading {
  const dealDate = (cell: unknown, serial: number): CellReading =>
    serial >= DEAL_DATES.first && serial <= DEAL_DATES.last ? serial : notADealDate(cell, serial);
  const fromText = memoByText((cell): CellReading => {
    if (isErrorValue(cell)) return errorValueReason(cell);
    const parsed = parseDate(cell, order);
    if (!parsed.ok) return parsed.error.message;
    return parsed.value === null ? null : dealDate(cell, parsed.value);
  });
  return (cell) => {
    if (typeof cell === "number") {
      const serial = toSerial1900(cell, system);
      if (serial >= 1 && serial < MAX_SERIAL + 1) return dealDate(cell, Math.floor(serial));
    }
    return fromText(cell);
  };
}

/**
 * The amount cells of one column: read with their currency, counted by currency so that a column
 * mixing currencies can be told (see the module notes).
 * @example
 * const amounts = new AmountColumn();
 * amounts.read("$30,000"); amounts.read("¥1,200,000"); amounts.read("¥80,000");
 * amounts.mainCurrency() // "CNY"
 * amounts.foreign("$30,000", "CNY") // the reason: in USD, not CNY
 */
export class AmountColumn {
  private readonly counts = new Map<Currency, number>();
  private readonly fromText = memoByText((cell): WrittenAmount | CellReading => {
    if (isErrorValue(cell)) return errorValueReason(cell);
    const parsed = parseWrittenAmount(cell);
    if (!parsed.ok) return parsed.error.message;
    if (parsed.value === null) return null;
    return Math.abs(parsed.value.amount) > AMOUNT_LIMIT ? tooLarge(cell) : parsed.value;
  });

  /**
   * One amount cell: its amount, `null` when blank, or why it cannot be used.
   * @example new AmountColumn().read("¥1,200") // 1200
   */
  read(cell: unknown): CellReading {
    if (typeof cell === "number" && Math.abs(cell) <= AMOUNT_LIMIT) return cell;
    const reading = this.fromText(cell);
    if (reading === null || typeof reading === "number" || !("amount" in reading)) return reading;
    if (reading.currency !== null)
      this.counts.set(reading.currency, (this.counts.get(reading.currency) ?? 0) + 1);
    return reading.amount;
  }

  /**
   * The currency most of the amounts read name when they name more than one (the first named on a tie);
   * `null` when they name one currency or none.
   * @example column.mainCurrency() // "CNY"
   */
  mainCurrency(): Currency | null {
    if (this.counts.size < 2) return null;
    let main: Currency | null = null;
    let most = 0;
    for (const [currency, count] of this.counts) {
      if (count > most) [main, most] = [currency, count];
    }
    return main;
  }

  /**
   * Why an amount cell read before cannot be used beside the `main` currency; `null` when it names
   * that currency or none.
   * @example column.foreign("$30,000", "CNY") // { zh: "金额“$30,000”是 USD…", en: "…in USD…" }
   */
  foreign(cell: unknown, main: Currency): Bilingual | null {
    if (typeof cell !== "string") return null;
    const reading = this.fromText(cell);
    if (reading === null || typeof reading === "number" || !("amount" in reading)) return null;
    return reading.currency === null || reading.currency === main
      ? null
      : foreignCurrency(cell, reading.currency, main);
  }
}
