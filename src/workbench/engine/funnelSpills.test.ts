/**
 * The FUNNEL functions themselves (src/functions, with the metadata the build writes) in the workbench's
 * engine: a spilled answer takes the size the function gives before it is shown — one FUNNEL.FORECAST call
 * spilling periods × measures, one FUNNEL.CONVERSION call spilling a column — follows edits of its
 * inputs, and an error cell in the data reaches the function's own message; and the pipeline-health
 * report, rendered with its spilled calls, shows the model's figures.
 */
import { DetailedCellError } from "hyperformula";
import { registerFunnelFunctions } from "./testing/funnelFunctions";
import { WorkbookEngine } from "./workbookEngine";
import { renderSpec } from "./renderSpec";
import {
  buildHealthReport,
  FORECAST_COLUMNS,
  FORECAST_MEASURES,
  reportForecast,
  STAGE_COLUMNS,
} from "../../core/reports";
import { sampleHealth } from "../../core/health/testing/sampleHealth";
import { theCell } from "../../core/sheet/testing/specQueries";
import { valueOf } from "../../core/kernel/testing/results";

const at = (row: number, col: number) => ({ row, col });

beforeAll(registerFunnelFunctions);

/**
 * A sheet of four deals from A1 (amount, stage, close date) and three months of Q3 2025 in E1:F3: July's
 * 50 won, August's 100 at 谈判, September's 200 at 意向.
 */
function engineWithDeals(): WorkbookEngine {
  const engine = WorkbookEngine.create(["Deals"]);
  engine.setCells("Deals", at(0, 0), [
    [100, "谈判", 45870],
    [200, "意向", "2025-09-30"],
    [50, "成交", 45839],
    [999, "丢单", 45870],
  ]);
  engine.setCells("Deals", at(0, 4), [
    [45839, 45869],
    [45870, 45900],
    [45901, 45930],
  ]);
  return engine;
}

const values = (engine: WorkbookEngine, rows: number, cols: number, top = 0, left = 7) =>
  Array.from({ length: rows }, (_r, r) =>
    Array.from({ length: cols }, (_c, c) => engine.cell("Deals", at(top + r, left + c)).value),
  );

describe("the pipeline-health report in the workbench engine", () => {
  it("shows the forecast model's figures through one spilled FUNNEL.FORECAST per table", () => {
    const { sample, read, health, source } = sampleHealth("en", "Deals");
    const engine = WorkbookEngine.create(["Deals"]);
    engine.setCells("Deals", at(0, 0), [sample.header, ...sample.rows]);
    const forecast = { deals: read.deals, target: 2_000_000 };
    const spec = buildHealthReport(health, source, { language: "en", forecast });
    const { sheet } = valueOf(renderSpec(engine, spec));
    const figures = reportForecast(health.scheme, health.asOf, forecast);
    const tables = [
      { title: "Forecast by month", rows: figures.months.rows, measures: FORECAST_MEASURES },
      {
        title: "Forecast by quarter",
        rows: figures.quarters.rows,
        measures: [...FORECAST_MEASURES, "probabilityOfTarget"],
      },
    ] as const;
    for (const table of tables) {
      const first = theCell(spec, table.title).row + 2;
      expect(spec.cells.filter((cell) => cell.row === first && cell.formula !== undefined)).toHaveLength(1);
      table.rows.forEach((row, i) => {
        for (const measure of table.measures) {
          const shown = engine.cell(sheet, at(first + i, FORECAST_COLUMNS[measure])).value;
          const model = row.forecast[measure] as number;
          // The engine shows numbers to 10 significant digits.
          expect({
            row: row.label,
            measure,
            near: Math.abs((shown as number) - model) <= 1e-9 * Math.max(1, Math.abs(model)),
          }).toEqual({
            row: row.label,
            measure,
            near: true,
          });
        }
      });
    }
  });

  it("shows each stage's conversions through one spilled FUNNEL.CONVERSION per column", () => {
    const { sample, health, source } = sampleHealth("zh", "商机");
    const engine = WorkbookEngine.create(["商机"]);
    engine.setCells("商机", at(0, 0), [sample.header, ...sample.rows]);
    const spec = buildHealthReport(health, source, { language: "zh" });
    const { sheet } = valueOf(renderSpec(engine, spec));
    const first = theCell(spec, "下一阶段转化率").row + 1;
    health.stages.forEach((stage, k) => {
      for (const [col, model] of [
        [STAGE_COLUMNS.nextStep, stage.nextStepConversion],
        [STAGE_COLUMNS.cumulative, stage.cumulativeConversion],
      ] as const) {
        const shown = engine.cell(sheet, at(first + k, col)).value;
        const near = model === null ? shown === null : Math.abs((shown as number) - model) <= 1e-9;
        expect({ stage: k + 1, col, near }).toEqual({ stage: k + 1, col, near: true });
      }
    });
  });
});

