/**
 * The spilled table of FUNNEL.CONVERSION without from/to stages: a header row, then one row per stage
 * with the deals that reached it, its next-step conversion and its cumulative conversion.
 */
import type { Language } from "../core/kernel";
import { stageConversions, type FunnelTally } from "../core/metrics";
import type { StageScheme } from "../core/stages";

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
