/**
 * The forecast charts of the report: for the month table and the quarter table, a line chart of the range
 * per period — P10, expected and P90 — drawn over the table's own cells and stacked in the chart column. Amounts
 * read as the tables' (whole, grouped); the expected line is the ramp's dark end, P10 its light end and P90 its middle.
 * A range chart of nothing (no open deal closes in its periods) says so and what to do.
 */
import type { ChartSpec, SheetBuilder } from "../sheet";
import { type ChartPlace, rampColors } from "./charts";
import { FORECAST_COLUMNS } from "./forecastTable";
import { FORECAST_CHART_TEXT, FORECAST_HEADS } from "./forecastText";
import { FORMATS } from "./styles";
import { tableColumn, type TableLayout } from "./stageTable";

/** The series of a range chart, low to high. */
const RANGE = ["p10", "expected", "p90"] as const;

/**
 * The range charts over the forecast tables (a table without rows gets none), stacked from `place` with a
 * row between.
 * @example forecastCharts(sheet, { months, quarters }, { col: 12, row: 90, cols: 8, rows: 16 }).map((c) => c.kind) // ["line", "line"]
 */
export function forecastCharts(
  sheet: SheetBuilder,
  tables: { readonly months: TableLayout; readonly quarters: TableLayout },
  place: ChartPlace,
): ChartSpec[] {
  const [dark, middle, light] = rampColors(3);
  const chart = (table: TableLayout, title: "months" | "quarters"): Omit<ChartSpec, "anchor"> => ({
    kind: "line",
    title: sheet.text(FORECAST_CHART_TEXT[title]),
    categories: tableColumn(table, FORECAST_COLUMNS.period),
    series: RANGE.map((measure) => ({
      name: sheet.text(FORECAST_HEADS[measure]),
      values: tableColumn(table, FORECAST_COLUMNS[measure]),
    })),
    numberFormat: FORMATS.amount,
    seriesColors: [light, dark, middle],
    emptyNote: sheet.text(FORECAST_CHART_TEXT.empty),
  });
  const drafts = [chart(tables.months, "months"), chart(tables.quarters, "quarters")].filter(
    (draft) => draft.categories.rows > 0,
  );
  return drafts.map((draft, i) => ({
    ...draft,
    anchor: { row: place.row + i * (place.rows + 1), col: place.col, rows: place.rows, cols: place.cols },
  }));
}
