/**
 * The user's own snapshots, away from React: which of the workbook's tables and sheets may be chosen (the add-in's
 * history table and its sheet left out), and reading the chosen ones — only reading: nothing in them is written —
 * into a snapshot history (core's historyFromTables). Every function resolves with a Result; nothing throws.
 */
import { type DateOrder, fail, ok, type Result } from "../../core/kernel";
import type { TablePlace } from "../../core/reports";
import {
  historyFromTables,
  type LeftOutTable,
  type UserSnapshotsRead,
  type UserSnapshotTable,
} from "../../core/snapshots";
import type { StageScheme } from "../../core/stages";
import type { TableData, TableInfo, TableSource, WorkbookGateway } from "../../excel/gateway";
import type { DataSourceOption } from "../shared/dataSources";
import { unexpectedFailure } from "../shared/workbookFailure";
import { findHistoryTable } from "./changesRun";

/** A table or sheet that may be chosen as a snapshot. */
export interface SnapshotChoice {
  /** As the data picker's keys: "table:Deals", "sheet:Pipeline 2026-11-20". */
  readonly key: string;
  readonly source: TableSource;
  /** The name its date is read from: the table's or the sheet's. */
  readonly name: string;
  /** For a table: its sheet and rows. */
  readonly table?: TableInfo;
}

/**
 * The tables and sheets of the data picker's options that may be chosen as snapshots: not the selection, not the
 * add-in's history table, nor the sheet it is on.
 * @example snapshotChoices(sources).map((c) => c.name) // ["Pipeline 2026-11-20", "Pipeline 2026-11-27"]
 */
export function snapshotChoices(sources: readonly DataSourceOption[]): SnapshotChoice[] {
  const tables = sources.flatMap((option) => (option.table === undefined ? [] : [option.table]));
  const history = findHistoryTable(tables);
  const choices: SnapshotChoice[] = [];
  for (const option of sources) {
    const { source } = option;
    if (source.kind === "table" && source.name !== history?.name) {
      choices.push({ key: option.key, source, name: source.name, table: option.table });
    } else if (source.kind === "sheet" && source.sheet !== history?.sheet) {
      choices.push({ key: option.key, source, name: source.sheet });
    }
  }
  return choices;
}

/** A chosen table or sheet, with the as-of date the user typed (else its name's is used). */
export interface ChosenSnapshot {
  readonly choice: SnapshotChoice;
  readonly asOf?: number;
}

/** How to read the chosen snapshots. */
export interface UserSnapshotsRequest {
  readonly chosen: readonly ChosenSnapshot[];
  readonly scheme: StageScheme;
  readonly dateOrder: DateOrder;
}

/** The user's tables read into a history, and where each table core was given is (by its UsedTable.index). */
export interface UserSnapshotsLoaded extends UserSnapshotsRead {
  readonly places: readonly TablePlace[];
}

/**
 * Reads each chosen table or sheet (one after another: each read is chunked under Excel on the web's limit) and
 * makes them a history; one that cannot be read is left out with the workbook's reason, as core leaves out one
 * without a date. `onReading(name)` is called before each read.
 * @example const read = await readUserSnapshots(gateway, { chosen, scheme: DEFAULT_SCHEME, dateOrder: "ymd" });
 */
export async function readUserSnapshots(
  gateway: WorkbookGateway,
  request: UserSnapshotsRequest,
  onReading?: (name: string) => void,
): Promise<Result<UserSnapshotsLoaded>> {
  try {
    const tables: (UserSnapshotTable & { readonly data: TableData })[] = [];
    const unread: LeftOutTable[] = [];
    for (const { choice, asOf } of request.chosen) {
      onReading?.(choice.name);
      const data = await gateway.readTable(choice.source);
      if (!data.ok) {
        unread.push({ name: choice.name, kind: "unreadable", reason: data.error.message });
        continue;
      }
      tables.push({ name: choice.name, ...(asOf === undefined ? {} : { asOf }), data: data.value });
    }
    const read = historyFromTables(tables, { scheme: request.scheme, dateOrder: request.dateOrder });
    const places = tables.map(({ data }) => ({
      sheet: data.sheet,
      headerRow: data.headerRow,
      firstCol: data.firstCol,
      cols: data.header.length,
      rows: data.rows.length,
    }));
    return ok({ ...read, leftOut: [...unread, ...read.leftOut], places });
  } catch (reason) {
    return fail("VALUE", unexpectedFailure(reason).message);
  }
}
