/**
 * Whether a workbook has a sheet of a name. Its own module so the pipeline source (held above the views, in the
 * pane's first load) checks for the stage settings sheet without the Templates view's module, which brings every
 * template's sheet builder with it.
 */
import { uniqueSheetName, validSheetName } from "../../core/sheet";

/**
 * Whether the workbook has a sheet of this name, compared as Excel compares names (case-insensitively, after
 * making the name valid).
 * @example sheetExists("Stage settings", ["STAGE SETTINGS"]) // true
 * @example sheetExists("阶段设置", ["阶段设置 (2)"]) // false
 */
export function sheetExists(name: string, existing: readonly string[]): boolean {
  return uniqueSheetName(name, existing) !== validSheetName(name);
}
