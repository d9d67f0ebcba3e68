/**
 * Reads the user's pipeline table (a header row and data rows, cells as Excel gives them) into deals.
 *
 * Rows: rows read = rows used + rows skipped, always. A row is skipped, with its reason and kind, when
 * it is blank; has no stage (and no won/lost outcome); has a stage, outcome or stage of loss that
 * cannot be read (placement.ts: two-language labels such as "谈判 Negotiation" are read, error values
 * are not), or that contradicts itself (lost at the won stage); or copies an earlier row cell for cell
 * (duplicateRows.ts). A bad amount or date does NOT skip the row: the deal keeps `null` there and the
 * cell is listed in `unreadable` with the reason (cellReaders.ts: text such as "下周" in a date column,
 * a date no deal has such as 9999-12-31, an amount in a currency the rest of the column is not in, an
 * error value), so nothing is silently read as blank. A blank amount or date is simply `null`.
 *
 * Deal ids: `Deal.id` is the deal-id cell, else the opportunity name, else "row N". Rows sharing a
 * deal-id cell are one deal, their rows its stage history (histories.ts).
 *
 * Stages reached: a deal's `reachedIndex` is the furthest stage its evidence shows: the stages of its
 * history rows, and the stages its per-stage date columns date (stageDates.ts: "谈判日期",
 * `Date entered "Negotiation (Sales Pipeline)"` …). A stage-date cell that is not a date is listed in
 * `unreadable` (as a stage-entered date, its header named) and is no evidence.
 *
 * Dates: numbers in date columns are serials of the table's workbook; a table from a 1904 workbook
 * (`table.dateSystem`) has them converted, so deals always hold 1900-system serials (kernel/dateSystems.ts).
 *
 * Large tables: one pass over the rows after the repeated ids are found (repeats.ts); the stage,
 * outcome, amount and date texts are read once per distinct text; numbers allocate nothing.
 */
import {
  counted,
  type Bilingual,
  displayValue,
  fail,
  isBlankCell,
  ok,
  type Result,
  type DateOrder,
  type DateSystem,
} from "../kernel";
import type { StageScheme } from "../stages";
import { AmountColumn, dateReader, isProblem, type CellReading } from "./cellReaders";
import { COLUMN_ROLES, COLUMN_ROLE_NAMES, headerKey, recogniseColumns } from "./columns";
import { duplicateRows } from "./duplicateRows";
import { errorValueReason, isErrorValue } from "./errorValues";
import { dealHistories } from "./histories";
import { stageDateColumns } from "./stageDates";
import { placementReader } from "./placement";
import { repeatedKeys } from "./repeats";
import type {
  ColumnMapping,
  ColumnRole,
  Deal,
  PipelineRead,
  SkippedRow,
  StageDateColumn,
  UnreadableCell,
} from "./types";

export type { UnreadableCell } from "./types";

/** The table to read: the header and the data rows (a gateway's TableData fits). */
export interface PipelineTable {
  readonly header: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
  /** 0-based sheet row of the header, to name rows as the user sees them ("row 12"). Default 0. */
  readonly headerRow?: number;
  /**
   * The date system of the workbook the table is in: its date serials are converted to core's 1900 system
   * (see kernel/dateSystems.ts). Default 1900.
   */
  readonly dateSystem?: DateSystem;
}

/** How to read the table. */
export interface ReadPipelineOptions {
  /** Which column holds each role; recognised from the header when omitted. */
  readonly mapping?: ColumnMapping;
  readonly scheme: StageScheme;
  /** Day–month order of text dates such as 05-03-24. Default "ymd". */
  readonly dateOrder?: DateOrder;
  /** The per-stage date columns; recognised from the header (stageDates.ts) when omitted. */
  readonly stageDates?: readonly StageDateColumn[];
}

/** The table as read, with the cells that could not be read (their deals keep `null` there). */
export interface PipelineReadDetails extends PipelineRead {
  readonly unreadable: readonly UnreadableCell[];
}

type Cells = readonly unknown[];
type DealDraft = { -readonly [K in keyof Deal]: Deal[K] };
/** The order a row's cells are read in (and its unreadable cells listed in). */
const READ_ORDER: readonly ColumnRole[] = [
  "dealId",
  "opportunity",
  "customer",
  "owner",
  "amount",
  "createdDate",
  "closeDate",
  "stageEnteredDate",
  "lastActivity",
];

