/**
 * Checking a {@link SheetSpec} before it is rendered, so that a renderer refuses a malformed spec before it
 * touches the workbook: cells and ranges inside Excel's grid, one cell per position, a value or a formula but
 * not both, formulas that start with "=", finite numbers, "#RRGGBB" colours, merges that do not overlap,
 * validations with something to check, names Excel accepts (on this sheet or on another valid sheet), links to
 * a cell of a validly named sheet, and charts whose category and series columns line up, whose colours are
 * "#RRGGBB" (no more series colours than series), and whose hidden series (the base of a bridge) are in a stacked
 * column chart that keeps a visible series and writes no data labels.
 */
import { type Bilingual, fail, ok, type Result } from "../kernel";
import { isValidSheetName } from "./sheetNames";
import type { CellRange, CellSpec, ChartSpec, SheetSpec, ValidationSpec } from "./sheetSpec";
import { cellAddress, rangeAddress } from "./a1";

/** Excel's grid: 1,048,576 rows and 16,384 columns. */
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

const COLOUR = /^#[0-9A-Fa-f]{6}$/;
const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const CELL_LIKE = /^(\$?[A-Za-z]{1,3}\$?\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;
const A1_CELL = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/;

/**
 * Whether Excel accepts `name` as a workbook name or a table name: a letter, "_" or "\" first, then letters,
 * digits, "_", "." or "\", at most 255 characters, and not something Excel reads as a cell (A1, R1C1, R, C).
 * @example isValidRangeName("FUNNEL_STAGES") // true
 * @example isValidRangeName("B2") // false
 * @example isValidRangeName("my name") // false
 */
export function isValidRangeName(name: string): boolean {
  return name.length <= 255 && NAME.test(name) && !CELL_LIKE.test(name);
}

const isIndex = (n: number, limit: number) => Number.isInteger(n) && n >= 0 && n < limit;

function rangeProblem(range: CellRange): string | undefined {
  const { row, col, rows, cols } = range;
  if (!isIndex(row, EXCEL_ROWS) || !isIndex(col, EXCEL_COLUMNS)) return `(${row}, ${col})`;
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1) return `${rows}×${cols}`;
  if (row + rows > EXCEL_ROWS || col + cols > EXCEL_COLUMNS) return `${rows}×${cols}`;
  return undefined;
}

const overlaps = (a: CellRange, b: CellRange): boolean =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

function cellProblem(cell: CellSpec, seen: Set<string>): Bilingual | undefined {
  if (!isIndex(cell.row, EXCEL_ROWS) || !isIndex(cell.col, EXCEL_COLUMNS)) {
    return {
      zh: `单元格位置 (${cell.row}, ${cell.col}) 超出工作表范围`,
      en: `cell (${cell.row}, ${cell.col}) is off the sheet`,
    };
  }
  const at = cellAddress(cell.row, cell.col);
  if (seen.has(at)) return { zh: `单元格 ${at} 出现两次`, en: `cell ${at} appears twice` };
  seen.add(at);
  if (cell.value !== undefined && cell.formula !== undefined) {
    return { zh: `单元格 ${at} 同时有值和公式`, en: `cell ${at} has both a value and a formula` };
  }
  if (cell.formula !== undefined && !cell.formula.startsWith("=")) {
    return { zh: `单元格 ${at} 的公式不以“=”开头`, en: `the formula of cell ${at} does not start with "="` };
  }
  if (typeof cell.value === "number" && !Number.isFinite(cell.value)) {
    return { zh: `单元格 ${at} 的数值无效`, en: `cell ${at} holds an invalid number` };
  }
  const colours = [cell.style?.fill, cell.style?.fontColor].filter((c) => c !== undefined);
  if (colours.some((c) => !COLOUR.test(c))) {
    return { zh: `单元格 ${at} 的颜色不是 #RRGGBB`, en: `a colour of cell ${at} is not #RRGGBB` };
  }
  if (cell.link && !(isValidSheetName(cell.link.sheet) && isA1Reference(cell.link.address))) {
    return {
      zh: `单元格 ${at} 的链接目标“${cell.link.sheet}!${cell.link.address}”无效`,
      en: `the link of cell ${at} goes to an invalid place "${cell.link.sheet}!${cell.link.address}"`,
    };
  }
  return undefined;
}

/**
 * Whether `address` is an A1 cell or range inside Excel's grid ("B7", "$A$2:$I$2").
 * Tested surface: exported for its tests.
 * @example isA1Reference("A2:I2") // true
 * @example isA1Reference("XFE1") // false (past the last column)
 */
