/**
 * Snapshots the user already has (用户自己的快照): two or more tables or sheets — weekly CRM exports — each the
 * pipeline as of one date, typed by the user or read from its name ("Pipeline 2026-11-20", "管线 2026年11月27日").
 * A table whose date is neither typed nor said by its name (nameDate.ts) is left out with the reason: nothing is
 * guessed.
 */
import { type Bilingual, type DateOrder, type DateSystem, isoDate } from "../kernel";
import { type PipelineTable, readPipeline } from "../pipeline";
import type { StageScheme } from "../stages";
import { snapshotHistory, snapshotOf } from "./history";
import { asOfFromName } from "./nameDate";
import type { Snapshot, SnapshotHistory, SnapshotNote } from "./types";

/** One of the user's tables or sheets to read as a snapshot. */
export interface UserSnapshotTable {
  /** The table's or the sheet's name, as the user sees it (the snapshot's label). */
  readonly name: string;
  /** The as-of date the user typed (Excel serial, 1900 system); else it is read from the name. */
  readonly asOf?: number;
  /** The cells: a header row and data rows (a gateway's TableData fits). */
  readonly data: PipelineTable & { readonly dateSystem?: DateSystem };
}

/** How to read the user's snapshots. */
export interface UserSnapshotOptions {
  readonly scheme: StageScheme;
  /** Day–month order of text dates in the tables (and of dates in names such as 05-11-2026). */
  readonly dateOrder?: DateOrder;
  /** The year of a name's date written without one. */
  readonly year?: number;
}

/**
 * Why one of the user's tables is not a snapshot: no date (none in its name, or not one day), or unreadable. The
 * reason does not repeat the table's name: show it beside.
 */
export interface LeftOutTable {
  readonly name: string;
  readonly kind: "noDate" | "unclearDate" | "unreadable";
  readonly reason: Bilingual;
}

/** One of the user's tables used as a snapshot, and where its date came from. */
export interface UsedTable {
  /** Its position in the tables given (to find its cells again, e.g. to link to its rows). */
  readonly index: number;
  readonly name: string;
  readonly asOf: number;
  readonly dateFrom: "typed" | "name";
}

/** The user's tables read into a history, with those left out and why. */
export interface UserSnapshotsRead {
  readonly history: SnapshotHistory;
  /** In date order, as the history's snapshots. */
  readonly used: readonly UsedTable[];
  readonly leftOut: readonly LeftOutTable[];
}

const quoted = (names: readonly string[], separator: string) => names.map((n) => `“${n}”`).join(separator);

/**
 * Reads the user's tables (weekly exports and the like) into a snapshot history, as the history table's is: each
 * table read by the pipeline reader, its columns recognised from its own header (the column sets may differ: the
 * history notes which snapshots lack a column). Its as-of date is the typed one, else the one its name says
 * ({@link asOfFromName}); a table without one is left out with the reason, never dated by a guess; so is a table
 * the reader cannot read (no stage column …). Two tables of one date are both kept, in the order given, and noted.
 * @example
 * historyFromTables(
 *   [{ name: "Pipeline 2026-11-20", data: nov20 }, { name: "Pipeline 2026-11-27", data: nov27 }],
 *   { scheme: DEFAULT_SCHEME },
 * ).history.snapshots.length // 2
 */
export function historyFromTables(
  tables: readonly UserSnapshotTable[],
  options: UserSnapshotOptions,
): UserSnapshotsRead {
  const leftOut: LeftOutTable[] = [];
  const dated: { snapshot: Snapshot; used: UsedTable }[] = [];
  for (const [index, table] of tables.entries()) {
    let asOf = table.asOf;
    let dateFrom: UsedTable["dateFrom"] = "typed";
    if (asOf === undefined) {
      const named = asOfFromName(table.name, { year: options.year, dateOrder: options.dateOrder });
      if (named.kind !== "date") {
        leftOut.push({
          name: table.name,
          kind: named.kind === "none" ? "noDate" : "unclearDate",
          reason:
            named.kind === "none"
              ? {
                  zh: "名称中没有日期；请填写截至日期。",
                  en: "There is no date in the name; type the as-of date.",
                }
              : named.reason,
        });
        continue;
      }
      asOf = named.asOf;
      dateFrom = "name";
    }
    const read = readPipeline(table.data, { scheme: options.scheme, dateOrder: options.dateOrder });
    if (!read.ok) {
      leftOut.push({ name: table.name, kind: "unreadable", reason: read.error.message });
      continue;
    }
    dated.push({
      snapshot: snapshotOf(Math.floor(asOf), read.value, table.name),
      used: { index, name: table.name, asOf: Math.floor(asOf), dateFrom },
    });
  }
  // In date order (ties in the order given), so the history keeps this order.
  const ordered = dated.map((entry, i) => ({ ...entry, i }));
  ordered.sort((a, b) => a.used.asOf - b.used.asOf || a.i - b.i);
  const history = snapshotHistory(ordered.map((entry) => entry.snapshot));
  const used = ordered.map((entry) => entry.used);
  const notes: SnapshotNote[] = history.notes.filter(
    (note) => note.kind !== "sameDate" && note.kind !== "reordered",
  );
  const byDay = new Map<number, string[]>();
  for (const entry of used) byDay.set(entry.asOf, [...(byDay.get(entry.asOf) ?? []), entry.name]);
  for (const [asOf, names] of byDay) {
    if (names.length < 2) continue;
    notes.unshift({
      kind: "sameDate",
      asOf,
      message: {
        zh: `${quoted(names, "、")}的截至日期都是 ${isoDate(asOf)}，按选择的顺序比较；如有误，请改正日期。`,
        en: `${quoted(names, ", ")} are all dated ${isoDate(asOf)}; they are compared in the order chosen. Correct a date if one is wrong.`,
      },
    });
  }
  return { history: { snapshots: history.snapshots, notes }, used, leftOut };
}
