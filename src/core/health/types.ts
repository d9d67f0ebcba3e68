/**
 * The pipeline-health model: per-stage figures, abnormal deals, the weighted pipeline by close month, and
 * everything the report and the task pane show, with the options of the analysis.
 */
import type { Bilingual } from "../kernel";
import type { HeadlineFigures, OwnerHealth, UnknownLossRule } from "../metrics";
import type { SkippedRow, StageDateColumn } from "../pipeline";
import type { SchemeStage, StageScheme } from "../stages";

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

/**
 * Kinds of abnormal deal (销售机会的异常); `unreadable`: a cell of the deal's row could not be read
 * (`PipelineRead.unreadable`).
 */
export type AnomalyKind =
  | "unreadable"
  | "stuck"
  | "overdue"
  | "missingAmount"
  | "missingDate"
  | "skippedStage"
  | "backward"
  /** The pipeline's stage is not supported by the evidence of the deal's evaluation sheets (a gate failed). */
  | "unsupportedStage";

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
  readonly bottleneck: {
    readonly conversion: number | null;
    readonly time: number | null;
  };
  readonly weightedByCloseMonth: readonly MonthPipeline[];
  readonly anomalies: readonly Anomaly[];
  readonly rowsRead: number;
  readonly rowsUsed: number;
  readonly skipped: readonly SkippedRow[];
  /**
   * The lost deals whose stage of loss is unknown (no lost-at cell, history or dated stage) and the rule
   * the stage figures counted them by (metrics' UnknownLossRule). Absent in models built before it.
   */
  readonly unknownLoss?: UnknownLossSummary;
  /** How many per-stage date columns were read as evidence of the stages reached (0 or absent: none). */
  readonly stageDateColumns?: number;
  /** The per-stage date columns read (table column and stage, in column order); absent when none. */
  readonly stageDates?: readonly StageDateColumn[];
  /**
   * Whether every stage history (rows sharing a deal id) was taken in row order: `false` when one was
   * reordered by its stage-entered dates; absent in models built before it.
   */
  readonly historiesInRowOrder?: boolean;
}

/** How many lost deals have an unknown stage of loss, and the rule that counted them. */
export interface UnknownLossSummary {
  readonly count: number;
  readonly rule: UnknownLossRule;
}

/** Options of the analysis. */
export interface HealthOptions {
  /** The day the figures are computed for (Excel serial). */
  readonly asOf: number;
  /** A deal is stuck when its days in stage exceed this × the stage's median (default 2). */
  readonly stuckFactor?: number;
  /** The rule for lost deals whose stage of loss is unknown (default "firstStage", metrics' FunnelTally). */
  readonly unknownLoss?: UnknownLossRule;
}
