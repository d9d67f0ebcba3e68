/**
 * A pipeline table as the task pane reads it from a sheet (a header row and rows of cells), of any size: the
 * sample pipeline (src/core/samplePipeline.ts) generated in blocks of 100,000 deals with one seed each.
 */
import { samplePipeline, type SampleCell } from "../../../src/workbench/samplePipeline";

/** The sample's largest block of deals. */
export const PIPELINE_BLOCK = 100_000;
const BLOCK = PIPELINE_BLOCK;

/** A table: the header and the data rows. */
export interface PipelineTableData {
  readonly header: readonly string[];
  readonly rows: readonly (readonly SampleCell[])[];
}

/**
 * A 中文 pipeline table of `rows` deals (blocks of the sample pipeline with seeds 1, 2, …); garbage is
 * collected between blocks when Node runs with --expose-gc, so only the table itself stays.
 * @example pipelineTable(100_000).rows.length // 100000
 */
export function pipelineTable(rows: number): PipelineTableData {
  const all: (readonly SampleCell[])[] = [];
  let header: readonly string[] = [];
  for (let block = 0; all.length < rows; block++) {
    const sample = samplePipeline({
      language: "zh",
      seed: block + 1,
      deals: Math.min(BLOCK, rows - all.length),
    });
    header = sample.header;
    for (const row of sample.rows) all.push(row);
    (globalThis as { gc?: () => void }).gc?.();
  }
  return { header, rows: all };
}
