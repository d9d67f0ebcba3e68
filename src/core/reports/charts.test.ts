import { SheetBuilder } from "../sheet";
import { reportCharts } from "./charts";

const stages = { firstRow: 20, rows: 7, firstCol: 0 };
const place = { col: 12, row: 5, cols: 8, rows: 16 };

describe("reportCharts", () => {
  it("leaves out the close-month chart when there is no close month", () => {
    const charts = reportCharts(
      new SheetBuilder("en"),
      stages,
      { firstRow: 40, rows: 0, firstCol: 0 },
      place,
    );
    expect(charts.map((c) => c.kind)).toEqual(["funnel", "funnel", "column", "bar"]);
  });

  it("draws each chart over its table's columns, stacked with a row between", () => {
    const charts = reportCharts(
      new SheetBuilder("en"),
      stages,
      { firstRow: 40, rows: 3, firstCol: 0 },
      place,
    );
    expect(charts[0]).toEqual({
      kind: "funnel",
      title: "Deals reached by stage",
      categories: { row: 20, col: 0, rows: 7, cols: 1 },
      series: [{ name: "Reached", values: { row: 20, col: 2, rows: 7, cols: 1 } }],
      anchor: { row: 5, col: 12, rows: 16, cols: 8 },
    });
    expect(charts[3]).toMatchObject({
      kind: "column",
      categories: { row: 40, col: 0, rows: 3, cols: 1 },
      series: [
        { name: "Open amount", values: { row: 40, col: 1, rows: 3, cols: 1 } },
        { name: "Weighted amount", values: { row: 40, col: 2, rows: 3, cols: 1 } },
      ],
    });
    expect(charts.map((c) => c.anchor.row)).toEqual([5, 22, 39, 56, 73]);
  });
});
