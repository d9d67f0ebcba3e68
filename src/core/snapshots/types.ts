/**
 * The types of pipeline snapshots (管线快照): the user's pipeline as read on several dates, compared to
 * see how it moved. Dates are Excel serials (1900 system); amounts are in the table's one currency.
 */
import type { Bilingual } from "../kernel";
import type { Deal, PipelineRead } from "../pipeline";

/** The pipeline as read on one date. */
export interface Snapshot {
  /** The date the snapshot was taken (Excel serial). */
  readonly asOf: number;
  /** The table as the reader read it on that date. */
  readonly read: PipelineRead;
  /** What the user calls it ("2025-Q3 周一例会"); the ISO date when none is given. */
  readonly label: string;
}

/** Something about the snapshots a report should say, never a silent guess. */
export interface SnapshotNote {
  /** What kind of note: dates out of order, a column only some snapshots have, a repeated id … */
  readonly kind: SnapshotNoteKind;
  readonly message: Bilingual;
  /** The snapshot the note is about (its asOf), when it is about one. */
  readonly asOf?: number;
}

/** The kinds of {@link SnapshotNote}. */
export type SnapshotNoteKind =
  "reordered" | "sameDate" | "columns" | "duplicateId" | "unreadableAmount" | "ambiguous" | "noIdentity";

/** Snapshots in date order, with what was noticed putting them in order. */
export interface SnapshotHistory {
  /** Oldest first. */
  readonly snapshots: readonly Snapshot[];
  readonly notes: readonly SnapshotNote[];
}

/** How a deal was recognised in two snapshots. */
export type MatchRule = "id" | "name";

/** One deal found in both snapshots. */
export interface MatchedDeal {
  /** Its key: the deal id, or opportunity + customer (normalised). */
  readonly key: string;
  readonly rule: MatchRule;
  readonly before: Deal;
  readonly after: Deal;
}

/** A row of one snapshot that could not be paired with a row of the other, and why. */
export interface UnpairedDeal {
  readonly deal: Deal;
  /** Which snapshot it is in. */
  readonly side: "before" | "after";
  /** "absent": no row of the other snapshot has its id or name; "ambiguous": several could be it. */
  readonly kind: "absent" | "ambiguous" | "noIdentity";
  readonly reason: Bilingual;
}

/** The deals of two snapshots paired (see identity.ts). */
export interface DealPairing {
  readonly matched: readonly MatchedDeal[];
  /** Rows of either snapshot without a partner, with the reason. */
  readonly unpaired: readonly UnpairedDeal[];
  /** Rows of either snapshot that could be more than one deal: also in `unpaired`, listed for the report. */
  readonly notes: readonly SnapshotNote[];
}
