import { serialFromDate } from "../kernel";
import { AMOUNT_LIMIT, AmountColumn, dateReader, DEAL_DATES, isProblem } from "./cellReaders";

const day = (year: number, month: number, date: number) =>
  serialFromDate({ year, month, day: date }) as number;

describe("dateReader", () => {
  const read = dateReader("ymd");

  it("reads serials (without their time of day) and text dates", () => {
    expect(read(45853.75)).toBe(45853);
    expect(read("2025-07-15")).toBe(day(2025, 7, 15));
    expect(read("2025年7月15日")).toBe(day(2025, 7, 15));
    expect(read("")).toBeNull();
    expect(read(null)).toBeNull();
  });

  it("reads day–month texts by the order given", () => {
    expect(dateReader("dmy")("05/07/2025")).toBe(day(2025, 7, 5));
    expect(dateReader("mdy")("05/07/2025")).toBe(day(2025, 5, 7));
    expect(isProblem(read("05/07/2025"))).toBe(true);
  });

  it("keeps the dates a deal can have, 1950 to 2100", () => {
    expect(read(DEAL_DATES.first)).toBe(DEAL_DATES.first);
    expect(read(DEAL_DATES.last)).toBe(DEAL_DATES.last);
    expect(read("2100-12-31")).toBe(DEAL_DATES.last);
  });

  it("gives the reason for a date no deal has, showing a serial's date", () => {
    const reading = read(1);
    expect(isProblem(reading) && reading.en).toBe(
      "“1 (1900-01-01)” is not a likely deal date (1950 to 2100): enter the real date, or leave the cell blank when unknown.",
    );
    for (const cell of [DEAL_DATES.first - 1, DEAL_DATES.last + 1, "1900-02-29", "9999-12-31", 2958465]) {
      expect([cell, isProblem(read(cell))]).toEqual([cell, true]);
    }
  });

  it("gives the reason for what is not a date at all", () => {
    for (const cell of ["TBD", "next week", "下周", 0, -5, 3e6, NaN, true, "2025-02-30", "#N/A"]) {
      expect([cell, isProblem(read(cell))]).toEqual([cell, true]);
    }
    const reading = read("#N/A");
    expect(isProblem(reading) && reading.en).toContain("error #N/A");
  });

  it("reads a 1904 workbook's serials as the same days, its text dates as in any workbook", () => {
    const read1904 = dateReader("ymd", 1904);
    expect(read1904(45853 - 1462)).toBe(day(2025, 7, 15));
    expect(read1904(45853.75 - 1462)).toBe(day(2025, 7, 15));
    expect(read1904("2025-07-15")).toBe(day(2025, 7, 15));
    expect(read1904(DEAL_DATES.first - 1462)).toBe(DEAL_DATES.first);
    const reading = read1904(0);
    expect(isProblem(reading) && reading.en).toContain("“0 (1904-01-01)” is not a likely deal date");
    expect(isProblem(read1904(DEAL_DATES.last - 1461))).toBe(true);
  });
});

describe("AmountColumn", () => {
  it("reads numbers and amount texts", () => {
    const column = new AmountColumn();
    expect(column.read(1200.5)).toBe(1200.5);
    expect(column.read("¥1,200")).toBe(1200);
    expect(column.read("12万")).toBe(120_000);
    expect(column.read("")).toBeNull();
  });

  it("gives the reason for what is not an amount, beyond any deal, or an error value", () => {
    const column = new AmountColumn();
    for (const cell of [
      "35%",
      "TBD",
      "1.200,50",
      AMOUNT_LIMIT * 10,
      "1E20",
      -AMOUNT_LIMIT * 2,
      NaN,
      true,
      "#N/A",
    ]) {
      expect([cell, isProblem(column.read(cell))]).toEqual([cell, true]);
    }
    expect(column.read(AMOUNT_LIMIT)).toBe(AMOUNT_LIMIT);
  });

  it("has no main currency while the amounts name one currency or none", () => {
    const column = new AmountColumn();
    for (const cell of ["¥1", "RMB 2", "3元", 4, "5"]) column.read(cell);
    expect(column.mainCurrency()).toBeNull();
  });

  it("names the currency most amounts are in when they mix, and the reason for the others", () => {
    const column = new AmountColumn();
    for (const cell of ["$30,000", "¥1,200", "RMB 800", "1,000"]) column.read(cell);
    expect(column.mainCurrency()).toBe("CNY");
    expect(column.foreign("¥1,200", "CNY")).toBeNull();
    expect(column.foreign("1,000", "CNY")).toBeNull();
    expect(column.foreign(1000, "CNY")).toBeNull();
    const reason = column.foreign("$30,000", "CNY");
    expect(reason?.en).toContain("is in USD but most of the column is in CNY");
    expect(reason?.zh).toContain("USD");
  });

  it("takes the first currency named on a tie", () => {
    const column = new AmountColumn();
    for (const cell of ["€5", "£5"]) column.read(cell);
    expect(column.mainCurrency()).toBe("EUR");
  });
});
