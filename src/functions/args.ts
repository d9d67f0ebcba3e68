/**
 * The shared readers of the custom functions' arguments, which the runner (./runner) reads every
 * function's arguments with, so the rules are the same everywhere:
 *
 * - A range arrives as a 2-D array (rows of cells). A blank cell (core's `isBlankCell`: `null`,
 *   `undefined`, "", only spaces, a placeholder dash such as "-" or "—") is skipped, never counted as zero.
 * - An omitted optional argument is `null` or `undefined`.
 * - A number is a number, or text that is exactly a number (" 1200 ", "1.5e3"); other text, a boolean or
 *   an Excel error where a number belongs is #VALUE! naming the argument and the row.
 * - An Excel error value passed in (a `CustomFunctions.Error` or an `Excel.ErrorCellValue`) is #VALUE!
 *   naming the argument; a data-type value with a `basicValue` is read as that value.
 * - Ranges that must line up but differ in size are #VALUE! naming both arguments and their sizes.
 *
 * The readers used per cell allocate nothing on the normal path, so million-row ranges are fine.
 */
import { type Bilingual, counted, displayValue, isBlankCell, MAX_SERIAL, parseDate } from "../core/kernel";
import type { StagePosition, StageScheme } from "../core/stages";
import { stopWith, unwrap } from "./errors";

/** A range as Excel passes it: rows of cell values. */
export type Range = readonly (readonly unknown[])[];

/** The rows × columns of a range. */
export interface RangeSize {
  readonly rows: number;
  readonly columns: number;
}

const EMPTY: Range = [];

/** The Excel error text (`#N/A`, `#VALUE!` …) of an error value passed in, else `undefined`. */
function errorText(value: object): string | undefined {
  const withCode = value as {
    code?: unknown;
    type?: unknown;
    errorType?: unknown;
    basicValue?: unknown;
  };
  if (typeof withCode.code === "string" && withCode.code.startsWith("#")) return withCode.code;
  if (withCode.type === "Error") {
    // An error cell value shows its error as its basic value (#N/A); its errorType is a name (NotAvailable).
    const shown = withCode.basicValue;
    if (typeof shown === "string" && shown.startsWith("#")) return shown;
    return typeof withCode.errorType === "string" ? `#${withCode.errorType}` : "#?";
  }
  if (value instanceof Error) return "#VALUE!";
  return undefined;
}

/**
 * A cell as a plain value: primitives as they are; a data-type value (`{ basicValue }`) as its basic
 * value. An Excel error value passed in stops the call with #VALUE! naming `where`.
 * @example readPlain({ type: "Double", basicValue: 5 }, argumentText("amounts")) // 5
 */
export function readPlain(value: unknown, where: Bilingual): unknown {
  if (value === null || typeof value !== "object") return value;
  const error = errorText(value);
  if (error !== undefined) {
    stopWith("VALUE", {
      en: `${where.en} holds an Excel error (${error}); fix or filter it first.`,
      zh: `${where.zh}包含 Excel 错误（${error}），请先修正或筛除。`,
    });
  }
  const basic = (value as { basicValue?: unknown }).basicValue;
  if (
    basic === null ||
    typeof basic === "string" ||
    typeof basic === "number" ||
    typeof basic === "boolean"
  ) {
    return basic;
  }
  return stopWith("VALUE", {
    en: `${where.en} holds a value FUNNEL cannot read.`,
    zh: `${where.zh}包含 FUNNEL 无法读取的值。`,
  });
}

/**
 * The argument as a range: a 2-D array as it is, a 1-D array as one row, a single value as a 1×1
 * range, and an omitted argument as an empty range.
 * @example asRange(null) // []
 * @example asRange("意向") // [["意向"]]
 */
export function asRange(value: unknown): Range {
  if (value === null || value === undefined) return EMPTY;
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return EMPTY;
  return Array.isArray(value[0]) ? (value as Range) : [value];
}

/**
 * A range whose cells are all plain values (see {@link readPlain}): data-type values read as their
 * basic values; an Excel error value stops the call with #VALUE! naming the argument. A range that holds
 * no such value is returned as it is, not copied.
 * @example readPlainRange([[{ type: "String", basicValue: "Lead" }], ["Won"]], "stageList") // [["Lead"], ["Won"]]
 */
