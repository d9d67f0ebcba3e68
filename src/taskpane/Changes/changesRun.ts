/**
 * The Changes view's work with the workbook, away from React: finding and reading the snapshot history table, and
 * taking a snapshot of the pipeline read (asking first when its day is already there). Every function resolves with
 * a Result; nothing throws to the view.
 */
import { fail, type DateOrder, type Language, ok, type Result } from "../../core/kernel";
import { type ColumnMapping, readPipeline } from "../../core/pipeline";
import {
  datedRuns,
  readSnapshotTable,
  type SnapshotHistory,
  snapshotTable,
  snapshotTableName,
} from "../../core/snapshots";
import type { StageScheme } from "../../core/stages";
import type { SnapshotAppended, TableData, TableInfo, WorkbookGateway } from "../../excel/gateway";
import { unexpectedFailure } from "../shared/workbookFailure";

/** The history as read: the table (to link rows to) and the snapshots; no table yet is an empty history. */
export interface LoadedHistory {
  readonly table?: TableData;
  readonly history: SnapshotHistory;
}

const NAMES = [snapshotTableName("zh"), snapshotTableName("en")].map((name) => name.toUpperCase());

/**
 * The workbook's snapshot history table: named 管线快照 or PipelineSnapshots (case ignored), else such a name with
 * a number the host added ("管线快照_2").
 * @example findHistoryTable([{ name: "PipelineSnapshots", sheet: "Pipeline snapshots", rows: 80 }])?.name // "PipelineSnapshots"
 */
export function findHistoryTable(tables: readonly TableInfo[]): TableInfo | undefined {
  const upper = (table: TableInfo) => table.name.toUpperCase();
  return (
    tables.find((table) => NAMES.includes(upper(table))) ??
    tables.find((table) => NAMES.some((name) => new RegExp(`^${name}_?\\d+$`, "u").test(upper(table))))
  );
}

/**
 * Reads the snapshot history table into snapshots (none when the workbook has no such table).
 * @example const loaded = await loadHistory(gateway, DEFAULT_SCHEME, "ymd"); loaded.value.history.snapshots.length
 */
export async function loadHistory(
  gateway: WorkbookGateway,
  scheme: StageScheme,
  dateOrder: DateOrder,
): Promise<Result<LoadedHistory>> {
  try {
    const tables = await gateway.listTables();
    if (!tables.ok) return tables;
    const found = findHistoryTable(tables.value);
    if (found === undefined) return ok({ history: { snapshots: [], notes: [] } });
    const data = await gateway.readTable({ kind: "table", name: found.name });
    if (!data.ok) return data;
    const read = readSnapshotTable(
      { header: data.value.header, rows: data.value.rows, dateSystem: data.value.dateSystem },
      { scheme, dateOrder },
    );
    return read.ok ? ok({ table: data.value, history: read.value.history }) : read;
  } catch (reason) {
    return fail("VALUE", unexpectedFailure(reason).message);
  }
}

/** What taking a snapshot needs: the pipeline read, how to read it, the day and the language of a new table. */
export interface SnapshotRequest {
  readonly source: TableData;
  readonly mapping: ColumnMapping;
  readonly scheme: StageScheme;
  readonly dateOrder: DateOrder;
  readonly asOf: number;
  readonly language: Language;
  /** The history table as last read, if any: appended to under its own name. */
  readonly history?: TableData;
}

/** A snapshot taken, or the day's rows already there (the user is to confirm replacing them). */
export type SnapshotOutcome =
  | { readonly status: "written"; readonly written: SnapshotAppended }
  | { readonly status: "dayTaken"; readonly rows: number };

/**
 * Takes a snapshot of the pipeline: refuses to go on (`dayTaken`) when the history already holds rows of the day,
 * unless `replace`; otherwise appends it (creating the history table the first time).
 * @example await takeSnapshot(gateway, request, false) // ok({ status: "written", written: { rows: 40, … } })
 */
export async function takeSnapshot(
  gateway: WorkbookGateway,
  request: SnapshotRequest,
  replace: boolean,
  onProgress?: (done: number, total: number) => void,
): Promise<Result<SnapshotOutcome>> {
  try {
    const { source, history } = request;
    const read = readPipeline(
      {
        header: source.header,
        rows: source.rows,
        headerRow: source.headerRow,
        dateSystem: source.dateSystem,
      },
      { mapping: request.mapping, scheme: request.scheme, dateOrder: request.dateOrder },
    );
    if (!read.ok) return read;
    if (!replace && history !== undefined) {
      const runs = datedRuns(
        history.rows.map((row) => row[0]),
        request.asOf,
      );
      const rows = runs.reduce((sum, run) => sum + run.count, 0);
      if (rows > 0) return ok({ status: "dayTaken", rows });
    }
    const typed = snapshotTable(read.value, request.asOf, request.scheme, request.language);
    const table = history?.table === undefined ? typed : { ...typed, tableName: history.table };
    const written = await gateway.appendSnapshot({ table, asOf: request.asOf, replace }, onProgress);
    return written.ok ? ok({ status: "written", written: written.value }) : written;
  } catch (reason) {
    return fail("VALUE", unexpectedFailure(reason).message);
  }
}
