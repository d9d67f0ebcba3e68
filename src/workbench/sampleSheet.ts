/**
 * The toolbar's "Load sample pipeline": a new sheet filled with the generated sample pipeline (header row and
 * deals), its amounts and dates formatted and its columns wide enough. It never writes over a user's sheet: the sheet gets a free name.
 */
import type { Language } from "../core/kernel";
import { SAMPLE_COLUMN, samplePipeline, type SamplePipelineOptions } from "./samplePipeline";
import type { WorkbookEngine } from "./engine/workbookEngine";
import { workbenchText } from "./workbenchStrings";

/** Widths (pixels) that fit the sample's columns, A … I. */
const SAMPLE_COLUMN_WIDTHS = [190, 210, 72, 90, 96, 92, 104, 124, 84];

/**
 * Adds a sheet named 示例商机 / Sample pipeline (or "… (2)" when taken) holding the sample; returns its name.
 * @example loadSampleSheet(engine, "zh") // "示例商机"
 */
export function loadSampleSheet(
  engine: WorkbookEngine,
  language: Language,
  options: Omit<SamplePipelineOptions, "language"> = {},
): string {
  const { header, rows } = samplePipeline({ ...options, language });
  const sheet = engine.addSheet(workbenchText("sampleSheetName", language));
  engine.setCells(sheet, { row: 0, col: 0 }, [header, ...rows]);
  engine.setColumnFormat(sheet, SAMPLE_COLUMN.amount, "amount");
  for (const col of [SAMPLE_COLUMN.created, SAMPLE_COLUMN.expectedClose, SAMPLE_COLUMN.stageEntered]) {
    engine.setColumnFormat(sheet, col, "date");
  }
  SAMPLE_COLUMN_WIDTHS.forEach((width, col) => engine.setColumnWidth(sheet, col, width));
  return sheet;
}
