/**
 * The workbook names the report defines over the user's own columns (FUNNEL_DATA_STAGE,
 * FUNNEL_DATA_AMOUNT …), so the report's live formulas read the data where it is and follow its edits,
 * and the address of a data row, for the links of the anomaly list.
 */
import { type NamedRangeSpec, type TableColumnsRef, cellAddress } from "../sheet";
import type { ColumnMapping, ColumnRole, StageDateColumn } from "../pipeline";

/** Where the user's table is: the data sheet, its header row and first column (0-based), its data rows. */
export interface ReportSource {
  readonly sheet: string;
  /** 0-based sheet row of the header; data row i is at sheet row headerRow + 1 + i. */
  readonly headerRow: number;
  /** 0-based sheet column of the table's first column. */
  readonly firstCol: number;
  /** Data rows (the header not counted). */
  readonly rowCount: number;
  readonly mapping: ColumnMapping;
  /**
   * When the data is an Excel table: its name and its header (the column names): the names then refer to its
   * columns by structured reference, so the live figures follow rows added, removed or refreshed.
   */
  readonly table?: { readonly name: string; readonly header: readonly string[] };
  /** When the data was read (an Excel serial with the time of day as its fraction): the row counts' time. */
  readonly readAt?: number;
}

/** The name defined over each mapped column. */
export const DATA_NAMES: Readonly<Record<ColumnRole, string>> = Object.freeze({
  dealId: "FUNNEL_DATA_ID",
  opportunity: "FUNNEL_DATA_OPPORTUNITY",
  customer: "FUNNEL_DATA_CUSTOMER",
  owner: "FUNNEL_DATA_OWNER",
  stage: "FUNNEL_DATA_STAGE",
  amount: "FUNNEL_DATA_AMOUNT",
  closeDate: "FUNNEL_DATA_CLOSE",
  createdDate: "FUNNEL_DATA_CREATED",
  stageEnteredDate: "FUNNEL_DATA_ENTERED",
  outcome: "FUNNEL_DATA_OUTCOME",
  lostAt: "FUNNEL_DATA_LOSTAT",
  lastActivity: "FUNNEL_DATA_ACTIVITY",
});

/**
 * The name defined over the per-stage date columns, when they are one block FUNNEL.CONVERSION takes as
 * its stageDates argument (see {@link stageDatesBlock}).
 */
export const STAGE_DATES_NAME = "FUNNEL_DATA_STAGEDATES";

/**
 * The per-stage date columns as one block of the table, as FUNNEL.CONVERSION's stageDates takes them:
 * adjacent columns dating the first stage, the second … in order (fewer than the stages is fine). Its
 * first column (0-based, within the table) and how many; `undefined` when there are none, or they are
 * not adjacent, not in stage order or do not start at the first stage.
 * @example stageDatesBlock([{ column: 4, stage: 0 }, { column: 5, stage: 1 }]) // { column: 4, columns: 2 }
 * @example stageDatesBlock([{ column: 4, stage: 1 }, { column: 5, stage: 2 }]) // undefined
 */
export function stageDatesBlock(
  stageDates: readonly StageDateColumn[] | undefined,
): { readonly column: number; readonly columns: number } | undefined {
  if (stageDates === undefined || stageDates.length === 0) return undefined;
  const first = stageDates[0].column;
  const inOrder = stageDates.every((dated, k) => dated.column === first + k && dated.stage === k);
  return inOrder ? { column: first, columns: stageDates.length } : undefined;
}

const COMMENT =
  "FUNNEL: a column of the pipeline data, read by the Pipeline health report · 管线健康报告读取的数据列";

const isIndex = (n: number) => Number.isInteger(n) && n >= 0;

function assertSource(source: ReportSource): void {
  if (source.sheet === "") throw new RangeError("The data sheet has no name.");
  if (!isIndex(source.headerRow) || !isIndex(source.firstCol) || !isIndex(source.rowCount)) {
    throw new RangeError(
      `Not a table position: header row ${source.headerRow}, first column ${source.firstCol}, ${source.rowCount} rows.`,
    );
  }
  for (const [role, col] of Object.entries(source.mapping)) {
    if (col !== undefined && !isIndex(col))
      throw new RangeError(`The ${role} column ${col} is not a column.`);
  }
}

