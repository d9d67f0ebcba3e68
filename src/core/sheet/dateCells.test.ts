import { dateFromSerial, serialFromDate, toSerial1900 } from "../kernel";
import { isDateCell, showsDate, specInDateSystem } from "./dateCells";
import type { SheetSpec } from "./sheetSpec";

const JULY_1 = serialFromDate({ year: 2025, month: 7, day: 1 }) as number;

const SPEC: SheetSpec = {
  name: "Report",
  cells: [
    { row: 0, col: 0, value: "As of" },
    { row: 0, col: 1, value: JULY_1, style: { numberFormat: "yyyy-mm-dd", bold: true } },
    { row: 1, col: 1, value: 1200, style: { numberFormat: "#,##0" } },
    { row: 2, col: 1, value: 0.5, style: { numberFormat: "hh:mm" } },
    { row: 3, col: 1, formula: "=TODAY()", style: { numberFormat: "yyyy-mm-dd" } },
    { row: 4, col: 1, value: "2025-07-01", style: { numberFormat: "yyyy-mm-dd" } },
  ],
};

describe("showsDate", () => {
  it("recognises the formats Excel shows as a day", () => {
    for (const format of ["yyyy-mm-dd", "m/d/yyyy", "d-mmm-yy", "mmmm yyyy", "[$-zh-CN]yyyy年m月d日", "dd"]) {
      expect([format, showsDate(format)]).toEqual([format, true]);
    }
  });

  it("does not take numbers, times, quoted text or colours for dates", () => {
    for (const format of ["General", "#,##0", "0.0%", "hh:mm", "mm:ss", '0.0 "days"', "[Red]0", "0\\d"]) {
      expect([format, showsDate(format)]).toEqual([format, false]);
    }
  });
});

describe("specInDateSystem", () => {
  it("writes the date cells of a 1904 workbook as serials that show the same calendar days", () => {
    const written = specInDateSystem(SPEC, 1904);
    const dated = written.cells.filter(isDateCell);
    expect(dated).toHaveLength(1);
    expect(dated[0]).toEqual({ ...SPEC.cells[1], value: 44377 });
    expect(dateFromSerial(toSerial1900(dated[0].value as number, 1904))).toEqual({
      year: 2025,
      month: 7,
      day: 1,
    });
  });

  it("leaves numbers, times, formulas and text as they are", () => {
    const written = specInDateSystem(SPEC, 1904);
    expect(written.cells.filter((_, i) => i !== 1)).toEqual(SPEC.cells.filter((_, i) => i !== 1));
    expect({ ...written, cells: [] }).toEqual({ ...SPEC, cells: [] });
  });

  it("gives a 1900 workbook, or a spec without dates, the spec itself", () => {
    expect(specInDateSystem(SPEC, 1900)).toBe(SPEC);
    const undated: SheetSpec = { name: "Form", cells: [{ row: 0, col: 0, value: 3 }] };
    expect(specInDateSystem(undated, 1904)).toBe(undated);
  });
});
