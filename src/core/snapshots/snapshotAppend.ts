/**
 * Taking a snapshot: the current pipeline's rows as a typed table to append to the history table (管线快照 /
 * Pipeline snapshots) — the same typed rows the CSV import writes (text as text, dates as dated serials) — and
 * where rows of one snapshot date already are, so that a second snapshot of a date replaces them only when the
 * user said so.
 */
import type { ColumnKind, TypedCell, TypedTable } from "../import";
import { fail, isoDate, type Language, type Result } from "../kernel";
import type { PipelineRead } from "../pipeline";
import type { StageScheme } from "../stages";
import { SNAPSHOT_TABLE_NAME, snapshotHeader, snapshotRows } from "./historyTable";

/** The kind of each column of the history table, as {@link snapshotHeader} orders them. */
export const SNAPSHOT_KINDS: readonly ColumnKind[] = Object.freeze([
  "date",
  "text",
  "text",
  "text",
  "text",
  "text",
  "number",
  "date",
  "date",
  "date",
]);

/**
 * The Excel table name of the history table in a language (a table name holds no space).
 * @example snapshotTableName("en") // "PipelineSnapshots"
 */
export function snapshotTableName(language: Language): string {
  return SNAPSHOT_TABLE_NAME[language].replace(/\s+(\S)/g, (_, first: string) => first.toUpperCase());
}

/**
 * The typed table a snapshot of `read` on `asOf` appends: the history table's header, kinds and rows, its sheet
 * and table named in `language` (blank cells as null).
 * @example snapshotTable(read, 45838, DEFAULT_SCHEME, "en").tableName // "PipelineSnapshots"
 */
export function snapshotTable(
  read: PipelineRead,
  asOf: number,
  scheme: StageScheme,
  language: Language,
): TypedTable {
  const rows = snapshotRows(read, asOf, scheme, language).map((row) =>
    row.map((cell): TypedCell => (cell === "" ? null : cell)),
  );
  return {
    sheetName: SNAPSHOT_TABLE_NAME[language],
    tableName: snapshotTableName(language),
    header: snapshotHeader(language),
    kinds: SNAPSHOT_KINDS,
    rows,
  };
}

/** A run of consecutive data rows: the first (0-based) and how many. */
export interface RowRun {
  readonly start: number;
  readonly count: number;
}

/**
 * The runs of rows whose snapshot date (a serial, in any time of the day) is the day `asOf`, last run first — the
 * order to delete them in, so that the rows of the runs still to delete keep their places.
 * @example datedRuns([45800, 45838, 45838.5, 45900, 45838], 45838) // [{ start: 4, count: 1 }, { start: 1, count: 2 }]
 */
export function datedRuns(dates: readonly unknown[], asOf: number): RowRun[] {
  const day = Math.floor(asOf);
  const runs: RowRun[] = [];
  let start = -1;
  dates.forEach((date, i) => {
    const same = typeof date === "number" && Math.floor(date) === day;
    if (same && start < 0) start = i;
    if (!same && start >= 0) {
      runs.push({ start, count: i - start });
      start = -1;
    }
  });
  if (start >= 0) runs.push({ start, count: dates.length - start });
  return runs.reverse();
}

/**
 * The refusal to append a snapshot of a date the history table already holds, without the user's word to replace
 * those rows: a gateway never overwrites a snapshot silently.
 * @example snapshotDateTaken(45838, 40).ok // false
 */
export function snapshotDateTaken(asOf: number, rows: number): Result<never> {
  const date = isoDate(Math.floor(asOf));
  return fail("VALUE", {
    zh: `快照表已有 ${date} 的快照（${rows} 行）。确认替换后才会覆盖这些行。`,
    en: `The snapshot table already holds a snapshot of ${date} (${rows} rows). Confirm to replace those rows.`,
  });
}
