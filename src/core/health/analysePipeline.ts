/**
 * A pipeline table's health in one step, as the task pane and the report take it: the as-of date checked,
 * the table read (readPipeline), the health computed (pipelineHealth), and the deals it was computed from
 * (for the report's forecast section). Nothing is written; every failure is a value.
 */
import { ok, type DateOrder, type Result } from "../kernel";
import type { UnknownLossRule } from "../metrics";
import {
  type ColumnMapping,
  type Deal,
  openPipelineStream,
  type PipelineHeader,
  type PipelineTable,
} from "../pipeline";
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
  // Through the stream, as a table read chunk by chunk is analysed: the same figures as readPipeline's.
  const { header, headerRow, dateSystem } = table;
  const stream = openHealthStream(
    { header, headerRow, dateSystem, expectedRows: table.rows.length },
    options,
  );
  if (!stream.ok) return stream;
  for (let at = 0; at < table.rows.length; at += ANALYSIS_CHUNK_ROWS) {
    stream.value.push(table.rows.slice(at, at + ANALYSIS_CHUNK_ROWS));
  }
  return ok(stream.value.finish());
}

/** The rows {@link analysePipeline} hands the stream at a time. */
const ANALYSIS_CHUNK_ROWS = 10_000;

/** A table's analysis, its rows pushed in chunks as they are read (see core/pipeline's pipelineStream.ts). */
export interface HealthStream {
  /** Reads the next rows of the table; the caller may drop them afterwards. */
  push(rows: readonly (readonly unknown[])[]): void;
  /** The health of all the rows pushed and the deals it was computed from. */
  finish(): PipelineAnalysis;
}

/**
 * The analysis of a table whose rows come in chunks (the header and where it is given now): the table is never
 * held whole, and the result is {@link analysePipeline}'s. An as-of date or mapping that cannot be is a VALUE
 * failure, as there.
 * @example
 * const stream = openHealthStream({ header }, { mapping, scheme: DEFAULT_SCHEME, asOf: 45838, dateOrder: "ymd" });
 * if (stream.ok) { for (const rows of chunks) stream.value.push(rows); stream.value.finish().health }
 */
export function openHealthStream(table: PipelineHeader, options: AnalysisOptions): Result<HealthStream> {
  const checked = checkHealthOptions({
    asOf: options.asOf,
    unknownLoss: options.unknownLoss,
  });
  if (!checked.ok) return checked;
  const opened = openPipelineStream(
    {
      header: table.header,
      headerRow: table.headerRow,
      dateSystem: table.dateSystem,
      expectedRows: table.expectedRows,
    },
    { mapping: options.mapping, scheme: options.scheme, dateOrder: options.dateOrder },
  );
  if (!opened.ok) return opened;
  const stream = opened.value;
  return ok({
    push: (rows) => stream.push(rows),
    finish: () => {
      const read = stream.finish();
      return { health: pipelineHealth(read, options.scheme, checked.value), deals: read.deals };
    },
  });
}