export function readPlainRange(range: Range, name: string): Range {
  if (!range.some((row) => row.some((cell) => cell !== null && typeof cell === "object"))) return range;
  const where = argumentText(name);
  return range.map((row) => row.map((cell) => readPlain(cell, where)));
}

/**
 * The size of a range.
 * @example rangeSize([[1], [2], [3]]) // { rows: 3, columns: 1 }
 */
export function rangeSize(range: Range): RangeSize {
  return {
    rows: range.length,
    columns: range.length === 0 ? 0 : range[0].length,
  };
}

/**
 * Whether an argument is one value: not a range, or a range of at most one cell (Excel passes B5 and
 * B5:B5 alike).
 * @example isSingleCell([["p90"]]) // true
 * @example isSingleCell([["p10", "p90"]]) // false
 */
export function isSingleCell(value: unknown): boolean {
  if (!Array.isArray(value)) return true;
  const size = rangeSize(asRange(value));
  return size.rows <= 1 && size.columns <= 1;
}

/**
 * Whether a range holds no value at all (omitted, or every cell blank).
 * @example isBlankRange([[null], [""]]) // true
 */
export function isBlankRange(range: Range): boolean {
  for (let r = 0; r < range.length; r++) {
    const row = range[r];
    for (let c = 0; c < row.length; c++) if (!isBlankCell(row[c])) return false;
  }
  return true;
}

/**
 * A size as text: "3 rows × 1 column" / "3 行 × 1 列".
 * @example sizeText({ rows: 3, columns: 1 }) // { en: "3 rows × 1 column", zh: "3 行 × 1 列" }
 */
export function sizeText(size: RangeSize): Bilingual {
  const rows = `${size.rows} ${size.rows === 1 ? "row" : "rows"}`;
  const columns = `${size.columns} ${size.columns === 1 ? "column" : "columns"}`;
  return {
    en: `${rows} × ${columns}`,
    zh: `${size.rows} 行 × ${size.columns} 列`,
  };
}

/**
 * Names an argument in a message: “stages” in both languages.
 * @example argumentText("stages") // { en: "“stages”", zh: "参数“stages”" }
 */
export function argumentText(name: string): Bilingual {
  return { en: `“${name}”`, zh: `参数“${name}”` };
}

/**
 * Stops the call because a needed argument is blank: "“name” is blank: <hint>." in both languages.
 * @example stopBlank("asOf", { en: "give the date to count to, e.g. TODAY()", zh: "请给出统计到哪一天，例如 TODAY()" })
 */
export function stopBlank(name: string, hint: Bilingual): never {
  const arg = argumentText(name);
  return stopWith("VALUE", {
    en: `${arg.en} is blank: ${hint.en}.`,
    zh: `${arg.zh}为空：${hint.zh}。`,
  });
}

/** Distinct stage texts a list remembers before it starts over (bounds memory on unique labels). */
const LABELS_REMEMBERED = 4096;

/**
 * One row or one column of cells: the shape of every list argument (stages, amounts, outcomes, ratings).
 * `at(i)` reads cell i without copying the range.
 */
export class CellList {
  /** The argument's name, for messages. */
  readonly name: string;
  /** How many cells, blanks included. */
  readonly length: number;
  /** The range's size, for messages. */
  readonly size: RangeSize;
  private readonly range: Range;
  private readonly downRows: boolean;
  /** The stage texts {@link stageAt} has read in {@link labelScheme}: their position, `null` when blank. */
  private readonly labels = new Map<string, StagePosition | null>();
  private labelScheme: StageScheme | undefined;

  constructor(range: Range, name: string) {
    this.range = range;
    this.name = name;
    this.size = rangeSize(range);
    this.downRows = this.size.columns <= 1;
    this.length = this.downRows ? this.size.rows : this.size.columns;
  }

