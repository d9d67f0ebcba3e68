/**
 * Reads a pipeline's deal columns (stages, outcomes, amounts) as the metrics in core take them: one
 * pass, one row per deal, blank rows skipped, nothing allocated per row. The columns arrive read and
 * lined up by the runner.
 */
import { FunnelTally, PipelineTotals } from "../core/metrics";
import { shownName } from "../core/kernel";
import { LOST_POSITION, lostAtIndexOf, type StagePosition, type StageScheme } from "../core/stages";
import type { CellList } from "./args";
import type { RowPlacement } from "./badRows";
import { stopWith, unwrap } from "./errors";

/**
 * Counts the deals of a `stages` column, with an optional `outcomes` column that lines up with it.
 *
 * - Without outcomes: each stage cell is where the deal stands; a lost label (丢单, Lost …) marks a
 *   lost deal whose stage of loss is unknown.
 * - With outcomes (won / lost / blank per deal): lost means the deal was lost AT the stage in its
 *   stages cell (a lost label there: stage unknown); won means the deal is won whatever its stage cell
 *   says; blank means the deal is open at its stage (or closed, if the stage cell says won or lost).
 * - The same column may instead hold, for a deal whose stages cell is a lost label, the stage at which
 *   it was lost (a "lost at" column, as CRM exports have it).
 * - A row blank in both columns is skipped.
 * @example readDealTally(readList([["意向"], ["谈判"]], "stages"), readList([[""], ["lost"]], "outcomes"), DEFAULT_SCHEME).lost // 1
 */
export function readDealTally(
  stages: CellList,
  outcomes: CellList | undefined,
  scheme: StageScheme,
): FunnelTally {
  const tally = new FunnelTally(scheme);
  const placementAt = dealPlacements(stages, outcomes, scheme);
  for (let i = 0; i < stages.length; i++) {
    const placed = placementAt(i);
    if (placed !== null) tally.add(placed.position, placed.lostAtIndex);
  }
  return tally;
}

/**
 * Where the deal of each row of a `stages` and an optional `outcomes` column stands, read as
 * {@link readDealTally} counts it: `placementAt(i)` is row i's position and stage of loss, `null` for a
 * row blank in both columns; a cell that cannot be read is #VALUE! naming it. The placements are shared
 * objects: reading a row allocates nothing.
 * @example dealPlacements(readList([["谈判"]], "stages"), readList([["lost"]], "outcomes"), DEFAULT_SCHEME)(0) // { position: { kind: "lost" }, lostAtIndex: 5 }
 */
export function dealPlacements(
  stages: CellList,
  outcomes: CellList | undefined,
  scheme: StageScheme,
): (i: number) => RowPlacement {
  const lostAt = scheme.stages.map((_, index) => ({ position: LOST_POSITION, lostAtIndex: index }));
  const lostUnknown = { position: LOST_POSITION, lostAtIndex: null };
  // By stage index for the scheme's own positions (one array read a row), else by position.
  const byIndex: (NonNullable<RowPlacement> | undefined)[] = scheme.stages.map(() => undefined);
  const placements = new Map<StagePosition, NonNullable<RowPlacement>>();
  const placed = (position: StagePosition): RowPlacement => {
    if (position.kind !== "lost") {
      const atIndex = byIndex[position.index];
      if (atIndex !== undefined && atIndex.position === position) return atIndex;
    }
    let found = placements.get(position);
    if (found === undefined) placements.set(position, (found = { position, lostAtIndex: null }));
    if (position.kind !== "lost" && byIndex[position.index] === undefined) byIndex[position.index] = found;
    return found;
  };
  return (i) => {
    const stage = stages.stageAt(i, scheme);
    const outcome = outcomes ? outcomeAt(outcomes, i, stage, scheme) : null;
    if (outcome === null) return stage === null ? null : placed(stage);
    if (outcome.kind === "open") return lostAt[outcome.index];
    if (outcome.kind === "won") return placed(outcome);
    if (stage === null || stage.kind === "lost") return lostUnknown;
    return lostAt[unwrap(lostAtIndexOf(stage, scheme), stages.where(i))];
  };
}

/**
 * Cell i of the outcomes column: won, lost, `null` when blank, or — for a deal whose stage cell is a
 * lost label — the open stage at which it was lost. A stage beside a deal that is not lost is #VALUE!.
 */
function outcomeAt(
  outcomes: CellList,
  i: number,
  stage: StagePosition | null,
  scheme: StageScheme,
): StagePosition | null {
  const outcome = outcomes.stageAt(i, scheme);
  if (outcome === null || outcome.kind !== "open" || stage?.kind === "lost") return outcome;
  const where = outcomes.where(i);
  const stageName = scheme.stages[scheme.stages.length - 1].name;
  const won = { en: shownName(stageName.en), zh: shownName(stageName.zh) };
  const lost = { en: shownName(scheme.lostName.en), zh: shownName(scheme.lostName.zh) };
  return stopWith("VALUE", {
    en: `${where.en}: an outcome is ${won.en} (won), ${lost.en} (lost) or blank (open); a stage there is the stage of loss of a deal marked ${lost.en}.`,
    zh: `${where.zh}：结果只能是${won.zh}（成交）、${lost.zh}（丢单）或留空（进行中）；只有阶段为${lost.zh}的商机，此处才可填丢单时所处的阶段。`,
  });
}

/**
 * The open and the weighted pipeline of an `amounts` column and the `stages` column it lines up with, in
 * one pass that keeps no deal (what FUNNEL.WEIGHTED and FUNNEL.COVERAGE answer from). A row where either
 * cell is blank is skipped (a blank amount is not counted as zero); text in amounts or an unknown stage
 * is #VALUE! naming the cell. (A method call per deal, not a callback: one pass over a million rows stays
 * as fast as the loop written out.)
 * @example readPipelineTotals(readList([[100], [200]], "amounts"), readList([["意向"], ["成交"]], "stages"), DEFAULT_SCHEME).weighted // 20
 */
export function readPipelineTotals(amounts: CellList, stages: CellList, scheme: StageScheme): PipelineTotals {
  const totals = new PipelineTotals(scheme);
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts.numberAt(i);
    const stage = stages.stageAt(i, scheme);
    if (amount !== null && stage !== null) totals.add(amount, stage);
  }
  return totals;
}
