/**
 * The forecast section of the pipeline-health report: where it goes, that its figures are the
 * forecast model's, one live FUNNEL.FORECAST call per table over the right names and cells where they can
 * be, the range charts over its tables, both languages — and nothing of it without the deals.
 */
import { calibratedLadder, calibratedProbabilities } from "../forecast";
import { type CellSpec, type SheetSpec, checkSheetSpec } from "../sheet";
import { formulaReferences, specProblems } from "../sheet/testing/specChecks";
import { cellAt, theCell } from "../sheet/testing/specQueries";
import { valueOf } from "../kernel/testing/results";
import { dataNames } from "./dataNames";
import { reportForecast, type ForecastRow } from "./forecastFigures";
import { FORECAST_COLUMNS, FORECAST_MEASURES } from "./forecastTable";
import { FORECAST_DEALS } from "./testing/forecastFixture";
import { HEALTH, MAPPING, SOURCE } from "./testing/healthFixture";
import { buildHealthReport, type HealthReportOptions } from "./reportSpec";
import { sampleHealth } from "../health/testing/sampleHealth";

const build = (options: Partial<HealthReportOptions> = {}, source = SOURCE) =>
  buildHealthReport(HEALTH, source, {
    language: "en",
    forecast: { deals: FORECAST_DEALS },
    ...options,
  });
const en = build();
const zh = build({ language: "zh" });

const content = (cell: CellSpec | undefined) => cell?.formula ?? cell?.value;
const at = (spec: SheetSpec, row: number, col: number) => content(cellAt(spec, row, col));
const firstRowUnder = (spec: SheetSpec, text: string) => theCell(spec, text).row + 2;
/** The live call's measures: "range" spills expected, P10, P50 and P90, the table's last four figure columns. */
const FIGURES = `"won","commit","bestCase","range"`;
/** The one call of a table whose periods are on rows first … first + rows − 1 (0-based). */
const forecastCall = (first: number, rows: number, withTarget: boolean, rest = "") => {
  const dates = (col: string) => `${col}${first + 1}:${col}${first + rows}`;
  const figures = withTarget ? `${FIGURES},"probability"` : FIGURES;
  // rest: the target, stage list, commit and best-case stages given; badRows is the 11th argument.
  const after = rest + ",".repeat(4 - (rest.match(/,/g) ?? []).length);
  return `=FUNNEL.FORECAST(FUNNEL_DATA_AMOUNT,FUNNEL_DATA_STAGE,FUNNEL_DATA_CLOSE,${dates("B")},${dates("C")},{${figures}}${after},"skip")`;
};

/** The period rows of a table: its label, dates and figure cells. */
function tableRows(spec: SheetSpec, title: string, rows: readonly ForecastRow[]) {
  const first = firstRowUnder(spec, title);
  return rows.map((row, i) => ({ row, r: first + i }));
}

