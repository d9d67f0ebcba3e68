/**
 * Checks of a sheet spec shared by the template tests: formula references parsed and resolved (cells
 * the spec fills, workbook names it or a required template defines), validations on input cells only,
 * no cell written twice, no overlapping merges, valid names, everything inside the print area.
 * Test support only: templates never import it. Lookups are in ./specQueries.ts.
 */
import { isValidSheetName } from "../sheetNames";
import type { CellRange, CellSpec, SheetSpec } from "../sheetSpec";
import { cellAddress, rangeAddress } from "../a1";

/** What a formula refers to. */
export interface FormulaReferences {
  /** Same-sheet cells and ranges (A1, $B$2, D5:D11). */
  readonly ranges: readonly CellRange[];
  /** Workbook names (FUNNEL_STAGES). */
  readonly names: readonly string[];
  /** References this project forbids: other sheets (Sheet1!A1), whole columns (A:A) or rows (1:1), structured ([@Stage]). */
  readonly forbidden: readonly string[];
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/;
const WORD = /[A-Za-z0-9_.$\\]/;

function parseCell(text: string): { row: number; col: number } | undefined {
  const match = CELL.exec(text);
  if (!match) return undefined;
  let col = 0;
  for (const letter of match[1].toUpperCase()) col = col * 26 + (letter.charCodeAt(0) - 64);
  return col <= 16384 ? { row: Number(match[2]) - 1, col: col - 1 } : undefined;
}

/**
 * The references of an A1 formula: cells and ranges of its own sheet, workbook names, and forbidden
 * references. Text in quotes is skipped; words followed by "(" are functions; TRUE/FALSE are values.
 * @example formulaReferences('=IF(D5="是",SUM(B2:B4),FUNNEL_STAGES)').names // ["FUNNEL_STAGES"]
 */
export function formulaReferences(formula: string): FormulaReferences {
  const ranges: CellRange[] = [];
  const names: string[] = [];
  const forbidden: string[] = [];
  const text = formula.replace(/^=/, "");
  let i = 0;
  const readWord = (): string => {
    const start = i;
    while (i < text.length && WORD.test(text[i])) i++;
    return text.slice(start, i);
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) i += text[i] === '"' ? 2 : 1;
      i++;
    } else if (c === "[") {
      const end = text.indexOf("]", i);
      forbidden.push(text.slice(i, end < 0 ? text.length : end + 1));
      i = end < 0 ? text.length : end + 1;
    } else if (c === "'") {
      const end = text.indexOf("'!", i + 1);
      forbidden.push(text.slice(i, end < 0 ? text.length : end + 2));
      i = end < 0 ? text.length : end + 2;
    } else if (WORD.test(c)) {
      const word = readWord();
      if (text[i] === "!") {
        forbidden.push(`${word}!`);
        i++;
        readWord();
        continue;
      }
      if (/^[0-9]/.test(word) && text[i] !== ":") continue; // a number
      if (text[i] === ":") {
        i++;
        const end = readWord();
        const from = parseCell(word);
        const to = parseCell(end);
        if (from && to) {
          ranges.push({
            row: Math.min(from.row, to.row),
            col: Math.min(from.col, to.col),
            rows: Math.abs(to.row - from.row) + 1,
            cols: Math.abs(to.col - from.col) + 1,
          });
        } else forbidden.push(`${word}:${end}`);
        continue;
      }
      const cell = parseCell(word);
      if (cell) ranges.push({ ...cell, rows: 1, cols: 1 });
      else if (/^\s*\(/.test(text.slice(i)) || /^(TRUE|FALSE)$/i.test(word)) continue;
      else if (!/^[A-Za-z_\\]/.test(word)) forbidden.push(word);
      else names.push(word);
    } else i++;
  }
  return { ranges, names, forbidden };
}

/**
 * Whether Excel accepts a workbook name: a letter, "_" or "\" first, then letters, digits, "_" and ".";
 * not a cell address (A1, XFD1), not R or C, at most 255 characters.
 * @example isValidWorkbookName("FUNNEL_STAGES") // true
 * @example isValidWorkbookName("ABC1") // false (a cell address)
 */
export function isValidWorkbookName(name: string): boolean {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/.test(name)) return false;
  if (/^[RrCc]$/.test(name) || parseCell(name)) return false;
  return !/^[Rr][0-9]*[Cc][0-9]*$/.test(name);
}

const cellsOf = (range: CellRange): { row: number; col: number }[] => {
  const cells: { row: number; col: number }[] = [];
  for (let r = range.row; r < range.row + range.rows; r++) {
    for (let c = range.col; c < range.col + range.cols; c++) cells.push({ row: r, col: c });
  }
  return cells;
};

const overlaps = (a: CellRange, b: CellRange): boolean =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

const inside = (cell: { row: number; col: number }, range: CellRange): boolean =>
  cell.row >= range.row &&
  cell.row < range.row + range.rows &&
  cell.col >= range.col &&
  cell.col < range.col + range.cols;

/**
 * Everything wrong with a spec, as readable lines (empty when it is sound). `otherNames` are the
 * workbook names defined by the templates it requires.
 * @example expect(specProblems(spec, ["FUNNEL_STAGES"])).toEqual([])
 */
