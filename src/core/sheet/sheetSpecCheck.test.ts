import { errorOf, valueOf } from "../kernel/testing/results";
import type { SheetSpec } from "./sheetSpec";
import { checkSheetSpec, isA1Reference, isValidRangeName } from "./sheetSpecCheck";

const GOOD: SheetSpec = {
  name: "初步评估",
  cells: [
    { row: 0, col: 0, value: "客户名称", style: { bold: true, fill: "#DDEBF7" } },
    { row: 0, col: 1, input: true },
    { row: 1, col: 1, formula: "=COUNTA(B1)" },
  ],
  merges: [{ row: 3, col: 0, rows: 1, cols: 3 }],
  validations: [{ range: { row: 0, col: 1, rows: 1, cols: 1 }, kind: "list", values: ["是", "否"] }],
  names: [{ name: "FUNNEL_STAGES", range: { row: 0, col: 1, rows: 1, cols: 1 } }],
  tables: [{ name: "FunnelPipeline", range: { row: 5, col: 0, rows: 2, cols: 2 } }],
  freeze: { rows: 1, cols: 0 },
  columnWidths: { 0: 80 },
};

const problem = (change: Partial<SheetSpec>) => errorOf(checkSheetSpec({ ...GOOD, ...change })).message;

describe("isValidRangeName", () => {
  it.each(["B2", "$B$2", "R1C1", "r", "C", "my name", "1st", "a-b", ""])("refuses %p", (name) => {
    expect(isValidRangeName(name)).toBe(false);
  });
  it.each(["FUNNEL_STAGES", "_x", "阶段列表", "Stage.List", "ABCD1"])("accepts %p", (name) => {
    expect(isValidRangeName(name)).toBe(true);
  });
});

