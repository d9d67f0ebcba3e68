/**
 * The look shared by every template: styles, and the blocks each form has — a title, the deal header
 * (customer, opportunity, date …), section headings, column heads and yes/no dropdowns.
 */
import type { Bilingual } from "../kernel";
import type { CellRange, CellStyle } from "./sheetSpec";
import type { SheetBuilder, TemplateOptions } from "./sheetBuilder";

/** Colours and fonts of the templates (the renderer adds the input fill to input cells). */
export const STYLES = Object.freeze({
  title: { bold: true, fontSize: 14, vertical: "center" },
  subtitle: { italic: true, fontColor: "#595959", wrap: true, vertical: "top" },
  section: { bold: true, fill: "#DDEBF7", border: "thin", vertical: "center" },
  head: {
    bold: true,
    fill: "#1F4E79",
    fontColor: "#FFFFFF",
    horizontal: "center",
    vertical: "center",
    wrap: true,
    border: "thin",
  },
  label: { bold: true, vertical: "top", wrap: true, border: "thin" },
  text: { wrap: true, vertical: "top", border: "thin" },
  number: { horizontal: "center", vertical: "top", border: "thin" },
  input: { wrap: true, vertical: "top", border: "thin" },
  choice: { horizontal: "center", vertical: "top", border: "thin" },
  date: { horizontal: "left", vertical: "top", border: "thin", numberFormat: "yyyy-mm-dd" },
  output: { bold: true, fill: "#E2EFDA", border: "thin", vertical: "top", wrap: true },
  percent: { bold: true, fill: "#E2EFDA", border: "thin", horizontal: "center", numberFormat: "0%" },
} satisfies Record<string, CellStyle>);

/** Labels every form uses. */
export const LABELS = Object.freeze({
  customer: { zh: "客户名称", en: "Customer" },
  opportunity: { zh: "商机", en: "Opportunity" },
  date: { zh: "日期", en: "Date" },
  customerManager: { zh: "客户经理", en: "Account manager" },
  currentStage: { zh: "当前阶段", en: "Current stage" },
  owner: { zh: "负责人", en: "Owner" },
  dealId: { zh: "商机编号", en: "Deal ID" },
  number: { zh: "序号", en: "#" },
  notes: { zh: "备注", en: "Notes" },
  yes: { zh: "是", en: "Yes" },
  no: { zh: "否", en: "No" },
} satisfies Record<string, Bilingual>);

/**
 * The answers of a yes/no dropdown in the sheet's language (FUNNEL.STAGE reads both).
 * @example yesNo(sheet) // ["是", "否"] on a Chinese sheet
 */
export function yesNo(sheet: SheetBuilder): string[] {
  return [sheet.text(LABELS.yes), sheet.text(LABELS.no)];
}

/**
 * The title across columns 0..lastCol of a row, in the sheet's language.
 * @example title(sheet, 0, { zh: "初步销售机会评估", en: "Preliminary opportunity assessment" }, 3)
 */
export function title(sheet: SheetBuilder, row: number, text: Bilingual, lastCol: number): void {
  sheet.value(row, 0, sheet.text(text), STYLES.title);
  if (lastCol > 0) sheet.merge({ row, col: 0, rows: 1, cols: lastCol + 1 });
}

/**
 * A section heading across columns firstCol..lastCol of a row, in the sheet's language.
 * @example section(sheet, 5, { zh: "1. 需求与项目", en: "1. Need and project" }, 0, 3)
 */
export function section(
  sheet: SheetBuilder,
  row: number,
  text: Bilingual,
  firstCol: number,
  lastCol: number,
): void {
  sheet.value(row, firstCol, sheet.text(text), STYLES.section);
  if (lastCol > firstCol) sheet.merge({ row, col: firstCol, rows: 1, cols: lastCol - firstCol + 1 });
}

/**
 * Column heads from firstCol rightwards, in the sheet's language.
 * @example columnHeads(sheet, 6, 0, [LABELS.number, { zh: "问题", en: "Question" }])
 */
