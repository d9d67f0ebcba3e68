/**
 * Queues a {@link SheetSpec} onto a new, empty worksheet through Office.js — contents, looks, column widths,
 * row heights, merges, tables, names (also over ranges of other sheets, or over an Excel table's columns by
 * structured reference: "=Deals[Stage]"), validations, charts (see
 * renderCharts.ts), print area, paper and orientation: the main write, which the sheet stands or falls with.
 * A linked cell is written as a `HYPERLINK` formula that shows its text (see linkFormulas.ts). What some hosts
 * refuse or what must come after it — native funnel charts, the links that cannot be such formulas, print
 * scaling, activation, frozen panes, protection — finishes the sheet afterwards (see finishSheet.ts). The caller syncs once for the
 * main write; only a sheet too large for one request is sent in several, each under ~4 MB (see
 * requestBudget.ts). Writes are batched: contents a block of rows per call, formats one rectangle per run of
 * cells that look the same, widths one call per run of columns.
 *
 * Requirement sets (the manifest's SharedRuntime 1.1 implies Excel builds that have all of them): Range values,
 * formulas, numberFormat, fill, font, alignment, borders, tables ExcelApi 1.1; merge, columnWidth, rowHeight,
 * autofitRows, cell protection ExcelApi 1.2; names (workbook and sheet) ExcelApi 1.4; data validation
 * ExcelApi 1.8; pageLayout (paper, orientation, print area) ExcelApi 1.9; charts ExcelApi 1.1–1.9
 * (renderCharts.ts).
 */
import { jsonBytes } from "./readChunks";
import {
  estimatedRowHeights,
  type NamePlan,
  type CellRange,
  type CellStyle,
  type NamedRangeSpec,
  type SheetSpec,
  type ValidationSpec,
  columnRuns,
  contentBlocks,
  lookFill,
  styleBlocks,
  type ContentBlock,
  type StyleBlock,
  columnLetters,
  rangeAddress,
  structuredReference,
} from "../core/sheet";
import { withLinkFormulas } from "./linkFormulas";
import { queueCharts, supportsFunnelChart } from "./renderCharts";
import { WRITE_BUDGET_BYTES, type RequestBudget } from "./requestBudget";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const BORDER_WEIGHT = { thin: "Thin", medium: "Medium" } as const;

/**
 * A1 address of whole columns: "B:B", "C:E".
 * Tested surface: exported for its tests.
 * @example columnsAddress(1, 3) // "B:D"
 */
export function columnsAddress(col: number, cols: number): string {
  return `${columnLetters(col)}:${columnLetters(col + cols - 1)}`;
}

/**
 * A1 address of whole rows (0-based first row): "3:3", "3:5".
 * Tested surface: exported for its tests.
 * @example rowsAddress(2, 3) // "3:5"
 */
export function rowsAddress(row: number, rows: number): string {
  return `${row + 1}:${row + rows}`;
}

/** A matrix of `rows` × `cols` copies of `value` (Office.js sets numberFormat cell by cell). */
const filled = <T>(range: CellRange, value: T): T[][] =>
  Array.from({ length: range.rows }, () => new Array<T>(range.cols).fill(value));

function queueBorders(range: Excel.Range, area: CellRange, weight: "Thin" | "Medium"): void {
  const edges: (
    "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal"
  )[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (area.cols > 1) edges.push("InsideVertical");
  if (area.rows > 1) edges.push("InsideHorizontal");
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = weight;
  }
}

/** The most calls {@link queueLook} makes for one block: its properties and four to six borders of two each. */
const LOOK_CALLS = 22;

