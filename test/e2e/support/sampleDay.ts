/**
 * The day the workbench generates its sample pipeline for: today, as the browser under test sees it (same
 * machine, same clock), so the tests compute the same deals the workbench loads.
 */
import { serialFromJsDate } from "../../../src/core/kernel";
import { samplePipeline, type SamplePipeline } from "../../../src/workbench/samplePipeline";
import type { Language } from "../../../src/core/kernel";

/** Today as an Excel serial date: the sample's as-of date. */
export const SAMPLE_DAY = serialFromJsDate(new Date());

/**
 * The sample pipeline "Load sample pipeline" writes today, in a language.
 * @example workbenchSample("en").rows.length // 360
 */
export function workbenchSample(language: Language): SamplePipeline {
  return samplePipeline({ language, asOf: SAMPLE_DAY });
}
