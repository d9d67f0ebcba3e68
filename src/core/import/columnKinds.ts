/**
 * What each column of a CSV export is written as: dates as Excel dates, amounts as numbers, everything else —
 * ids and codes above all — as text. Told from the header (the column roles of the pipeline reader, see
 * recogniseColumns) and from the first records: an all-digit column with a leading zero ("00123") or more
 * digits than Excel keeps (15: "123456789012345678") is an id, whatever its header says.
 */
import { type DateOrder, isBlankCell, parseAmount, parseDate } from "../kernel";
import { type ColumnRole, recogniseColumns } from "../pipeline";

/** How a column's cells are written: text (number format "@"), a number, or an Excel date. */
export type ColumnKind = "text" | "number" | "date";

/** Every kind, in the order the task pane offers them. */
export const COLUMN_KINDS: readonly ColumnKind[] = Object.freeze(["text", "number", "date"]);

/** A column of the file as it will be written. */
export interface ImportColumn {
  /** The header as the file has it. */
  readonly header: string;
  /** The role its header names, when it names one. */
  readonly role?: ColumnRole;
  readonly kind: ColumnKind;
  /** Whether the column holds ids or codes (written as text so that no digit is lost). */
  readonly id: boolean;
}

/** The digits Excel keeps of a number: a longer id loses its last digits as a number. */
const EXCEL_DIGITS = 15;

/** The roles whose columns are dates. */
const DATE_ROLES: ReadonlySet<ColumnRole> = new Set([
  "closeDate",
  "createdDate",
  "stageEnteredDate",
  "lastActivity",
]);
/** The roles whose columns are names or labels: text, even when they look like numbers. */
const TEXT_ROLES: ReadonlySet<ColumnRole> = new Set([
  "dealId",
  "opportunity",
  "customer",
  "owner",
  "stage",
  "outcome",
  "lostAt",
]);
const ORDERS: readonly DateOrder[] = ["ymd", "dmy", "mdy"];
const DIGITS = /^\d+$/;

/**
 * Whether the texts of a column are ids: all digits, and one has a leading zero or more than 15 digits, so
 * that Excel would change it as a number.
 * @example looksLikeIds(["00123", "456"]) // true
 * @example looksLikeIds(["123456789012345678"]) // true
 * @example looksLikeIds(["123", "456"]) // false
 */
export function looksLikeIds(values: readonly string[]): boolean {
  const trimmed = values.map((value) => value.trim());
  return (
    trimmed.length > 0 &&
    trimmed.every((value) => DIGITS.test(value)) &&
    trimmed.some((value) => (value.length > 1 && value.startsWith("0")) || value.length > EXCEL_DIGITS)
  );
}

/** Whether a text is a date in some day-month order (a bare number is not, but for a date column). */
const readsAsDate = (value: string) => ORDERS.some((order) => parseDate(value, order).ok);

function columnKind(
  role: ColumnRole | undefined,
  values: readonly string[],
): Omit<ImportColumn, "header" | "role"> {
  if (role === "dealId" || looksLikeIds(values)) return { kind: "text", id: true };
  if (role !== undefined && TEXT_ROLES.has(role)) return { kind: "text", id: false };
  if (values.length === 0)
    return {
      kind: role !== undefined && DATE_ROLES.has(role) ? "date" : "text",
      id: false,
    };
  // A column whose header names a date is dates when most of its values are (the others are rejected rows);
  // another column only when all are, and not all bare numbers.
  const dated = values.filter((value) => readsAsDate(value)).length;
  const dateRole = role !== undefined && DATE_ROLES.has(role);
  if (
    dateRole
      ? dated * 2 >= values.length
      : dated === values.length && values.some((value) => !DIGITS.test(value.trim()))
  ) {
    return { kind: "date", id: false };
  }
  if (role === "amount" || values.every((value) => parseAmount(value).ok))
    return { kind: "number", id: false };
  return { kind: "text", id: false };
}

/**
 * The columns of a file from its header and its first records: each column's role (by its header) and kind (by
 * its role and the non-blank values of `sample`).
 * @example planColumns(["Deal ID", "Close Date", "Amount", "Note"], [["00123", "01-03-17", "1,200", "x"]]).map((c) => c.kind)
 * // ["text", "date", "number", "text"]
 */
export function planColumns(
  header: readonly string[],
  sample: readonly (readonly string[])[],
): ImportColumn[] {
  const { mapping } = recogniseColumns(header);
  const roleOf = new Map<number, ColumnRole>();
  for (const [role, column] of Object.entries(mapping)) roleOf.set(column, role as ColumnRole);
  return header.map((text, column) => {
    const values = sample.map((record) => record[column] ?? "").filter((value) => !isBlankCell(value));
    const role = roleOf.get(column);
    return {
      header: text,
      ...(role === undefined ? {} : { role }),
      ...columnKind(role, values),
    };
  });
}

const NUMERIC_DATE = /^\s*(\d{1,4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,4})/;

/**
 * The day-month order the date columns plainly use, or undefined when their values fit more than one: a first
 * number over 12 means day first, a second over 12 month first, years written first year-month-day.
 * @example suggestDateOrder([{ header: "d", kind: "date", id: false }], [["25-03-17"]]) // "dmy"
 * @example suggestDateOrder([{ header: "d", kind: "date", id: false }], [["03/25/2017"]]) // "mdy"
 * @example suggestDateOrder([{ header: "d", kind: "date", id: false }], [["01-03-17"]]) // undefined
 */
export function suggestDateOrder(
  columns: readonly ImportColumn[],
  sample: readonly (readonly string[])[],
): DateOrder | undefined {
  let dayFirst = false;
  let monthFirst = false;
  let yearFirst = 0;
  let numeric = 0;
  columns.forEach((column, c) => {
    if (column.kind !== "date") return;
    for (const record of sample) {
      const m = NUMERIC_DATE.exec(record[c] ?? "");
      if (!m) continue;
      numeric += 1;
      if (m[1].length === 4) yearFirst += 1;
      else if (Number(m[1]) > 12) dayFirst = true;
      else if (Number(m[3]) > 12) monthFirst = true;
    }
  });
  if (dayFirst !== monthFirst) return dayFirst ? "dmy" : "mdy";
  return numeric > 0 && yearFirst === numeric ? "ymd" : undefined;
}