  /**
   * The raw cell at 0-based position `i`.
   * @example new CellList([[1], [2]], "amounts").at(1) // 2
   */
  at(i: number): unknown {
    return this.downRows ? this.range[i][0] : this.range[0][i];
  }

  /**
   * Where cell `i` is, for a message: “stages” row 3 (a column), column 3 (a row), or just the name.
   * @example new CellList([[1], [2]], "amounts").where(1) // { en: "“amounts” row 2", zh: "参数“amounts”第 2 行" }
   */
  where(i: number): Bilingual {
    const name = argumentText(this.name);
    if (this.length <= 1) return name;
    if (this.downRows) return { en: `${name.en} row ${i + 1}`, zh: `${name.zh}第 ${i + 1} 行` };
    return { en: `${name.en} column ${i + 1}`, zh: `${name.zh}第 ${i + 1} 列` };
  }

  /**
   * Cell `i` as a plain value (see {@link readPlain}); blank cells come back as `null`.
   * @example new CellList([[""]], "stages").valueAt(0) // null
   */
  valueAt(i: number): unknown {
    const raw = this.at(i);
    return isBlankCell(raw) ? null : this.plainAt(i);
  }

  /**
   * Cell `i` as a plain value (see {@link readPlain}), a blank one as it is: for a reader to which a
   * dash is a value (a rating's − mark).
   * @example new CellList([["-"]], "ratings").plainAt(0) // "-"
   */
  plainAt(i: number): unknown {
    const raw = this.at(i);
    return raw !== null && typeof raw === "object" ? readPlain(raw, this.where(i)) : raw;
  }

  /**
   * Cell `i` as a table read off the sheet holds it: a plain value (see {@link readPlain}), and an Excel
   * error value as its text (#N/A) rather than stopping the call — for reading the cell as Pipeline health
   * reads the user's table (./badRows).
   * @example new CellList([[{ type: "Error", basicValue: "#N/A" }]], "stages").shownAt(0) // "#N/A"
   */
  shownAt(i: number): unknown {
    const raw = this.at(i);
    return shownCell(raw, () => this.where(i));
  }

  /**
   * Cell `i` as a number, `null` when blank; text, a boolean or an error is #VALUE! naming the cell.
   * @example new CellList([[" 1200 "]], "amounts").numberAt(0) // 1200
   */
  numberAt(i: number): number | null {
    return this.numberIn(this.downRows ? this.range[i][0] : this.range[0][i], i);
  }

  /**
   * {@link numberAt} of cell `i` already read as `raw` (by {@link at}): for a reader that reads the cells of
   * every row in order but needs the number of some rows only.
   * @example list.numberIn(list.at(0), 0) // 1200
   */
  numberIn(raw: unknown, i: number): number | null {
    // The usual cell, a finite number, is its own value (raw - raw is 0 only when finite).
    return typeof raw === "number" && raw - raw === 0 ? raw : this.numberOf(i);
  }

  /** {@link numberAt}'s general path: blanks, text, data types, and the message for the rest. */
  private numberOf(i: number): number | null {
    const value = this.valueAt(i);
    if (value === null) return null;
    const number = numberFrom(value);
    if (number !== undefined) return number;
    const where = this.where(i);
    return stopWith("VALUE", {
      en: `${where.en}: “${displayValue(value)}” is not a number.`,
      zh: `${where.zh}：“${displayValue(value)}”不是数字。`,
    });
  }

  /**
   * Cell `i` as a stage position in `scheme`, `null` when blank; an unknown label is #VALUE! naming the
   * cell and the label.
   * @example new CellList([["意向"]], "stages").stageAt(0, DEFAULT_SCHEME) // { kind: "open", index: 2 }
   */
  stageAt(i: number, scheme: StageScheme): StagePosition | null {
    const raw = this.downRows ? this.range[i][0] : this.range[0][i];
    if (typeof raw === "string" && scheme === this.labelScheme) {
      // A text read before: one lookup, its position (or null when blank) as it was read then.
      const known = this.labels.get(raw);
      if (known !== undefined) return known;
    }
    return raw === null || raw === undefined ? null : this.stageOf(i, raw, scheme);
  }

