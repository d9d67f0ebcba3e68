import { OfficeMockObject } from "office-addin-mock";
import { valueOf } from "../core/kernel/testing/results";
import type { ChartSpec, SheetSpec } from "../core/sheet";
import { createOfficeGateway } from "./officeGateway";
import { cellLink, chartDrawing, queueChartLook, supportsFunnelChart } from "./renderCharts";
import { hyperlinkOf } from "./testing/linkFormulaModel";
import { installRecordingExcel } from "./testing/recordingExcel";
import { writeReportInExcel } from "./writeReport";

const column = (row: number, col: number, rows: number) => ({ row, col, rows, cols: 1 });

const FUNNEL: ChartSpec = {
  kind: "funnel",
  title: "商机漏斗 / Deals by stage",
  categories: column(1, 0, 3),
  series: [
    { name: "商机数", values: column(1, 1, 3) },
    { name: "金额", values: column(1, 2, 3) },
  ],
  anchor: { row: 0, col: 4, rows: 15, cols: 6 },
};

const SPEC: SheetSpec = {
  name: "Charts",
  cells: [
    { row: 1, col: 0, value: "意向" },
    { row: 2, col: 0, value: "立项" },
    { row: 3, col: 0, value: "成交" },
    { row: 1, col: 1, value: 9 },
    { row: 5, col: 0, value: "D7", link: { sheet: "Bob's deals", address: "A8" } },
    // Two lines: no HYPERLINK formula can show it (linkFormulas.ts), so its link is set by a call.
    { row: 6, col: 0, value: "D8\nD9", link: { sheet: "Bob's deals", address: "A9" } },
  ],
  charts: [FUNNEL, { ...FUNNEL, kind: "line", title: "Trend", series: [FUNNEL.series[0]] }],
};

describe("chartDrawing", () => {
  it("draws a funnel as Excel's funnel chart where it exists, else as bars with the first stage on top", () => {
    expect(chartDrawing("funnel", true)).toEqual({ type: "Funnel", reverseCategories: false });
    expect(chartDrawing("funnel", false)).toEqual({ type: "BarClustered", reverseCategories: true });
  });

  it("keeps a bar chart's categories in the spec's order top to bottom, and columns and lines as they are", () => {
    expect(chartDrawing("bar", true)).toEqual({ type: "BarClustered", reverseCategories: true });
    expect(chartDrawing("column", false)).toEqual({ type: "ColumnClustered", reverseCategories: false });
    expect(chartDrawing("line", true)).toEqual({ type: "Line", reverseCategories: false });
  });

  it("draws a stacked column chart as Excel's stacked columns, categories left to right", () => {
    expect(chartDrawing("stackedColumn", true)).toEqual({ type: "ColumnStacked", reverseCategories: false });
  });
});

/** A chart of office-addin-mock whose series record their fills: the colour set, or "none" once cleared. */
function mockChart(seriesCount: number) {
  const fills: (string | undefined)[] = new Array<string | undefined>(seriesCount).fill(undefined);
  const series = Array.from(
    { length: seriesCount },
    (_, s) =>
      new OfficeMockObject({
        format: {
          fill: {
            clear: () => void (fills[s] = "none"),
            setSolidColor: (color: string) => void (fills[s] = color),
          },
          line: { color: "" },
        },
      }),
  );
  const chart = new OfficeMockObject({
    legend: { visible: true, position: "Right" },
    dataLabels: { showValue: false, numberFormat: "" },
    axes: { valueAxis: { numberFormat: "" } },
    series: { getItemAt: (s: number) => series[s] },
  }) as unknown as Excel.Chart;
  return { chart, fills };
}

