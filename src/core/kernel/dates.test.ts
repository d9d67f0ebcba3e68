import {
  MAX_SERIAL,
  dateFromSerial,
  daysBetween,
  isoDate,
  isoDateTime,
  monthKey,
  parseDate,
  serialFromDate,
  serialFromJsDate,
} from "./dates";
import { errorOf, valueOf } from "./testing/results";

describe("serialFromDate", () => {
  it("is null for days that do not exist or lie outside Excel's range", () => {
    expect(serialFromDate({ year: 2023, month: 2, day: 29 })).toBeNull();
    expect(serialFromDate({ year: 2024, month: 13, day: 1 })).toBeNull();
    expect(serialFromDate({ year: 2024, month: 4, day: 31 })).toBeNull();
    expect(serialFromDate({ year: 2024, month: 0, day: 1 })).toBeNull();
    expect(serialFromDate({ year: 1899, month: 12, day: 31 })).toBeNull();
    expect(serialFromDate({ year: 10000, month: 1, day: 1 })).toBeNull();
    expect(serialFromDate({ year: 2024, month: 1.5, day: 1 })).toBeNull();
  });

  it("counts 1900-01-01 as 1 and Excel's fictitious 1900-02-29 as 60", () => {
    expect(serialFromDate({ year: 1900, month: 1, day: 1 })).toBe(1);
    expect(serialFromDate({ year: 1900, month: 2, day: 28 })).toBe(59);
    expect(serialFromDate({ year: 1900, month: 2, day: 29 })).toBe(60);
    expect(serialFromDate({ year: 1900, month: 3, day: 1 })).toBe(61);
  });

  it("matches Excel's serials for known days, leap years included", () => {
    expect(serialFromDate({ year: 2025, month: 1, day: 1 })).toBe(45658);
    expect(serialFromDate({ year: 2025, month: 6, day: 30 })).toBe(45838);
    expect(serialFromDate({ year: 2024, month: 2, day: 29 })).toBe(45351);
    expect(serialFromDate({ year: 2000, month: 2, day: 29 })).toBe(36585);
    expect(serialFromDate({ year: 1970, month: 1, day: 1 })).toBe(25569);
    expect(serialFromDate({ year: 9999, month: 12, day: 31 })).toBe(MAX_SERIAL);
  });
});

