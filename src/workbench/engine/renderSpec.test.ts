import { DetailedCellError } from "hyperformula";
import { type SheetSpec, INPUT_FILL } from "../../core/sheet";
import { TEMPLATES } from "../../core/templates";
import { errorOf, valueOf } from "../../core/kernel/testing/results";
import { renderSpec } from "./renderSpec";
import { WorkbookEngine } from "./workbookEngine";

const at = (row: number, col: number) => ({ row, col });

const SETTINGS: SheetSpec = {
  name: "阶段设置",
  cells: [
    { row: 0, col: 0, value: "阶段", style: { bold: true, fill: "#1F4E79", fontColor: "#FFFFFF" } },
    { row: 0, col: 1, value: "概率", style: { bold: true, fill: "#1F4E79", fontColor: "#FFFFFF" } },
    { row: 1, col: 0, value: "意向客户", input: true },
    { row: 1, col: 1, value: 0.25, input: true, style: { numberFormat: "0%" } },
    { row: 2, col: 0, value: "谈判客户", input: true },
    { row: 2, col: 1, value: 0.75, input: true, style: { numberFormat: "0%" } },
    { row: 4, col: 0, value: '=HYPERLINK("http://x")' },
    { row: 4, col: 1, formula: "=SUM(FUNNEL_PROBABILITIES)" },
    { row: 5, col: 0, value: "说明".repeat(40), style: { wrap: true } },
  ],
  columnWidths: { 0: 90, 1: 60 },
  merges: [{ row: 5, col: 0, rows: 1, cols: 2 }],
  validations: [
    { range: { row: 1, col: 1, rows: 2, cols: 1 }, kind: "decimal", min: 0, max: 1 },
    { range: { row: 7, col: 0, rows: 1, cols: 1 }, kind: "listFromName", name: "FUNNEL_STAGES" },
    { range: { row: 7, col: 1, rows: 1, cols: 1 }, kind: "list", values: ["是", "否"] },
  ],
  names: [
    { name: "FUNNEL_STAGES", range: { row: 1, col: 0, rows: 3, cols: 1 } },
    { name: "FUNNEL_PROBABILITIES", range: { row: 1, col: 1, rows: 2, cols: 1 } },
  ],
  freeze: { rows: 1, cols: 0 },
  protect: true,
};

