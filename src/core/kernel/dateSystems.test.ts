import { dateFromSerial, daysBetween, serialFromDate } from "./dates";
import { DATE_SYSTEM_OFFSET, dateSystemFromProbe, fromSerial1900, toSerial1900 } from "./dateSystems";

describe("toSerial1900 and fromSerial1900", () => {
  it("read a 1904 workbook's serials as the same calendar days: 0 is 1904-01-01, 35064 is 2000-01-01", () => {
    expect(dateFromSerial(toSerial1900(0, 1904))).toEqual({ year: 1904, month: 1, day: 1 });
    expect(dateFromSerial(toSerial1900(35064, 1904))).toEqual({ year: 2000, month: 1, day: 1 });
    expect(dateFromSerial(toSerial1900(44377, 1904))).toEqual({ year: 2025, month: 7, day: 1 });
  });

  it("write a day into a 1904 workbook as its serial there, and back again unchanged", () => {
    const july = serialFromDate({ year: 2025, month: 7, day: 1 }) as number;
    expect(fromSerial1900(july, 1904)).toBe(44377);
    expect(toSerial1900(fromSerial1900(july, 1904), 1904)).toBe(july);
    expect(fromSerial1900(serialFromDate({ year: 1904, month: 1, day: 1 }) as number, 1904)).toBe(0);
  });

  it("leave serials of a 1900 workbook as they are", () => {
    expect(toSerial1900(45839, 1900)).toBe(45839);
    expect(fromSerial1900(45839, 1900)).toBe(45839);
  });

  it("keep the time of day and the days between two dates", () => {
    expect(toSerial1900(44377.25, 1904)).toBe(45839.25);
    expect(daysBetween(toSerial1900(44377, 1904), toSerial1900(44408, 1904))).toBe(31);
    expect(DATE_SYSTEM_OFFSET).toBe(serialFromDate({ year: 1904, month: 1, day: 1 }));
  });
});

describe("dateSystemFromProbe", () => {
  it("is 1904 where DATE(1904,1,1) gives 0, and 1900 where it gives 1462 or anything else", () => {
    expect(dateSystemFromProbe(0)).toBe(1904);
    expect(dateSystemFromProbe(1462)).toBe(1900);
    expect(dateSystemFromProbe(undefined)).toBe(1900);
    expect(dateSystemFromProbe("#VALUE!")).toBe(1900);
  });
});
