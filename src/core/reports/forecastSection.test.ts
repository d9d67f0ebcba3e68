import { DEFAULT_SCHEME } from "../stages";
import { SheetBuilder } from "../sheet";
import { cellAt, theCell } from "../sheet/testing/specQueries";
import { writeForecastSection } from "./forecastSection";
import { FORECAST } from "./testing/forecastFixture";

const write = (live: Parameters<typeof writeForecastSection>[4], figures = FORECAST) => {
  const sheet = new SheetBuilder("en");
  const layout = writeForecastSection(sheet, 20, figures, DEFAULT_SCHEME, live);
  return { layout, spec: sheet.build("S", {}) };
};

describe("writeForecastSection", () => {
  it("says why the figures are values when they cannot be live", () => {
    const { spec } = write({ valuesBecause: { zh: "原因", en: "Because." } });
    expect(cellAt(spec, 21, 0)?.value).toBe("Because.");
    expect(spec.cells.some((cell) => cell.formula !== undefined)).toBe(false);
  });

  it("lays out the note, the month and quarter tables, the calibration table, one row apart", () => {
    const { layout, spec } = write({});
    expect(cellAt(spec, 20, 0)?.value).toContain("Quarterly target 1,000");
    expect(layout.months).toEqual({ firstRow: 24, rows: 2, firstCol: 0 });
    expect(layout.quarters).toEqual({ firstRow: 29, rows: 1, firstCol: 0 });
    expect(theCell(spec, "Chance of target").row).toBe(28);
    // The quarter table has deals beyond its last period: a note under it.
    expect(cellAt(spec, 30, 0)?.value).toBe(
      "3 more open deals are expected to close after 2025-09-30 and are not shown.",
    );
    expect(layout.calibration).toEqual({ firstRow: 34, rows: 3, firstCol: 0 });
    expect(cellAt(spec, 37, 0)?.value).toBe(
      "The forecast uses the measured rates; a stage without closed deals keeps its default.",
    );
    // Two of the fixture's rates rest on 4 closed deals: a warning names them.
    expect(cellAt(spec, 38, 0)?.value).toBe(
      "Measured from fewer than 5 closed deals: Target account (4), Interested (4). A win rate from so few deals says little: treat it with caution, or use the default probability for these stages.",
    );
    expect(layout.next).toBe(39);
  });

  it("warns of rates from few closed deals only when there are some, and says when they kept the default", () => {
    const many = {
      ...FORECAST,
      calibration: FORECAST.calibration.map((row) => ({ ...row, closed: row.closed === 0 ? 0 : 12 })),
    };
    const plain = write({}, many);
    expect(plain.layout.next).toBe(38);
    const kept = write({}, { ...FORECAST, defaultWhenFewDeals: true });
    expect(cellAt(kept.spec, 38, 0)?.value).toBe(
      "A stage measured from fewer than 5 closed deals keeps its default probability in the forecast.",
    );
    expect(cellAt(kept.spec, 39, 0)?.value).toContain("Measured from fewer than 5 closed deals");
    expect(kept.layout.next).toBe(40);
  });

  it("says the forecast formulas read the From and To cells when live", () => {
    const { spec } = write(
      { formula: (from, to, figures) => `=F(${from},${to},${figures.join("|")})` },
      {
        ...FORECAST,
        calibrated: false,
        target: null,
      },
    );
    expect(cellAt(spec, 21, 0)?.value).toContain("From and To columns");
    // One call per table, in its first figure cell: months, then quarters.
    expect(spec.cells.filter((cell) => cell.formula !== undefined)).toMatchObject([
      { row: 25, col: 3, formula: "=F(B26:B27,C26:C27,won|commit|bestCase|range)" },
      { row: 30, col: 3, formula: "=F(B31,C31,won|commit|bestCase|range)" },
    ]);
    expect(spec.cells.some((cell) => cell.value === "Chance of target")).toBe(false);
  });
});
