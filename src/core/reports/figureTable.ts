/**
 * A titled table of figures: a section title, column heads, then one row per item, the first column a
 * label and the others figures with their number formats. The owner and close-month tables are built on it.
 */
import type { Bilingual } from "../kernel";
import { sectionWithHeads, type SheetBuilder } from "../sheet";
import type { TableLayout } from "./stageTable";
import { putFigure, REPORT_STYLES } from "./styles";
import { REPORT_TEXT } from "./text";

/** One column of a figure table: its head, and how to get an item's figure. */
export interface FigureColumn<T> {
  readonly head: Bilingual;
  readonly figure: (item: T) => number | null;
  readonly format: string;
}

/** The keys of T whose values are figures (a number, or null where there is none). */
export type FigureKey<T> = { [K in keyof T]: T[K] extends number | null ? K : never }[keyof T];

/**
 * Figure columns named alike in the heads and the items: each key's head is `heads[key]` and its figure
 * `item[key]`, in the format given with it.
 * @example figureColumns<MonthPipeline>(MONTH_HEADS, [["open", FORMATS.amount], ["weighted", FORMATS.amount]])
 */
export function figureColumns<T>(
  heads: Readonly<Record<FigureKey<T>, Bilingual>>,
  columns: readonly (readonly [key: FigureKey<T>, format: string])[],
): FigureColumn<T>[] {
  return columns.map(([key, format]) => ({
    head: heads[key],
    figure: (item: T) => item[key] as number | null,
    format,
  }));
}

/** A figure table: its title, the label column, the figure columns. */
export interface FigureTable<T> {
  readonly title: Bilingual;
  readonly labelHead: Bilingual;
  readonly label: (item: T) => string;
  readonly columns: readonly FigureColumn<T>[];
}

/**
 * Writes the table from `row`; an empty list gets one row saying so. Returns where the item rows are
 * (`rows` 0 for an empty list).
 * @example const owners = writeFigureTable(sheet, 30, OWNER_TABLE, health.owners);
 */
export function writeFigureTable<T>(
  sheet: SheetBuilder,
  row: number,
  table: FigureTable<T>,
  items: readonly T[],
): TableLayout {
  const heads = [table.labelHead, ...table.columns.map((column) => column.head)];
  const firstRow = sectionWithHeads(sheet, row, table.title, heads, 0, heads.length - 1);
  if (items.length === 0) {
    sheet.value(firstRow, 0, sheet.text(REPORT_TEXT.none), REPORT_STYLES.note);
    return { firstRow, rows: 0, firstCol: 0 };
  }
  items.forEach((item, i) => {
    sheet.value(firstRow + i, 0, table.label(item), REPORT_STYLES.text);
    table.columns.forEach((column, c) => {
      const value = column.figure(item);
      putFigure(sheet, firstRow + i, c + 1, { value, format: column.format }, REPORT_STYLES.figure);
    });
  });
  return { firstRow, rows: items.length, firstCol: 0 };
}