export function specProblems(spec: SheetSpec, otherNames: readonly string[] = []): string[] {
  const problems: string[] = [];
  if (!isValidSheetName(spec.name)) problems.push(`invalid sheet name “${spec.name}”`);
  const byAddress = new Map<string, CellSpec>();
  for (const cell of spec.cells) {
    const key = cellAddress(cell.row, cell.col);
    if (byAddress.has(key)) problems.push(`${key} written twice`);
    byAddress.set(key, cell);
    if (cell.value !== undefined && cell.formula !== undefined)
      problems.push(`${key} has a value and a formula`);
    if (cell.formula !== undefined && !cell.formula.startsWith("="))
      problems.push(`${key} formula without "="`);
    if (cell.input && cell.formula !== undefined) problems.push(`${key} is an input holding a formula`);
  }
  const defined = new Set([
    ...(spec.names ?? []).map((n) => n.name.toUpperCase()),
    ...otherNames.map((n) => n.toUpperCase()),
  ]);
  const filled = (row: number, col: number) => byAddress.has(cellAddress(row, col));

  const checkFormula = (where: string, formula: string, own?: { row: number; col: number }) => {
    const refs = formulaReferences(formula);
    for (const bad of refs.forbidden) problems.push(`${where}: forbidden reference ${bad} in ${formula}`);
    for (const name of refs.names) {
      if (!defined.has(name.toUpperCase())) problems.push(`${where}: undefined name ${name} in ${formula}`);
    }
    for (const range of refs.ranges) {
      const empty = cellsOf(range).filter((cell) => !filled(cell.row, cell.col));
      if (empty.length > 0) {
        problems.push(
          `${where}: ${rangeAddress(range)} refers to ${empty.length} cell(s) the spec does not fill`,
        );
      }
      if (own && inside(own, range)) problems.push(`${where}: refers to itself in ${formula}`);
    }
  };
  for (const cell of spec.cells) {
    if (cell.formula !== undefined) checkFormula(cellAddress(cell.row, cell.col), cell.formula, cell);
  }

  const merges = spec.merges ?? [];
  merges.forEach((merge, i) => {
    if (merge.rows * merge.cols < 2) problems.push(`merge ${rangeAddress(merge)} covers one cell`);
    merges.slice(i + 1).forEach((other) => {
      if (overlaps(merge, other))
        problems.push(`merges ${rangeAddress(merge)} and ${rangeAddress(other)} overlap`);
    });
    for (const cell of cellsOf(merge).slice(1)) {
      const spec_ = byAddress.get(cellAddress(cell.row, cell.col));
      if (spec_ && (spec_.value !== undefined || spec_.formula !== undefined || spec_.input)) {
        problems.push(
          `${cellAddress(cell.row, cell.col)} has content hidden by merge ${rangeAddress(merge)}`,
        );
      }
    }
  });

  for (const validation of spec.validations ?? []) {
    const notInput = cellsOf(validation.range).filter(
      (c) => !byAddress.get(cellAddress(c.row, c.col))?.input,
    );
    if (notInput.length > 0)
      problems.push(`validation ${rangeAddress(validation.range)} covers non-input cells`);
    if (validation.kind === "list" && validation.values.length === 0) problems.push(`empty list validation`);
    if (validation.kind === "listFromName" && !defined.has(validation.name.toUpperCase())) {
      problems.push(`validation ${rangeAddress(validation.range)} uses undefined name ${validation.name}`);
    }
  }

  for (const name of spec.names ?? []) {
    if (!isValidWorkbookName(name.name)) problems.push(`invalid workbook name ${name.name}`);
    const empty = cellsOf(name.range).filter((c) => !filled(c.row, c.col));
    if (empty.length > 0)
      problems.push(`name ${name.name} covers ${empty.length} cell(s) the spec does not fill`);
  }

  for (const table of spec.tables ?? []) {
    if (!isValidWorkbookName(table.name)) problems.push(`invalid table name ${table.name}`);
    const heads = cellsOf({ ...table.range, rows: 1 }).map(
      (c) => byAddress.get(cellAddress(c.row, c.col))?.value,
    );
    if (heads.some((head) => typeof head !== "string" || head === ""))
      problems.push(`table ${table.name}: blank head`);
    if (new Set(heads.map((h) => String(h).toUpperCase())).size !== heads.length) {
      problems.push(`table ${table.name}: duplicate heads`);
    }
    const empty = cellsOf(table.range).filter((c) => !filled(c.row, c.col));
    if (empty.length > 0)
      problems.push(`table ${table.name} covers ${empty.length} cell(s) the spec does not fill`);
    const totalsRow = table.range.row + table.range.rows;
    for (const [offset, formula] of Object.entries(table.totals ?? {})) {
      const col = table.range.col + Number(offset);
      const where = `${table.name} totals ${cellAddress(totalsRow, col)}`;
      if (Number(offset) >= table.range.cols) problems.push(`${where}: outside the table`);
      if (filled(totalsRow, col)) problems.push(`${where}: the cell is written twice`);
      checkFormula(where, formula, { row: totalsRow, col });
    }
    if (
      table.totals &&
      spec.cells.some((c) => c.row === totalsRow && inside(c, { ...table.range, row: totalsRow, rows: 1 }))
    ) {
      problems.push(`table ${table.name}: cells written in its totals row`);
    }
  }

  const area = spec.printArea;
  if (!area) problems.push("no print area");
  else {
    const outside = [...spec.cells, ...merges.flatMap(cellsOf)].filter((cell) => !inside(cell, area));
    if (outside.length > 0) problems.push(`${outside.length} cell(s) outside the print area`);
  }
  if (!spec.page) problems.push("no page setup");
  for (const [col, width] of Object.entries(spec.columnWidths ?? {})) {
    if (!(width > 0) || !(Number(col) >= 0)) problems.push(`column ${col} has width ${width}`);
  }
  return problems;
}
