import { SheetBuilder } from "../sheet";
import { CHART_COLORS, rampColors, reportCharts, stageColors } from "./charts";

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
    expect(charts.map((c) => c.kind)).toEqual(["funnel", "bar", "bar", "bar"]);
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
      numberFormat: "#,##0",
      dataLabels: true,
      pointColors: stageColors(7),
      emptyNote:
        "No deal has reached a stage: check the data's stage column, then generate the report again.",
      funnelKey: "↓ Conversion to the next stage",
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

  it("answers one question a chart, its values written on it in the tables' formats", () => {
    const charts = reportCharts(
      new SheetBuilder("zh"),
      stages,
      { firstRow: 40, rows: 3, firstCol: 0 },
      place,
    );
    expect(charts.map((c) => [c.kind, c.title, c.numberFormat, c.dataLabels ?? false])).toEqual([
      ["funnel", "各阶段到达商机数", "#,##0", true],
      ["bar", "各阶段当前商机金额", "#,##0", true],
      ["bar", "到下一阶段的转化率", "0.0%", true],
      ["column", "按预计成交月份的加权商机", "#,##0", false],
      ["bar", "各阶段停滞商机", "#,##0", true],
    ]);
    // Amounts now in a stage need not fall from stage to stage: bars, never a funnel's bow-tie.
    expect(charts[1].series[0].values).toEqual({ row: 20, col: 3, rows: 7, cols: 1 });
    // Won deals take no next step and are never stuck: those charts end at the last open stage.
    expect(charts[2].categories.rows).toBe(6);
    expect(charts[4].categories.rows).toBe(6);
    expect(charts.every((c) => c.emptyNote !== undefined && c.emptyNote.length > 0)).toBe(true);
  });

  it("colours the stages in one ramp, the won stage green", () => {
    const charts = reportCharts(
      new SheetBuilder("en"),
      stages,
      { firstRow: 40, rows: 0, firstCol: 0 },
      place,
    );
    expect(charts[0].pointColors).toEqual([...rampColors(6), CHART_COLORS.won]);
    expect(charts[2].pointColors).toEqual(rampColors(6));
    expect(new Set(charts[0].pointColors).size).toBe(7);
  });
});

describe("stageColors", () => {
  it("runs from the ramp's dark end to its light end, and ends in green for won", () => {
    expect(stageColors(3)).toEqual([CHART_COLORS.rampFrom, CHART_COLORS.rampTo, CHART_COLORS.won]);
    expect(stageColors(2)).toEqual([CHART_COLORS.rampFrom, CHART_COLORS.won]);
    expect(stageColors(0)).toEqual([]);
  });
});
