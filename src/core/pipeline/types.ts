/**
 * The user's table as read: what each column means, the deals, the rows skipped and the cells that could
 * not be read. Dates are Excel serial day numbers (1900 date system; 45658 = 2025-01-01).
 */
import type { Bilingual } from "../kernel";
import type { StagePosition } from "../stages";

/** What a column of the user's table means. */
export type ColumnRole =
  | "dealId"
  | "opportunity"
  | "customer"
  | "owner"
  | "stage"
  | "amount"
  | "closeDate"
  | "createdDate"
  | "stageEnteredDate"
  | "outcome"
  | "lostAt"
  | "lastActivity";

/** Which column (0-based, within the table) holds each role; a role absent from the table is absent here. */
export type ColumnMapping = Readonly<Partial<Record<ColumnRole, number>>>;

/** A per-stage date column: a date in it means the deal reached the stage (0-based index). */
export interface StageDateColumn {
  /** 0-based column within the table. */
  readonly column: number;
  /** 0-based index of the stage in the scheme. */
  readonly stage: number;
}

/** One deal, as read from one row of the user's table. */
export interface Deal {
  /** 0-based index of the data row in the table (the header is not counted). */
  readonly row: number;
  /** The deal id, else the opportunity name, else "row N" (N as the user sees it). */
  readonly id: string;
  readonly opportunity: string | null;
  readonly customer: string | null;
  readonly owner: string | null;
  /** The resolved stage (open, won or lost). */
  readonly position: StagePosition;
  /**
   * For a lost deal: the index of the stage at which it was lost, when known: its lost-at cell, else
   * (for a stage history) the last open stage before the loss.
   */
  readonly lostAtIndex: number | null;
  /**
   * The furthest stage the deal's evidence shows it reached: the stages of its history rows and the
   * stages its per-stage date cells date (stageDates.ts); `null`/absent when there is none. Metrics'
   * FunnelTally counts the deal as having reached it.
   */
  readonly reachedIndex?: number | null;
  readonly amount: number | null;
  readonly created: number | null;
  readonly closeDate: number | null;
  readonly stageEntered: number | null;
  readonly lastActivity: number | null;
}

/**
 * Why a row was skipped: blank; a copy of an earlier row; no stage and no outcome; a stage, outcome or
 * stage of loss that cannot be read (an Excel error value in one of them included).
 */
export type SkipKind = "blank" | "duplicate" | "noStage" | "stage" | "outcome" | "lostAt";

/** A row that could not be used, and why. */
export interface SkippedRow {
  readonly row: number;
  readonly reason: Bilingual;
  /** The kind of reason, for counts (readPipeline always sets it). */
  readonly kind?: SkipKind;
}

/**
 * A cell of a used row that could not be read (text in a date column, an amount in another currency, a
 * date no deal can have …): the deal keeps `null` there, and the reason says what to fix.
 */
export interface UnreadableCell {
  readonly row: number;
  readonly role: ColumnRole;
  readonly reason: Bilingual;
}

/** The user's table as read: rows read = deals used (incl. history rows) + rows skipped. */
export interface PipelineRead {
  readonly mapping: ColumnMapping;
  /** The current deals: one per deal id (the latest row of each id when an id repeats). */
  readonly deals: readonly Deal[];
  /**
   * The per-stage date columns read as evidence of the stages reached (stageDates.ts); absent or empty
   * when the table has none.
   */
  readonly stageDates?: readonly StageDateColumn[];
  /** Where a deal id repeats (stage history): all its rows, oldest first. Empty otherwise. */
  readonly histories: readonly (readonly Deal[])[];
  readonly skipped: readonly SkippedRow[];
  readonly rowsRead: number;
  readonly rowsUsed: number;
  /** The cells of used rows that could not be read, by row (readPipeline always sets it). */
  readonly unreadable?: readonly UnreadableCell[];
}
