/** A sheet spec as the gateway reads it back, for tests that need a generated sheet's cells as a table. */
import type { SheetSpec } from "../../core/sheet";
import type { TableData } from "../../excel/gateway";

/**
 * A spec's values as its sheet's used range read from A1 (formula cells read as blanks).
 * @example usedRange(templateById("stageSettings")!.build({ language: "en" })).sheet // "Stage settings"
 */
export function usedRange(spec: SheetSpec): TableData {
  const rows = Math.max(...spec.cells.map((c) => c.row)) + 1;
  const cols = Math.max(...spec.cells.map((c) => c.col)) + 1;
  const grid: unknown[][] = Array.from({ length: rows }, () => Array<unknown>(cols).fill(""));
  for (const cell of spec.cells) grid[cell.row][cell.col] = cell.value ?? "";
  return {
    sheet: spec.name,
    headerRow: 0,
    firstCol: 0,
    header: grid[0].map(String),
    rows: grid.slice(1),
    dateSystem: 1900,
  };
}
