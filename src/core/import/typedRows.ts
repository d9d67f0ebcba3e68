/**
 * The records of a CSV file as the typed cells of the table it becomes: text as the file has it, amounts as
 * numbers, dates as Excel serials read in the stated day-month order. A record that cannot be written so — the
 * wrong number of fields, an amount or a date that is none — is a rejected row, listed with its row number and
 * the reason; it is never dropped silently.
 */
import { type Bilingual, type DateOrder, type Result, fail, ok, parseAmount, parseDate } from "../kernel";
import { literalText } from "../sheet";
import type { ColumnKind, ImportColumn } from "./columnKinds";

/** A cell of the table: text, a number (an amount or a date's serial), or null for an empty cell. */
export type TypedCell = string | number | null;

/** A record of the file that is not in the table, and why. */
export interface RejectedRow {
  /** Its row in the file, the header being row 1 (as a spreadsheet opening the file numbers it). */
  readonly row: number;
  readonly reason: Bilingual;
  /** The fields as the file has them. */
  readonly fields: readonly string[];
}

/** The table a file becomes, to write on a new sheet (see the gateway's `importTable`). */
export interface TypedTable {
  /** The name wanted for the new sheet (made free by the gateway). */
  readonly sheetName: string;
  /** The name wanted for the Excel table (made free by the gateway). */
  readonly tableName: string;
  readonly header: readonly string[];
  /** Each column's kind: what its cells hold and the number format they get. */
  readonly kinds: readonly ColumnKind[];
  readonly rows: readonly (readonly TypedCell[])[];
}

/** The number format of each kind of column: "@" (text), Excel's General, an ISO date. */
export const KIND_FORMATS: Readonly<Record<ColumnKind, string>> = Object.freeze({
  text: "@",
  number: "General",
  date: "yyyy-mm-dd",
});

/**
 * What a gateway writes into a cell for a typed cell: a number as it is, "" for an empty cell, and text made
 * literal (a leading apostrophe when Excel would read it as a formula, a number or a date: see literalText), so
 * that "=1+1", "＋1" or "00123" from the file stay that text (CSV injection).
 * @example typedInput("=1+1") // "'=1+1"
 * @example typedInput("商机") // "商机"
 * @example typedInput(42795) // 42795
 * @example typedInput(null) // ""
 */
export function typedInput(cell: TypedCell): string | number {
  if (cell === null) return "";
  return typeof cell === "number" ? cell : literalText(cell);
}

const inColumn = (header: string, column: number, reason: Bilingual): Bilingual => ({
  zh: `第 ${column + 1} 列“${header}”：${reason.zh}`,
  en: `column ${column + 1} “${header}”: ${reason.en}`,
});

/**
 * The typed cells of one record, or why it cannot be written: a record with another number of fields than the
 * header, or a value its column cannot read (see parseAmount and parseDate).
 * @example typeRecord(["00123", "01-03-17", "1,200"], [{ header: "id", kind: "text", id: true }, { header: "d", kind: "date", id: false }, { header: "a", kind: "number", id: false }], "dmy")
 * // ok(["00123", 42795, 1200])
 */
export function typeRecord(
  fields: readonly string[],
  columns: readonly ImportColumn[],
  order: DateOrder,
): Result<TypedCell[]> {
  if (fields.length !== columns.length) {
    return fail("VALUE", {
      zh: `有 ${fields.length} 个字段，表头有 ${columns.length} 个。`,
      en: `it has ${fields.length} fields; the header has ${columns.length}.`,
    });
  }
  const cells: TypedCell[] = new Array<TypedCell>(fields.length);
  for (let c = 0; c < fields.length; c++) {
    const field = fields[c];
    const { kind, header } = columns[c];
    if (kind === "text") {
      cells[c] = field === "" ? null : field;
      continue;
    }
    const read = kind === "date" ? parseDate(field, order) : parseAmount(field);
    if (!read.ok) return fail("VALUE", inColumn(header, c, read.error.message));
    cells[c] = read.value;
  }
  return ok(cells);
}

/** The rows of the table so far and the records rejected. */
export interface TypedRows {
  readonly rows: TypedCell[][];
  readonly rejected: RejectedRow[];
}

/**
 * Types a run of records (the chunk a streaming parser hands over), adding them to `into`: the first record is
 * row `firstRow` of the file (the header is row 1).
 * @example const into = { rows: [], rejected: [] }; addRecords(into, chunk, 2, columns, "dmy");
 */
export function addRecords(
  into: TypedRows,
  records: readonly (readonly string[])[],
  firstRow: number,
  columns: readonly ImportColumn[],
  order: DateOrder,
): void {
  records.forEach((fields, i) => {
    const typed = typeRecord(fields, columns, order);
    if (typed.ok) into.rows.push(typed.value);
    else
      into.rejected.push({
        row: firstRow + i,
        reason: typed.error.message,
        fields: [...fields],
      });
  });
}

/** Characters Excel refuses in a table name, or that would make it read as something else. */
const NOT_IN_TABLE_NAME = /[^\p{L}\p{N}_.]/gu;

/**
 * An Excel table name for a file: its name without the extension, other characters than letters, digits, "_"
 * and "." made "_", starting with a letter or "_", never reading as a cell address ("A1", "R1C1"), at most 255
 * characters. The gateway numbers it when the workbook has the name.
 * @example tableNameFor("deals 2024.csv") // "deals_2024"
 * @example tableNameFor("2024 商机.csv") // "_2024_商机"
 * @example tableNameFor("a1.csv") // "_a1"
 */
export function tableNameFor(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, "").trim();
  let name = base.replace(NOT_IN_TABLE_NAME, "_");
  if (name === "") return "CsvImport";
  if (!/^[\p{L}_]/u.test(name) || /^[a-z]{1,3}\d+$/i.test(name) || /^[rc]\d*([rc]\d*)?$/i.test(name)) {
    name = `_${name}`;
  }
  return name.slice(0, 255);
}

/**
 * The sheet name wanted for a file: its name without the extension (the gateway makes it valid and free).
 * @example sheetNameFor("deals.csv") // "deals"
 * @example sheetNameFor(".csv") // "CSV"
 */
export function sheetNameFor(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, "").trim();
  return base === "" ? "CSV" : base;
}
