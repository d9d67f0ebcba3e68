/**
 * A compact table of the Changes view: heads, rows of texts, the numeric columns (heading and figures alike)
 * right-aligned in tabular numerals; a `table` named by its heading. Presentational only.
 */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  mergeClasses,
} from "@fluentui/react-components";
import { useChangesStyles } from "./Changes.styles";

/** Props of {@link ChangesTable}. */
export interface ChangesTableProps {
  /** The table's accessible name. */
  readonly label: string;
  readonly heads: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Which columns hold numbers (right-aligned under a right-aligned heading, tabular numerals, never wrapped). */
  readonly numeric?: readonly number[];
}

/**
 * A compact table.
 * @example <ChangesTable label="Pipeline bridge" heads={["Movement", "Deals", "Amount"]} rows={rows} numeric={[1, 2]} />
 */
export function ChangesTable({ label, heads, rows, numeric = [] }: ChangesTableProps) {
  const styles = useChangesStyles();
  const cellClass = (col: number) => mergeClasses(styles.cell, numeric.includes(col) && styles.number);
  const headClass = (col: number) => mergeClasses(styles.headerCell, numeric.includes(col) && styles.number);
  // Fluent lays a heading's text out in a flex box inside the cell: a numeric column's is pushed to the end there.
  const headButton = (col: number) => (numeric.includes(col) ? { className: styles.numberHead } : undefined);
  return (
    <div className={styles.tableWrap}>
      <Table size="extra-small" className={styles.table} aria-label={label}>
        <TableHeader>
          <TableRow>
            {heads.map((head, col) => (
              <TableHeaderCell key={head} className={headClass(col)} button={headButton(col)}>
                {head}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, r) => (
            <TableRow key={`${r}-${row[0]}`}>
              {row.map((cell, col) => (
                <TableCell key={col} className={cellClass(col)}>
                  {cell}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
