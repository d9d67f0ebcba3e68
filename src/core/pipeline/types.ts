/**
 * CONTRACT for pipeline health (issue 5), written first so every layer codes against it:
 * the user's table as read (columns, deals, skipped rows) and the health model computed from it.
 * Dates are Excel serial day numbers (1900 date system; 45658 = 2025-01-01).
 */
import type { Bilingual } from "../kernel";
import type { SchemeStage, StagePosition, StageScheme } from "../stages";

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

/** How to read day-month order in text dates such as 05-03-24. */
export type DateOrder = "ymd" | "dmy" | "mdy";

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
  /** For a lost deal: the index of the stage at which it was lost, when known. */
  readonly lostAtIndex: number | null;
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
  /** Where a deal id repeats (stage history): all its rows, oldest first. Empty otherwise. */
  readonly histories: readonly (readonly Deal[])[];
  readonly skipped: readonly SkippedRow[];
  readonly rowsRead: number;
  readonly rowsUsed: number;
  /** The cells of used rows that could not be read, by row (readPipeline always sets it). */
  readonly unreadable?: readonly UnreadableCell[];
}

/** Per-stage figures. Conversion follows the definitions of conversion.ts. */
export interface StageHealth {
  readonly index: number;
  readonly stage: SchemeStage;
  /** Deals now in the stage (open; won deals for the won stage). */
  readonly current: number;
  readonly reached: number;
  /** Amount of the deals now in the stage. */
  readonly amount: number;
  readonly weightedAmount: number;
  readonly nextStepConversion: number | null;
  readonly cumulativeConversion: number | null;
  /** Days open deals have spent in the stage so far (from stage entered to as-of), where dates allow. */
  readonly averageDaysInStage: number | null;
  readonly medianDaysInStage: number | null;
  /** Open deals in the stage flagged as stuck. */
  readonly stuck: number;
}

/** The headline figures, overall or for one owner. */
export interface HeadlineFigures {
  readonly deals: number;
  readonly open: number;
  readonly won: number;
  readonly lost: number;
  readonly openPipeline: number;
  readonly weightedPipeline: number;
  readonly winRate: number | null;
  readonly averageWonSize: number | null;
  /** Won deals, created → close date, in days. */
  readonly averageCycleDays: number | null;
  /** Open deals × win rate × average won size ÷ average cycle days: expected won amount per day. */
  readonly velocityPerDay: number | null;
}

/** The figures of one owner, side by side with the others. */
export interface OwnerHealth extends HeadlineFigures {
  readonly owner: string;
}

/**
 * Kinds of abnormal deal (销售机会的异常); `unreadable`: a cell of the deal's row could not be read
 * (see {@link UnreadableCell}).
 */
export type AnomalyKind =
  "unreadable" | "stuck" | "overdue" | "missingAmount" | "missingDate" | "skippedStage" | "backward";

/** One abnormal deal, with its row so the report can link to it. */
export interface Anomaly {
  readonly kind: AnomalyKind;
  readonly row: number;
  readonly dealId: string;
  readonly detail: Bilingual;
}

/** Open amount and weighted amount of the deals expected to close in one calendar month. */
export interface MonthPipeline {
  /** "2025-07" */
  readonly month: string;
  readonly open: number;
  readonly weighted: number;
}

/** Everything the report and the task pane show. */
export interface PipelineHealth {
  readonly asOf: number;
  readonly scheme: StageScheme;
  readonly overall: HeadlineFigures;
  readonly stages: readonly StageHealth[];
  readonly owners: readonly OwnerHealth[];
  /** Index of the stage with the lowest next-step conversion, and of the longest median days in stage. */
  readonly bottleneck: { readonly conversion: number | null; readonly time: number | null };
  readonly weightedByCloseMonth: readonly MonthPipeline[];
  readonly anomalies: readonly Anomaly[];
  readonly rowsRead: number;
  readonly rowsUsed: number;
  readonly skipped: readonly SkippedRow[];
}

/** Options of the analysis. */
export interface HealthOptions {
  /** The day the figures are computed for (Excel serial). */
  readonly asOf: number;
  /** A deal is stuck when its days in stage exceed this × the stage's median (default 2). */
  readonly stuckFactor?: number;
}
