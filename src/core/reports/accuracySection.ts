/**
 * The forecast accuracy section of the Pipeline changes report (预测准确度), over the calendar quarters the history
 * spans — the quarters the Changes view checks, so the two agree: for each quarter, each earlier snapshot's forecast
 * of it (expected, commit, Low (P10), High (P90)) against the amount actually won in it, with the error and whether
 * the actual fell within P10–P90 (blank while the quarter has not ended); then per ended quarter the bias, the mean
 * absolute error and the share of forecasts within P10–P90, and one line on how often the actual fell within the
 * range — over all forecasts, and per quarter for its last forecast. Core's forecastAccuracy gives the figures; a
 * history too short to check any forecast gets a note saying what it needs.
 */
import { calendarPeriods } from "../forecast";
import { fillPlaceholders } from "../i18n";
import type { Bilingual, Language } from "../kernel";
import { columnHeads, section, type SheetBuilder } from "../sheet";
import { forecastAccuracy, type PeriodAccuracy, type SnapshotHistory } from "../snapshots";
import type { StageScheme } from "../stages";
import { CHANGES_TEXT as T } from "./changesText";
import { FORMATS, REPORT_STYLES } from "./styles";

/** The most quarters the section lists (the latest). */
export const ACCURACY_PERIODS = 6;

/**
 * The quarters of the history some snapshot forecast, the latest {@link ACCURACY_PERIODS}, oldest first — none
 * when no quarter has an actual yet (nothing to check) — with the failure's message when a forecast cannot be made.
 * @example accuracyPeriods(history, DEFAULT_SCHEME).periods.map((p) => p.period.label) // ["2025-Q3", "2025-Q4"]
 */
export function accuracyPeriods(
  history: SnapshotHistory,
  scheme: StageScheme,
): { periods: PeriodAccuracy[]; more: number; problem?: Bilingual } {
  const dates = history.snapshots.map((snapshot) => snapshot.asOf);
  if (dates.length < 2) return { periods: [], more: 0 };
  const quarters = calendarPeriods(Math.min(...dates), Math.max(...dates), "quarter");
  const accuracy = forecastAccuracy(history, scheme, quarters);
  if (!accuracy.ok) return { periods: [], more: 0, problem: accuracy.error.message };
  const forecast = accuracy.value.filter((p) => p.forecasts.length > 0);
  if (!forecast.some((p) => p.actual !== null)) return { periods: [], more: 0 };
  const more = Math.max(0, forecast.length - ACCURACY_PERIODS);
  return { periods: forecast.slice(more), more };
}

/** The overall line: forecasts within P10–P90 of all checked, and quarters whose last forecast held the actual. */
function summary(periods: readonly PeriodAccuracy[], language: Language): string {
  const forecasts = periods.flatMap((p) => p.forecasts).filter((f) => f.inRange !== null);
  const hits = forecasts.filter((f) => f.inRange === true).length;
  const periodHits = periods.filter((p) => p.forecasts[p.forecasts.length - 1]?.inRange === true).length;
  const share = forecasts.length === 0 ? 0 : hits / forecasts.length;
  return fillPlaceholders(T.accuracySummary[language], {
    hits,
    checked: forecasts.length,
    share: `${(share * 100).toFixed(1)}%`,
    periodHits,
    periods: periods.length,
  });
}

/**
 * Writes the forecast accuracy section from `row`; returns the next free row.
 * @example row = writeAccuracy(sheet, row, input.history, input.scheme, "en")
 */
export function writeAccuracy(
  sheet: SheetBuilder,
  row: number,
  history: SnapshotHistory,
  scheme: StageScheme,
  language: Language,
): number {
  const lastCol = 8;
  section(sheet, row, T.accuracy, 0, 5);
  const { periods, more, problem } = accuracyPeriods(history, scheme);
  if (periods.length === 0) {
    sheet.value(row + 1, 0, sheet.text(problem ?? T.accuracyShort), REPORT_STYLES.note);
    return row + 3;
  }
  sheet.value(row + 1, 0, sheet.text(T.accuracyNote), REPORT_STYLES.note);
  const amount = { ...REPORT_STYLES.figure, numberFormat: FORMATS.amount };
  const date = { ...REPORT_STYLES.figure, numberFormat: FORMATS.date };
  const percent = { ...REPORT_STYLES.figure, numberFormat: FORMATS.percent };
  columnHeads(sheet, row + 2, 0, [
    T.accuracyPeriod,
    T.snapshot,
    T.expected,
    T.commit,
    T.p10,
    T.p90,
    T.actualWon,
    T.error,
    T.inRange,
  ]);
  let at = row + 3;
  for (const period of periods) {
    for (const forecast of period.forecasts) {
      const figures = [forecast.expected, forecast.commit, forecast.p10, forecast.p90, period.actual ?? ""];
      sheet.value(at, 0, period.period.label, REPORT_STYLES.text);
      sheet.value(at, 1, Math.floor(forecast.asOf), date);
      figures.forEach((figure, k) => sheet.value(at, 2 + k, figure, amount));
      sheet.value(at, 7, forecast.error ?? "", amount);
      const within = forecast.inRange === null ? "" : sheet.text(forecast.inRange ? T.yes : T.no);
      sheet.value(at, lastCol, within, { ...REPORT_STYLES.text, horizontal: "center" });
      at += 1;
    }
  }
  at += 1;
  columnHeads(sheet, at, 0, [
    T.accuracyPeriod,
    T.actualWon,
    T.forecasts,
    T.bias,
    T.meanAbsoluteError,
    T.hitRate,
  ]);
  const ended = periods.filter((period) => period.actual !== null);
  ended.forEach((period, i) => {
    sheet.value(at + 1 + i, 0, period.period.label, REPORT_STYLES.text);
    sheet.value(at + 1 + i, 1, period.actual ?? "", amount);
    sheet.value(at + 1 + i, 2, period.forecasts.length, {
      ...REPORT_STYLES.figure,
      numberFormat: FORMATS.count,
    });
    sheet.value(at + 1 + i, 3, period.bias ?? "", amount);
    sheet.value(at + 1 + i, 4, period.meanAbsoluteError ?? "", amount);
    sheet.value(at + 1 + i, 5, period.hitRate ?? "", percent);
  });
  at += 1 + ended.length;
  sheet.value(at, 0, summary(ended, language), REPORT_STYLES.note);
  if (more > 0) {
    sheet.value(
      at + 1,
      0,
      fillPlaceholders(sheet.text(T.accuracyLater), { count: ACCURACY_PERIODS }),
      REPORT_STYLES.note,
    );
    at += 1;
  }
  return at + 2;
}