/** Why a blank row is skipped. Shared with pipelineStream.ts. */
export const BLANK_ROW: Bilingual = Object.freeze({ zh: "空行。", en: "Blank row." });

/** Why a copy of an earlier row is skipped (`row` as the user sees it). Shared with pipelineStream.ts. */
export const copyOf = (row: number): Bilingual => ({
  zh: `与第 ${row} 行完全相同（重复录入），只计一次。如确是两个商机，请给它们不同的编号或名称。`,
  en: `A copy of row ${row} (every cell the same): counted once. If these are two deals, give them different ids or names.`,
});

/**
 * A text cell as trimmed text; `null` when blank or an error value. Shared with pipelineStream.ts.
 * @example textOf(" D1 ") // "D1"
 */
export function textOf(cell: unknown): string | null {
  if (isBlankCell(cell) || isErrorValue(cell)) return null;
  return typeof cell === "string" ? cell.trim() : String(cell);
}

/**
 * The columns a table is read by: the mapping given (checked against the header) or recognised from it, and the
 * stage-date columns given (checked) or found. Shared with pipelineStream.ts.
 * @example tableColumns(["商机", "阶段"], { scheme: DEFAULT_SCHEME }) // ok({ mapping: { opportunity: 0, stage: 1 }, stageDates: [] })
 */
export function tableColumns(
  header: readonly unknown[],
  options: ReadPipelineOptions,
): Result<{ mapping: ColumnMapping; stageDates: readonly StageDateColumn[] }> {
  const checked = checkMapping(options.mapping ?? recogniseColumns(header).mapping, header);
  if (!checked.ok) return checked;
  const mapping = checked.value;
  const stageDates = options.stageDates ?? stageDateColumns(header, options.scheme, mapping);
  const stageDatesChecked = checkStageDates(stageDates, header.length, options.scheme);
  return stageDatesChecked.ok ? ok({ mapping, stageDates }) : stageDatesChecked;
}

/**
 * Checks a given mapping against the table: integer columns inside the header, a stage column. Shared with
 * pipelineStream.ts.
 * @example checkMapping({ stage: 0 }, ["阶段"]).ok // true
 */
export function checkMapping(mapping: ColumnMapping, header: readonly unknown[]): Result<ColumnMapping> {
  for (const [role, column] of Object.entries(mapping) as [ColumnRole, number | undefined][]) {
    if (column === undefined) continue;
    if (!Number.isInteger(column) || column < 0 || column >= header.length) {
      const name = COLUMN_ROLE_NAMES[role];
      return fail("VALUE", {
        zh: `“${name.zh}”列的位置 ${column} 不在表格的 ${header.length} 列之内。`,
        en: `The ${name.en} column ${column} is outside the table's ${counted(header.length, "column", "columns")}.`,
      });
    }
  }
  if (mapping.stage !== undefined) return ok(mapping);
  const shown = header
    .map((h) => displayValue(headerKey(h) === "" ? "" : h, 20))
    .filter((h) => h !== "")
    .slice(0, 12);
  return fail("VALUE", {
    zh: `找不到阶段列：请把阶段所在列的表头写成“阶段”或“Stage”，或手动指定阶段列。表头：${shown.join("、") || "（空）"}`,
    en: `No stage column: name the stage column's header "阶段" or "Stage", or choose it by hand. Headers: ${shown.join(", ") || "(none)"}`,
  });
}

/**
 * Reads the user's table into deals. Uses `options.mapping` when given (checked against the header),
 * else recognises the columns from the header; a table without a stage column is a VALUE error. See
 * the module notes for how rows, outcomes, stages of loss and repeated deal ids are read.
 * @example
 * const read = readPipeline(
 *   { header: ["商机", "阶段", "金额"], rows: [["A", "谈判", "¥1,200"], ["", "", ""], ["B", "Foo", 5]] },
 *   { scheme: DEFAULT_SCHEME },
 * );
 * // read.value.deals → one deal (A, 谈判客户, 1200); skipped rows 1 (blank) and 2 (unknown stage “Foo”)
 */