  /** {@link stageAt}'s general path; a text's position is remembered (a cell that stops the call is not). */
  private stageOf(i: number, raw: unknown, scheme: StageScheme): StagePosition | null {
    const value = this.valueAt(i);
    let position: StagePosition | null = null;
    if (value !== null) {
      const resolved = scheme.resolve(value);
      position = resolved.ok ? resolved.value : unwrap(resolved, this.where(i));
    }
    if (typeof raw === "string") {
      if (scheme !== this.labelScheme || this.labels.size >= LABELS_REMEMBERED) {
        this.labels.clear();
        this.labelScheme = scheme;
      }
      this.labels.set(raw, position);
    }
    return position;
  }

  /**
   * Cell `i` as an Excel serial date (whole days), `null` when blank. A number is a serial; text is read
   * as a date (2024-03-05, 2024/3/5, 2024年3月5日 …; year first). Anything else is #VALUE! naming the cell.
   * @example new CellList([["2025-01-01"]], "created").dateAt(0) // 45658
   */
  dateAt(i: number): number | null {
    return this.dateIn(this.downRows ? this.range[i][0] : this.range[0][i], i);
  }

  /**
   * {@link dateAt} of cell `i` already read as `raw` (by {@link at}): for a reader that reads the cells of
   * every row in order but needs the dates of some rows only.
   * @example list.dateIn(list.at(0), 0) // 45658
   */
  dateIn(raw: unknown, i: number): number | null {
    if (typeof raw === "number") {
      // A serial in Excel's range, the usual cell: as dateOf reads it, without its general path.
      const day = Math.floor(raw);
      if (day >= 1 && day <= MAX_SERIAL) return day;
    }
    return this.dateOfCell(i);
  }

  /** {@link dateAt}'s general path. */
  private dateOfCell(i: number): number | null {
    const value = this.valueAt(i);
    return value === null ? null : dateOf(value, () => this.where(i));
  }
}

/**
 * A raw cell as a table read off the sheet holds it (see {@link CellList.shownAt}): a plain value, an
 * Excel error value as its text (#N/A); `where` names the cell should it hold a value FUNNEL cannot read.
 * @example shownCell({ type: "Error", basicValue: "#N/A" }, () => argumentText("stageDates")) // "#N/A"
 */
export function shownCell(raw: unknown, where: () => Bilingual): unknown {
  if (raw === null || typeof raw !== "object") return raw;
  return errorText(raw) ?? readPlain(raw, where());
}

/**
 * A plain value as an Excel serial date (whole days), `null` for text that is blank: a number is a serial;
 * text is read as a date (2024-03-05, 2024/3/5, 2024年3月5日 …; year first). Anything else is #VALUE!
 * naming the cell (`where`).
 * @example dateOf("2025-01-01", () => argumentText("created")) // 45658
 */
export function dateOf(value: unknown, where: () => Bilingual): number | null {
  if (typeof value === "number") {
    // A serial in Excel's range: parseDate's answer, without building a result per cell.
    const day = Math.floor(value);
    if (day >= 1 && day <= MAX_SERIAL) return day;
  }
  return unwrap(parseDate(value), where());
}

/** Plain decimal text: digits with an optional sign, point and exponent. */
const NUMERIC_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A number from a plain value: a finite number, or text that is exactly a finite number (not "1e999",
 * which overflows). Else `undefined`.
 * @example numberFrom("1.5e3") // 1500
 * @example numberFrom("12k") // undefined
 */
export function numberFrom(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (!NUMERIC_TEXT.test(text)) return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? number : undefined;
}

/**
 * A range argument as a list: one row or one column. A block of several rows and columns is #VALUE!.
 * An omitted argument is an empty list.
 * @example readList([["目标"], ["意向"]], "stages").length // 2
 */
export function readList(value: unknown, name: string): CellList {
  const range = asRange(value);
  const size = rangeSize(range);
  if (size.rows > 1 && size.columns > 1) {
    const text = sizeText(size);
    const arg = argumentText(name);
    stopWith("VALUE", {
      en: `${arg.en} must be a single row or column, not ${text.en}.`,
      zh: `${arg.zh}必须是单行或单列，而不是 ${text.zh}。`,
    });
  }
  return new CellList(range, name);
}

