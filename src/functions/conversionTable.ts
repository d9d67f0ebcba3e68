/**
 * The spilled answers of FUNNEL.CONVERSION: without from/to stages, a header row, then one row per stage
 * with the deals that reached it, its next-step conversion and its cumulative conversion; with a list of
 * from or to stages, one rate per row.
 */
import type { Language } from "../core/kernel";
import { conversionRate, stageConversions, type FunnelTally } from "../core/metrics";
import type { StageScheme } from "../core/stages";
import { answerCount, isBlankIn, type OneOrList, valueFor } from "./args";
import { cellAnswer, unwrap } from "./errors";

const HEADER: Readonly<Record<Language, readonly string[]>> = {
  zh: ["阶段", "到达商机数", "下一阶段转化率", "累计转化率"],
  en: ["Stage", "Reached", "Next-step conversion", "Cumulative conversion"],
};

/**
 * Header + one row per stage: stage name, reached, next-step conversion (reached(k+1) / reached(k)),
 * cumulative conversion (reached(k) / reached(first stage)). A figure with no deals to divide by, and
 * the won stage's next step, are "" (blank).
 * @example conversionTable(tally, DEFAULT_SCHEME, "en")[0] // ["Stage", "Reached", "Next-step conversion", "Cumulative conversion"]
 */
export function conversionTable(
  tally: FunnelTally,
  scheme: StageScheme,
  language: Language,
): (string | number)[][] {
  const rows: (string | number)[][] = [[...HEADER[language]]];
  for (const figures of stageConversions(tally, scheme)) {
    rows.push([
      figures.stage.name[language],
      figures.reached,
      figures.nextStepConversion ?? "",
      figures.cumulativeConversion ?? "",
    ]);
  }
  return rows;
}

/**
 * One rate per row: reached(to) ÷ reached(from), for the row's from and to stages (a single one serves
 * every row; an omitted one is the first stage, or the won stage) — what the call with that row's stages
 * answers, except that a rate with no deal to divide by is blank, as in the table. A blank cell of a list
 * gives a blank row; a from stage after its to stage is that row's error.
 * @example conversionColumn(tally, DEFAULT_SCHEME, [2, 3, 4], [3, 4, 5]) // [[0.5], [0.8], [""]]
 */
export function conversionColumn(
  tally: FunnelTally,
  scheme: StageScheme,
  from: OneOrList<number> | null,
  to: OneOrList<number> | null,
): unknown[][] {
  const won = scheme.stages.length - 1;
  const rows = answerCount(from, to);
  const column: unknown[][] = new Array<unknown[]>(rows);
  for (let i = 0; i < rows; i++) {
    if (isBlankIn(from, i) || isBlankIn(to, i)) {
      column[i] = [""];
      continue;
    }
    const [start, end] = [valueFor(from, i) ?? 0, valueFor(to, i) ?? won];
    const rate = conversionRate(tally, scheme, start, end);
    column[i] = [!rate.ok && rate.error.code === "DIV0" ? "" : cellAnswer(() => unwrap(rate))];
  }
  return column;
}
