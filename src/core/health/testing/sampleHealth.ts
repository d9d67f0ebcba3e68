/**
 * Test helper: the sample pipeline (samplePipeline.ts) read and analysed as the add-in does, with the
 * report source of a data sheet holding it from A1. Never shipped.
 */
import type { Language } from "../../kernel";
import { DEFAULT_SAMPLE_AS_OF, samplePipeline } from "../../../workbench/samplePipeline";
import { DEFAULT_SCHEME } from "../../stages";
import { valueOf } from "../../kernel/testing/results";
import { pipelineHealth } from "../pipelineHealth";
import { readPipeline } from "../../pipeline";

/**
 * The sample, its reading, its health as of the sample's day, and the report source on sheet `sheet`.
 * @example const { health, source } = sampleHealth("zh", "商机");
 */
export function sampleHealth(language: Language, sheet: string) {
  const sample = samplePipeline({ language });
  const read = valueOf(
    readPipeline({ header: sample.header, rows: sample.rows }, { scheme: DEFAULT_SCHEME }),
  );
  const health = pipelineHealth(read, DEFAULT_SCHEME, { asOf: DEFAULT_SAMPLE_AS_OF });
  const source = { sheet, headerRow: 0, firstCol: 0, rowCount: sample.rows.length, mapping: read.mapping };
  return { sample, read, health, source };
}
