/**
 * Forecast accuracy as the Changes view shows it, in the pane's language: the quarters the snapshot history spans,
 * core's forecastAccuracy over them, and for each quarter that some snapshot forecast the rows of its table
 * (snapshot, expected, commit, P10–P90, error, inside the range or not) and its summary figures (bias, mean absolute
 * error, how often the actual fell inside P10–P90). Too few snapshots to check any forecast is a state of its own.
 */
import { calendarPeriods, type ForecastOptions } from "../../core/forecast";
import { type Bilingual, isoDate, type Language } from "../../core/kernel";
import { type AccuracyPeriod, forecastAccuracy, type SnapshotHistory } from "../../core/snapshots";
import type { StageScheme } from "../../core/stages";
import { amountText, shareText } from "../PipelineHealth/healthFigures";

/** One quarter as the view shows it. */
export interface AccuracyPeriodView {
  readonly label: string;
  /** The amount won, formatted; `null` while it is not known. */
  readonly actual: string | null;
  /** The snapshot the actual was read from (ISO date); `null` while it is not known. */
  readonly actualAsOf: string | null;
  /** One row per forecast: snapshot date, expected, commit, "P10–P90", error (signed, "—" when unknown), inside. */
  readonly rows: readonly (readonly string[])[];
  /** Bias, mean absolute error (signed / plain), hits, forecasts checked and hit rate; `null` without an actual. */
  readonly summary: {
    readonly bias: string;
    readonly mae: string;
    readonly hits: number;
    readonly count: number;
    readonly rate: string;
  } | null;
}

/** What the accuracy section shows: too few snapshots, a failure, or the quarters (latest first). */
export type AccuracyView =
  | { readonly kind: "few" }
  | { readonly kind: "failed"; readonly message: Bilingual }
  | { readonly kind: "ready"; readonly periods: readonly AccuracyPeriodView[] };

/** The words for the inside column. */
export interface InsideWords {
  readonly yes: string;
  readonly no: string;
}

/**
 * The calendar quarters from the first snapshot's to the last snapshot's (none for an empty history).
 * @example accuracyQuarters(history).map((q) => q.label) // ["2025-Q1", "2025-Q2"]
 */
export function accuracyQuarters(history: SnapshotHistory): AccuracyPeriod[] {
  const { snapshots } = history;
  if (snapshots.length === 0) return [];
  return calendarPeriods(snapshots[0].asOf, snapshots[snapshots.length - 1].asOf, "quarter");
}

/**
 * An amount with its sign: "+120", "−40", "0".
 * @example signedAmount(-40, "en") // "-40"
 */
export function signedAmount(amount: number, language: Language): string {
  const rounded = Math.round(amount);
  return rounded > 0 ? `+${amountText(rounded, language)}` : amountText(rounded, language);
}

/**
 * The accuracy view of a history: "few" until some quarter has both a forecast from before its end and an actual
 * from a snapshot taken after it; else each quarter with forecasts, latest first.
 * @example accuracyView(history, DEFAULT_SCHEME, "en", { yes: "yes", no: "no" }).kind // "ready"
 */
export function accuracyView(
  history: SnapshotHistory,
  scheme: StageScheme,
  language: Language,
  words: InsideWords,
  options?: ForecastOptions,
): AccuracyView {
  if (history.snapshots.length < 2) return { kind: "few" };
  const checked = forecastAccuracy(history, scheme, accuracyQuarters(history), options);
  if (!checked.ok) return { kind: "failed", message: checked.error.message };
  const shown = checked.value.filter((p) => p.forecasts.length > 0);
  if (!shown.some((p) => p.actual !== null)) return { kind: "few" };
  const amount = (value: number) => amountText(value, language);
  const periods = shown.map((p): AccuracyPeriodView => {
    const inside = p.forecasts.filter((f) => f.inRange === true).length;
    const count = p.forecasts.filter((f) => f.inRange !== null).length;
    return {
      label: p.period.label,
      actual: p.actual === null ? null : amount(p.actual),
      actualAsOf: p.actualAsOf === null ? null : isoDate(p.actualAsOf),
      rows: p.forecasts.map((f) => [
        isoDate(f.asOf),
        amount(f.expected),
        amount(f.commit),
        `${amount(f.p10)}–${amount(f.p90)}`,
        f.error === null ? "—" : signedAmount(f.error, language),
        f.inRange === null ? "—" : f.inRange ? words.yes : words.no,
      ]),
      summary:
        p.bias === null || p.meanAbsoluteError === null || p.hitRate === null
          ? null
          : {
              bias: signedAmount(p.bias, language),
              mae: amount(p.meanAbsoluteError),
              hits: inside,
              count,
              rate: shareText(p.hitRate, language),
            },
    };
  });
  return { kind: "ready", periods: periods.reverse() };
}
