/**
 * The frame of a form and the 是/否 lists the deck's forms share: a sheet opened with its title (and the
 * deal header), closed with the forms' print and protection settings, and questions ticked 是/否 and
 * counted by formula.
 */
import type { Bilingual, Language } from "../kernel";
import { columnRange, formulaText, rangeAddress } from "./a1";
import {
  dealFields,
  header,
  type HeaderColumns,
  type HeaderField,
  LABELS,
  STYLES,
  title,
  yesNo,
} from "./layout";
import { SheetBuilder, type TemplateOptions } from "./sheetBuilder";
import type { CellRange, SheetSpec } from "./sheetSpec";

/**
 * A new sheet in `language` with its title across columns 0..lastCol of row 0.
 * @example const sheet = openSheet("zh", { zh: "商机管线", en: "Sales pipeline" }, 9);
 */
export function openSheet(language: Language, heading: Bilingual, lastCol: number): SheetBuilder {
  const sheet = new SheetBuilder(language);
  title(sheet, 0, heading, lastCol);
  return sheet;
}

/** What opens a deal form: its name and title, its last column, the header's further fields and columns. */
export interface DealForm {
  /** The sheet's name. */
  readonly name: Bilingual;
  readonly title: Bilingual;
  /** The last column of the form: the title spans to it and the print area ends at it. */
  readonly lastCol: number;
  /** Header fields after the deal fields (customer, opportunity, date). */
  readonly moreFields?: readonly HeaderField[];
  readonly columns: HeaderColumns;
}

/** A deal form as opened: the form, its sheet, and the header's input cells by field (one row each from row 1). */
export interface OpenedForm extends DealForm {
  readonly sheet: SheetBuilder;
  readonly inputs: readonly CellRange[];
}

/**
 * Opens a deal form: the title in row 0, then the header from row 1 — customer, opportunity and date
 * from the options, then `moreFields`. The header's last row is `inputs.length`.
 * @example
 * const form = openDealForm({ language: "zh" }, { name: TEXT.sheet, title: TEXT.title, lastCol: 3, columns: { labelCol: 1, valueCol: 2 } });
 */
export function openDealForm(options: TemplateOptions, form: DealForm): OpenedForm {
  const sheet = openSheet(options.language, form.title, form.lastCol);
  const fields = [...dealFields(options), ...(form.moreFields ?? [])];
  return { ...form, sheet, inputs: header(sheet, 1, fields, form.columns) };
}

/** How a form is laid out for print: column widths, the rows printed from row 0, orientation. */
export interface FormPage {
  readonly columnWidths: Readonly<Record<number, number>>;
  readonly rows: number;
  readonly orientation: "portrait" | "landscape";
  /** Rows frozen at the top; the title row unless said otherwise. */
  readonly frozenRows?: number;
}

/**
 * The finished form, named in the sheet's language: rows frozen at the top, printed from A1 to its last
 * column, and protected so that only input cells can be edited.
 * @example return closeForm(form, { columnWidths: { 0: 30, 1: 330 }, rows: 14, orientation: "portrait" });
 */
export function closeForm(form: OpenedForm, page: FormPage): SheetSpec {
  return form.sheet.build(form.sheet.text(form.name), {
    columnWidths: page.columnWidths,
    freeze: { rows: page.frozenRows ?? 1, cols: 0 },
    printArea: { row: 0, col: 0, rows: page.rows, cols: form.lastCol + 1 },
    page: { orientation: page.orientation },
    protect: true,
  });
}

/**
 * How many cells of a range say 是 (Yes, in the sheet's language), as a formula fragment.
 * @example yesCount(new SheetBuilder("zh"), columnRange(5, 2, 7)) // 'COUNTIF(C6:C12,"是")'
 */
export function yesCount(sheet: SheetBuilder, range: CellRange, absolute = false): string {
  return `COUNTIF(${rangeAddress(range, absolute)},${formulaText(sheet.text(LABELS.yes))})`;
}

/**
 * A one-column range's 是 answers out of its rows, as a formula ("3/7").
 * @example yesTally(new SheetBuilder("en"), columnRange(5, 2, 7)) // '=COUNTIF(C6:C12,"Yes")&"/"&7'
 */
export function yesTally(sheet: SheetBuilder, range: CellRange): string {
  return `=${yesCount(sheet, range)}&"/"&${range.rows}`;
}

/** The columns of a list ticked 是/否: the text and the tick, with a number before and notes when given. */
export interface TickColumns {
  readonly text: number;
  readonly tick: number;
  readonly number?: number;
  readonly notes?: number;
}

/**
 * One row per item from row `first`: its number (1, 2 …), its text, a 是/否 dropdown and notes to fill;
 * returns the dropdowns' range.
 * @example const answers = tickRows(sheet, 6, NEGOTIATION_CONDITIONS, { number: 0, text: 1, tick: 2, notes: 3 });
 */
export function tickRows(
  sheet: SheetBuilder,
  first: number,
  items: readonly Bilingual[],
  columns: TickColumns,
): CellRange {
  items.forEach((item, i) => {
    if (columns.number !== undefined) sheet.value(first + i, columns.number, i + 1, STYLES.number);
    sheet.value(first + i, columns.text, sheet.text(item), STYLES.text);
    sheet.input(first + i, columns.tick, STYLES.choice);
    if (columns.notes !== undefined) sheet.input(first + i, columns.notes, STYLES.input);
  });
  const ticks = columnRange(first, columns.tick, items.length);
  sheet.validate({ range: ticks, kind: "list", values: yesNo(sheet) });
  return ticks;
}

/** A named list of items ticked 是/否 (a checklist, a dimension of need). */
export interface TickGroup {
  readonly name: Bilingual;
  readonly items: readonly Bilingual[];
}

/** Tick columns with where a group's heading goes: its first column and how many it spans (default 1). */
export interface TickGroupColumns extends TickColumns {
  readonly heading: number;
  readonly headingCols?: number;
}

/**
 * The `n`th group: a heading "n. name" with the tally of its ticks in the tick column, then its tick rows;
 * returns the first row after it.
 * @example let row = 8; VISIT_CHECKLISTS.forEach((list, c) => (row = tickGroup(sheet, row, c + 1, list, columns)));
 */
export function tickGroup(
  sheet: SheetBuilder,
  row: number,
  n: number,
  group: TickGroup,
  columns: TickGroupColumns,
): number {
  const cols = columns.headingCols ?? 1;
  sheet.value(row, columns.heading, `${n}. ${sheet.text(group.name)}`, STYLES.section);
  if (cols > 1) sheet.merge({ row, col: columns.heading, rows: 1, cols });
  sheet.formula(
    row,
    columns.tick,
    yesTally(sheet, columnRange(row + 1, columns.tick, group.items.length)),
    STYLES.output,
  );
  tickRows(sheet, row + 1, group.items, columns);
  return row + 1 + group.items.length;
}
