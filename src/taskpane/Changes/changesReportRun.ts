/**
 * The Changes view's two further writes, away from React: the Pipeline changes report (core's buildChangesSheet,
 * regenerated in place) and the sample snapshots (core's sampleHistory, derived from the pipeline read and appended
 * to the snapshot table, the days already there left as they are).
 */
import { fail, type Language, ok, type Result } from "../../core/kernel";
import { readPipeline } from "../../core/pipeline";
import { buildChangesSheet, CHANGES_REPORT_KIND, type TablesPlace } from "../../core/reports";
import {
  datedRuns,
  ownerBridges,
  sampleHistory,
  type SnapshotChanges,
  snapshotOf,
  snapshotTable,
} from "../../core/snapshots";
import type { StageScheme } from "../../core/stages";
import type { SheetWritten, WorkbookGateway } from "../../excel/gateway";
import { unexpectedFailure } from "../shared/workbookFailure";
import type { LoadedHistory, SnapshotRequest } from "./changesRun";

/** What the report is made of. */
export interface ChangesReportRequest {
  readonly changes: SnapshotChanges;
  readonly history: LoadedHistory;
  readonly scheme: StageScheme;
  readonly language: Language;
  readonly stalledSnapshots?: number;
  /** Snapshots A and B as two of the user's own tables: the report reads and links to them, not the history table. */
  readonly tables?: TablesPlace;
}

/**
 * Writes the Pipeline changes report (regenerated in place).
 * @example await writeChangesReport(gateway, { changes, history: loaded, scheme, language: "zh" })
 */
export async function writeChangesReport(
  gateway: WorkbookGateway,
  request: ChangesReportRequest,
): Promise<Result<SheetWritten>> {
  try {
    const { changes, history, scheme, tables } = request;
    const table = history.table;
    const place =
      tables ??
      (table === undefined
        ? undefined
        : {
            sheet: table.sheet,
            headerRow: table.headerRow,
            firstCol: table.firstCol,
            cols: table.header.length,
            dates: table.rows.map((row) => row[0]),
          });
    if (place === undefined)
      return fail("VALUE", { zh: "还没有快照表。", en: "There is no snapshot table yet." });
    const period = changes.bridge.period;
    const owners = ownerBridges(changes.before, changes.after, period === null ? {} : { period });
    if (!owners.ok) return owners;
    const spec = buildChangesSheet(
      {
        changes,
        history: history.history,
        owners: owners.value,
        scheme,
        place,
      },
      request.language,
      request.stalledSnapshots,
    );
    return await gateway.writeReport(CHANGES_REPORT_KIND, spec);
  } catch (reason) {
    return fail("VALUE", unexpectedFailure(reason).message);
  }
}

/** Sample snapshots added: how many, their first and last day, and the snapshot table's sheet. */
export interface SamplesAdded {
  readonly count: number;
  readonly from: number;
  readonly to: number;
  readonly sheet?: string;
}

/**
 * Appends sample snapshots — three earlier states derived from the pipeline read, 30 days apart, and the pipeline
 * as of the as-of date — skipping the days the snapshot table already holds.
 * @example await addSampleSnapshots(gateway, request) // ok({ count: 4, from: 45748, to: 45838, sheet: "管线快照" })
 */
export async function addSampleSnapshots(
  gateway: WorkbookGateway,
  request: SnapshotRequest,
): Promise<Result<SamplesAdded>> {
  try {
    const { source, scheme, asOf, language } = request;
    const read = readPipeline(
      {
        header: source.header,
        rows: source.rows,
        headerRow: source.headerRow,
        dateSystem: source.dateSystem,
      },
      { mapping: request.mapping, scheme, dateOrder: request.dateOrder },
    );
    if (!read.ok) return read;
    const dates = request.history?.rows.map((row) => row[0]) ?? [];
    const all = [...sampleHistory(read.value, asOf, scheme), snapshotOf(Math.floor(asOf), read.value)];
    const missing = all.filter((snapshot) => datedRuns(dates, snapshot.asOf).length === 0);
    let tableName = request.history?.table;
    let sheet: string | undefined;
    for (const snapshot of missing) {
      const typed = snapshotTable(snapshot.read, snapshot.asOf, scheme, language);
      const written = await gateway.appendSnapshot({
        table: tableName === undefined ? typed : { ...typed, tableName },
        asOf: snapshot.asOf,
        replace: false,
      });
      if (!written.ok) return written;
      tableName = written.value.table;
      sheet = written.value.sheet;
    }
    const days = missing.map((snapshot) => snapshot.asOf);
    return ok({
      count: missing.length,
      from: days[0] ?? asOf,
      to: days[days.length - 1] ?? asOf,
      ...(sheet ? { sheet } : {}),
    });
  } catch (reason) {
    return fail("VALUE", unexpectedFailure(reason).message);
  }
}
