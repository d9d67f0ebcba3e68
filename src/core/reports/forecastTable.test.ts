import { SheetBuilder } from "../sheet";
import { cellAt } from "../sheet/testing/specQueries";
import { FORECAST_COLUMNS, writeForecastTable } from "./forecastTable";
import { FORECAST_TEXT } from "./forecastText";
import type { ForecastCallFigure } from "./liveFormulas";
import { LIVE_FILL } from "./styles";
import { FORECAST } from "./testing/forecastFixture";

const formula = (from: string, to: string, figures: readonly ForecastCallFigure[]) =>
  `=F(${from},${to},${figures.join("|")})`;

function written(withTarget: boolean, live = false) {
  const sheet = new SheetBuilder("en");
  const layout = writeForecastTable(
    sheet,
    10,
    FORECAST_TEXT.months,
    FORECAST.months,
    withTarget,
    live ? formula : undefined,
  );
  return { layout, spec: sheet.build("S", {}) };
}
const content = (cell: ReturnType<typeof cellAt>) => cell?.formula ?? cell?.value;

describe("writeForecastTable", () => {
  it("leaves out the target column without a target", () => {
    const { spec } = written(false);
    expect(cellAt(spec, 11, FORECAST_COLUMNS.probabilityOfTarget)).toBeUndefined();
    expect(cellAt(spec, 11, FORECAST_COLUMNS.p90)?.value).toBe("High (P90)");
  });

  it("writes each period's dates and figures as values under the heads", () => {
    const { layout, spec } = written(true);
    expect(layout).toEqual({ firstRow: 12, rows: 2, firstCol: 0 });
    expect(cellAt(spec, 10, 0)?.value).toBe("Forecast by month");
    const row = (r: number) => Array.from({ length: 11 }, (_, col) => content(cellAt(spec, r, col)));
    expect(row(11)).toEqual([
      "Period",
      "From",
      "To",
      "Won",
      "Commit",
      "Best case",
      "Expected",
      "Low (P10)",
      "Median (P50)",
      "High (P90)",
      "Chance of target",
    ]);
    expect(row(13)).toEqual(["2025-07", 45839, 45869, 0, 300, 800, 475, 0, 500, 800, undefined]);
    expect(cellAt(spec, 13, FORECAST_COLUMNS.from)?.style?.numberFormat).toBe("yyyy-mm-dd");
    expect(cellAt(spec, 13, FORECAST_COLUMNS.expected)?.style?.numberFormat).toBe("#,##0");
  });

  it("makes the figures live as one call over the From and To columns, spilling into the table", () => {
    const sheet = new SheetBuilder("zh");
    const layout = writeForecastTable(sheet, 10, FORECAST_TEXT.quarters, FORECAST.months, true, formula);
    const spec = sheet.build("S", {});
    const last = layout.firstRow + layout.rows;
    expect(layout.rows).toBe(2);
    expect(content(cellAt(spec, 12, FORECAST_COLUMNS.won))).toBe(
      "=F(B13:B14,C13:C14,won|commit|bestCase|range|probability)",
    );
    // Every other figure cell of the table is left empty for the spill, with its format and the live fill.
    const formulas = spec.cells.filter((cell) => cell.formula !== undefined);
    expect(formulas).toHaveLength(1);
    for (let r = layout.firstRow; r < last; r++) {
      for (let col = FORECAST_COLUMNS.won; col <= FORECAST_COLUMNS.probabilityOfTarget; col++) {
        const cell = cellAt(spec, r, col);
        expect(cell?.style?.fill).toBe(LIVE_FILL);
        if (r > layout.firstRow || col > FORECAST_COLUMNS.won) expect(content(cell)).toBeUndefined();
      }
    }
    expect(cellAt(spec, 13, FORECAST_COLUMNS.probabilityOfTarget)?.style?.numberFormat).toBe("0.0%");
    expect(cellAt(spec, 13, FORECAST_COLUMNS.from)?.value).toBe(FORECAST.months.rows[1].forecast.from);
    expect(cellAt(spec, 10, 0)?.value).toBe("按季度预测");
  });

  it("spills the figures without the probability when there is no target", () => {
    const { layout, spec } = written(false, true);
    expect(content(cellAt(spec, layout.firstRow, FORECAST_COLUMNS.won))).toBe(
      "=F(B13:B14,C13:C14,won|commit|bestCase|range)",
    );
  });
});