export function isA1Reference(address: string): boolean {
  const parts = address.split(":");
  return (
    parts.length <= 2 &&
    parts.every((part) => {
      const match = A1_CELL.exec(part);
      if (!match) return false;
      let col = 0;
      for (const letter of match[1].toUpperCase()) col = col * 26 + letter.charCodeAt(0) - 64;
      return col <= EXCEL_COLUMNS && Number(match[2]) <= EXCEL_ROWS;
    })
  );
}

function chartProblem(chart: ChartSpec, i: number): Bilingual | undefined {
  const what = { zh: `图表 ${i + 1}（${chart.title}）`, en: `chart ${i + 1} (${chart.title})` };
  const ranges = [chart.anchor, chart.categories, ...chart.series.map((s) => s.values)];
  const bad = ranges.map(rangeProblem).find((p) => p !== undefined);
  if (bad !== undefined)
    return { zh: `${what.zh}的范围 ${bad} 无效`, en: `${what.en} has an invalid range ${bad}` };
  if (
    chart.title.trim() === "" ||
    chart.series.length === 0 ||
    chart.series.some((s) => s.name.trim() === "")
  ) {
    return {
      zh: `${what.zh}缺少标题、系列或系列名称`,
      en: `${what.en} lacks a title, a series or a series name`,
    };
  }
  const lines = [chart.categories, ...chart.series.map((s) => s.values)];
  if (lines.some((r) => r.cols !== 1 || r.rows !== chart.categories.rows)) {
    return {
      zh: `${what.zh}的类别与各系列须为行数相同的单列`,
      en: `${what.en}: categories and series must be single columns of the same length`,
    };
  }
  return chartLookProblem(chart, what);
}

/** A chart's hidden series and colours: what the renderers can draw. */
function chartLookProblem(chart: ChartSpec, what: Bilingual): Bilingual | undefined {
  const hidden = chart.series.filter((s) => s.hidden === true).length;
  if (hidden > 0 && chart.kind !== "stackedColumn") {
    return {
      zh: `${what.zh}：只有堆积柱形图可以有隐藏系列`,
      en: `${what.en}: only a stacked column chart can have a hidden series`,
    };
  }
  if (hidden > 0 && (hidden === chart.series.length || chart.dataLabels === true)) {
    return {
      zh: `${what.zh}：隐藏系列须至少留一个可见系列，且图表不写数据标签`,
      en: `${what.en}: a hidden series needs a visible one beside it and a chart without data labels`,
    };
  }
  const colours = [...(chart.seriesColors ?? []), ...(chart.pointColors ?? [])];
  if (colours.some((c) => !COLOUR.test(c)) || (chart.seriesColors?.length ?? 0) > chart.series.length) {
    return {
      zh: `${what.zh}的颜色不是 #RRGGBB，或多于系列数`,
      en: `${what.en} has a colour that is not #RRGGBB, or more series colours than series`,
    };
  }
  return undefined;
}

function validationProblem(validation: ValidationSpec): Bilingual | undefined {
  const at = rangeAddress(validation.range);
  if (
    validation.kind === "list" &&
    (validation.values.length === 0 || validation.values.some((v) => v === ""))
  ) {
    return {
      zh: `${at} 的下拉列表没有选项或有空选项`,
      en: `the dropdown of ${at} has no choices or a blank one`,
    };
  }
  // Excel keeps a dropdown's choices as one comma-separated text of at most 255 characters.
  if (
    validation.kind === "list" &&
    (validation.values.some((v) => v.includes(",")) || validation.values.join(",").length > 255)
  ) {
    return {
      zh: `${at} 的下拉选项含英文逗号或总长超过 255 个字符`,
      en: `the choices of ${at} contain a comma or exceed 255 characters`,
    };
  }
  if (validation.kind === "listFromName" && !isValidRangeName(validation.name)) {
    return {
      zh: `${at} 的下拉列表引用了无效名称“${validation.name}”`,
      en: `the dropdown of ${at} refers to an invalid name "${validation.name}"`,
    };
  }
  if (
    (validation.kind === "wholeNumber" || validation.kind === "decimal") &&
    !(Number.isFinite(validation.min) && Number.isFinite(validation.max) && validation.min <= validation.max)
  ) {
    return { zh: `${at} 的数值范围无效`, en: `the number rule of ${at} has an invalid range` };
  }
  return undefined;
}