describe("buildHealthReport with the forecast", () => {
  it("has no forecast section without the deals", () => {
    const plain = buildHealthReport(HEALTH, SOURCE, { language: "en" });
    expect(plain.cells.some((cell) => cell.value === "Forecast by month")).toBe(false);
    expect(plain.charts?.some((chart) => chart.kind === "line")).toBe(false);
  });

  it("refuses forecast settings the model refuses", () => {
    expect(() => build({ forecast: { deals: FORECAST_DEALS, commitIndex: 7 } })).toThrow(RangeError);
  });

  it("is a well-formed sheet in both languages whose formulas read only the data names and its own cells", () => {
    for (const spec of [
      en,
      zh,
      build({ forecast: { deals: FORECAST_DEALS, target: 900, calibrated: true } }),
    ]) {
      expect(valueOf(checkSheetSpec(spec))).toBe(spec);
      expect(
        specProblems(
          { ...spec, names: [] },
          dataNames(SOURCE).map((n) => n.name),
        ),
      ).toEqual([]);
    }
    const texts = en.cells.flatMap((c) => (typeof c.value === "string" ? [c.value] : []));
    const charts = (en.charts ?? []).flatMap((c) => [c.title, ...c.series.map((s) => s.name)]);
    expect([...texts, ...charts].filter((text) => /[\u3400-\u9fff]/.test(text))).toEqual([]);
    expect(theCell(zh, "按月预测").row).toBe(theCell(en, "Forecast by month").row);
    expect(theCell(zh, "按季度预测").row).toBe(theCell(en, "Forecast by quarter").row);
  });

  it("puts the section between the close-month table and the abnormal deals", () => {
    const months = theCell(en, "Close month").row;
    const forecast = theCell(en, "Forecast by month").row;
    const anomalies = theCell(en, "Anomalies").row;
    expect(months).toBeLessThan(forecast);
    expect(forecast).toBeLessThan(anomalies);
    // Above the tables: what the figures mean, then that they are live.
    expect(at(en, forecast - 3, 0)).toContain("Commit = won + open deals at Negotiation or beyond");
    expect(at(en, forecast - 2, 0)).toContain("FUNNEL.FORECAST over the data");
  });

  it("shows each month and quarter of the forecast model, live as one call per table over its From and To columns", () => {
    const figures = reportForecast(HEALTH.scheme, HEALTH.asOf, { deals: FORECAST_DEALS });
    const tables = [
      tableRows(en, "Forecast by month", figures.months.rows),
      tableRows(en, "Forecast by quarter", figures.quarters.rows),
    ];
    expect(tables.map((t) => t.length)).toEqual([6, 3]);
    for (const table of tables) {
      const [first, rows] = [table[0].r, table.length];
      const formula = at(en, first, FORECAST_COLUMNS.won) as string;
      expect(formula).toBe(forecastCall(first, rows, false));
      // Its period columns are the table's own From and To cells, row for row.
      const [from, to] = formulaReferences(formula).ranges;
      for (const { row, r } of table) {
        expect([0, 1, 2].map((col) => at(en, r, col))).toEqual([
          row.label,
          row.forecast.from,
          row.forecast.to,
        ]);
        expect([at(en, from.row + r - first, from.col), at(en, to.row + r - first, to.col)]).toEqual([
          row.forecast.from,
          row.forecast.to,
        ]);
        const spilledInto = FORECAST_MEASURES.filter((m) => r > first || m !== "won");
        expect(spilledInto.map((m) => at(en, r, FORECAST_COLUMNS[m]))).toEqual(
          spilledInto.map(() => undefined),
        );
      }
      expect([from.rows, to.rows]).toEqual([rows, rows]);
    }
    expect(at(en, tables[1][0].r, FORECAST_COLUMNS.probabilityOfTarget)).toBeUndefined();
    expect(en.cells.filter((cell) => cell.formula?.includes("FUNNEL.FORECAST"))).toHaveLength(2);
  });

  it("passes the target and the commit and best-case stages the user chose", () => {
    const spec = build({
      forecast: { deals: FORECAST_DEALS, target: 900, commitIndex: 4, bestCaseIndex: 2 },
    });
    const r = firstRowUnder(spec, "Forecast by quarter");
    expect(at(spec, r, FORECAST_COLUMNS.won)).toBe(forecastCall(r, 3, true, ",900,,5,3"));
    const months = firstRowUnder(spec, "Forecast by month");
    expect(at(spec, months, FORECAST_COLUMNS.won)).toBe(forecastCall(months, 6, false, ",,,5,3"));
    expect(theCell(spec, "Chance of target").col).toBe(FORECAST_COLUMNS.probabilityOfTarget);
    expect(spec.cells.some((c) => String(c.value).includes("Quarterly target 900"))).toBe(true);
  });

  it("passes the workbook's stage list to FUNNEL.FORECAST", () => {
    const spec = build({ stageListName: "FUNNEL_STAGE_LIST" });
    const r = firstRowUnder(spec, "Forecast by month");
    expect(at(spec, r, FORECAST_COLUMNS.won)).toBe(forecastCall(r, 6, false, ",,FUNNEL_STAGE_LIST"));
  });

  it("writes the model's values where FUNNEL.FORECAST cannot compute them: an outcome column, calibrated rates", () => {
    const withOutcome = build({}, { ...SOURCE, mapping: { ...MAPPING, outcome: 8 } });
    const calibrated = build({ forecast: { deals: FORECAST_DEALS, calibrated: true, target: 900 } });
    const probabilities = calibratedLadder(calibratedProbabilities(FORECAST_DEALS, HEALTH.scheme));
    const cases = [
      [withOutcome, reportForecast(HEALTH.scheme, HEALTH.asOf, { deals: FORECAST_DEALS })],
      [
        calibrated,
        reportForecast(HEALTH.scheme, HEALTH.asOf, { deals: FORECAST_DEALS, calibrated: true, target: 900 }),
      ],
    ] as const;
    for (const [spec, figures] of cases) {
      for (const { row, r } of tableRows(spec, "Forecast by quarter", figures.quarters.rows)) {
        for (const measure of FORECAST_MEASURES) {
          expect(at(spec, r, FORECAST_COLUMNS[measure])).toBe(row.forecast[measure]);
        }
      }
    }
    const q4 = tableRows(calibrated, "Forecast by quarter", cases[1][1].quarters.rows)[2];
    expect(at(calibrated, q4.r, FORECAST_COLUMNS.expected)).toBeCloseTo(200 * probabilities[2], 9);
    expect(at(calibrated, q4.r, FORECAST_COLUMNS.probabilityOfTarget)).toBe(0);
    expect(calibrated.cells.some((c) => String(c.value).includes("FUNNEL.FORECAST does not read them"))).toBe(
      true,
    );
  });

  it("shows the default and the measured probability of every stage before won, side by side", () => {
    const first = firstRowUnder(en, "Stage win probabilities: default and measured");
    const measured = calibratedProbabilities(FORECAST_DEALS, HEALTH.scheme);
    expect(theCell(en, "Measured win rate").row).toBe(first - 1);
    measured.slice(0, -1).forEach((stage, k) => {
      expect([0, 1, 2, 3, 5].map((col) => at(en, first + k, col))).toEqual([
        stage.stage.name.en,
        stage.defaultProbability,
        stage.measured ?? undefined,
        stage.closed,
        stage.defaultProbability,
      ]);
    });
    expect(at(en, first + measured.length - 1, 0)).toBe(
      "The forecast uses the default probabilities; the measured rates are shown for comparison.",
    );
  });

  it("draws the range of each table as lines over its cells, below the other charts and inside the print area", () => {
    const charts = en.charts ?? [];
    const lines = charts.filter((c) => c.kind === "line");
    expect(charts.slice(-2)).toEqual(lines);
    expect(lines.map((c) => c.title)).toEqual([
      "Forecast range by month (P10–P90)",
      "Forecast range by quarter (P10–P90)",
    ]);
    const column = (row: number, col: number, rows: number) => ({ row, col, rows, cols: 1 });
    const months = firstRowUnder(en, "Forecast by month");
    const quarters = firstRowUnder(en, "Forecast by quarter");
    for (const [chart, first, rows] of [
      [lines[0], months, 6],
      [lines[1], quarters, 3],
    ] as const) {
      expect(chart.categories).toEqual(column(first, 0, rows));
      expect(chart.series.map((s) => [s.name, s.values])).toEqual([
        ["Low (P10)", column(first, 7, rows)],
        ["Expected", column(first, 6, rows)],
        ["High (P90)", column(first, 9, rows)],
      ]);
      expect(at(en, first + rows - 1, 0)).toMatch(/^\d{4}-/);
      expect(at(en, first + rows, 0)).toBeUndefined();
    }
    const anchors = charts.map((c) => c.anchor);
    anchors
      .slice(1)
      .forEach((a, i) => expect(a.row).toBeGreaterThanOrEqual(anchors[i].row + anchors[i].rows));
    const area = en.printArea!;
    expect(anchors.every((a) => a.row + a.rows <= area.rows && a.col + a.cols <= area.cols)).toBe(true);
  });
});