describe("renderSpec", () => {
  it("refuses a malformed spec and adds no sheet", () => {
    const engine = WorkbookEngine.create();
    const error = errorOf(renderSpec(engine, { name: "X", cells: [{ row: 0, col: 0, formula: "1+1" }] }));
    expect(error.message.en).toContain('does not start with "="');
    expect(engine.sheetNames()).toEqual(["Sheet1"]);
  });

  it("adds the sheet under a free name and changes no cell of the sheet it would have replaced", () => {
    const engine = WorkbookEngine.create(["阶段设置"]);
    engine.setCell("阶段设置", at(0, 0), "mine");
    expect(valueOf(renderSpec(engine, SETTINGS))).toEqual({ sheet: "阶段设置 (2)" });
    expect(engine.cell("阶段设置", at(0, 0)).value).toBe("mine");
    expect(engine.isEmpty("阶段设置", at(1, 0))).toBe(true);
    expect(engine.decor("阶段设置").look(at(0, 0))).toBeUndefined();
  });

  it("writes text that looks like a formula as text, numbers as numbers, formulas that compute over names", () => {
    const engine = WorkbookEngine.create();
    const { sheet } = valueOf(renderSpec(engine, SETTINGS));
    expect(engine.cell(sheet, at(4, 0)).value).toBe('=HYPERLINK("http://x")');
    expect(engine.cell(sheet, at(1, 1)).value).toBe(0.25);
    expect(engine.cell(sheet, at(4, 1)).value).toBe(1);
    engine.setCell(sheet, at(2, 1), 0.5);
    expect(engine.cell(sheet, at(4, 1)).value).toBe(0.75);
  });

  it("writes the totals row of a table as plain formulas", () => {
    const engine = WorkbookEngine.create();
    const spec: SheetSpec = {
      name: "Deals",
      cells: [
        { row: 0, col: 0, value: "Amount" },
        { row: 1, col: 0, value: 5 },
        { row: 2, col: 0, value: 7 },
      ],
      tables: [
        { name: "Deals", range: { row: 0, col: 0, rows: 3, cols: 1 }, totals: { 0: "=SUBTOTAL(109,A2:A3)" } },
      ],
    };
    const deals = valueOf(renderSpec(engine, spec)).sheet;
    expect(engine.cell(deals, at(3, 0)).value).toBe(12);
  });

  it("keeps looks, merges, dropdowns, widths, row heights, panes and protection for the grid", () => {
    const engine = WorkbookEngine.create();
    const { sheet } = valueOf(renderSpec(engine, SETTINGS));
    const decor = engine.decor(sheet);
    expect(decor.look(at(0, 1))).toEqual({
      style: { bold: true, fill: "#1F4E79", fontColor: "#FFFFFF" },
      input: false,
    });
    expect(decor.look(at(2, 1))).toEqual({ style: { numberFormat: "0%" }, input: true });
    expect(decor.mergeAt(at(5, 1))).toEqual({ range: { row: 5, col: 0, rows: 1, cols: 2 }, anchor: false });
    expect(engine.choicesAt(sheet, at(7, 0))).toEqual(["意向客户", "谈判客户"]);
    expect(engine.choicesAt(sheet, at(7, 1))).toEqual(["是", "否"]);
    expect(engine.choicesAt(sheet, at(1, 1))).toBeUndefined();
    expect(engine.columnWidth(sheet, 0)).toBe(120);
    expect(decor.rowHeights().get(5)).toBeGreaterThan(24);
    expect(decor.frozen).toEqual({ rows: 1, cols: 0 });
    expect(decor.protected).toBe(true);
    expect(INPUT_FILL).toMatch(/^#/);
  });

  it("follows a renamed stage in the dropdown that lists from a name", () => {
    const engine = WorkbookEngine.create();
    const { sheet } = valueOf(renderSpec(engine, SETTINGS));
    engine.setCell(sheet, at(3, 0), "成交客户");
    expect(engine.choicesAt(sheet, at(7, 0))).toEqual(["意向客户", "谈判客户", "成交客户"]);
  });

  it("defines a name the workbook has on the new sheet only; the first sheet's formulas keep theirs", () => {
    const engine = WorkbookEngine.create();
    const first = valueOf(renderSpec(engine, SETTINGS)).sheet;
    const second = valueOf(renderSpec(engine, SETTINGS)).sheet;
    expect(engine.workbookNames()).toEqual(["FUNNEL_STAGES", "FUNNEL_PROBABILITIES"]);
    engine.setCell(second, at(1, 1), 0.5);
    expect(engine.cell(second, at(4, 1)).value).toBe(1.25);
    expect(engine.cell(first, at(4, 1)).value).toBe(1);
  });

  it("removes the sheet and the names it added when the engine refuses a name midway", () => {
    const engine = WorkbookEngine.create();
    const spec: SheetSpec = {
      ...SETTINGS,
      names: [SETTINGS.names![0], { name: "阶段列表", range: { row: 1, col: 0, rows: 1, cols: 1 } }],
    };
    const error = errorOf(renderSpec(engine, spec));
    expect(error.message.en).toMatch(
      /^Could not create the sheet "阶段设置": .*the workbook is unchanged\.$/,
    );
    expect(error.message.zh).toContain("无法创建工作表“阶段设置”");
    expect(engine.sheetNames()).toEqual(["Sheet1"]);
    expect(engine.workbookNames()).toEqual([]);
  });

  it("refuses a name pointing at a sheet that does not exist, and adds nothing", () => {
    const engine = WorkbookEngine.create();
    const spec: SheetSpec = {
      name: "Report",
      cells: [],
      names: [{ name: "DEAL_STAGE", sheet: "Gone", range: { row: 1, col: 0, rows: 3, cols: 1 } }],
    };
    expect(errorOf(renderSpec(engine, spec)).message.en).toMatch(/^Could not create the sheet "Report": /);
    expect(engine.sheetNames()).toEqual(["Sheet1"]);
    expect(engine.workbookNames()).toEqual([]);
  });

  it("defines a name pointing at another sheet's range, which the new sheet's formulas use", () => {
    const engine = WorkbookEngine.create(["Deals"]);
    engine.setCells("Deals", at(0, 0), [["Stage"], ["谈判客户"], ["成交客户"], ["谈判客户"]]);
    const spec: SheetSpec = {
      name: "Report",
      cells: [{ row: 0, col: 0, formula: '=COUNTIF(DEAL_STAGE,"谈判客户")' }],
      names: [{ name: "DEAL_STAGE", sheet: "Deals", range: { row: 1, col: 0, rows: 3, cols: 1 } }],
    };
    const { sheet } = valueOf(renderSpec(engine, spec));
    expect(engine.cell(sheet, at(0, 0)).value).toBe(2);
    engine.setCell("Deals", at(2, 0), "谈判客户");
    expect(engine.cell(sheet, at(0, 0)).value).toBe(3);
    // Rendered again: the workbook's name stays; the second sheet gets its own, over the same column.
    const second = valueOf(renderSpec(engine, spec)).sheet;
    expect(engine.cell(second, at(0, 0)).value).toBe(3);
    expect(engine.workbookNames()).toEqual(["DEAL_STAGE"]);
  });

  it("defines a name over an Excel table's columns that follows rows appended to or deleted from the table", () => {
    const engine = WorkbookEngine.create(["Deals"]);
    engine.setCells("Deals", at(0, 0), [["Stage"], ["谈判客户"], ["成交客户"], ["谈判客户"]]);
    const table = engine.addTable("Deals", "Deals", { row: 0, col: 0, rows: 4, cols: 1 });
    const spec: SheetSpec = {
      name: "Report",
      cells: [
        { row: 0, col: 0, formula: '=COUNTIF(DEAL_STAGE,"谈判客户")' },
        { row: 0, col: 1, formula: "=ROWS(DEAL_STAGE)" },
      ],
      names: [
        {
          name: "DEAL_STAGE",
          sheet: "Deals",
          range: { row: 1, col: 0, rows: 3, cols: 1 },
          tableColumns: { table, first: "Stage", last: "Stage" },
        },
      ],
    };
    const { sheet } = valueOf(renderSpec(engine, spec));
    const figures = () => [engine.cell(sheet, at(0, 0)).value, engine.cell(sheet, at(0, 1)).value];
    expect(figures()).toEqual([2, 3]);
    engine.setCell("Deals", at(4, 0), "谈判客户");
    expect(figures()).toEqual([3, 4]);
    engine.deleteRows("Deals", 1, 1);
    expect(figures()).toEqual([2, 3]);
    // Rendered again: the second sheet's own name follows the table too.
    const second = valueOf(renderSpec(engine, spec)).sheet;
    engine.setCell("Deals", at(4, 0), "谈判客户");
    expect(engine.cell(second, at(0, 1)).value).toBe(4);
    expect(figures()).toEqual([3, 4]);
  });

  it("refuses a name over a table the workbook does not have, and adds nothing", () => {
    const engine = WorkbookEngine.create(["Deals"]);
    const spec: SheetSpec = {
      name: "Report",
      cells: [],
      names: [
        {
          name: "DEAL_STAGE",
          sheet: "Deals",
          range: { row: 1, col: 0, rows: 3, cols: 1 },
          tableColumns: { table: "Gone", first: "Stage", last: "Stage" },
        },
      ],
    };
    expect(errorOf(renderSpec(engine, spec)).message.en).toMatch(/no table named “Gone”/);
    expect(engine.sheetNames()).toEqual(["Deals"]);
    expect(engine.workbookNames()).toEqual([]);
  });

  it("keeps each cell's link and each chart for the grid", () => {
    const engine = WorkbookEngine.create(["Deals"]);
    const chart = {
      kind: "funnel" as const,
      title: "Deals by stage",
      categories: { row: 0, col: 0, rows: 2, cols: 1 },
      series: [{ name: "Deals", values: { row: 0, col: 1, rows: 2, cols: 1 } }],
      anchor: { row: 3, col: 0, rows: 10, cols: 4 },
    };
    const { sheet } = valueOf(
      renderSpec(engine, {
        name: "Report",
        cells: [{ row: 5, col: 0, value: "D-007", link: { sheet: "Deals", address: "A8" } }],
        charts: [chart],
      }),
    );
    expect(engine.decor(sheet).linkAt(at(5, 0))).toEqual({ sheet: "Deals", address: "A8" });
    expect(engine.decor(sheet).linkAt(at(5, 1))).toBeUndefined();
    expect(engine.decor(sheet).charts()).toEqual([chart]);
  });

  it.each(TEMPLATES.flatMap((t) => (["zh", "en"] as const).map((language) => [t.id, language] as const)))(
    "renders the %s template (%s) with every cell it lists",
    (id, language) => {
      const engine = WorkbookEngine.create();
      for (const required of TEMPLATES.find((t) => t.id === id)?.requires ?? []) {
        valueOf(renderSpec(engine, TEMPLATES.find((t) => t.id === required)!.build({ language })));
      }
      const spec = TEMPLATES.find((t) => t.id === id)!.build({ language, customer: "=1+1", date: 45_800 });
      const { sheet } = valueOf(renderSpec(engine, spec));
      for (const cell of spec.cells) {
        const view = engine.cell(sheet, cell);
        if (cell.formula !== undefined) expect(view.input).toBe(cell.formula);
        else if (cell.value !== undefined && cell.value !== "") expect(view.value).toBe(cell.value);
      }
      const errors = spec.cells
        .filter((cell) => cell.formula !== undefined && !cell.formula.includes("FUNNEL."))
        .map((cell) => engine.cell(sheet, cell).value)
        .filter((value) => value instanceof DetailedCellError && value.type !== "NAME");
      expect(errors).toEqual([]);
    },
  );
});