describe("the FUNNEL functions in the workbench engine", () => {
  it("spills one FUNNEL.FORECAST call to a table of the periods by the measures", () => {
    const engine = engineWithDeals();
    engine.setCell(
      "Deals",
      at(0, 7),
      '=FUNNEL.FORECAST(A1:A4,B1:B4,C1:C4,E1:E3,F1:F3,{"won","expected","commit"})',
    );
    expect(values(engine, 4, 4)).toEqual([
      [50, 50, 50, null],
      [0, 75, 100, null],
      [0, 40, 0, null],
      [null, null, null, null],
    ]);
    expect(engine.cell("Deals", at(2, 9)).spilled).toBe(true);
  });

  it("answers one figure in one cell for a single period and measure, as before", () => {
    const engine = engineWithDeals();
    engine.setCell("Deals", at(0, 7), '=FUNNEL.FORECAST(A1:A4,B1:B4,C1:C4,"2025-07-01","2025-09-30","p90")');
    expect(values(engine, 2, 2)).toEqual([
      [350, null],
      [null, null],
    ]);
  });

  it("spills again to the new size when the period columns it reads grow", () => {
    const engine = engineWithDeals();
    engine.setCell("Deals", at(0, 7), "=FUNNEL.FORECAST(A1:A4,B1:B4,C1:C4,E1:E3,F1:F3)");
    expect(values(engine, 4, 1)).toEqual([[50], [75], [40], [null]]);
    engine.setCell("Deals", at(0, 7), "=FUNNEL.FORECAST(A1:A4,B1:B4,C1:C4,E1:E2,F1:F2)");
    expect(values(engine, 3, 1)).toEqual([[50], [75], [null]]);
  });

  it("spills one FUNNEL.CONVERSION call to a column of rates", () => {
    const engine = WorkbookEngine.create(["Deals"]);
    engine.setCells("Deals", at(0, 0), [["意向"], ["谈判"], ["成交"], ["目标"]]);
    engine.setCells("Deals", at(0, 4), [["目标"], ["意向"], ["谈判"]]);
    engine.setCell("Deals", at(0, 7), "=FUNNEL.CONVERSION(A1:A4,E1:E2,E2:E3)");
    // The engine shows numbers rounded to 10 significant digits, as HyperFormula does.
    expect(values(engine, 3, 1)).toEqual([[0.75], [0.66666666667], [null]]);
  });

  it("hands an error cell of the data to the function, which names it in its own message", () => {
    const engine = engineWithDeals();
    engine.setCell("Deals", at(1, 2), "=NA()");
    engine.setCell("Deals", at(0, 7), "=FUNNEL.FORECAST(A1:A4,B1:B4,C1:C4,E1:E3,F1:F3)");
    const value = engine.cell("Deals", at(0, 7)).value as DetailedCellError;
    expect(value).toBeInstanceOf(DetailedCellError);
    expect([value.value, value.message]).toEqual([
      "#VALUE!",
      "“closeDates” row 2 holds an Excel error (#N/A); fix or filter it first.",
    ]);
  });
});