describe("dateFromSerial", () => {
  it("refuses serials outside 1..9999-12-31", () => {
    expect(() => dateFromSerial(0)).toThrow(RangeError);
    expect(() => dateFromSerial(MAX_SERIAL + 1)).toThrow(RangeError);
    expect(() => dateFromSerial(NaN)).toThrow(RangeError);
  });

  it("gives Excel's 1900-02-29 for serial 60 and drops the time of day", () => {
    expect(dateFromSerial(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(dateFromSerial(59.99)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(dateFromSerial(45658.75)).toEqual({ year: 2025, month: 1, day: 1 });
  });

  it("agrees with JavaScript's UTC calendar on every day from 1900-03-01 to 2100 and round-trips", () => {
    const last = serialFromDate({ year: 2100, month: 12, day: 31 }) as number;
    const wrong: number[] = [];
    for (let serial = 1; serial <= last; serial++) {
      const date = dateFromSerial(serial);
      if (serialFromDate(date) !== serial) wrong.push(serial);
      if (serial < 61) continue;
      const js = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
      const same =
        js.getUTCFullYear() === date.year &&
        js.getUTCMonth() + 1 === date.month &&
        js.getUTCDate() === date.day;
      if (!same) wrong.push(serial);
    }
    expect(wrong).toEqual([]);
    expect(dateFromSerial(MAX_SERIAL)).toEqual({ year: 9999, month: 12, day: 31 });
  });
});

describe("monthKey, isoDate and daysBetween", () => {
  it("refuse serials that are not dates", () => {
    expect(() => monthKey(-1)).toThrow(RangeError);
    expect(() => isoDate(0)).toThrow(RangeError);
  });

  it("key a serial by its calendar month with a two-digit month", () => {
    expect(monthKey(45839)).toBe("2025-07");
    expect(monthKey(45658)).toBe("2025-01");
    expect(monthKey(45657)).toBe("2024-12");
  });

  it("write a serial as yyyy-mm-dd", () => {
    expect(isoDate(45356)).toBe("2024-03-05");
  });

  it("count whole calendar days, negative backwards, skipping Excel's fictitious leap day", () => {
    expect(daysBetween(45658, 45689)).toBe(31);
    expect(daysBetween(45689, 45658)).toBe(-31);
    expect(daysBetween(45658.9, 45659.1)).toBe(1);
    expect(daysBetween(59, 61)).toBe(1);
  });
});

describe("serialFromJsDate", () => {
  it("takes the local calendar day of a JavaScript date", () => {
    expect(serialFromJsDate(new Date(2025, 0, 1, 23, 59))).toBe(45658);
    expect(serialFromJsDate(new Date(2024, 1, 29, 0, 0))).toBe(45351);
  });

  it("counts days as Excel does, its 1900-02-29 included", () => {
    expect(serialFromJsDate(new Date(1900, 2, 1))).toBe(61);
    expect(serialFromJsDate(new Date(1900, 1, 28))).toBe(59);
  });
});

describe("parseDate", () => {
  it("refuses text that is not a date, naming it", () => {
    for (const text of [
      "下周",
      "TBD",
      "2024-03",
      "2024/03-05",
      "3/5",
      "2024-3-5-1",
      "45658",
      "Foo 5, 2024",
    ]) {
      const error = errorOf(parseDate(text, "ymd"));
      expect(error.code).toBe("VALUE");
      expect(error.message.en).toContain(`“${text}”`);
      expect(error.message.zh).toContain(`“${text}”`);
    }
  });

  it("refuses booleans, NaN, infinities and serials outside Excel's range", () => {
    expect(errorOf(parseDate(true, "ymd")).code).toBe("VALUE");
    expect(errorOf(parseDate(NaN, "ymd")).code).toBe("VALUE");
    expect(errorOf(parseDate(Infinity, "ymd")).code).toBe("VALUE");
    expect(errorOf(parseDate(0, "ymd")).message.en).toContain("outside 1900-01-01");
    expect(errorOf(parseDate(-5, "ymd")).code).toBe("VALUE");
    expect(errorOf(parseDate(MAX_SERIAL + 1, "ymd")).code).toBe("VALUE");
  });

  it("refuses days that do not exist", () => {
    expect(errorOf(parseDate("2023-02-29", "ymd")).message.en).toContain("not a real date");
    expect(errorOf(parseDate("2024/13/01", "ymd")).code).toBe("VALUE");
    expect(errorOf(parseDate("31/04/2024", "dmy")).code).toBe("VALUE");
    expect(errorOf(parseDate("10000-01-01", "ymd")).code).toBe("VALUE");
  });

  it("asks for the day–month order when a four-digit year comes last and none was stated", () => {
    const error = errorOf(parseDate("05/03/2024", "ymd"));
    expect(error.message.en).toContain("order");
    expect(error.message.zh).toContain("日期顺序");
  });

  it("reads blank cells as no date", () => {
    for (const blank of [null, undefined, "", "   ", "\u3000", "-", "—", "_"])
      expect(valueOf(parseDate(blank, "ymd"))).toBeNull();
  });

  it("reads serial numbers as whole days", () => {
    expect(valueOf(parseDate(45658, "ymd"))).toBe(45658);
    expect(valueOf(parseDate(45658.6, "ymd"))).toBe(45658);
    expect(valueOf(parseDate(1, "ymd"))).toBe(1);
  });

  it("reads year-first text with - / . separators whatever the order", () => {
    for (const order of ["ymd", "dmy", "mdy"] as const) {
      for (const text of ["2024-03-05", "2024/3/5", "2024.3.5", " 2024 / 03 / 05 ", "２０２４／３／５"]) {
        expect(valueOf(parseDate(text, order))).toBe(45356);
      }
    }
  });

  it("reads day-first and month-first text by the stated order, two-digit years as 20xx", () => {
    expect(valueOf(parseDate("05-03-24", "dmy"))).toBe(45356);
    expect(valueOf(parseDate("05/03/2024", "dmy"))).toBe(45356);
    expect(valueOf(parseDate("03/05/2024", "mdy"))).toBe(45356);
    expect(valueOf(parseDate("3.5.24", "mdy"))).toBe(45356);
    expect(valueOf(parseDate("24-03-05", "ymd"))).toBe(45356);
  });

  it("reads Chinese dates, compact dates and English month names", () => {
    expect(valueOf(parseDate("2024年3月5日", "ymd"))).toBe(45356);
    expect(valueOf(parseDate("2024 年 03 月 05 日", "dmy"))).toBe(45356);
    expect(valueOf(parseDate("２０２４年３月５号", "ymd"))).toBe(45356);
    expect(valueOf(parseDate("24年3月5日", "ymd"))).toBe(45356);
    expect(valueOf(parseDate("20240305", "ymd"))).toBe(45356);
    expect(valueOf(parseDate("5 Mar 2024", "ymd"))).toBe(45356);
    expect(valueOf(parseDate("05-Mar-24", "mdy"))).toBe(45356);
    expect(valueOf(parseDate("March 5, 2024", "dmy"))).toBe(45356);
    expect(valueOf(parseDate("Sept 5th 2024", "ymd"))).toBe(45540);
  });

  it("reads ISO dates with a time as the written day", () => {
    expect(valueOf(parseDate("2024-03-05T14:30:00Z", "ymd"))).toBe(45356);
    expect(valueOf(parseDate("2024-03-05T23:59:59.999+08:00", "ymd"))).toBe(45356);
    expect(valueOf(parseDate("2024/3/5 9:05", "ymd"))).toBe(45356);
    expect(valueOf(parseDate("2024-03-05 02:30 PM", "ymd"))).toBe(45356);
  });

  it("reads runs of spaces inside a date as one space, and refuses a long run before other text", () => {
    // Two neighbouring optional spaces used to make these take time quadratic in the run's length.
    const run = " ".repeat(10_000);
    expect(valueOf(parseDate(`2024-03-05${run}02:30${run}PM`, "ymd"))).toBe(45356);
    expect(valueOf(parseDate(`2024年3月5日${run}9:05`, "ymd"))).toBe(45356);
    for (const text of [`2024-03-05 12:00${run}x`, `2024年3月5${run}x`, `Mar 5${run}x`]) {
      const result = parseDate(text, "ymd");
      expect(result.ok ? "" : result.error.message.en).toMatch(/is not a date/);
    }
  });

  it("reads days far in the past and future as they are", () => {
    expect(valueOf(parseDate("1900-01-01", "ymd"))).toBe(1);
    expect(valueOf(parseDate("1900-02-29", "ymd"))).toBe(60);
    expect(valueOf(parseDate("9999-12-31", "ymd"))).toBe(MAX_SERIAL);
    expect(valueOf(parseDate("2099-12-31", "ymd"))).toBe(73050);
  });
});

describe("isoDateTime", () => {
  it("writes the date and the time of day to the nearest minute", () => {
    expect(isoDateTime(45658.75)).toBe("2025-01-01 18:00");
    expect(isoDateTime(45658 + (5 * 60 + 40) / 1440)).toBe("2025-01-01 05:40");
    // 23:59:50 rounds to the next day's midnight.
    expect(isoDateTime(45658 + 86390 / 86400)).toBe("2025-01-02 00:00");
  });
});
