/**
 * What FUNNEL.CYCLETIME, FUNNEL.DAYSINSTAGE and FUNNEL.VELOCITY read: date cells (Excel serial dates or
 * text dates, as core's `parseDate` reads them) and the deal columns of a pipeline, one pass each.
 */
import { daysInStage, SalesCycleAverage, salesCycleDays, HeadlineTally } from "../core/metrics";
import { daysBetween, MAX_SERIAL, parseDate, type Result } from "../core/kernel";
import type { StagePosition, StageScheme } from "../core/stages";
import { argumentText, asRange, isBlankRange, lineUp, listArg, optionalValue, type CellList } from "./args";
import { failWith, valueOf } from "./errors";

/**
 * Cell `i` of a list as an Excel serial date (whole days), `null` when blank. A number is a serial;
 * text is read as a date (2024-03-05, 2024/3/5, 2024年3月5日 …; year first). Anything else is #VALUE!
 * naming the cell.
 * @example dateAt(listArg([["2025-01-01"], [null]], "created"), 0) // 45658
 */
export function dateAt(list: CellList, i: number): number | null {
  const value = list.valueAt(i);
  if (value === null) return null;
  if (typeof value === "number") {
    // A serial in Excel's range: parseDate's answer, without building a result per cell.
    const day = Math.floor(value);
    if (day >= 1 && day <= MAX_SERIAL) return day;
  }
  return valueOf(parseDate(value), list.where(i));
}

/**
 * A single date argument as an Excel serial date; `null` when omitted or blank.
 * @example dateArg([[45658.5]], "asOf") // 45658
 */
export function dateArg(value: unknown, name: string): number | null {
  const single = optionalValue(value, name);
  if (single === undefined) return null;
  return valueOf(parseDate(single), argumentText(name));
}

/** Stops with #VALUE! naming the close-date cell of row `i` when it is before the created date. */
function checkCycle(closed: CellList, i: number, created: number, closeDate: number): void {
  valueOf(salesCycleDays(created, closeDate), closed.where(i));
}

/**
 * The average sales cycle in days over the rows of `created` and `closed` (columns lining up):
 * with `stages`, the rows whose stage is the won stage; without, every row with both dates (a row
 * without a close date is still open). Rows missing a date, or blank in stages, are skipped.
 * Errors: a date that is not a date, a close date before its created date, an unknown stage → VALUE;
 * no row to average → DIV0.
 * @example averageCycleTime([[45600], [45700]], [[45660], [45720]], null, DEFAULT_SCHEME) // ok(40)
 */
export function averageCycleTime(
  createdArg: unknown,
  closedArg: unknown,
  stagesArg: unknown,
  scheme: StageScheme,
): Result<number> {
  const created = listArg(createdArg, "created");
  const closed = listArg(closedArg, "closed");
  lineUp(created, closed);
  const stages = isBlankRange(asRange(stagesArg)) ? undefined : listArg(stagesArg, "stages");
  if (stages) lineUp(created, stages);
  const cycle = new SalesCycleAverage();
  for (let i = 0; i < created.length; i++) {
    if (stages && stages.stageAt(i, scheme)?.kind !== "won") continue;
    const start = dateAt(created, i);
    const end = dateAt(closed, i);
    if (start === null || end === null) continue;
    if (!cycle.addIfValid(start, end)) checkCycle(closed, i, start, end);
  }
  return cycle.average;
}

/**
 * Pipeline velocity of the columns (lining up): open deals × win rate × average won size ÷ average
 * sales cycle of the won deals. Rows blank in stages are skipped; only the won rows' amounts and dates
 * are read (a won row without an amount, or without both dates, is left out of that average).
 * Errors: an unknown stage, text in a won amount, a bad date → VALUE; a figure missing → DIV0.
 * @example pipelineVelocityOf(amounts, stages, created, closed, DEFAULT_SCHEME) // ok(30)
 */
export function pipelineVelocityOf(
  amountsArg: unknown,
  stagesArg: unknown,
  createdArg: unknown,
  closedArg: unknown,
  scheme: StageScheme,
): Result<number> {
  const amounts = listArg(amountsArg, "amounts");
  const stages = listArg(stagesArg, "stages");
  const created = listArg(createdArg, "created");
  const closed = listArg(closedArg, "closed");
  for (const other of [stages, created, closed]) lineUp(amounts, other);
  const tally = new HeadlineTally(scheme);
  for (let i = 0; i < stages.length; i++) {
    const stage: StagePosition | null = stages.stageAt(i, scheme);
    if (stage === null) continue;
    if (stage.kind !== "won") {
      tally.add(stage, null, null, null);
      continue;
    }
    const start = dateAt(created, i);
    const end = dateAt(closed, i);
    if (start !== null && end !== null && daysBetween(start, end) < 0) checkCycle(closed, i, start, end);
    tally.add(stage, amounts.numberAt(i), start, end);
  }
  return tally.velocity();
}

/**
 * Whole days from the stage-entered date to the as-of date; `null` when stageEntered is blank.
 * A blank as-of date is #VALUE! asking for one (e.g. TODAY()); a stage-entered date after it is #VALUE!.
 * @example daysInStageOf(45658, 45778) // 120
 */
export function daysInStageOf(stageEnteredArg: unknown, asOfArg: unknown): number | null {
  const entered = dateArg(stageEnteredArg, "stageEntered");
  if (entered === null) return null;
  const asOf = dateArg(asOfArg, "asOf");
  if (asOf === null) {
    const arg = argumentText("asOf");
    return failWith("VALUE", {
      en: `${arg.en} is blank: give the date to count to, e.g. TODAY().`,
      zh: `${arg.zh}为空：请给出统计到哪一天，例如 TODAY()。`,
    });
  }
  return valueOf(daysInStage(entered, asOf), argumentText("stageEntered"));
}
