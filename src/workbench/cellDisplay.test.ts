import { CellError, DetailedCellError, ErrorType } from "hyperformula";
import { cellDisplay, displayFormat, generalNumber } from "./cellDisplay";

describe("generalNumber", () => {
  it("hides floating-point noise and keeps integers", () => {
    expect(generalNumber(0.1 + 0.2)).toBe("0.3");
    expect(generalNumber(2 / 3)).toBe("0.6666666667");
    expect(generalNumber(-42)).toBe("-42");
  });
});

describe("cellDisplay", () => {
  it("shows a blank cell as nothing", () => {
    expect(cellDisplay(null, "general")).toEqual({ text: "", align: "left" });
  });

  it("shows an error's code, centred, with its message", () => {
    const error = new DetailedCellError(new CellError(ErrorType.NA, "No deals."), "#N/A", "Sheet1!A1");
    expect(cellDisplay(error, "general")).toEqual({ text: "#N/A", align: "center", error: "No deals." });
  });

  it("keeps a number that is no date in a date column", () => {
    expect(cellDisplay(12, "date")).toEqual({ text: "12", align: "right" });
    expect(cellDisplay(2958466, "date")).toEqual({ text: "2958466", align: "right" });
  });

  it("shows a serial in a date column as its day, the time of day dropped", () => {
    expect(cellDisplay(61, "date").text).toBe("1900-03-01");
    expect(cellDisplay(45838.75, "date").text).toBe("2025-06-30");
    expect(cellDisplay(2958465, "date").text).toBe("9999-12-31");
  });

  it("shows numbers right-aligned in the column's format", () => {
    expect(cellDisplay(45838, "date")).toEqual({ text: "2025-06-30", align: "right" });
    expect(cellDisplay(1234567.891, "amount")).toEqual({ text: "1,234,567.89", align: "right" });
    expect(cellDisplay(0.55, "general")).toEqual({ text: "0.55", align: "right" });
  });

  it("shows text left-aligned and booleans as TRUE/FALSE", () => {
    expect(cellDisplay("谈判客户", "amount")).toEqual({ text: "谈判客户", align: "left" });
    expect(cellDisplay(false, "general")).toEqual({ text: "FALSE", align: "center" });
  });
});

describe("displayFormat", () => {
  it("has no format for no number format or one the grid does not imitate", () => {
    expect(displayFormat(undefined)).toBeUndefined();
    expect(displayFormat("@")).toBeUndefined();
    expect(displayFormat("General")).toBeUndefined();
  });

  it("reads percentages, dates and grouped amounts with the decimals they show", () => {
    expect(displayFormat("0%")).toEqual({ kind: "percent", decimals: 0, grouped: false, prefix: "" });
    expect(displayFormat("0.0%")).toEqual({ kind: "percent", decimals: 1, grouped: false, prefix: "" });
    expect(displayFormat("yyyy-mm-dd")?.kind).toBe("date");
    expect(displayFormat("#,##0")).toEqual({ kind: "amount", decimals: 0, grouped: true, prefix: "" });
    expect(displayFormat("#,##0.00")).toEqual({ kind: "amount", decimals: 2, grouped: true, prefix: "" });
    expect(displayFormat("0.0")).toEqual({ kind: "amount", decimals: 1, grouped: false, prefix: "" });
  });

  it("reads the quoted words before the number, and only the first section", () => {
    expect(displayFormat('"When made "#,##0')?.prefix).toBe("When made ");
    expect(displayFormat("+0.0%;-0.0%;0.0%")).toEqual({
      kind: "percent",
      decimals: 1,
      grouped: false,
      prefix: "",
    });
  });

  it("shows a percent-formatted column's number as a percentage", () => {
    expect(cellDisplay(0.25, "percent")).toEqual({ text: "25%", align: "right" });
    expect(cellDisplay(0.1234, "percent")).toEqual({ text: "12.34%", align: "right" });
  });

  it("shows a number with the decimals of the cell's own format, as Excel does", () => {
    const shown = (value: number, format: string) => cellDisplay(value, displayFormat(format)!).text;
    expect(shown(561026.32, "#,##0")).toBe("561,026");
    expect(shown(96.25, "0.0")).toBe("96.3");
    expect(shown(0.42857, "0.0%")).toBe("42.9%");
    expect(shown(0.4, "0.0%")).toBe("40.0%");
    expect(shown(-0.0123, "+0.0%;-0.0%;0.0%")).toBe("-1.2%");
    expect(shown(45838, "yyyy-mm-dd")).toBe("2025-06-30");
  });

  it("shows the format's quoted words before the number", () => {
    expect(cellDisplay(561026.32, displayFormat('"When made "#,##0')!).text).toBe("When made 561,026");
  });
});
