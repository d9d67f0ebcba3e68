/**
 * The value axis of a workbench chart: round tick values from 0 (or the lowest value, when below 0) to at least the
 * highest, no finer than the number format shows (a whole-number format never gets ticks at 0.5).
 */
import { displayFormat } from "../cellDisplay";

/**
 * The smallest step the number format can tell apart: 1 for "#,##0", 0.1 for "0.0", 0.001 for "0.0%".
 * @example smallestStep("0.0%") // 0.001
 */
export function smallestStep(numberFormat: string | undefined): number {
  const format = displayFormat(numberFormat);
  if (format === undefined || format.kind === "date" || format.kind === "general") return 0;
  return 10 ** -(format.decimals + (format.kind === "percent" ? 2 : 0));
}

/**
 * About `count` round ticks (1, 2, 2.5 or 5 × 10ⁿ apart) covering `low`..`high`, starting at or below 0.
 * @example niceTicks(0, 19_970_000, 4) // [0, 5000000, 10000000, 15000000, 20000000]
 * @example niceTicks(0, 3, 6, 1) // [0, 1, 2, 3]
 */
export function niceTicks(low: number, high: number, count: number, minStep = 0): number[] {
  const from = Math.min(0, low);
  const to = high > from ? high : from + (minStep || 1);
  const rough = (to - from) / Math.max(count, 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(
    [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power,
    minStep,
  );
  const first = Math.floor(from / step) * step;
  const ticks: number[] = [];
  for (let tick = first; tick < to + step - step * 1e-9; tick += step)
    ticks.push(Number(tick.toPrecision(12)));
  return ticks;
}
