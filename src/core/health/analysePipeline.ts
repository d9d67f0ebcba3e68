/**
 * A pipeline table's health in one step, as the task pane and the report take it: the as-of date checked,
 * the table read (readPipeline), the health computed (pipelineHealth), and the deals it was computed from
 * (for the report's forecast section). Nothing is written; every failure is a value.
 */
import { ok, type DateOrder, type Result } from "../kernel";
import type { UnknownLossRule } from "../metrics";
import { readPipeline, type ColumnMapping, type Deal, type PipelineTable } from "../pipeline";
import type { StageScheme } from "../stages";
import { checkHealthOptions, pipelineHealth } from "./pipelineHealth";
import type { PipelineHealth } from "./types";

/** How to analyse a table. */
export interface AnalysisOptions {
  readonly mapping: ColumnMapping;
  readonly scheme: StageScheme;
  /** The as-of date (Excel serial). */
  readonly asOf: number;
  readonly dateOrder: DateOrder;
  /** The rule for lost deals whose stage of loss is unknown (default "firstStage"). */
  readonly unknownLoss?: UnknownLossRule;
}

/** The health of a table and the deals it was computed from. */
export interface PipelineAnalysis {
  readonly health: PipelineHealth;
  readonly deals: readonly Deal[];
}

/**
 * The pipeline's health from a table and the deals it was computed from, without writing anything. An as-of
 * date that is not a date, or a mapping the table cannot have, is a VALUE failure that says so.
 * @example
 * const analysed = analysePipeline(table, { mapping: { stage: 3 }, scheme: DEFAULT_SCHEME, asOf: 45838, dateOrder: "ymd" });
 * if (analysed.ok) analysed.value.health.overall.winRate // 0.5
 */
export function analysePipeline(table: PipelineTable, options: AnalysisOptions): Result<PipelineAnalysis> {
  const checked = checkHealthOptions({
    asOf: options.asOf,
    unknownLoss: options.unknownLoss,
  });
  if (!checked.ok) return checked;
  const read = readPipeline(
    { header: table.header, rows: table.rows, headerRow: table.headerRow, dateSystem: table.dateSystem },
    {
      mapping: options.mapping,
      scheme: options.scheme,
      dateOrder: options.dateOrder,
    },
  );
  if (!read.ok) return read;
  return ok({
    health: pipelineHealth(read.value, options.scheme, checked.value),
    deals: read.value.deals,
  });
}
