import { errorOf, valueOf } from "./testing/results";
import type { SheetSpec } from "./sheetSpec";
import { checkSheetSpec, isValidRangeName } from "./sheetSpecCheck";

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

  it("says in both languages that no sheet was created", () => {
    const message = problem({ cells: [{ row: 0, col: 0, formula: "1" }] });
    expect(message.en).toMatch(/^The sheet "初步评估" is not well defined: .*No sheet was created\.$/);
    expect(message.zh).toMatch(/^工作表“初步评估”的定义有误：.*未创建工作表。$/);
  });

  it("accepts a well-formed spec as it is", () => {
    expect(valueOf(checkSheetSpec(GOOD))).toBe(GOOD);
  });
});
