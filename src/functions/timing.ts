/**
 * What FUNNEL.CYCLETIME and FUNNEL.VELOCITY read: the deal columns of a pipeline with their date cells
 * (Excel serial dates or text dates, as core's `parseDate` reads them), one pass each, into core's
 * tallies. The columns arrive read and lined up by the runner.
 */
import { SalesCycleAverage, salesCycleDays, HeadlineTally } from "../core/metrics";
import { daysBetween } from "../core/kernel";
import type { StagePosition, StageScheme } from "../core/stages";
import type { CellList } from "./args";
import { PositionCounts } from "./positionCounts";
import { unwrap } from "./errors";

/** Stops with #VALUE! naming the close-date cell of row `i` when it is before the created date. */
function checkCycle(closed: CellList, i: number, created: number, closeDate: number): void {
  unwrap(salesCycleDays(created, closeDate), closed.where(i));
}

/**
 * The sales cycles of the rows of `created` and `closed`: with `stages`, the rows whose stage is the won
 * stage; without, every row with both dates (a row without a close date is still open). Rows missing a
 * date, or blank in stages, are skipped. A date that is not a date, a close date before its created date
 * or an unknown stage is #VALUE! naming the cell.
 * @example readSalesCycles(readList([[45600], [45700]], "created"), readList([[45660], [45720]], "closed"), undefined, DEFAULT_SCHEME).average // ok(40)
 */
export function readSalesCycles(
  created: CellList,
  closed: CellList,
  stages: CellList | undefined,
  scheme: StageScheme,
): SalesCycleAverage {
  const cycle = new SalesCycleAverage();
  for (let i = 0; i < created.length; i++) {
    // Every row's date cells are read, in order, before the stage says whether they are needed: memory read
    // in order is fetched ahead, so this costs less than reading the won rows' cells alone.
    const [startCell, endCell] = [created.at(i), closed.at(i)];
    if (stages && stages.stageAt(i, scheme)?.kind !== "won") continue;
    const start = created.dateIn(startCell, i);
    const end = closed.dateIn(endCell, i);
    if (start === null || end === null) continue;
    if (!cycle.addIfValid(start, end)) checkCycle(closed, i, start, end);
  }
  return cycle;
}

/**
 * The headline tally of the columns, for pipeline velocity: every deal's stage, and the won deals'
 * amounts and dates (a won row without an amount, or without both dates, is left out of that average).
 * Rows blank in stages are skipped. An unknown stage, text in a won amount, a bad date or a won deal
 * closed before it was created is #VALUE! naming the cell.
 * @example readVelocityTally(amounts, stages, created, closed, DEFAULT_SCHEME).velocity() // ok(30)
 */
export function readVelocityTally(
  amounts: CellList,
  stages: CellList,
  created: CellList,
  closed: CellList,
  scheme: StageScheme,
): HeadlineTally {
  const tally = new HeadlineTally(scheme);
  // Open and lost deals count by their stage alone: counted as read, added once per stage.
  const others = new PositionCounts(scheme);
  for (let i = 0; i < stages.length; i++) {
    // Read in order for every row, used for the won ones (as in readSalesCycles).
    const [amountCell, startCell, endCell] = [amounts.at(i), created.at(i), closed.at(i)];
    const stage: StagePosition | null = stages.stageAt(i, scheme);
    if (stage === null) continue;
    if (stage.kind !== "won") {
      others.count(stage);
      continue;
    }
    const start = created.dateIn(startCell, i);
    const end = closed.dateIn(endCell, i);
    if (start !== null && end !== null && daysBetween(start, end) < 0) checkCycle(closed, i, start, end);
    tally.add(stage, amounts.numberIn(amountCell, i), start, end);
  }
  others.forEach((position, deals) => tally.addStageOnly(position, deals));
  return tally;
}
