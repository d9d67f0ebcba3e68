/**
 * The opening of a form the deck shows only as a picture (the customer profile, the project information): under
 * the deal's fields, the note that the layout is ours, then a section of labelled lines to fill, each input
 * spanning to the form's last column.
 */
import type { Bilingual } from "../kernel";
import { section, STYLES, type SheetBuilder } from "../sheet";
import { OUR_LAYOUT } from "./deckNotes";

/** The form's columns: the section's first and last, and where each line's label and input go. */
export interface FactColumns {
  readonly first: number;
  readonly label: number;
  readonly input: number;
  readonly last: number;
}

/**
 * Writes the our-layout note at `noteRow` and, a row below it, the section `heading` with one input line per
 * field; returns the first row after the lines.
 * @example const next = writeOurLayoutAndFacts(sheet, 4, { first: 0, label: 1, input: 2, last: 6 }, TEXT.facts, FIELDS);
 */
export function writeOurLayoutAndFacts(
  sheet: SheetBuilder,
  noteRow: number,
  cols: FactColumns,
  heading: Bilingual,
  fields: readonly Bilingual[],
): number {
  sheet.value(noteRow, cols.label, sheet.text(OUR_LAYOUT), STYLES.subtitle);
  sheet.merge({ row: noteRow, col: cols.label, rows: 1, cols: cols.last - cols.label + 1 });
  const factsRow = noteRow + 2;
  section(sheet, factsRow, heading, cols.first, cols.last);
  fields.forEach((field, i) => {
    const at = factsRow + 1 + i;
    sheet.value(at, cols.label, sheet.text(field), STYLES.label);
    sheet.input(at, cols.input, STYLES.input);
    sheet.merge({ row: at, col: cols.input, rows: 1, cols: cols.last - cols.input + 1 });
  });
  return factsRow + 1 + fields.length;
}
