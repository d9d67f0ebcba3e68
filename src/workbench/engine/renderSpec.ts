/**
 * Renders a {@link SheetSpec} into the workbench's engine — the workbench's side of the gateway's
 * `createSheet`, as src/excel/renderSheet.ts is Excel's: a new sheet under a free name, its names (HyperFormula
 * named expressions, placed as in Excel: see planNames; a name may point at another sheet, e.g. the user's data
 * column, and a name over an Excel table's columns follows the table's rows, as its structured reference does in
 * Excel), its contents (literal text as text, formulas as formulas, the totals rows of its tables as plain
 * formulas), and its decor — looks, merges, validations, column widths, row heights, links to other cells and
 * charts — for the grid. Page setup and print areas have no workbench equivalent.
 * On a failure midway the sheet and the names it added are removed again. {@link renderInto} renders into a sheet
 * that is already there (a report regenerated in place, see writeReport.ts).
 */
import {
  planNames,
  estimatedRowHeights,
  type NamedRangeSpec,
  type SheetSpec,
  checkSheetSpec,
  contentBlocks,
  styleBlocks,
} from "../../core/sheet";
import { errorDetail, fail, ok, type Result } from "../../core/kernel";
import type { NameScope, WorkbookEngine } from "./workbookEngine";

/** Pixels per point (96 pixels to 72 points): specs measure widths and heights in points. */
const PIXELS_PER_POINT = 4 / 3;

function writeContents(engine: WorkbookEngine, sheet: string, spec: SheetSpec): void {
  for (const block of contentBlocks(spec)) {
    engine.setCells(sheet, { row: block.range.row, col: block.range.col }, block.inputs);
  }
  for (const table of spec.tables ?? []) {
    const row = table.range.row + table.range.rows;
    for (const [offset, formula] of Object.entries(table.totals ?? {})) {
      engine.setCell(sheet, { row, col: table.range.col + Number(offset) }, formula);
    }
  }
}

function decorate(engine: WorkbookEngine, sheet: string, spec: SheetSpec): void {
  engine.decorate(sheet, (decor) => {
    for (const block of styleBlocks(spec))
      decor.setLook(block.range, { style: block.style, input: block.input });
    for (const merge of spec.merges ?? []) decor.merge(merge);
    for (const validation of spec.validations ?? []) decor.validate(validation);
    for (const fit of estimatedRowHeights(spec)) decor.setRowHeight(fit.row, fit.points * PIXELS_PER_POINT);
    decor.protected = spec.protect === true;
    decor.frozen = spec.freeze ?? { rows: 0, cols: 0 };
    for (const cell of spec.cells) if (cell.link) decor.setLink(cell, cell.link);
    for (const chart of spec.charts ?? []) decor.addChart(chart);
  });
  for (const [col, width] of Object.entries(spec.columnWidths ?? {})) {
    engine.setColumnWidth(sheet, Number(col), width * PIXELS_PER_POINT);
  }
}

/** A rendered sheet and the names it defined. */
export interface RenderedSheet {
  readonly sheet: string;
  /** Names defined for the whole workbook (new to it). */
  readonly workbookNames: readonly string[];
  /** Names the workbook had already, defined on the new sheet only. */
  readonly sheetNames: readonly string[];
}

/**
 * Renders `spec` into `sheet`, an empty sheet of the engine (just added, or a report's sheet emptied to be written
 * again in place): its names (placed by planNames against the workbook's names now), contents and decor. Throws
 * what the engine throws, after removing the workbook names it defined — the sheet is the caller's to undo.
 * Returns where its names went.
 * @example renderInto(engine, engine.addSheet("二次评估"), buildSecondary({ language: "zh" })) // { sheet: "二次评估", workbookNames: [], sheetNames: [] }
 */
export function renderInto(engine: WorkbookEngine, sheet: string, spec: SheetSpec): RenderedSheet {
  const plan = planNames(
    spec,
    engine.workbookNames(),
    engine.tables().map((table) => table.name),
  );
  const define = (name: NamedRangeSpec, scope: NameScope) => {
    if (name.tableColumns) engine.defineTableName(name.name, name.tableColumns, scope, sheet);
    else engine.defineName(name.name, name.sheet ?? sheet, name.range, scope, sheet);
  };
  const added: string[] = [];
  try {
    // Names first, so the formulas written next find them.
    for (const name of plan.workbook) {
      define(name, "workbook");
      added.push(name.name);
    }
    for (const name of plan.sheet) define(name, "sheet");
    writeContents(engine, sheet, spec);
    decorate(engine, sheet, spec);
  } catch (error) {
    for (const name of added) engine.removeName(name);
    throw error;
  }
  return { sheet, workbookNames: added, sheetNames: plan.sheet.map((name) => name.name) };
}

/**
 * Adds a sheet for `spec` (named after it, made unique: "二次评估 (2)") and renders the spec into it; never
 * touches another sheet's cells or an existing name. Resolves with the sheet's name and where its names went,
 * or a VALUE failure after removing whatever was added.
 * @example renderSheet(engine, buildSecondary({ language: "zh" })) // { ok: true, value: { sheet: "二次评估", workbookNames: [], sheetNames: [] } }
 */
export function renderSheet(engine: WorkbookEngine, spec: SheetSpec): Result<RenderedSheet> {
  const checked = checkSheetSpec(spec);
  if (!checked.ok) return checked;
  const sheet = engine.addSheet(spec.name);
  try {
    return ok(renderInto(engine, sheet, spec));
  } catch (error) {
    engine.removeSheet(sheet);
    const detail = errorDetail(error);
    return fail("VALUE", {
      zh: `无法创建工作表“${sheet}”：${detail}。已撤销，工作簿未做任何更改。`,
      en: `Could not create the sheet "${sheet}": ${detail}. It was removed; the workbook is unchanged.`,
    });
  }
}

/**
 * Adds a sheet for `spec` and renders it (see {@link renderSheet}); resolves with the sheet's name.
 * @example renderSpec(engine, buildSecondary({ language: "zh" })) // { ok: true, value: { sheet: "二次评估" } }
 */
export function renderSpec(engine: WorkbookEngine, spec: SheetSpec): Result<{ sheet: string }> {
  const rendered = renderSheet(engine, spec);
  return rendered.ok ? ok({ sheet: rendered.value.sheet }) : rendered;
}