export function readPipeline(
  table: PipelineTable,
  options: ReadPipelineOptions,
): Result<PipelineReadDetails> {
  const columns = tableColumns(table.header, options);
  if (!columns.ok) return columns;
  const { mapping, stageDates } = columns.value;
  const rows = table.rows;
  const firstSheetRow = (table.headerRow ?? 0) + 2;
  const column = (role: ColumnRole) => mapping[role] ?? -1;
  const at = (cells: Cells, index: number): unknown => (index < 0 ? null : cells[index]);
  const [stage, outcome, lostAt, dealId, opportunity] = (
    ["stage", "outcome", "lostAt", "dealId", "opportunity"] as const
  ).map(column);

  // Rows sharing a deal id (a history, or copies), and rows without an id sharing an opportunity name.
  const idOf = (row: number) => textOf(at(rows[row], dealId));
  const idGroups = dealId < 0 ? [] : repeatedKeys(rows.length, idOf);
  const nameGroups =
    opportunity < 0
      ? []
      : repeatedKeys(rows.length, (row) => (idOf(row) === null ? textOf(rows[row][opportunity]) : null));
  const copies = duplicateRows(rows, idGroups.concat(nameGroups));

  const place = placementReader(options.scheme);
  const dates = { order: options.dateOrder ?? "ymd", system: table.dateSystem ?? 1900 } as const;
  const cells = new DealCells(mapping, dates, stageDates, table.header);
  const skipped: SkippedRow[] = [];
  const used: Deal[] = [];
  for (let row = 0; row < rows.length; row++) {
    const values = rows[row];
    if (values.every(isBlankCell)) {
      skipped.push({ row, reason: BLANK_ROW, kind: "blank" });
      continue;
    }
    const placement = place(at(values, stage), at(values, outcome), at(values, lostAt));
    if ("reason" in placement) {
      skipped.push({ row, reason: placement.reason, kind: placement.kind });
      continue;
    }
    const original = copies.get(row);
    if (original !== undefined) {
      skipped.push({
        row,
        reason: copyOf(firstSheetRow + original),
        kind: "duplicate",
      });
      continue;
    }
    used.push(cells.deal(row, values, placement, firstSheetRow));
  }
  const amountColumn = column("amount");
  cells.setAsideForeignAmounts(used, (i) => rows[used[i].row][amountColumn]);

  const rowsRead = rows.length;
  const { deals, histories } = dealHistories(used, idGroups);
  return ok({
    mapping,
    ...(stageDates.length > 0 ? { stageDates } : {}),
    deals,
    histories,
    skipped,
    rowsRead,
    rowsUsed: rowsRead - skipped.length,
    unreadable: cells.unreadable(),
  });
}

/**
 * Checks given per-stage date columns: integer columns inside the header, stages of the scheme. Shared with
 * pipelineStream.ts.
 * @example checkStageDates([], 9, DEFAULT_SCHEME).ok // true
 */
export function checkStageDates(
  stageDates: readonly StageDateColumn[],
  width: number,
  scheme: StageScheme,
): Result<readonly StageDateColumn[]> {
  for (const { column, stage } of stageDates) {
    if (!Number.isInteger(column) || column < 0 || column >= width) {
      return fail("VALUE", {
        zh: `阶段日期列的位置 ${column} 不在表格的 ${width} 列之内。`,
        en: `The stage-date column ${column} is outside the table's ${counted(width, "column", "columns")}.`,
      });
    }
    if (!Number.isInteger(stage) || stage < 0 || stage >= scheme.stages.length) {
      return fail("VALUE", {
        zh: `阶段日期列对应的阶段序号 ${stage + 1} 超出范围：阶段列表共有 ${scheme.stages.length} 个阶段。`,
        en: `The stage-date column's stage number ${stage + 1} is out of range: this funnel has ${counted(scheme.stages.length, "stage", "stages")}.`,
      });
    }
  }
  return ok(stageDates);
}

/**
 * Reads the cells of used rows into deals, listing those that cannot be read. Shared with pipelineStream.ts.
 * @example new DealCells({ stage: 0 }, { order: "ymd", system: 1900 }).unreadable() // []
 */
export class DealCells {
  private readonly columns: Readonly<Record<ColumnRole, number>>;
  private readonly amounts = new AmountColumn();
  private readonly readDate: (cell: unknown) => CellReading;
  private readonly cells: UnreadableCell[] = [];
  private sorted = true;