export function columnHeads(
  sheet: SheetBuilder,
  row: number,
  firstCol: number,
  heads: readonly Bilingual[],
): void {
  heads.forEach((head, i) => sheet.value(row, firstCol + i, sheet.text(head), STYLES.head));
}

/**
 * A section title across firstCol..lastCol with its column heads on the next row, from firstCol
 * rightwards; returns the first row below the heads.
 * @example const first = sectionWithHeads(sheet, 6, TEXT.worth, [LABELS.number, TEXT.content], 0, 5);
 */
export function sectionWithHeads(
  sheet: SheetBuilder,
  row: number,
  text: Bilingual,
  heads: readonly Bilingual[],
  firstCol: number,
  lastCol: number,
): number {
  section(sheet, row, text, firstCol, lastCol);
  columnHeads(sheet, row + 1, firstCol, heads);
  return row + 2;
}

/** One field of a form's header: a label and the input cell beside it. */
export interface HeaderField {
  readonly label: Bilingual;
  readonly value?: string | number;
  readonly style?: CellStyle;
  /** A sheet-scoped name for the input's first cell (SheetBuilder.nameRange). */
  readonly name?: string;
}

/**
 * The sheet-scoped names of a deal form's header cells: the add-in reads a form's deal from them (the deal id is
 * the link from an evaluation sheet to its row of the pipeline).
 */
export const DEAL_CELL_NAMES = Object.freeze({
  customer: "FUNNEL_DEAL_CUSTOMER",
  opportunity: "FUNNEL_DEAL_OPPORTUNITY",
  owner: "FUNNEL_DEAL_OWNER",
  dealId: "FUNNEL_DEAL_ID",
});

/** Where a header's labels and inputs go. */
export interface HeaderColumns {
  readonly labelCol: number;
  readonly valueCol: number;
  /** The last column the input spans (merged); default valueCol. */
  readonly lastCol?: number;
}

/**
 * The standard deal fields of a header: customer, opportunity and date, filled from the options; then the owner
 * and the deal id when the options give them (an evaluation started from a deal of the pipeline).
 * @example dealFields({ language: "zh", dealId: "D-01", owner: "王" }).length // 5
 */
export function dealFields(options: TemplateOptions): HeaderField[] {
  const fromDeal = options.dealId !== undefined;
  return [
    { label: LABELS.customer, value: options.customer, name: DEAL_CELL_NAMES.customer },
    { label: LABELS.opportunity, value: options.opportunity, name: DEAL_CELL_NAMES.opportunity },
    { label: LABELS.date, value: options.date, style: STYLES.date },
    ...(fromDeal || options.owner !== undefined
      ? [{ label: LABELS.owner, value: options.owner, name: DEAL_CELL_NAMES.owner }]
      : []),
    ...(fromDeal ? [{ label: LABELS.dealId, value: options.dealId, name: DEAL_CELL_NAMES.dealId }] : []),
  ];
}

/**
 * Writes header fields one per row from `row`: a label, then an input (pre-filled when a value is
 * given), and returns the input cells' ranges by field.
 * @example header(sheet, 2, dealFields(options), { labelCol: 0, valueCol: 1, lastCol: 2 })
 */
export function header(
  sheet: SheetBuilder,
  row: number,
  fields: readonly HeaderField[],
  columns: HeaderColumns,
): CellRange[] {
  const lastCol = columns.lastCol ?? columns.valueCol;
  return fields.map((field, i) => {
    sheet.value(row + i, columns.labelCol, sheet.text(field.label), STYLES.label);
    sheet.input(row + i, columns.valueCol, field.style ?? STYLES.input, field.value);
    const range = { row: row + i, col: columns.valueCol, rows: 1, cols: lastCol - columns.valueCol + 1 };
    if (field.name !== undefined) sheet.nameRange(field.name, { ...range, cols: 1 });
    if (lastCol > columns.valueCol) sheet.merge(range);
    return range;
  });
}
