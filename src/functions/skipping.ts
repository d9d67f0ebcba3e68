/**
 * The range functions' readers for badRows "skip" (./badRows): the same tallies as ./deals, ./timing and
 * ./forecast read (the deal tally of FUNNEL.CONVERSION and FUNNEL.WINRATE: ./histories), from the rows
 * as Pipeline health reads them. Nothing here stops the call over a cell: a row the pane skips is passed
 * over, a cell it lists as unreadable counts as blank. One pass per column, as the readers of "error" do
 * (two over an amount column: its currencies first; one more over the ids, when copies count once).
 */
import { ForecastDealColumns } from "../core/forecast";
import { HeadlineTally, PipelineTotals, SalesCycleAverage } from "../core/metrics";
import type { StageScheme } from "../core/stages";
import type { CellList } from "./args";
import { PaneRows } from "./badRows";
import type { Period } from "./forecast";

/** Whether row i is a deal (Pipeline health places it), for the amounts' currencies. */
const dealRows =
  (rows: PaneRows, stages: CellList) =>
  (i: number): boolean =>
    rows.placementAt(stages, undefined, i) !== null;

/**
 * The open and weighted pipeline of an `amounts` and a `stages` column, as Pipeline health adds them up:
 * deals with an amount it can read.
 * @example pipelineTotalsSkipping(readList([[100], ["50%"]], "amounts"), readList([["意向"], ["意向"]], "stages"), DEFAULT_SCHEME).open // 100
 */
export function pipelineTotalsSkipping(
  amounts: CellList,
  stages: CellList,
  scheme: StageScheme,
  copiesBy?: CellList,
): PipelineTotals {
  const rows = new PaneRows(scheme, copiesBy, [amounts, stages]);
  const amountAt = rows.amounts(amounts, dealRows(rows, stages));
  const totals = new PipelineTotals(scheme);
  for (let i = 0; i < amounts.length; i++) {
    const placed = rows.placementAt(stages, undefined, i);
    if (placed === null) continue;
    const amount = amountAt(i);
    if (amount !== null) totals.add(amount, placed.position);
  }
  return totals;
}

/**
 * The sales cycles of `created` → `closed`: with `stages`, of the won deals; without, of every row. A
 * row without both dates (blank or unreadable), or closed before it was created, is left out, as
 * Pipeline health leaves it out of the average.
 * @example salesCyclesSkipping(readList([[45600], ["TBD"]], "created"), readList([[45660], [45700]], "closed"), undefined, DEFAULT_SCHEME).average // ok(60)
 */
export function salesCyclesSkipping(
  created: CellList,
  closed: CellList,
  stages: CellList | undefined,
  scheme: StageScheme,
  copiesBy?: CellList,
): SalesCycleAverage {
  const rows = new PaneRows(scheme, copiesBy, [created, closed, stages]);
  const cycle = new SalesCycleAverage();
  for (let i = 0; i < created.length; i++) {
    if (rows.isCopy(i)) continue;
    if (stages !== undefined && rows.placementAt(stages, undefined, i)?.position.kind !== "won") continue;
    const start = rows.dateAt(created, i);
    const end = rows.dateAt(closed, i);
    if (start !== null && end !== null) cycle.addIfValid(start, end);
  }
  return cycle;
}

/**
 * The headline tally of the columns, for pipeline velocity, as Pipeline health counts its deals.
 * @example velocityTallySkipping(amounts, stages, created, closed, DEFAULT_SCHEME).velocity() // ok(30)
 */
export function velocityTallySkipping(
  amounts: CellList,
  stages: CellList,
  created: CellList,
  closed: CellList,
  scheme: StageScheme,
  copiesBy?: CellList,
): HeadlineTally {
  const rows = new PaneRows(scheme, copiesBy, [amounts, stages, created, closed]);
  const amountAt = rows.amounts(amounts, dealRows(rows, stages));
  const tally = new HeadlineTally(scheme);
  for (let i = 0; i < stages.length; i++) {
    const placed = rows.placementAt(stages, undefined, i);
    if (placed === null) continue;
    const won = placed.position.kind === "won";
    tally.add(
      placed.position,
      won ? amountAt(i) : null,
      won ? rows.dateAt(created, i) : null,
      won ? rows.dateAt(closed, i) : null,
    );
  }
  return tally;
}

/**
 * The deals of an amounts, a stages and a close-date column, as Pipeline health hands them to the
 * forecast: the deals with an amount it can read (a close date it cannot read is blank). With `within`,
 * only those a forecast of that period counts (not lost, closing in it).
 * @example forecastDealsSkipping(readList([[100], ["TBD"]], "amounts"), readList([["谈判"], ["谈判"]], "stages"), readList([[45870], [45870]], "closeDates"), DEFAULT_SCHEME) // [{ amount: 100, … }]
 */
export function forecastDealsSkipping(
  amounts: CellList,
  stages: CellList,
  closeDates: CellList,
  scheme: StageScheme,
  within?: Period,
  copiesBy?: CellList,
): ForecastDealColumns {
  const [first, last] = within ? [Math.floor(within.from), Math.floor(within.to)] : [-Infinity, Infinity];
  const rows = new PaneRows(scheme, copiesBy, [amounts, stages, closeDates]);
  const amountAt = rows.amounts(amounts, dealRows(rows, stages));
  const deals = new ForecastDealColumns();
  for (let i = 0; i < amounts.length; i++) {
    const placed = rows.placementAt(stages, undefined, i);
    const amount = placed === null ? null : amountAt(i);
    if (placed === null || amount === null) continue;
    const position = placed.position;
    const closeDate = rows.dateAt(closeDates, i);
    if (within !== undefined) {
      const day = closeDate === null ? Number.NaN : Math.floor(closeDate);
      if (position.kind === "lost" || !(day >= first && day <= last)) continue;
    }
    deals.add(amount, position, closeDate);
  }
  return deals;
}
