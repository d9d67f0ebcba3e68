/**
 * How a table was read, in numbers: rows read, used and skipped, the skipped rows by kind of reason,
 * the cells that could not be read by column, and the deals and stage histories found. For a summary
 * line in the task pane or a log, and for checking that every row is accounted for.
 */
import type { ColumnRole, PipelineRead, SkipKind } from "./types";

/**
 * The kinds of skipped row, in the order they are checked.
 * Tested surface: exported for its tests.
 */
export const SKIP_KINDS: readonly SkipKind[] = Object.freeze([
  "blank",
  "noStage",
  "stage",
  "outcome",
  "lostAt",
  "duplicate",
]);

/** The counts of a read (see the module notes). */
export interface ReadCounts {
  readonly rowsRead: number;
  readonly rowsUsed: number;
  readonly rowsSkipped: number;
  /** Skipped rows by kind; "other": a skipped row without a kind (readPipeline always gives one). */
  readonly skippedBy: Readonly<Record<SkipKind | "other", number>>;
  /** Unreadable cells by column role (roles without any are absent). */
  readonly unreadableBy: Readonly<Partial<Record<ColumnRole, number>>>;
  /** Current deals, and how many of them have a stage history (several rows). */
  readonly deals: number;
  readonly histories: number;
}

/**
 * The counts of a read. `rowsRead = rowsUsed + rowsSkipped`, and the skipped rows by kind add up to
 * `rowsSkipped`.
 * Tested surface: exported for its tests.
 * @example readCounts(valueOf(readPipeline(table, { scheme: DEFAULT_SCHEME }))).skippedBy.blank // 3
 */
export function readCounts(read: PipelineRead): ReadCounts {
  const skippedBy: Record<SkipKind | "other", number> = {
    other: 0,
    ...zeroes(),
  };
  for (const row of read.skipped) skippedBy[row.kind ?? "other"] += 1;
  const unreadableBy: Partial<Record<ColumnRole, number>> = {};
  for (const cell of read.unreadable ?? []) unreadableBy[cell.role] = (unreadableBy[cell.role] ?? 0) + 1;
  return {
    rowsRead: read.rowsRead,
    rowsUsed: read.rowsUsed,
    rowsSkipped: read.skipped.length,
    skippedBy,
    unreadableBy,
    deals: read.deals.length,
    histories: read.histories.length,
  };
}

function zeroes(): Record<SkipKind, number> {
  return Object.fromEntries(SKIP_KINDS.map((kind) => [kind, 0])) as Record<SkipKind, number>;
}
