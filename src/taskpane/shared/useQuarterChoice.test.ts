/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { quartersAround } from "../../core/forecast";
import { serialFromDate } from "../../core/kernel";
import { asOfQuarter, useQuarterChoice } from "./useQuarterChoice";

/** The Excel serial of a day. */
const day = (year: number, month: number, date: number): number =>
  serialFromDate({ year, month, day: date }) ?? NaN;

const AS_OF = day(2025, 5, 15);

describe("useQuarterChoice", () => {
  it("offers the quarters around the as-of date and the view's first offer until the user picks one", () => {
    const { result } = renderHook(() => useQuarterChoice(AS_OF, asOfQuarter));
    expect(result.current.periods).toEqual(quartersAround(AS_OF));
    expect(result.current.period?.label).toBe("2025-Q2");
    act(() => result.current.setPeriodLabel("2025-Q4"));
    expect(result.current.period?.label).toBe("2025-Q4");
  });

  it("keeps the user's pick when the as-of date moves and the pick is still offered, else offers again", () => {
    const { result, rerender } = renderHook(({ asOf }) => useQuarterChoice(asOf, asOfQuarter), {
      initialProps: { asOf: AS_OF as number | null },
    });
    act(() => result.current.setPeriodLabel("2025-Q3"));
    rerender({ asOf: day(2025, 6, 1) });
    expect(result.current.period?.label).toBe("2025-Q3");
    rerender({ asOf: day(2031, 1, 1) });
    expect(result.current.period?.label).toBe("2031-Q1");
  });

  it("offers nothing while the as-of date is not a date", () => {
    const { result } = renderHook(() => useQuarterChoice(null, asOfQuarter));
    expect(result.current.periods).toEqual([]);
    expect(result.current.period).toBeUndefined();
  });
});
