import type { ChartSpec } from "../../core/sheet";
import { WorkbookEngine } from "../engine/workbookEngine";
import { chartData } from "./chartData";

const CHART: ChartSpec = {
  kind: "column",
  title: "Weighted pipeline",
  categories: { row: 1, col: 0, rows: 3, cols: 1 },
  series: [
    { name: "Open", values: { row: 1, col: 1, rows: 3, cols: 1 } },
    { name: "Weighted", values: { row: 1, col: 2, rows: 2, cols: 1 } },
  ],
  anchor: { row: 6, col: 0, rows: 10, cols: 5 },
};

function sheet() {
  const engine = WorkbookEngine.create(["R"]);
  engine.setCells("R", { row: 0, col: 0 }, [
    ["Month", "Open", "Weighted"],
    ["2025-07", 100, "=B2*0.5"],
    ["2025-08", "n/a", "=1/0"],
    [45900, null, null],
  ]);
  return engine;
}

describe("chartData", () => {
  it("plots text, blanks, errors and missing cells as 0", () => {
    const data = chartData(sheet(), "R", CHART);
    expect(data.series).toEqual([
      { name: "Open", values: [100, 0, 0] },
      { name: "Weighted", values: [50, 0, 0] },
    ]);
  });

  it("labels the categories as the grid shows their cells, a date as a date", () => {
    const engine = sheet();
    engine.setColumnFormat("R", 0, "date");
    expect(chartData(engine, "R", CHART)).toMatchObject({
      kind: "column",
      title: "Weighted pipeline",
      categories: ["2025-07", "2025-08", "2025-08-31"],
    });
  });

  it("follows an edit to a value cell", () => {
    const engine = sheet();
    engine.setCell("R", { row: 1, col: 1 }, 300);
    expect(chartData(engine, "R", CHART).series[1].values[0]).toBe(150);
  });
});