describe("checkSheetSpec", () => {
  it("refuses a cell off the sheet, twice written, or with both a value and a formula", () => {
    expect(problem({ cells: [{ row: -1, col: 0 }] }).en).toContain("off the sheet");
    expect(problem({ cells: [{ row: 0, col: 16_384 }] }).en).toContain("off the sheet");
    expect(
      problem({
        cells: [
          { row: 0, col: 0 },
          { row: 0, col: 0 },
        ],
      }).en,
    ).toContain("A1 appears twice");
    expect(problem({ cells: [{ row: 0, col: 0, value: 1, formula: "=1" }] }).en).toContain(
      "both a value and a formula",
    );
  });

  it("refuses a formula without '=', a non-finite number and a malformed colour", () => {
    expect(problem({ cells: [{ row: 0, col: 0, formula: "SUM(A1)" }] }).en).toContain(
      'does not start with "="',
    );
    expect(problem({ cells: [{ row: 0, col: 0, value: Number.NaN }] }).en).toContain("invalid number");
    expect(problem({ cells: [{ row: 0, col: 0, style: { fill: "yellow" } }] }).en).toContain("#RRGGBB");
  });

  it("refuses empty or overlapping ranges and one-cell merges", () => {
    expect(problem({ merges: [{ row: 0, col: 0, rows: 0, cols: 2 }] }).en).toContain("merge");
    expect(problem({ merges: [{ row: 0, col: 0, rows: 1, cols: 1 }] }).en).toContain("covers one cell");
    expect(
      problem({
        merges: [
          { row: 0, col: 0, rows: 1, cols: 3 },
          { row: 0, col: 2, rows: 2, cols: 1 },
        ],
      }).en,
    ).toContain("overlap");
    expect(problem({ printArea: { row: 0, col: 0, rows: 1_048_577, cols: 1 } }).en).toContain("print area");
  });

  it("refuses dropdowns Excel cannot hold and impossible number rules", () => {
    const range = { row: 0, col: 0, rows: 1, cols: 1 };
    expect(problem({ validations: [{ range, kind: "list", values: [] }] }).en).toContain("no choices");
    expect(problem({ validations: [{ range, kind: "list", values: ["a,b"] }] }).en).toContain("comma");
    expect(problem({ validations: [{ range, kind: "listFromName", name: "A1" }] }).en).toContain(
      "invalid name",
    );
    expect(problem({ validations: [{ range, kind: "decimal", min: 2, max: 1 }] }).en).toContain(
      "invalid range",
    );
  });

  it("refuses invalid or repeated names, bad panes and bad widths", () => {
    const range = { row: 0, col: 0, rows: 1, cols: 1 };
    expect(problem({ names: [{ name: "my stages", range }] }).en).toContain('"my stages" is invalid');
    expect(problem({ names: [{ name: "funnelpipeline", range }] }).en).toContain("defined twice");
    expect(problem({ freeze: { rows: -1, cols: 0 } }).en).toContain("frozen");
    expect(problem({ columnWidths: { 2: -3 } }).en).toContain("column 2");
  });

  describe("report fields: links, names on other sheets, charts", () => {
    const column = (col: number) => ({ row: 1, col, rows: 3, cols: 1 });
    const CHART = {
      kind: "column" as const,
      title: "Conversion",
      categories: column(0),
      series: [{ name: "Rate", values: column(1) }],
      anchor: { row: 0, col: 4, rows: 10, cols: 6 },
    };
    const REPORT: SheetSpec = {
      ...GOOD,
      cells: [...GOOD.cells, { row: 2, col: 0, value: "OPP-1", link: { sheet: "Deals", address: "A2" } }],
      names: [{ name: "FUNNEL_DATA_STAGE", sheet: "Deals", range: column(3) }],
      charts: [CHART],
    };
    const reportProblem = (change: Partial<SheetSpec>) =>
      errorOf(checkSheetSpec({ ...REPORT, ...change })).message.en;

    it("refuses a link to an invalid sheet or address", () => {
      const linked = (sheet: string, address: string): Partial<SheetSpec> => ({
        cells: [{ row: 0, col: 0, value: "x", link: { sheet, address } }],
      });
      expect(reportProblem(linked("a/b", "A2"))).toContain("link of cell A1");
      expect(reportProblem(linked("Deals", "Deals!A2"))).toContain("link of cell A1");
      expect(reportProblem(linked("Deals", "XFE1"))).toContain("link of cell A1");
    });

    it("refuses a name on another sheet with an invalid sheet name", () => {
      const names = [{ name: "FUNNEL_DATA_STAGE", sheet: "", range: column(3) }];
      expect(reportProblem({ names })).toContain('points at an invalid sheet name ""');
    });

    it("refuses charts with bad ranges, no series, or columns that do not line up", () => {
      expect(
        reportProblem({ charts: [{ ...CHART, anchor: { row: 0, col: 4, rows: 0, cols: 6 } }] }),
      ).toContain("chart 1 (Conversion) has an invalid range");
      expect(reportProblem({ charts: [{ ...CHART, series: [] }] })).toContain("lacks a title, a series");
      expect(reportProblem({ charts: [{ ...CHART, title: " " }] })).toContain("lacks a title");
      const twoCols = [{ name: "Rate", values: { row: 1, col: 1, rows: 3, cols: 2 } }];
      expect(reportProblem({ charts: [{ ...CHART, series: twoCols }] })).toContain("single columns");
      const shorter = [{ name: "Rate", values: { row: 1, col: 1, rows: 2, cols: 1 } }];
      expect(reportProblem({ charts: [{ ...CHART, series: shorter }] })).toContain("same length");
    });

    it("refuses a hidden series outside a stacked column chart, alone, or with data labels", () => {
      const base = { name: "Base", values: column(1), hidden: true };
      const step = { name: "Step", values: column(2) };
      const bridge = { ...CHART, kind: "stackedColumn" as const, series: [base, step] };
      expect(valueOf(checkSheetSpec({ ...REPORT, charts: [bridge] })).charts).toEqual([bridge]);
      expect(reportProblem({ charts: [{ ...bridge, kind: "column" }] })).toContain(
        "only a stacked column chart can have a hidden series",
      );
      expect(reportProblem({ charts: [{ ...bridge, series: [base] }] })).toContain("needs a visible one");
      expect(reportProblem({ charts: [{ ...bridge, dataLabels: true }] })).toContain("without data labels");
    });

    it("refuses a chart colour that is not #RRGGBB, or more series colours than series", () => {
      expect(reportProblem({ charts: [{ ...CHART, seriesColors: ["red"] }] })).toContain("not #RRGGBB");
      expect(reportProblem({ charts: [{ ...CHART, pointColors: ["#12345"] }] })).toContain("not #RRGGBB");
      expect(reportProblem({ charts: [{ ...CHART, seriesColors: ["#1F4E79", "#548235"] }] })).toContain(
        "more series colours than series",
      );
    });

    it("accepts links, names on another sheet and charts that line up", () => {
      expect(valueOf(checkSheetSpec(REPORT))).toBe(REPORT);
    });

    it("reads A1 cells and ranges inside the grid as references", () => {
      expect(["", "A", "1", "A0", "A1:B2:C3", "Sheet1!A1", "XFE1", "A1048577"].map(isA1Reference)).toEqual(
        new Array(8).fill(false),
      );
      expect(["A1", "$B$7", "A2:I2", "XFD1048576"].map(isA1Reference)).toEqual([true, true, true, true]);
    });
  });

  it("says in both languages that no sheet was created", () => {
    const message = problem({ cells: [{ row: 0, col: 0, formula: "1" }] });
    expect(message.en).toMatch(/^The sheet "初步评估" is not well defined: .*No sheet was created\.$/);
    expect(message.zh).toMatch(/^工作表“初步评估”的定义有误：.*未创建工作表。$/);
  });

  it("accepts a well-formed spec as it is", () => {
    expect(valueOf(checkSheetSpec(GOOD))).toBe(GOOD);
  });
});