function queueLook(sheet: Excel.Worksheet, block: StyleBlock): void {
  const range = sheet.getRange(rangeAddress(block.range));
  const style: CellStyle = block.style;
  const fill = lookFill(block);
  if (fill !== undefined) range.format.fill.color = fill;
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
  if (style.fontSize !== undefined) range.format.font.size = style.fontSize;
  if (style.fontColor !== undefined) range.format.font.color = style.fontColor;
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.horizontal !== undefined) range.format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) range.format.verticalAlignment = VERTICAL[style.vertical];
  if (style.numberFormat !== undefined) range.numberFormat = filled(block.range, style.numberFormat);
  if (style.border !== undefined) queueBorders(range, block.range, BORDER_WEIGHT[style.border]);
  if (block.input) range.format.protection.locked = false;
}

/**
 * The Office.js rule of a validation.
 * Tested surface: exported for its tests.
 * @example validationRule({ range, kind: "list", values: ["是", "否"] }) // { list: { inCellDropDown: true, source: "是,否" } }
 */
export function validationRule(validation: ValidationSpec): Excel.DataValidationRule {
  switch (validation.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: validation.values.join(",") } };
    case "listFromName":
      return { list: { inCellDropDown: true, source: `=${validation.name}` } };
    case "wholeNumber":
      return { wholeNumber: { formula1: validation.min, formula2: validation.max, operator: "Between" } };
    case "decimal":
      return { decimal: { formula1: validation.min, formula2: validation.max, operator: "Between" } };
  }
}

function queueTables(sheet: Excel.Worksheet, spec: SheetSpec, plan: NamePlan): Excel.Table[] {
  return (spec.tables ?? []).map((spec, i) => {
    const table = sheet.tables.add(rangeAddress(spec.range), true);
    table.name = plan.tables[i];
    if (spec.totals === undefined) return table;
    table.showTotals = true;
    const totals = Array.from({ length: spec.range.cols }, (_, col) => spec.totals?.[col] ?? "");
    table.getTotalRowRange().formulas = [totals];
    return table;
  });
}

/**
 * What a name refers to: columns of an Excel table by structured reference ("=Deals[Stage]"), so that the name
 * follows the table's rows as they are added, removed or refreshed; else the range, on the sheet being built or on
 * the sheet the name says.
 */
function nameReference(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  name: NamedRangeSpec,
): Excel.Range | string {
  if (name.tableColumns !== undefined) return `=${structuredReference(name.tableColumns)}`;
  const target = name.sheet === undefined ? sheet : context.workbook.worksheets.getItem(name.sheet);
  return target.getRange(rangeAddress(name.range));
}

/** How to render: whether Excel draws funnel charts (default: asked of Office, see supportsFunnelChart). */
export interface RenderOptions {
  readonly funnelChart?: boolean;
}

/** What the main write added that outlives its sheet: the workbook names, to remove by identity after a failure. */
export interface AddedItems {
  readonly names: Excel.NamedItem[];
}

/** Whether Excel draws funnel charts: as asked of the render options, else of Office (see supportsFunnelChart). */
export const drawsFunnelCharts = (options: RenderOptions = {}): boolean =>
  options.funnelChart ?? supportsFunnelChart();

/** Print area, paper and orientation (print scaling, which some hosts refuse, finishes the sheet). */
function queuePage(sheet: Excel.Worksheet, spec: SheetSpec): void {
  if (spec.printArea) sheet.pageLayout.setPrintArea(rangeAddress(spec.printArea));
  sheet.pageLayout.paperSize = "A4";
  sheet.pageLayout.orientation = spec.page?.orientation === "landscape" ? "Landscape" : "Portrait";
}

/**
 * A block of contents as blocks of at most a quarter of the request budget each (halves of its rows, down to
 * single rows), so one block of long texts never makes a request on its own over the limit.
 */
