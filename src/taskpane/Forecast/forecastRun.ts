/**
 * The Forecast view's input as core reads it: the target typed into the view, read as an amount cell of the
 * table is read. The figures themselves (the forecast of a period and its coverage) are core's forecastPipeline
 * and forecastWithCoverage; the quarters offered are core's quartersAround.
 */
import { parseAmount } from "../../core/kernel";

/**
 * The target as typed: undefined when blank, null when it is not an amount.
 * @example targetFromText("") // undefined
 * @example targetFromText("1,200,000") // 1200000
 * @example targetFromText("soon") // null
 */
export function targetFromText(text: string): number | undefined | null {
  const parsed = parseAmount(text);
  if (!parsed.ok) return null;
  return parsed.value ?? undefined;
}
