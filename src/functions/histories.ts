/**
 * The deal tally of FUNNEL.CONVERSION and FUNNEL.WINRATE from every column they take: stages, outcomes
 * (or stages of loss), deal ids and per-stage dates, read by badRows' rule (./badRows).
 *
 * Deal ids: rows sharing an id (not blank) are one deal's stage history, in ROW ORDER; its last row is
 * the deal now, and its history gives the furthest stage reached and, when it is lost without a stage of
 * loss, the last open stage before the loss: core's historyCurrent (core/pipeline), as Pipeline health
 * counts a history. Pipeline health orders a history by its stage-entered dates when every row has one;
 * the functions take the rows as they stand, so sort the table by that date first for the same figures.
 * Ids are compared as Pipeline health compares them: text trimmed, a number as its text; a row the call
 * passes over is no part of a history.
 *
 * Stage dates (./stageDates): a row's furthest dated stage is evidence of the stages it reached.
 */
import { DEFAULT_UNKNOWN_LOSS, FunnelTally, type UnknownLossRule } from "../core/metrics";
import { isBlankCell, normaliseLabel } from "../core/kernel";
import { type Deal, historyCurrent, isErrorValue, repeatedKeys } from "../core/pipeline";
import type { StageScheme } from "../core/stages";
import type { CellList } from "./args";
import { type BadRowsSetting, PaneRows, type RowPlacement } from "./badRows";
import { dealPlacements } from "./deals";
import { PositionCounts } from "./positionCounts";
import { type Choice, wordChoice } from "./options";
import type { StageDates } from "./stageDates";

const UNKNOWN_LOSS_WORDS: ReadonlyMap<string, UnknownLossRule> = new Map<string, UnknownLossRule>([
  ...["firstStage", "first stage", "first", "第一阶段", "首阶段"].map(
    (w) => [normaliseLabel(w), "firstStage"] as const,
  ),
  ...["knownPaths", "known paths", "known", "已知路径", "路径已知"].map(
    (w) => [normaliseLabel(w), "knownPaths"] as const,
  ),
]);

/**
 * FUNNEL.CONVERSION's `unknownLoss` argument, what a lost deal of unknown stage of loss counts as (core's
 * UnknownLossRule): "firstStage" (the default: reached only the first stage) or "knownPaths" (left out of
 * the reached counts), also 第一阶段 / 已知路径.
 * @example readChoice("knownPaths", "unknownLoss", UNKNOWN_LOSS) // "knownPaths"
 */
export const UNKNOWN_LOSS: Choice<UnknownLossRule> = wordChoice(UNKNOWN_LOSS_WORDS, DEFAULT_UNKNOWN_LOSS, {
  en: "firstStage (a lost deal of unknown stage of loss reached only the first stage, the default) or knownPaths (it is left out of the conversions)",
  zh: "firstStage（丢单阶段未知的丢单只计为到达第一阶段，默认）或 knownPaths（不计入转化率）",
});

/** The columns a conversion or win-rate call counts its deals from, lined up row for row. */
export interface DealColumns {
  readonly stages: CellList;
  /** Outcomes, or stages of loss (a "lost at" column). */
  readonly outcomes?: CellList;
  /** Deal ids: rows sharing one are a deal's history (see the module notes). */
  readonly dealIds?: CellList;
  readonly stageDates?: StageDates;
}

/**
 * The id of row i as Pipeline health keys a history: trimmed text, a number as its text; `null` when blank
 * (or, under "skip", an Excel error value, which the pane does not read as an id).
 */
function idReader(ids: CellList, skip: boolean): (i: number) => string | null {
  return (i) => {
    const cell = skip ? ids.shownAt(i) : ids.valueAt(i);
    if (isBlankCell(cell) || (skip && isErrorValue(cell))) return null;
    return typeof cell === "string" ? cell.trim() : String(cell);
  };
}

/** One row of a history, as core's historyCurrent takes it. */
function historyRow(row: number, placed: NonNullable<RowPlacement>, reachedIndex: number | null): Deal {
  return {
    row,
    id: "",
    opportunity: null,
    customer: null,
    owner: null,
    position: placed.position,
    lostAtIndex: placed.lostAtIndex,
    reachedIndex,
    amount: null,
    created: null,
    closeDate: null,
    stageEntered: null,
    lastActivity: null,
  };
}

/**
 * The tally of a stage column alone (no outcomes, deal ids or stage dates; an unreadable cell is #VALUE!):
 * the deals of each position counted as the column is read (./positionCounts), then added to the tally
 * once each with their number. The same tally as adding each row's deal (as dealPlacements places it),
 * without a call per row.
 */
function stageColumnTally(stages: CellList, scheme: StageScheme, unknownLoss: UnknownLossRule): FunnelTally {
  const counts = new PositionCounts(scheme);
  for (let i = 0; i < stages.length; i++) {
    const position = stages.stageAt(i, scheme);
    if (position !== null) counts.count(position);
  }
  const tally = new FunnelTally(scheme, { unknownLoss });
  counts.forEach((position, deals) => tally.add(position, null, null, deals));
  return tally;
}

/**
 * Counts the deals of a call's columns (see the module notes): one per row, or one per deal id (its last
 * row, carrying what its history shows), each with the furthest stage its dates show; lost deals whose
 * stage of loss stays unknown follow `unknownLoss`. Under badRows "error" a cell that cannot be read is
 * #VALUE! naming it; under "skip" the rows are read as Pipeline health reads them.
 * @example readFunnelTally({ stages: readList([["意向"], ["谈判"], ["丢单"]], "stages"), dealIds: readList([["A"], ["A"], ["A"]], "dealIds") }, DEFAULT_SCHEME, { mode: "error" }).lostAtStage(5) // 1
 */
export function readFunnelTally(
  columns: DealColumns,
  scheme: StageScheme,
  badRows: BadRowsSetting,
  unknownLoss: UnknownLossRule = DEFAULT_UNKNOWN_LOSS,
): FunnelTally {
  const { stages, outcomes, dealIds, stageDates } = columns;
  const skip = badRows.mode === "skip";
  if (!skip && outcomes === undefined && dealIds === undefined && stageDates === undefined) {
    return stageColumnTally(stages, scheme, unknownLoss);
  }
  let placementAt: (i: number) => RowPlacement;
  if (skip) {
    const rows = new PaneRows(scheme, badRows.copiesBy, [stages, outcomes]);
    placementAt = (i) => rows.placementAt(stages, outcomes, i);
  } else placementAt = dealPlacements(stages, outcomes, scheme);
  const reachedAt = stageDates === undefined ? () => null : stageDates.reader(badRows.mode);
  const groups = dealIds === undefined ? [] : repeatedKeys(stages.length, idReader(dealIds, skip));
  const groupOf = new Int32Array(groups.length === 0 ? 0 : stages.length).fill(-1);
  groups.forEach((rows, group) => rows.forEach((row) => (groupOf[row] = group)));
  const histories: Deal[][] = groups.map(() => []);

  const tally = new FunnelTally(scheme, { unknownLoss });
  for (let i = 0; i < stages.length; i++) {
    const placed = placementAt(i);
    if (placed === null) continue;
    const reached = reachedAt(i);
    const group = groups.length === 0 ? -1 : groupOf[i];
    if (group < 0) tally.add(placed.position, placed.lostAtIndex, reached);
    else histories[group].push(historyRow(i, placed, reached));
  }
  for (const history of histories) {
    if (history.length === 0) continue;
    const current = history.length === 1 ? history[0] : historyCurrent(history);
    tally.add(current.position, current.lostAtIndex, current.reachedIndex);
  }
  return tally;
}
