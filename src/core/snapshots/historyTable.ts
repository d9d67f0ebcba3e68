/**
 * The snapshot history table (管线快照 / Pipeline snapshots): the rows a snapshot appends to it, and the
 * table read back into snapshots, one per snapshot date.
 *
 * Columns: the snapshot date, then deal id, opportunity, customer, owner, stage, amount, created, close
 * date, stage entered — headed with the names the reader recognises (COLUMN_ROLE_NAMES), so the table is
 * read back as any pipeline table is. Texts are written as text (a deal id "007" stays "007": the gateway
 * writes text cells as text); dates as serials; a blank as "". The stage is written by its name in the
 * language of the header (the won stage's name for a won deal, the lost name for a lost one).
 */
import {
  type Bilingual,
  bilingual,
  counted,
  type DateOrder,
  fail,
  isBlankCell,
  type Language,
  ok,
  parseDate,
  type Result,
} from "../kernel";
import {
  COLUMN_ROLE_NAMES,
  type ColumnRole,
  headerKey,
  type PipelineRead,
  type PipelineTable,
  readPipeline,
} from "../pipeline";
import type { StageScheme } from "../stages";
import { snapshotHistory, snapshotOf } from "./history";
import { dealIdOf } from "./identity";
import type { Snapshot, SnapshotHistory, SnapshotNote } from "./types";

/** The history table's name. */
export const SNAPSHOT_TABLE_NAME: Bilingual = bilingual("管线快照", "Pipeline snapshots");

/** The snapshot-date column's header. */
export const SNAPSHOT_DATE_HEADER: Bilingual = bilingual("快照日期", "Snapshot date");

/** Headers read as the snapshot date (compared after headerKey). */
const SNAPSHOT_DATE_ALIASES = ["快照日期", "快照", "Snapshot date", "Snapshot", "As of", "截至日期"].map(
  headerKey,
);

/** The columns after the snapshot date, in order. */
export const SNAPSHOT_ROLES: readonly ColumnRole[] = Object.freeze([
  "dealId",
  "opportunity",
  "customer",
  "owner",
  "stage",
  "amount",
  "createdDate",
  "closeDate",
  "stageEnteredDate",
]);

/**
 * The history table's header row in a language.
 * @example snapshotHeader("en") // ["Snapshot date", "Deal ID", "Opportunity", "Customer", "Owner", "Stage", "Amount", "Created", "Expected close", "Stage entered"]
 */
export function snapshotHeader(language: Language): string[] {
  return [SNAPSHOT_DATE_HEADER[language], ...SNAPSHOT_ROLES.map((role) => COLUMN_ROLE_NAMES[role][language])];
}

/** A cell of the history table: text, a number, or "" for blank. */
export type SnapshotCell = string | number;

/**
 * The rows a snapshot of `read` taken on `asOf` appends to the history table: one per deal (the reader's
 * current deals), columns as {@link snapshotHeader}. A deal without an id cell has a blank id (its
 * opportunity and customer identify it).
 * @example snapshotRows(read, 45838, DEFAULT_SCHEME, "zh")[0] // [45838, "D-1", "ERP", "Acme", "王芳", "谈判客户", 120000, 45700, 45900, 45820]
 */
export function snapshotRows(
  read: PipelineRead,
  asOf: number,
  scheme: StageScheme,
  language: Language,
): SnapshotCell[][] {
  const stageName = (deal: PipelineRead["deals"][number]): string =>
    deal.position.kind === "lost"
      ? scheme.lostName[language]
      : scheme.stages[deal.position.index].name[language];
  const blank = (value: string | number | null): SnapshotCell => value ?? "";
  return read.deals.map((deal) => [
    Math.floor(asOf),
    dealIdOf(read, deal) ?? "",
    blank(deal.opportunity),
    blank(deal.customer),
    blank(deal.owner),
    stageName(deal),
    blank(deal.amount),
    blank(deal.created),
    blank(deal.closeDate),
    blank(deal.stageEntered),
  ]);
}

/** How to read the history table. */
export interface SnapshotTableOptions {
  readonly scheme: StageScheme;
  readonly dateOrder?: DateOrder;
}

/** The history table read back: the snapshots, with the rows whose snapshot date could not be read. */
export interface SnapshotTableRead {
  readonly history: SnapshotHistory;
  /** Rows (0-based data rows) left out because their snapshot date is blank or not a date. */
  readonly undated: readonly number[];
}

/**
 * Reads a history table (a header row and data rows) into snapshots, one per snapshot date, each read as
 * the reader reads a pipeline table; rows without a readable snapshot date are left out and listed. A table
 * without a snapshot-date column, or without a stage column, is a VALUE failure that says what to fix.
 * @example readSnapshotTable({ header: snapshotHeader("zh"), rows }, { scheme: DEFAULT_SCHEME }).value.history.snapshots.length // 3
 */
export function readSnapshotTable(
  table: PipelineTable,
  options: SnapshotTableOptions,
): Result<SnapshotTableRead> {
  const dateColumn = table.header.findIndex((header) => SNAPSHOT_DATE_ALIASES.includes(headerKey(header)));
  if (dateColumn < 0) {
    return fail("VALUE", {
      zh: `找不到快照日期列：请把该列的表头写成“${SNAPSHOT_DATE_HEADER.zh}”或“${SNAPSHOT_DATE_HEADER.en}”。`,
      en: `No snapshot date column: head it “${SNAPSHOT_DATE_HEADER.en}” or “${SNAPSHOT_DATE_HEADER.zh}”.`,
    });
  }
  const groups = new Map<number, (readonly unknown[])[]>();
  const undated: number[] = [];
  table.rows.forEach((row, i) => {
    const cell = row[dateColumn];
    const parsed = isBlankCell(cell) ? null : parseDate(cell, options.dateOrder ?? "ymd");
    if (parsed === null || !parsed.ok || parsed.value === null) {
      if (!row.every(isBlankCell)) undated.push(i);
      return;
    }
    const group = groups.get(parsed.value);
    if (group === undefined) groups.set(parsed.value, [row]);
    else group.push(row);
  });
  const snapshots: Snapshot[] = [];
  for (const [asOf, rows] of groups) {
    const read = readPipeline({ ...table, rows }, { scheme: options.scheme, dateOrder: options.dateOrder });
    if (!read.ok) return read;
    snapshots.push(snapshotOf(asOf, read.value));
  }
  const history = snapshotHistory(snapshots);
  const notes: SnapshotNote[] = [...history.notes.filter((note) => note.kind !== "reordered")];
  if (undated.length > 0) {
    notes.push({
      kind: "columns",
      message: {
        zh: `${undated.length} 行没有可读的快照日期，未计入。`,
        en: `${counted(undated.length, "row has", "rows have")} no readable snapshot date and ${undated.length === 1 ? "is" : "are"} left out.`,
      },
    });
  }
  return ok({ history: { snapshots: history.snapshots, notes }, undated });
}