  constructor(
    mapping: ColumnMapping,
    dates: { readonly order: DateOrder; readonly system: DateSystem },
    private readonly stageDates: readonly StageDateColumn[] = [],
    private readonly header: readonly unknown[] = [],
  ) {
    const columns = {} as Record<ColumnRole, number>;
    for (const role of COLUMN_ROLES) columns[role] = mapping[role] ?? -1;
    this.columns = columns;
    this.readDate = dateReader(dates.order, dates.system);
  }

  /** The deal of a used row. */
  deal(
    row: number,
    cells: Cells,
    placement: Pick<Deal, "position" | "lostAtIndex">,
    firstSheetRow: number,
  ): Deal {
    const key = this.text(row, cells, "dealId");
    const name = this.text(row, cells, "opportunity");
    const deal: DealDraft = {
      row,
      id: key ?? name ?? `row ${firstSheetRow + row}`,
      opportunity: name,
      customer: this.text(row, cells, "customer"),
      owner: this.text(row, cells, "owner"),
      position: placement.position,
      lostAtIndex: placement.lostAtIndex,
      amount: this.number(row, cells, "amount"),
      created: this.number(row, cells, "createdDate"),
      closeDate: this.number(row, cells, "closeDate"),
      stageEntered: this.number(row, cells, "stageEnteredDate"),
      lastActivity: this.number(row, cells, "lastActivity"),
    };
    if (this.stageDates.length > 0) deal.reachedIndex = this.datedStage(row, cells);
    return deal;
  }

  /** The furthest stage a row's per-stage date cells date; `null` when none does. */
  private datedStage(row: number, cells: Cells): number | null {
    let furthest = -1;
    for (const { column, stage } of this.stageDates) {
      const cell = cells[column];
      if (isBlankCell(cell)) continue;
      const reading = this.readDate(cell);
      if (reading === null) continue;
      if (!isProblem(reading)) {
        furthest = Math.max(furthest, stage);
        continue;
      }
      const header = displayValue(this.header[column]);
      this.cells.push({
        row,
        role: "stageEnteredDate",
        reason: {
          zh: `“${header}”列：${reading.zh}`,
          en: `column “${header}”: ${reading.en}`,
        },
      });
      this.sorted = false;
    }
    return furthest < 0 ? null : furthest;
  }

  /**
   * When the amounts name more than one currency, takes the amount out of the deals whose amount is in
   * another currency than most (cellReaders.ts), listing the cell.
   */
  setAsideForeignAmounts(used: readonly Deal[], amountCell: (index: number) => unknown): void {
    const main = this.amounts.mainCurrency();
    if (main === null) return;
    for (let i = 0; i < used.length; i++) {
      const deal = used[i];
      const reason = this.amounts.foreign(amountCell(i), main);
      if (reason === null) continue;
      (deal as DealDraft).amount = null;
      this.cells.push({ row: deal.row, role: "amount", reason });
      this.sorted = false;
    }
  }

  /** The cells that could not be read, by row, each row's in the order of {@link READ_ORDER}. */
  unreadable(): UnreadableCell[] {
    if (!this.sorted) {
      const rank = (role: ColumnRole) => READ_ORDER.indexOf(role);
      this.cells.sort((a, b) => a.row - b.row || rank(a.role) - rank(b.role));
      this.sorted = true;
    }
    return this.cells;
  }

  private text(row: number, cells: Cells, role: ColumnRole): string | null {
    const index = this.columns[role];
    if (index < 0) return null;
    const cell = cells[index];
    if (isErrorValue(cell)) this.cells.push({ row, role, reason: errorValueReason(cell) });
    return textOf(cell);
  }

  private number(row: number, cells: Cells, role: "amount" | DateRole): number | null {
    const index = this.columns[role];
    if (index < 0) return null;
    const cell = cells[index];
    const reading = role === "amount" ? this.amounts.read(cell) : this.readDate(cell);
    if (!isProblem(reading)) return reading;
    this.cells.push({ row, role, reason: reading });
    return null;
  }
}

type DateRole = "createdDate" | "closeDate" | "stageEnteredDate" | "lastActivity";
