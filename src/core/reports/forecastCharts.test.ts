import { SheetBuilder } from "../sheet";
import { rampColors } from "./charts";
import { forecastCharts } from "./forecastCharts";

const place = { col: 12, row: 90, cols: 8, rows: 16 };

describe("forecastCharts", () => {
  it("draws no chart over a table without rows", () => {
    const charts = forecastCharts(
      new SheetBuilder("en"),
      { months: { firstRow: 40, rows: 0, firstCol: 0 }, quarters: { firstRow: 50, rows: 2, firstCol: 0 } },
      place,
    );
    expect(charts.map((c) => c.title)).toEqual(["Forecast range by quarter (P10–P90)"]);
  });

  it("draws P10, expected and P90 per period as lines over each table, stacked from the place", () => {
    const charts = forecastCharts(
      new SheetBuilder("zh"),
      { months: { firstRow: 40, rows: 5, firstCol: 0 }, quarters: { firstRow: 50, rows: 2, firstCol: 0 } },
      place,
    );
    const column = (row: number, col: number, rows: number) => ({ row, col, rows, cols: 1 });
    expect(charts[0]).toEqual({
      kind: "line",
      title: "按月预测区间（P10–P90）",
      categories: column(40, 0, 5),
      series: [
        { name: "保守（P10）", values: column(40, 7, 5) },
        { name: "加权预测", values: column(40, 6, 5) },
        { name: "乐观（P90）", values: column(40, 9, 5) },
      ],
      anchor: { row: 90, col: 12, rows: 16, cols: 8 },
      numberFormat: "#,##0",
      seriesColors: [rampColors(3)[2], rampColors(3)[0], rampColors(3)[1]],
      emptyNote:
        "这些期间内没有预计成交的进行中商机：请检查数据表的预计成交日期，或换一个截至日期，然后重新生成报告。",
    });
    expect(charts[1].categories).toEqual(column(50, 0, 2));
    expect(charts[1].anchor.row).toBe(107);
  });
});
