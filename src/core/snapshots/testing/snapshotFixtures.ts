/**
 * Test fixture: deals, reads and snapshots built by hand for the snapshot tests. Used by jest only.
 */
import type { ColumnMapping, Deal, PipelineRead } from "../../pipeline";
import { DEFAULT_SCHEME, LOST_POSITION, positionAt, type StagePosition } from "../../stages";
import type { Snapshot } from "../types";

/** A stage by 0-based index (6 = won), or "lost". */
export type StageOf = number | "lost";

/** The position of a stage of the default scheme. */
export const at = (stage: StageOf): StagePosition =>
  stage === "lost" ? LOST_POSITION : positionAt(DEFAULT_SCHEME, stage);

/** What a hand-built deal says; everything else is blank. */
export interface DealSpec {
  readonly id?: string;
  readonly opportunity?: string | null;
  readonly customer?: string | null;
  readonly owner?: string | null;
  readonly stage: StageOf;
  readonly amount?: number | null;
  readonly close?: number | null;
  readonly created?: number | null;
  readonly entered?: number | null;
}

/** A deal as the reader would give it (row numbers in order of the list). */
export function dealOf(spec: DealSpec, row = 0): Deal {
  const opportunity = spec.opportunity ?? null;
  return {
    row,
    id: spec.id ?? opportunity ?? `row ${row + 2}`,
    opportunity,
    customer: spec.customer ?? null,
    owner: spec.owner ?? null,
    position: at(spec.stage),
    lostAtIndex: null,
    amount: spec.amount === undefined ? null : spec.amount,
    created: spec.created ?? null,
    closeDate: spec.close ?? null,
    stageEntered: spec.entered ?? null,
    lastActivity: null,
  };
}

/** The mapping of a table with every column a snapshot holds. */
export const FULL_MAPPING: ColumnMapping = Object.freeze({
  dealId: 0,
  opportunity: 1,
  customer: 2,
  owner: 3,
  stage: 4,
  amount: 5,
  createdDate: 6,
  closeDate: 7,
  stageEnteredDate: 8,
});

/** A read of hand-built deals; `mapping` says which columns the table had (all by default). */
export function readOf(specs: readonly DealSpec[], mapping: ColumnMapping = FULL_MAPPING): PipelineRead {
  const deals = specs.map((spec, row) => dealOf(spec, row));
  return {
    mapping,
    deals,
    histories: [],
    skipped: [],
    rowsRead: deals.length,
    rowsUsed: deals.length,
    unreadable: [],
  };
}

/** A snapshot of hand-built deals. */
export function snapshotAt(asOf: number, specs: readonly DealSpec[], mapping?: ColumnMapping): Snapshot {
  return { asOf, read: readOf(specs, mapping), label: `S${asOf}` };
}
