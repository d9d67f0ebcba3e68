/**
 * A table argument: a range WITH its header row (a whole Excel table, `Table1[#All]`), read as the task
 * pane reads the user's table — the header names the columns (core's recogniseColumns), the rows are the
 * data, a data-type value is its basic value and an Excel error value its text (#N/A), which the reader
 * lists as a cell it cannot read rather than stopping the call.
 */
import { isBlankRange } from "./args";
import { argumentText, asRange, shownCell } from "./args";
import { stopWith } from "./errors";

/** A table as core's readPipeline takes it. */
export interface TableArgument {
  readonly header: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
}

/**
 * Reads a table argument: its first row is the header, the others the data. A blank or one-row range stops
 * the call saying to give the table with its header row.
 * @example readTable([["Stage", "Amount"], ["谈判", 100]], "before") // { header: ["Stage", "Amount"], rows: [["谈判", 100]] }
 */
export function readTable(raw: unknown, name: string): TableArgument {
  const range = asRange(raw);
  if (range.length === 0 || isBlankRange(range)) {
    const arg = argumentText(name);
    stopWith("VALUE", {
      en: `${arg.en} is blank: give the table with its header row, e.g. Table1[#All].`,
      zh: `${arg.zh}为空：请给出带表头行的表格，例如 Table1[#All]。`,
    });
  }
  const where = () => argumentText(name);
  const plain = (row: readonly unknown[]) =>
    row.some((cell) => cell !== null && typeof cell === "object")
      ? row.map((cell) => shownCell(cell, where))
      : row;
  return { header: plain(range[0]), rows: range.slice(1).map(plain) };
}
