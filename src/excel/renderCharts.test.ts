import type { ChartSpec, SheetSpec } from "../core/sheet";
import { createOfficeGateway } from "./officeGateway";
import { chartDrawing, documentReference, supportsFunnelChart } from "./renderCharts";
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

describe("documentReference", () => {
  it("quotes the sheet and doubles its apostrophes", () => {
    expect(documentReference("Bob's deals", "A8")).toBe("'Bob''s deals'!A8");
    expect(documentReference("商机", "C3")).toBe("'商机'!C3");
  });
});

describe("charts and links in Excel", () => {
  it("adds each chart over its values, with categories, series names, title and place, in the same two syncs", async () => {
    const excel = installRecordingExcel();
    const result = await createOfficeGateway().createSheet(SPEC);
    expect(result.ok).toBe(true);
    expect(excel.syncs()).toBe(2);
    expect(excel.sheet("Charts").charts).toEqual([
      {
        type: "Funnel",
        source: "B2:B4",
        seriesBy: "Columns",
        title: "商机漏斗 / Deals by stage",
        position: { start: "E1", end: "J15" },
        series: [
          { name: "商机数", values: "B2:B4", categories: "A2:A4" },
          { name: "金额", values: "C2:C4", categories: "A2:A4" },
        ],
      },
      {
        type: "Line",
        source: "B2:B4",
        seriesBy: "Columns",
        title: "Trend",
        position: { start: "E1", end: "J15" },
        series: [{ name: "商机数", values: "B2:B4", categories: "A2:A4" }],
      },
    ]);
  });

  it("draws a funnel as a reversed bar chart where Excel has no funnel chart", async () => {
    const excel = installRecordingExcel();
    const result = await Excel.run((context) =>
      writeReportInExcel(context, "charts", { ...SPEC, charts: [FUNNEL] }, { funnelChart: false }),
    );
    expect(result.ok).toBe(true);
    expect(excel.sheet("Charts").charts[0]).toMatchObject({ type: "BarClustered", reversePlotOrder: true });
  });

  it("links a cell to its deal's row, keeping what the cell shows", async () => {
    const excel = installRecordingExcel();
    await createOfficeGateway().createSheet(SPEC);
    const sheet = excel.sheet("Charts");
    expect(sheet.links).toEqual([{ address: "A6", hyperlink: { documentReference: "'Bob''s deals'!A8" } }]);
    expect(sheet.cells.get("A6")?.input).toBe("D7");
  });

  it("removes the sheet when Excel refuses a chart", async () => {
    const excel = installRecordingExcel({ failOn: "charts.add" });
    const result = await createOfficeGateway().createSheet(SPEC);
    expect(result.ok).toBe(false);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});
