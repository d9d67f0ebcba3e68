import { calendarPeriods, quartersAround } from "./periods";

/** 2025-01-01, 2025-07-01, 2025-09-30, 2025-12-31 as Excel serials. */
const [JAN_1, JUL_1, SEP_30, DEC_31] = [45658, 45839, 45930, 46022];

describe("calendarPeriods", () => {
  it("rejects bounds that are not Excel dates and a start after the end", () => {
    expect(() => calendarPeriods(0, JAN_1, "month")).toThrow(RangeError);
    expect(() => calendarPeriods(JAN_1, NaN, "month")).toThrow(RangeError);
    expect(() => calendarPeriods(JUL_1, JAN_1, "quarter")).toThrow(/after/);
  });

  it("gives the whole months a range touches, first to last day", () => {
    expect(calendarPeriods(JUL_1 + 10, JUL_1 + 40, "month")).toEqual([
      { from: JUL_1, to: JUL_1 + 30, label: "2025-07" },
      { from: JUL_1 + 31, to: JUL_1 + 61, label: "2025-08" },
    ]);
  });

  it("gives calendar quarters labelled yyyy-Qn", () => {
    const quarters = calendarPeriods(JAN_1, DEC_31, "quarter");
    expect(quarters.map((q) => q.label)).toEqual(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]);
    expect(quarters[2]).toEqual({ from: JUL_1, to: SEP_30, label: "2025-Q3" });
    expect(quarters[3].to).toBe(DEC_31);
    expect(calendarPeriods(SEP_30, SEP_30 + 1, "quarter").map((q) => q.label)).toEqual([
      "2025-Q3",
      "2025-Q4",
    ]);
  });

  it("crosses years, counts February right and drops times of day", () => {
    const months = calendarPeriods(DEC_31 + 0.75, DEC_31 + 40, "month");
    expect(months.map((m) => m.label)).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(months[2].to - months[2].from + 1).toBe(28);
    expect(calendarPeriods(45658 + 365 * 3 + 31, 45658 + 365 * 3 + 31, "month")[0]).toMatchObject({
      label: "2028-02",
    });
  });

  it("ends the last period at 9999-12-31", () => {
    expect(calendarPeriods(2958465, 2958465, "quarter")).toEqual([
      { from: 2958465 - 91, to: 2958465, label: "9999-Q4" },
    ]);
  });
});

describe("quartersAround", () => {
  it("refuses a day that is not an Excel date", () => {
    expect(() => quartersAround(Number.NaN)).toThrow(RangeError);
  });

  it("offers the day's quarter between four before and four after, in order and without gaps", () => {
    const quarters = quartersAround(45838);
    expect(quarters.map((q) => q.label)).toEqual([
      "2024-Q2",
      "2024-Q3",
      "2024-Q4",
      "2025-Q1",
      "2025-Q2",
      "2025-Q3",
      "2025-Q4",
      "2026-Q1",
      "2026-Q2",
    ]);
    for (let i = 1; i < quarters.length; i++) expect(quarters[i].from).toBe(quarters[i - 1].to + 1);
    expect(quarters[5]).toEqual({ from: JUL_1, to: SEP_30, label: "2025-Q3" });
  });

  it("offers the same quarters from any day of a quarter", () => {
    expect(quartersAround(JUL_1)).toEqual(quartersAround(SEP_30));
  });

  it("offers only the quarters that exist near the ends of Excel's dates", () => {
    expect(quartersAround(5).map((q) => q.label)).toEqual([
      "1900-Q1",
      "1900-Q2",
      "1900-Q3",
      "1900-Q4",
      "1901-Q1",
    ]);
    const last = quartersAround(2958465); // 9999-12-31
    expect(last.map((q) => q.label)).toEqual(["9998-Q4", "9999-Q1", "9999-Q2", "9999-Q3", "9999-Q4"]);
    expect(last[last.length - 1].to).toBe(2958465);
  });
});