function rangesProblem(spec: SheetSpec): Bilingual | undefined {
  const ranges: [string, CellRange][] = [
    ...(spec.merges ?? []).map((r): [string, CellRange] => ["merge", r]),
    ...(spec.validations ?? []).map((v): [string, CellRange] => ["validation", v.range]),
    ...(spec.names ?? []).map((n): [string, CellRange] => [`name ${n.name}`, n.range]),
    ...(spec.tables ?? []).map((t): [string, CellRange] => [`table ${t.name}`, t.range]),
    ...(spec.printArea ? [["print area", spec.printArea] as [string, CellRange]] : []),
  ];
  for (const [what, range] of ranges) {
    const problem = rangeProblem(range);
    if (problem !== undefined)
      return { zh: `${what} 的范围 ${problem} 无效`, en: `the range of the ${what} is invalid: ${problem}` };
  }
  const merges = spec.merges ?? [];
  for (let i = 0; i < merges.length; i++) {
    if (merges[i].rows * merges[i].cols < 2) {
      return {
        zh: `合并区域 ${rangeAddress(merges[i])} 只有一个单元格`,
        en: `merge ${rangeAddress(merges[i])} covers one cell`,
      };
    }
    const other = merges.slice(i + 1).find((m) => overlaps(m, merges[i]));
    if (other)
      return {
        zh: `合并区域 ${rangeAddress(merges[i])} 与 ${rangeAddress(other)} 重叠`,
        en: `merges ${rangeAddress(merges[i])} and ${rangeAddress(other)} overlap`,
      };
  }
  return undefined;
}

function namesProblem(spec: SheetSpec): Bilingual | undefined {
  const names = [...(spec.names ?? []).map((n) => n.name), ...(spec.tables ?? []).map((t) => t.name)];
  const invalid = names.find((name) => !isValidRangeName(name));
  if (invalid !== undefined) return { zh: `名称“${invalid}”无效`, en: `the name "${invalid}" is invalid` };
  const elsewhere = (spec.names ?? []).find((n) => n.sheet !== undefined && !isValidSheetName(n.sheet));
  if (elsewhere !== undefined) {
    return {
      zh: `名称“${elsewhere.name}”指向的工作表名“${elsewhere.sheet}”无效`,
      en: `the name "${elsewhere.name}" points at an invalid sheet name "${elsewhere.sheet}"`,
    };
  }
  const upper = names.map((name) => name.toUpperCase());
  const twice = names.find((_, i) => upper.indexOf(upper[i]) !== i);
  if (twice !== undefined)
    return { zh: `名称“${twice}”定义了两次`, en: `the name "${twice}" is defined twice` };
  const freeze = spec.freeze;
  if (freeze && !(isIndex(freeze.rows, EXCEL_ROWS) && isIndex(freeze.cols, EXCEL_COLUMNS))) {
    return { zh: "冻结窗格的行列数无效", en: "the frozen rows or columns are invalid" };
  }
  const width = Object.entries(spec.columnWidths ?? {}).find(
    ([col, w]) => !isIndex(Number(col), EXCEL_COLUMNS) || !(Number.isFinite(w) && w >= 0),
  );
  if (width) return { zh: `第 ${width[0]} 列的列宽无效`, en: `the width of column ${width[0]} is invalid` };
  return undefined;
}

/**
 * The spec itself when a renderer can draw it, else a VALUE failure naming the first problem.
 * @example checkSheetSpec({ name: "S", cells: [{ row: 0, col: 0, value: 1, formula: "=1" }] }).ok // false
 */
export function checkSheetSpec(spec: SheetSpec): Result<SheetSpec> {
  const seen = new Set<string>();
  let problem: Bilingual | undefined;
  for (const cell of spec.cells) {
    problem = cellProblem(cell, seen);
    if (problem) break;
  }
  problem ??= rangesProblem(spec);
  for (const validation of spec.validations ?? []) problem ??= validationProblem(validation);
  problem ??= namesProblem(spec);
  (spec.charts ?? []).forEach((chart, i) => (problem ??= chartProblem(chart, i)));
  if (problem === undefined) return ok(spec);
  return fail("VALUE", {
    zh: `工作表“${spec.name}”的定义有误：${problem.zh}。未创建工作表。`,
    en: `The sheet "${spec.name}" is not well defined: ${problem.en}. No sheet was created.`,
  });
}
