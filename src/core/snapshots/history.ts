/**
 * A history of snapshots: the snapshots in date order, with notes on what a report must say about them —
 * dates given out of order (sorted), two snapshots of one date, columns only some snapshots have (their
 * figures come from the snapshots that have them), a deal id on several rows of one snapshot (the reader
 * keeps its latest row), amounts that could not be read (the deal counts, its amount does not).
 */
import { type Bilingual, isoDate } from "../kernel";
import { COLUMN_ROLE_NAMES, type ColumnRole, type PipelineRead } from "../pipeline";
import type { Snapshot, SnapshotHistory, SnapshotNote } from "./types";

/**
 * A snapshot of a read pipeline; its label is the ISO date unless one is given.
 * @example snapshotOf(45838, read) // { asOf: 45838, read, label: "2025-06-30" }
 */
export function snapshotOf(asOf: number, read: PipelineRead, label?: string): Snapshot {
  return { asOf, read, label: label ?? isoDate(asOf) };
}

const rolesOf = (read: PipelineRead): ColumnRole[] =>
  (Object.keys(read.mapping) as ColumnRole[]).filter((role) => read.mapping[role] !== undefined);

/** The notes about one snapshot: ids on several rows, amounts that could not be read. */
function snapshotNotes(snapshot: Snapshot): SnapshotNote[] {
  const notes: SnapshotNote[] = [];
  const { asOf, label, read } = snapshot;
  for (const rows of read.histories) {
    const id = rows[rows.length - 1].id;
    notes.push({
      kind: "duplicateId",
      asOf,
      message: {
        zh: `快照 ${label}：商机编号“${id}”出现在 ${rows.length} 行，按最新一行计。`,
        en: `Snapshot ${label}: deal id “${id}” is on ${rows.length} rows; its latest row is used.`,
      },
    });
  }
  const unreadable = (read.unreadable ?? []).filter((cell) => cell.role === "amount");
  if (unreadable.length > 0) {
    const idOfRow = new Map(read.deals.map((deal) => [deal.row, deal.id]));
    const ids = [...new Set(unreadable.map((cell) => idOfRow.get(cell.row) ?? ""))].filter((id) => id !== "");
    const shown = ids.slice(0, 5).map((id) => `“${id}”`);
    const more = ids.length > 5 ? "…" : "";
    notes.push({
      kind: "unreadableAmount",
      asOf,
      message: {
        zh: `快照 ${label}：${unreadable.length} 个金额无法读取（${shown.join("、")}${more}），这些商机计数但不计金额。`,
        en: `Snapshot ${label}: ${unreadable.length} amount(s) could not be read (${shown.join(", ")}${more}); those deals are counted without an amount.`,
      },
    });
  }
  return notes;
}

/** A note for each column some snapshots have and others do not. */
function columnNotes(snapshots: readonly Snapshot[]): SnapshotNote[] {
  const notes: SnapshotNote[] = [];
  const all = new Set(snapshots.flatMap((snapshot) => rolesOf(snapshot.read)));
  for (const role of all) {
    const without = snapshots.filter((snapshot) => snapshot.read.mapping[role] === undefined);
    if (without.length === 0) continue;
    const name: Bilingual = COLUMN_ROLE_NAMES[role];
    const labels = without.map((snapshot) => snapshot.label);
    notes.push({
      kind: "columns",
      message: {
        zh: `“${name.zh}”列只有部分快照有（缺少：${labels.join("、")}）；相关数字只来自有该列的快照。`,
        en: `Only some snapshots have the ${name.en} column (missing in ${labels.join(", ")}); figures that need it come from those that have it.`,
      },
    });
  }
  return notes;
}

/**
 * The snapshots oldest first, with notes: dates given out of order (sorted, said so), two snapshots of
 * one date (both kept, in the order given), columns only some have, repeated ids, unreadable amounts.
 * @example snapshotHistory([march, january]).snapshots // [january, march], with a "reordered" note
 */
export function snapshotHistory(snapshots: readonly Snapshot[]): SnapshotHistory {
  const notes: SnapshotNote[] = [];
  const order = snapshots.map((snapshot, i) => ({ snapshot, i }));
  order.sort((a, b) => a.snapshot.asOf - b.snapshot.asOf || a.i - b.i);
  if (order.some((entry, k) => entry.i !== k)) {
    notes.push({
      kind: "reordered",
      message: {
        zh: "快照日期不是按先后顺序给出的，已按日期排序。",
        en: "The snapshots were not given in date order; they are sorted by date.",
      },
    });
  }
  const sorted = order.map((entry) => entry.snapshot);
  for (let k = 1; k < sorted.length; k++) {
    if (Math.floor(sorted[k].asOf) !== Math.floor(sorted[k - 1].asOf)) continue;
    notes.push({
      kind: "sameDate",
      asOf: sorted[k].asOf,
      message: {
        zh: `有两个快照的日期都是 ${isoDate(sorted[k].asOf)}，按给出的顺序比较。`,
        en: `Two snapshots are dated ${isoDate(sorted[k].asOf)}; they are compared in the order given.`,
      },
    });
  }
  notes.push(...columnNotes(sorted));
  for (const snapshot of sorted) notes.push(...snapshotNotes(snapshot));
  return { snapshots: sorted, notes };
}
