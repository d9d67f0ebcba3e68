import { serialFromDate } from "../kernel";
import { asOfFromName } from "./nameDate";

const serial = (year: number, month: number, day: number) => serialFromDate({ year, month, day }) as number;
const NOV_27 = serial(2026, 11, 27);

describe("asOfFromName", () => {
  it.each([
    ["Pipeline 2026-11-27", "2026-11-27"],
    ["Pipeline 2026.11.27", "2026.11.27"],
    ["pipeline_2026_11_27", "2026_11_27"],
    ["Export 2026/11/27", "2026/11/27"],
    ["Opportunities 20261127", "20261127"],
    ["管线 2026年11月27日", "2026年11月27日"],
    ["管线２０２６年１１月２７日", "2026年11月27日"],
    ["Pipeline 27 Nov 2026", "27 Nov 2026"],
    ["Pipeline 27-Nov-2026", "27-Nov-2026"],
    ["Pipeline November 27, 2026", "November 27, 2026"],
    ["Export 27-11-2026", "27-11-2026"],
    ["Export 11/27/2026", "11/27/2026"],
    ["Wk48 2026-11-27", "2026-11-27"],
  ])("reads %s as 2026-11-27", (name, text) => {
    expect(asOfFromName(name)).toEqual({ kind: "date", asOf: NOV_27, text });
  });

  it("says a name without a date has none", () => {
    expect(asOfFromName("Deals")).toEqual({ kind: "none" });
    expect(asOfFromName("Q4 forecast 2026")).toEqual({ kind: "none" });
  });

  it("refuses a day-month order it cannot tell, unless the user stated one", () => {
    const unclear = asOfFromName("Export 05-11-2026");
    expect(unclear.kind).toBe("unclear");
    expect(unclear.kind === "unclear" && unclear.reason.en).toMatch(/day\/month\/year or month\/day\/year/);
    expect(unclear.kind === "unclear" && unclear.reason.zh).toBe(
      "“05-11-2026”可以是日/月/年，也可以是月/日/年，无法确定是哪一天；请填写截至日期。",
    );
    expect(asOfFromName("Export 05-11-2026", { dateOrder: "dmy" })).toMatchObject({
      asOf: serial(2026, 11, 5),
    });
    expect(asOfFromName("Export 05-11-2026", { dateOrder: "mdy" })).toMatchObject({
      asOf: serial(2026, 5, 11),
    });
    expect(asOfFromName("Export 05-05-2026")).toMatchObject({ kind: "date", asOf: serial(2026, 5, 5) });
  });

  it("refuses a day without a year unless the year is known", () => {
    expect(asOfFromName("管线 11月27日")).toMatchObject({ kind: "unclear", text: "11月27日" });
    expect(asOfFromName("管线 11月27日", { year: 2026 })).toMatchObject({ kind: "date", asOf: NOV_27 });
    expect(asOfFromName("Pipeline 27 Nov")).toMatchObject({ kind: "unclear" });
    expect(asOfFromName("Pipeline Nov 27", { year: 2026 })).toMatchObject({ kind: "date", asOf: NOV_27 });
  });

  it("refuses weeks, months, two-digit years, two dates and days that do not exist, saying why", () => {
    const reason = (name: string) => {
      const read = asOfFromName(name);
      return read.kind === "unclear" ? read.reason.en : read.kind;
    };
    expect(reason("Wk48 2026")).toMatch(/is a week, not a day/);
    expect(reason("2026-W48")).toMatch(/is a week/);
    expect(reason("管线 第48周")).toMatch(/is a week/);
    expect(reason("Pipeline 2026-11")).toMatch(/is a month, not a day/);
    expect(reason("Pipeline Nov 2026")).toMatch(/is a month/);
    expect(reason("Export 27.11.26")).toMatch(/cannot be told apart/);
    expect(reason("2026-11-20 to 2026-11-27")).toMatch(/more than one date/);
    expect(reason("Pipeline 2026-02-30")).toMatch(/not a real date/);
  });

  it("reads the same day written twice as that day", () => {
    expect(asOfFromName("2026-11-27 (20261127)")).toMatchObject({ kind: "date", asOf: NOV_27 });
  });
});