/**
 * Checks that two lists line up cell for cell (same rows and columns); otherwise #VALUE! naming both
 * arguments and their sizes.
 * @example checkLinedUp(readList(amounts, "amounts"), readList(stages, "stages"))
 */
export function checkLinedUp(first: CellList, second: CellList): void {
  if (first.size.rows === second.size.rows && first.size.columns === second.size.columns) return;
  const [a, b] = [argumentText(first.name), argumentText(second.name)];
  const [sa, sb] = [sizeText(first.size), sizeText(second.size)];
  stopWith("VALUE", {
    en: `${a.en} (${sa.en}) and ${b.en} (${sb.en}) must be the same size, one value per deal.`,
    zh: `${a.zh}（${sa.zh}）与${b.zh}（${sb.zh}）的大小必须相同，每个商机一个值。`,
  });
}

/**
 * An argument of a spilled answer: one value (a list of one), or one row or column of values, one per row
 * (or column) of the answer; a blank cell of a list is `null`.
 */
export type OneOrList<T> = readonly (T | null)[];

/**
 * How many rows (or columns) a spilled answer over these arguments has: the longest list's length; 1 when
 * each is one value, omitted or blank.
 * @example answerCount([45839], [45869, 45900, 45930]) // 3
 */
export function answerCount(...lists: readonly (OneOrList<unknown> | null | undefined)[]): number {
  let count = 1;
  for (const list of lists) if (list && list.length > count) count = list.length;
  return count;
}

/**
 * The value of an argument for row `i` of a spilled answer: a single value is every row's; omitted or
 * blank is `null`.
 * @example valueFor([45839], 2) // 45839
 */
export function valueFor<T>(list: OneOrList<T> | null | undefined, i: number): T | null {
  if (!list || list.length === 0) return null;
  return list.length === 1 ? list[0] : (list[i] ?? null);
}

/**
 * Whether row `i` of a list argument is a blank cell (a single value, omitted or not, is not a list).
 * @example isBlankIn([45839, null], 1) // true
 */
export function isBlankIn(list: OneOrList<unknown> | null | undefined, i: number): boolean {
  return !!list && list.length > 1 && list[i] === null;
}

/**
 * Checks that two arguments a spilled answer reads one value per row from give as many values, unless
 * either gives one (used for every row); otherwise #VALUE! naming both and their counts.
 * @example checkSameCount({ name: "from", count: 12 }, { name: "to", count: 12 })
 */
export function checkSameCount(
  first: { readonly name: string; readonly count: number },
  second: { readonly name: string; readonly count: number },
): void {
  if (first.count === second.count || first.count === 1 || second.count === 1) return;
  const [a, b] = [argumentText(first.name), argumentText(second.name)];
  stopWith("VALUE", {
    en: `${a.en} gives ${counted(first.count, "value", "values")} and ${b.en} ${second.count}: give one of each per row, or one for every row.`,
    zh: `${a.zh}有 ${first.count} 个值，${b.zh}有 ${second.count} 个值：请每行各给一个，或只给一个用于每一行。`,
  });
}

/**
 * A single-value argument: `undefined` when omitted or blank, else its plain value. A range (HyperFormula
 * may pass one) must be a single cell.
 * @example readSingle(null, "form") // undefined
 * @example readSingle([["en"]], "form") // "en"
 */
export function readSingle(value: unknown, name: string): unknown {
  let single = value;
  if (Array.isArray(value)) {
    const range = asRange(value);
    const size = rangeSize(range);
    if (size.rows > 1 || size.columns > 1) {
      const arg = argumentText(name);
      const text = sizeText(size);
      stopWith("VALUE", {
        en: `${arg.en} must be a single value, not ${text.en}.`,
        zh: `${arg.zh}必须是单个值，而不是 ${text.zh}。`,
      });
    }
    single = size.rows === 0 ? null : range[0][0];
  }
  if (isBlankCell(single)) return undefined;
  return typeof single === "object" ? readPlain(single, argumentText(name)) : single;
}