/**
 * One name per mapped column, over exactly the data rows of that column on the data sheet, and
 * {@link STAGE_DATES_NAME} over the per-stage date columns when they are one block ({@link stageDatesBlock});
 * none when the table has no data row.
 * @throws RangeError for a source that is not a table position (a programming error).
 * @example dataNames({ sheet: "Deals", headerRow: 0, firstCol: 0, rowCount: 9, mapping: { stage: 3 } })
 * // [{ name: "FUNNEL_DATA_STAGE", sheet: "Deals", range: { row: 1, col: 3, rows: 9, cols: 1 }, comment: … }]
 */
export function dataNames(source: ReportSource, stageDates?: readonly StageDateColumn[]): NamedRangeSpec[] {
  assertSource(source);
  if (source.rowCount === 0) return [];
  const named = (name: string, col: number, cols: number): NamedRangeSpec => {
    const range = { row: source.headerRow + 1, col: source.firstCol + col, rows: source.rowCount, cols };
    const tableColumns = tableColumnsOf(source, col, cols);
    return { name, sheet: source.sheet, range, comment: COMMENT, ...(tableColumns ? { tableColumns } : {}) };
  };
  const names = (Object.keys(DATA_NAMES) as ColumnRole[]).flatMap((role) => {
    const col = source.mapping[role];
    return col === undefined ? [] : [named(DATA_NAMES[role], col, 1)];
  });
  const block = stageDatesBlock(stageDates);
  if (block === undefined) return names;
  return [...names, named(STAGE_DATES_NAME, block.column, block.columns)];
}

/**
 * The table's columns `col` … `col + cols - 1` by their header names, when the source is a table whose header
 * names them (each non-empty and unique, as an Excel table's are); otherwise undefined (the name is a range).
 */
function tableColumnsOf(source: ReportSource, col: number, cols: number): TableColumnsRef | undefined {
  const table = source.table;
  if (table === undefined || table.name === "") return undefined;
  const first = table.header[col];
  const last = table.header[col + cols - 1];
  const unique = new Set(table.header.map((name) => name.toLowerCase())).size === table.header.length;
  if (!first || !last || !unique) return undefined;
  return { table: table.name, first, last };
}

/**
 * Whether the report's names follow the source as rows are added (an Excel table, named by structured
 * reference) or cover the rows read (a plain range).
 * @example followsRows({ sheet: "Deals", headerRow: 0, firstCol: 0, rowCount: 9, mapping: { stage: 3 } }) // false
 */
export function followsRows(source: ReportSource): boolean {
  const stage = source.mapping.stage;
  return source.rowCount > 0 && stage !== undefined && tableColumnsOf(source, stage, 1) !== undefined;
}

/**
 * The roles whose names {@link dataNames} defines for this source.
 * @example namedRoles({ sheet: "Deals", headerRow: 0, firstCol: 0, rowCount: 9, mapping: { stage: 3 } }) // Set { "stage" }
 */
export function namedRoles(source: ReportSource): ReadonlySet<ColumnRole> {
  const roles = (Object.keys(DATA_NAMES) as ColumnRole[]).filter(
    (role) => source.mapping[role] !== undefined,
  );
  return new Set(source.rowCount > 0 ? roles : []);
}

/**
 * The address, on the data sheet, of the first cell of a data row (0-based, header not counted): where a
 * link to that deal goes.
 * @example dataRowAddress({ sheet: "Deals", headerRow: 2, firstCol: 1, rowCount: 9, mapping: {} }, 0) // "B4"
 */
export function dataRowAddress(source: ReportSource, row: number): string {
  if (!isIndex(row)) throw new RangeError(`Not a data row: ${row}`);
  return cellAddress(source.headerRow + 1 + row, source.firstCol);
}

/**
 * The row number the user sees on the data sheet for a data row (1-based sheet row).
 * @example sheetRowNumber({ sheet: "Deals", headerRow: 0, firstCol: 0, rowCount: 9, mapping: {} }, 0) // 2
 */
export function sheetRowNumber(source: ReportSource, row: number): number {
  return source.headerRow + 2 + row;
}
