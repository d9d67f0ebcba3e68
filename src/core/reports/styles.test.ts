import { SheetBuilder } from "../sheet";
import { figureStyle, FORMATS, LIVE_FILL, putFigure, REPORT_STYLES } from "./styles";

const written = (figure: Parameters<typeof putFigure>[3]) => {
  const sheet = new SheetBuilder("en");
  putFigure(sheet, 2, 3, figure, REPORT_STYLES.figure);
  return sheet.build("S", {}).cells;
};

describe("putFigure", () => {
  it("refuses a formula that does not start with '='", () => {
    expect(() => written({ value: 1, formula: "SUM(A1)" })).toThrow(RangeError);
  });

  it("writes a missing figure as a styled blank", () => {
    expect(written({ value: null, format: FORMATS.percent })).toEqual([
      { row: 2, col: 3, style: { ...REPORT_STYLES.figure, numberFormat: "0.0%" } },
    ]);
  });

  it("writes the value with its number format", () => {
    expect(written({ value: 1200, format: FORMATS.amount })).toEqual([
      { row: 2, col: 3, value: 1200, style: { ...REPORT_STYLES.figure, numberFormat: "#,##0" } },
    ]);
  });

  it("writes the live formula instead of the value, in the live fill", () => {
    const [cell] = written({
      value: 0.5,
      formula: "=FUNNEL.WINRATE(FUNNEL_DATA_STAGE)",
      format: FORMATS.percent,
    });
    expect(cell).toEqual({
      row: 2,
      col: 3,
      formula: "=FUNNEL.WINRATE(FUNNEL_DATA_STAGE)",
      style: { ...REPORT_STYLES.figure, numberFormat: "0.0%", fill: LIVE_FILL },
    });
  });
});

describe("figureStyle", () => {
  it("keeps the base style when there is no format and the figure is a value", () => {
    expect(figureStyle(REPORT_STYLES.text, undefined, false)).toEqual(REPORT_STYLES.text);
  });
});
