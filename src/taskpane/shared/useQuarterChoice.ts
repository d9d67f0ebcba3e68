/** The quarter a view's figures are for: the quarters around the as-of date, and the one chosen among them. */
import { useMemo, useState } from "react";
import { quartersAround, type CalendarPeriod } from "../../core/forecast";

/** What {@link useQuarterChoice} returns. */
export interface QuarterChoice {
  /** The quarters offered (around the as-of date); empty while the as-of date is invalid. */
  readonly periods: readonly CalendarPeriod[];
  /** The quarter the user picked, else the view's first offer; undefined while the as-of date is invalid. */
  readonly period: CalendarPeriod | undefined;
  readonly setPeriodLabel: (label: string) => void;
}

/**
 * The quarter that holds `asOf`, among `periods`.
 * @example asOfQuarter(quartersAround(45838), 45838)?.label // "2025-Q2"
 */
export function asOfQuarter(periods: readonly CalendarPeriod[], asOf: number): CalendarPeriod | undefined {
  return periods.find((p) => p.from <= asOf && asOf <= p.to);
}

/**
 * The quarters around `asOf` and the one chosen: `firstOffer`'s until the user picks one by its label.
 * @example const { periods, period, setPeriodLabel } = useQuarterChoice(source.asOf, asOfQuarter);
 */
export function useQuarterChoice(
  asOf: number | null,
  firstOffer: (periods: readonly CalendarPeriod[], asOf: number) => CalendarPeriod | undefined,
): QuarterChoice {
  const [periodLabel, setPeriodLabel] = useState<string | undefined>(undefined);
  const periods = useMemo(() => (asOf === null ? [] : quartersAround(asOf)), [asOf]);
  const period =
    periods.find((p) => p.label === periodLabel) ?? (asOf === null ? undefined : firstOffer(periods, asOf));
  return { periods, period, setPeriodLabel };
}