describe("queueChartLook", () => {
  const bridge: ChartSpec = {
    kind: "stackedColumn",
    title: "Pipeline bridge (amount)",
    categories: column(1, 0, 4),
    series: [
      { name: "Base", values: column(1, 1, 4), hidden: true },
      { name: "Increase", values: column(1, 2, 4) },
      { name: "Decrease", values: column(1, 3, 4) },
      { name: "Total", values: column(1, 4, 4) },
    ],
    anchor: { row: 6, col: 0, rows: 16, cols: 6 },
    numberFormat: "#,##0",
    seriesColors: ["#FFFFFF", "#548235", "#C00000", "#1F4E79"],
  };

  it("draws a bridge's base with no fill, its steps in their colours, and no legend", () => {
    const { chart, fills } = mockChart(4);
    queueChartLook(chart, bridge, "ColumnStacked", true);
    expect(fills).toEqual(["none", "#548235", "#C00000", "#1F4E79"]);
    expect(chart.legend.visible).toBe(false);
    expect(chart.axes.valueAxis.numberFormat).toBe("#,##0");
    // No values written over the bars (the base would show its own): showValue never set.
    expect(chart.dataLabels.showValue).not.toBe(true);
  });

  it("keeps the legend below a stacked chart whose series all show", () => {
    const { chart, fills } = mockChart(2);
    const shown = { ...bridge, series: bridge.series.slice(1, 3), seriesColors: undefined };
    queueChartLook(chart, shown, "ColumnStacked", false);
    expect(fills).toEqual([undefined, undefined]);
    expect(chart.legend.visible).toBe(true);
    expect(chart.legend.position).toBe("Bottom");
    // No ExcelApi 1.8: the axis keeps the cells' format.
    expect(chart.axes.valueAxis.numberFormat).not.toBe("#,##0");
  });
});

describe("supportsFunnelChart", () => {
  afterEach(() => delete (globalThis as { Office?: unknown }).Office);

  it("asks Office for ExcelApi 1.9", () => {
    const asked: string[] = [];
    (globalThis as { Office?: unknown }).Office = {
      context: {
        requirements: {
          isSetSupported: (set: string, version: string) => (asked.push(`${set} ${version}`), false),
        },
      },
    };
    expect(supportsFunnelChart()).toBe(false);
    expect(asked).toEqual(["ExcelApi 1.9"]);
  });
});

describe("cellLink", () => {
  it("keeps the text the cell shows, made literal where the host would read it as a formula", () => {
    const link = { sheet: "商机", address: "A2" };
    expect(cellLink({ row: 0, col: 0, value: "D1", link })).toEqual({
      documentReference: "'商机'!A2",
      textToDisplay: "D1",
    });
    expect(cellLink({ row: 0, col: 0, value: "=1+1", link })?.textToDisplay).toBe("'=1+1");
    expect(cellLink({ row: 0, col: 0, value: 42, link })?.textToDisplay).toBe("42");
    expect(cellLink({ row: 0, col: 0, formula: "=A1", link })).toEqual({ documentReference: "'商机'!A2" });
    expect(cellLink({ row: 0, col: 0, value: "D1" })).toBeUndefined();
  });
});

/** The funnel chart drawn as bars: first stage on top, its title, series and place as the funnel's. */
const FUNNEL_CHART = {
  type: "Funnel",
  source: "B2:B4",
  seriesBy: "Columns",
  title: "商机漏斗 / Deals by stage",
  position: { start: "E1", end: "J15" },
  series: [
    { name: "商机数", values: "B2:B4", categories: "A2:A4" },
    { name: "金额", values: "C2:C4", categories: "A2:A4" },
  ],
};
/** Drawn as bars, the chart takes the look every chart but a native funnel takes: two series, a legend below. */
const FUNNEL_AS_BARS = {
  ...FUNNEL_CHART,
  type: "BarClustered",
  reversePlotOrder: true,
  legend: { visible: true, position: "Bottom" },
};