describe("buildHealthReport with the forecast over the sample pipeline", () => {
  const { read, health, source } = sampleHealth("zh", "商机");
  const forecast = { deals: read.deals, target: 2_000_000 };

  it("is a sheet a renderer accepts, its forecast live over the sample's names", () => {
    const spec = buildHealthReport(health, source, { language: "zh", forecast });
    expect(valueOf(checkSheetSpec(spec))).toBe(spec);
    const r = firstRowUnder(spec, "按季度预测");
    const quarters = reportForecast(health.scheme, health.asOf, forecast).quarters.rows.length;
    expect(at(spec, r, FORECAST_COLUMNS.won)).toBe(forecastCall(r, quarters, true, ",2000000"));
  });

  it("shows the model's calibrated figures for each quarter", () => {
    const calibrated = { ...forecast, calibrated: true };
    const spec = buildHealthReport(health, source, { language: "en", forecast: calibrated });
    const figures = reportForecast(health.scheme, health.asOf, calibrated);
    expect(figures.quarters.rows.length).toBeGreaterThan(1);
    for (const { row, r } of tableRows(spec, "Forecast by quarter", figures.quarters.rows)) {
      const shown = ["p10", "expected", "p90", "probabilityOfTarget"] as const;
      expect(shown.map((key) => at(spec, r, FORECAST_COLUMNS[key]))).toEqual(
        shown.map((key) => row.forecast[key]),
      );
      expect(row.forecast.p10).toBeLessThanOrEqual(row.forecast.p90);
    }
  });
});