function requestSizedBlocks(
  block: ContentBlock,
  limit: number = WRITE_BUDGET_BYTES / 4,
): { range: ContentBlock["range"]; inputs: (string | number | boolean)[][] }[] {
  const inputs = block.inputs.map((row) => [...row]);
  if (inputs.length <= 1 || jsonBytes(inputs) <= limit) return [{ range: block.range, inputs }];
  const half = Math.ceil(inputs.length / 2);
  const part = (row: number, rows: number) => ({
    range: { ...block.range, row: block.range.row + row, rows },
    inputs: inputs.slice(row, row + rows),
  });
  return [
    ...requestSizedBlocks(part(0, half), limit),
    ...requestSizedBlocks(part(half, inputs.length - half), limit),
  ];
}

/**
 * Queues the main write of the spec onto `sheet`, a worksheet just added and still empty, with the names placed
 * by `plan` (see planNames); the rest finishes it (see finishSheet.ts). Nothing reaches Excel before the caller's
 * `context.sync()` unless the spec is too large for one request: then `budget` sends it in parts (a failure
 * surfaces as the rejection of that sync). The workbook names it adds are pushed onto `added.names` as they are
 * queued, so that a caller can remove them after a failure. Resolves the tables added, in the spec's order (a
 * caller may rename them once an older sheet is gone).
 * @example
 * const sheet = context.workbook.worksheets.add("二次评估");
 * await queueSheetSpec(context, sheet, spec, planNames(spec, [], []), requestBudget(context, 1));
 * await context.sync();
 */
export async function queueSheetSpec(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  plan: NamePlan,
  budget: RequestBudget,
  options: RenderOptions = {},
  added: AddedItems = { names: [] },
): Promise<Excel.Table[]> {
  // Constants in a `formulas` matrix are written as constants; text is already made literal (cellInput), and a
  // linked cell's text is a string constant of its HYPERLINK formula (linkFormulas.ts).
  const contents = contentBlocks({ cells: withLinkFormulas(spec.cells) });
  for (const block of contents.flatMap((block) => requestSizedBlocks(block))) {
    await budget.spend(1, block.inputs);
    sheet.getRange(rangeAddress(block.range)).formulas = block.inputs;
  }
  for (const block of styleBlocks(spec)) {
    const formats = block.style.numberFormat === undefined ? 0 : block.range.rows * block.range.cols;
    await budget.spend(LOOK_CALLS, formats * jsonBytes(block.style.numberFormat ?? ""));
    queueLook(sheet, block);
  }
  const widths = columnRuns(spec.columnWidths);
  const heights = estimatedRowHeights(spec).filter((fit) => fit.merged);
  const merges = spec.merges ?? [];
  await budget.spend(widths.length + merges.length + 1 + heights.length + (spec.tables?.length ?? 0) * 4);
  for (const run of widths) {
    sheet.getRange(columnsAddress(run.col, run.cols)).format.columnWidth = run.width;
  }
  for (const merge of merges) sheet.getRange(rangeAddress(merge)).merge(false);
  const lastRow = spec.cells.reduce((last, cell) => Math.max(last, cell.row), 0);
  sheet.getRange(rowsAddress(0, lastRow + 1)).format.autofitRows();
  // Excel fits rows to wrapped cells itself, but not to merged ones.
  for (const fit of heights) sheet.getRange(rowsAddress(fit.row, 1)).format.rowHeight = fit.points;
  const tables = queueTables(sheet, spec, plan);
  await budget.spend(plan.workbook.length + plan.sheet.length, [plan.workbook, plan.sheet]);
  for (const name of plan.workbook) {
    added.names.push(
      context.workbook.names.add(name.name, nameReference(context, sheet, name), name.comment),
    );
  }
  for (const name of plan.sheet) {
    sheet.names.add(name.name, nameReference(context, sheet, name), name.comment);
  }
  await queueCharts(sheet, spec.charts ?? [], drawsFunnelCharts(options), budget);
  const validations = spec.validations ?? [];
  await budget.spend(validations.length + 8, validations);
  for (const validation of validations) {
    sheet.getRange(rangeAddress(validation.range)).dataValidation.rule = validationRule(validation);
  }
  queuePage(sheet, spec);
  return tables;
}