describe("charts and links in Excel", () => {
  it("adds each chart over its values, with categories, series names, title and place, in three syncs", async () => {
    const excel = installRecordingExcel();
    const result = await createOfficeGateway().createSheet(SPEC);
    expect(result).toEqual({ ok: true, value: { sheet: "Charts" } });
    // The line chart with the sheet's main write; the funnel chart in the request that finishes the sheet.
    expect(excel.syncs()).toBe(3);
    expect(excel.sheet("Charts").charts).toEqual([
      {
        type: "Line",
        source: "B2:B4",
        seriesBy: "Columns",
        title: "Trend",
        position: { start: "E1", end: "J15" },
        series: [{ name: "商机数", values: "B2:B4", categories: "A2:A4" }],
        legend: { visible: false },
      },
      FUNNEL_CHART,
    ]);
  });

  it("draws the funnel chart as bars, first stage on top, where Excel refuses a funnel chart's title — and says so", async () => {
    const excel = installRecordingExcel({ failOn: "chart.title@Funnel" });
    const result = valueOf(await createOfficeGateway().createSheet(SPEC));
    const charts = excel.sheet("Charts").charts;
    expect(charts.map((c) => c.type)).toEqual(["Line", "BarClustered"]);
    expect(charts[1]).toEqual(FUNNEL_AS_BARS);
    expect(result.notes).toEqual([
      {
        en: 'The funnel charts were drawn as bar charts, first stage on top: this Excel refused the funnel chart "商机漏斗 / Deals by stage": chart.title was refused (InvalidArgument, at chart.title)',
        zh: "漏斗图已改为条形图（第一个阶段在最上方）：此 Excel 不支持漏斗图“商机漏斗 / Deals by stage”：chart.title was refused（错误代码 InvalidArgument，出错位置 chart.title）",
      },
    ]);
    // The rest of the sheet is whole: its link, its print scaling, its view.
    expect(excel.sheet("Charts").links).toHaveLength(1);
    expect(excel.sheet("Charts").page.zoom).toBeDefined();
    expect(excel.workbook.active).toBe("Charts");
    // Read, write, finish; the refused funnel chart removed and drawn as bars with the rest sent again.
    expect(excel.syncs()).toBe(4);
  });

  it("draws every funnel chart of a report as bars where Excel refuses the first, with one note", async () => {
    const excel = installRecordingExcel({ failOn: "series.setXAxisValues@Funnel" });
    const second = { ...FUNNEL, title: "金额漏斗", anchor: { ...FUNNEL.anchor, row: 16 } };
    const result = valueOf(
      await createOfficeGateway().writeReport("charts", { ...SPEC, charts: [FUNNEL, second] }),
    );
    const charts = excel.sheet("Charts").charts;
    expect(charts).toEqual([
      FUNNEL_AS_BARS,
      { ...FUNNEL_AS_BARS, title: "金额漏斗", position: { start: "E17", end: "J31" } },
    ]);
    expect(result.notes).toHaveLength(1);
    expect(excel.syncs()).toBe(4);
  });

  it("draws the funnel chart as bars where Excel refuses the funnel chart itself", async () => {
    const excel = installRecordingExcel({ failOn: "charts.add@Funnel" });
    const result = valueOf(await createOfficeGateway().createSheet(SPEC));
    expect(excel.sheet("Charts").charts.map((c) => c.type)).toEqual(["Line", "BarClustered"]);
    expect(result.notes?.[0].en).toContain("(InvalidArgument, at charts.add)");
    // No funnel chart to remove: that request is refused too, and the bars are sent once more.
    expect(excel.syncs()).toBe(5);
  });

  it("draws a funnel as a reversed bar chart where Excel has no funnel chart", async () => {
    const excel = installRecordingExcel();
    const result = await Excel.run((context) =>
      writeReportInExcel(context, "charts", { ...SPEC, charts: [FUNNEL] }, { funnelChart: false }),
    );
    expect(result.ok).toBe(true);
    expect(excel.sheet("Charts").charts[0]).toMatchObject({ type: "BarClustered", reversePlotOrder: true });
  });

  it("writes a chart's values on it and on its axis in the tables' formats, in the stages' colours", async () => {
    const excel = installRecordingExcel();
    const bars: ChartSpec = {
      ...FUNNEL,
      kind: "bar",
      title: "Conversion to the next stage",
      series: [FUNNEL.series[0]],
      numberFormat: "0.0%",
      dataLabels: true,
      pointColors: ["#1F4E79", "#5E88B2", "#548235"],
    };
    const lines: ChartSpec = {
      ...FUNNEL,
      kind: "line",
      title: "Forecast range",
      anchor: { ...FUNNEL.anchor, row: 16 },
      numberFormat: "#,##0",
      seriesColors: ["#9DC3E6", "#1F4E79"],
    };
    await createOfficeGateway().createSheet({ ...SPEC, charts: [bars, lines] });
    const [bar, line] = excel.sheet("Charts").charts;
    expect(bar).toMatchObject({
      legend: { visible: false },
      dataLabels: { showValue: true, numberFormat: "0.0%" },
      valueAxisNumberFormat: "0.0%",
      series: [{ pointColors: ["#1F4E79", "#5E88B2", "#548235"] }],
    });
    expect(line).toMatchObject({
      legend: { visible: true, position: "Bottom" },
      valueAxisNumberFormat: "#,##0",
      series: [{ color: "#9DC3E6" }, { color: "#1F4E79" }],
    });
    // No data labels asked for: none written over the lines.
    expect(line.dataLabels).toBeUndefined();
  });

  it("leaves a native funnel chart Excel's own look, so a host that refuses its members keeps it", async () => {
    const excel = installRecordingExcel();
    const funnel: ChartSpec = {
      ...FUNNEL,
      numberFormat: "#,##0",
      dataLabels: true,
      pointColors: ["#1F4E79"],
    };
    await createOfficeGateway().createSheet({ ...SPEC, charts: [funnel] });
    expect(excel.sheet("Charts").charts).toEqual([FUNNEL_CHART]);
  });

  it("links a cell to its deal's row, keeping what the cell shows: by a HYPERLINK formula, else by a call", async () => {
    const excel = installRecordingExcel();
    await createOfficeGateway().createSheet(SPEC);
    const sheet = excel.sheet("Charts");
    expect(hyperlinkOf(sheet.cells.get("A6")?.input)).toEqual({
      target: { sheet: "Bob's deals", address: "A8" },
      shown: "D7",
    });
    expect(sheet.links).toEqual([
      { address: "A7", hyperlink: { documentReference: "'Bob''s deals'!A9", textToDisplay: "D8\nD9" } },
    ]);
    expect(sheet.cells.get("A7")?.input).toBe("D8\nD9");
    // The formula with the contents, the call with the rest of finishing: no round trip more.
    expect(excel.syncs()).toBe(3);
  });

  it("keeps the sheet and the cells' text where Excel refuses the links, and says so", async () => {
    const excel = installRecordingExcel({ failOn: "range.hyperlink" });
    const result = valueOf(await createOfficeGateway().createSheet(SPEC));
    expect(result.notes?.map((note) => note.en)).toEqual([
      expect.stringMatching(
        /^Some cells do not link to their rows \(their text is there\): .*range\.hyperlink/,
      ),
    ]);
    expect(result.notes?.[0].zh).toContain("部分单元格未能链接到对应的行");
    const sheet = excel.sheet("Charts");
    expect(sheet.links).toEqual([]);
    expect(sheet.cells.get("A7")?.input).toBe("D8\nD9");
    expect(hyperlinkOf(sheet.cells.get("A6")?.input)?.shown).toBe("D7");
    expect(sheet.charts.map((c) => c.type)).toEqual(["Line", "Funnel"]);
    expect(excel.syncs()).toBe(4);
  });

  it("adds a stacked column bridge over its series with the sheet's main write, in the same syncs", async () => {
    const excel = installRecordingExcel();
    const bridge: ChartSpec = {
      kind: "stackedColumn",
      title: "Bridge",
      categories: column(1, 0, 3),
      series: [
        { name: "Up", values: column(1, 1, 3) },
        { name: "Down", values: column(1, 2, 3) },
      ],
      anchor: FUNNEL.anchor,
      seriesColors: ["#548235", "#C00000"],
    };
    await createOfficeGateway().createSheet({ ...SPEC, charts: [bridge] });
    expect(excel.sheet("Charts").charts).toEqual([
      {
        type: "ColumnStacked",
        source: "B2:B4",
        seriesBy: "Columns",
        title: "Bridge",
        position: { start: "E1", end: "J15" },
        series: [
          { name: "Up", values: "B2:B4", categories: "A2:A4", color: "#548235" },
          { name: "Down", values: "C2:C4", categories: "A2:A4", color: "#C00000" },
        ],
        legend: { visible: true, position: "Bottom" },
      },
    ]);
    // Read, write, finish: a stacked chart costs no request of its own.
    expect(excel.syncs()).toBe(3);
  });

  it("removes the sheet when Excel refuses a chart of its main write", async () => {
    const excel = installRecordingExcel({ failOn: "charts.add@Line" });
    const result = await createOfficeGateway().createSheet(SPEC);
    expect(result.ok).toBe(false);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});
