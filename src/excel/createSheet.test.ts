import { valueOf } from "../core/kernel/testing/results";
import { type SheetSpec, INPUT_FILL } from "../core/sheet";
import { createOfficeGateway } from "./officeGateway";
import { installRecordingExcel } from "./testing/recordingExcel";

/** A small form: a title over two columns, an input, a formula, a customer whose name looks like a formula. */
const FORM: SheetSpec = {
  name: "二次评估",
  cells: [
    { row: 0, col: 0, value: "二次评估", style: { bold: true, fontSize: 14 } },
    { row: 1, col: 0, value: "客户名称", style: { bold: true, border: "thin" } },
    { row: 1, col: 1, value: '=HYPERLINK("http://x","Acme")', input: true, style: { border: "thin" } },
    { row: 2, col: 0, value: "金额", style: { bold: true, border: "thin" } },
    { row: 2, col: 1, value: 1200, input: true, style: { border: "thin", numberFormat: "#,##0" } },
    { row: 3, col: 0, value: "评级", style: { bold: true, border: "thin" } },
    { row: 3, col: 1, input: true, style: { border: "thin" } },
    { row: 4, col: 0, value: "结论", style: { bold: true, border: "thin" } },
    {
      row: 4,
      col: 1,
      formula: '=IF(B4="","",B3*2)',
      style: { fill: "#E2EFDA", border: "thin", numberFormat: "0%" },
    },
  ],
  columnWidths: { 0: 90, 1: 160 },
  merges: [{ row: 0, col: 0, rows: 1, cols: 2 }],
  validations: [{ range: { row: 3, col: 1, rows: 1, cols: 1 }, kind: "list", values: ["高", "中", "低"] }],
  names: [{ name: "FORM_RATING", range: { row: 3, col: 1, rows: 1, cols: 1 }, comment: "rating" }],
  freeze: { rows: 1, cols: 0 },
  printArea: { row: 0, col: 0, rows: 5, cols: 2 },
  protect: true,
};

describe("createSheet in Excel", () => {
  it("refuses a malformed spec before touching the workbook", async () => {
    const excel = installRecordingExcel();
    const result = await createOfficeGateway().createSheet({
      ...FORM,
      cells: [{ row: 0, col: 0, value: 1, formula: "=1" }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.en).toContain("both a value and a formula");
    expect(excel.syncs()).toBe(0);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("adds the sheet in three round trips — read, write, finish — and activates it", async () => {
    const excel = installRecordingExcel();
    const result = await createOfficeGateway().createSheet(FORM);
    expect(result).toEqual({ ok: true, value: { sheet: "二次评估" } });
    expect(excel.syncs()).toBe(3);
    expect(excel.workbook.active).toBe("二次评估");
    expect(excel.sheet("二次评估").selected).toBe("A1");
  });

  it("activates the sheet in a request after the one that added it, and freezes its panes once it is active", async () => {
    const excel = installRecordingExcel();
    let beforeFinishing: { sheets: string[]; active?: string } | undefined;
    excel.beforeSync(3, () => {
      beforeFinishing = { sheets: excel.workbook.sheets.map((s) => s.name), active: excel.workbook.active };
    });
    await createOfficeGateway().createSheet(FORM);
    // office-js #930: activating a sheet in the request that adds it may fail; #3148: freeze the active sheet only.
    expect(beforeFinishing).toEqual({ sheets: ["Sheet1", "二次评估"], active: undefined });
    const log = excel.callLog();
    expect(log.indexOf("worksheet.activate")).toBeLessThan(log.indexOf("freezePanes.freezeRows"));
    expect(log.indexOf("freezePanes.freezeRows")).toBeLessThan(log.indexOf("protection.protect"));
    expect(excel.sheet("二次评估").frozen).toEqual({ rows: 1 });
  });

  it("asks Excel to wait while the user edits a cell, where Excel can (ExcelApi 1.11)", async () => {
    const office = globalThis as { Office?: unknown };
    try {
      // ExcelApi 1.minor and every earlier set.
      for (const [minor, options] of [
        [11, { delayForCellEdit: true }],
        [10, undefined],
      ] as const) {
        office.Office = {
          context: {
            requirements: { isSetSupported: (_set: string, v: string) => Number(v.split(".")[1]) <= minor },
          },
        };
        const excel = installRecordingExcel();
        expect((await createOfficeGateway().createSheet(FORM)).ok).toBe(true);
        expect(excel.runOptions()).toEqual([options]);
      }
    } finally {
      delete office.Office;
    }
  });
});

describe("a template Excel refuses a part of finishing", () => {
  it("keeps the template without print scaling, and says so in both languages, in one more round trip", async () => {
    const excel = installRecordingExcel({ failOn: "pageLayout.zoom" });
    const result = valueOf(await createOfficeGateway().createSheet(FORM));
    expect(result.notes).toHaveLength(1);
    expect(result.notes?.[0].en).toMatch(
      /^The sheet prints without fitting all columns on one page: .*pageLayout\.zoom/,
    );
    expect(result.notes?.[0].zh).toMatch(/^打印时未设置“将所有列调整为一页”：.*出错位置 pageLayout\.zoom/);
    const sheet = excel.sheet("二次评估");
    expect(sheet.page).toEqual({ paperSize: "A4", orientation: "Portrait" });
    expect(sheet.frozen).toEqual({ rows: 1 });
    expect(sheet.protection).toBeDefined();
    expect(excel.workbook.active).toBe("二次评估");
    expect(excel.syncs()).toBe(4);
  });

  it("keeps the template active and protected without frozen panes, and says so, in one more round trip", async () => {
    const excel = installRecordingExcel({ failOn: "freezePanes.freezeRows" });
    const result = valueOf(await createOfficeGateway().createSheet(FORM));
    expect(result.notes?.map((note) => note.en)).toEqual([
      expect.stringMatching(/^The heading rows and columns are not frozen: .*freezePanes\.freezeRows/),
    ]);
    expect(result.notes?.[0].zh).toContain("未能冻结标题行和标题列");
    const sheet = excel.sheet("二次评估");
    expect(sheet.frozen).toBeUndefined();
    expect(sheet.page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(sheet.protection).toBeDefined();
    expect([excel.workbook.active, sheet.selected]).toEqual(["二次评估", "A1"]);
    expect(excel.syncs()).toBe(4);
  });

  it("keeps the template unprotected when Excel refuses to protect it, and says so, at no extra round trip", async () => {
    const excel = installRecordingExcel({ failOn: "protection.protect" });
    const result = valueOf(await createOfficeGateway().createSheet(FORM));
    expect(result.notes?.map((note) => note.en)).toEqual([
      expect.stringContaining("The sheet is not protected, so its formulas can be overwritten"),
    ]);
    expect(excel.sheet("二次评估").protection).toBeUndefined();
    expect(excel.sheet("二次评估").cells.get("B2")?.input).toBe('\'=HYPERLINK("http://x","Acme")');
    expect(excel.syncs()).toBe(3);
  });
});

describe("rendering a spec through Office.js", () => {
  async function render(spec: SheetSpec = FORM, options: Parameters<typeof installRecordingExcel>[0] = {}) {
    const excel = installRecordingExcel(options);
    const result = await createOfficeGateway().createSheet(spec);
    if (!result.ok) throw new Error(result.error.message.en);
    return { excel, sheet: excel.sheet(result.value.sheet), name: result.value.sheet };
  }

  it("writes all contents in one call and formats rectangles, not cells one by one", async () => {
    const { sheet } = await render();
    expect(sheet.writes).toEqual([
      {
        address: "A1:B5",
        property: "formulas",
        matrix: [
          ["二次评估", ""],
          ["客户名称", '\'=HYPERLINK("http://x","Acme")'],
          ["金额", 1200],
          ["评级", ""],
          ["结论", '=IF(B4="","",B3*2)'],
        ],
      },
    ]);
    expect(new Set(sheet.formatted)).toEqual(new Set(["A1", "A2:A5", "B2", "B3", "B4", "B5"]));
  });

  it("gives input cells the input fill and unlocks them; everything else stays locked", async () => {
    const { sheet } = await render();
    for (const address of ["B2", "B3", "B4"]) {
      expect(sheet.cells.get(address)).toMatchObject({ fill: INPUT_FILL, locked: false });
    }
    expect(sheet.cells.get("B5")?.locked).toBeUndefined();
    expect(sheet.cells.get("A2")?.locked).toBeUndefined();
    expect(sheet.protection).toEqual({
      options: { allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true, allowSort: true },
      password: undefined,
    });
  });

  it("applies fonts, fills, number formats and borders", async () => {
    const { sheet } = await render();
    expect(sheet.cells.get("A1")).toMatchObject({ bold: true, size: 14 });
    expect(sheet.cells.get("B5")).toMatchObject({ fill: "#E2EFDA", numberFormat: "0%" });
    expect(sheet.cells.get("B3")?.numberFormat).toBe("#,##0");
    const a2 = sheet.borders.filter((b) => b.address === "A2:A5");
    expect(a2.map((b) => b.edge)).toEqual(
      expect.arrayContaining(["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal"]),
    );
    expect(a2.map((b) => b.edge)).not.toContain("InsideVertical");
    expect(a2.filter((b) => b.weight).every((b) => b.weight === "Thin")).toBe(true);
  });

  it("sets column widths, merges, the dropdown, the name, frozen rows, print area and A4 page", async () => {
    const { sheet, excel, name } = await render();
    expect([...sheet.columnWidths]).toEqual([
      ["A:A", 90],
      ["B:B", 160],
    ]);
    expect(sheet.merges).toEqual(["A1:B1"]);
    expect(sheet.validations).toEqual([
      { address: "B4", rule: { list: { inCellDropDown: true, source: "高,中,低" } } },
    ]);
    expect(excel.workbook.names).toEqual([
      { name: "FORM_RATING", sheet: name, address: "B4", comment: "rating" },
    ]);
    expect(sheet.frozen).toEqual({ rows: 1 });
    expect(sheet.printArea).toBe("A1:B5");
    expect(sheet.page).toEqual({
      paperSize: "A4",
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(sheet.selected).toBe("A1");
  });

  it("writes number rules, dropdowns from a workbook name, landscape pages and frozen rows and columns", async () => {
    const range = { row: 1, col: 1, rows: 3, cols: 1 };
    const { sheet } = await render({
      name: "Rules",
      cells: [{ row: 0, col: 0, value: "x" }],
      validations: [
        { range, kind: "listFromName", name: "FUNNEL_STAGES" },
        { range: { ...range, col: 2 }, kind: "wholeNumber", min: -5, max: 5 },
        { range: { ...range, col: 3 }, kind: "decimal", min: 0, max: 1 },
      ],
      freeze: { rows: 3, cols: 1 },
      page: { orientation: "landscape" },
    });
    expect(sheet.validations).toEqual([
      { address: "B2:B4", rule: { list: { inCellDropDown: true, source: "=FUNNEL_STAGES" } } },
      { address: "C2:C4", rule: { wholeNumber: { formula1: -5, formula2: 5, operator: "Between" } } },
      { address: "D2:D4", rule: { decimal: { formula1: 0, formula2: 1, operator: "Between" } } },
    ]);
    expect(sheet.frozen).toEqual({ at: "A1:A3" });
    expect(sheet.page.orientation).toBe("Landscape");
    expect(sheet.protection).toBeUndefined();
  });

  it("adds a table with its name, header row and totals row formulas", async () => {
    const { sheet } = await render({
      name: "Deals",
      cells: [
        { row: 0, col: 0, value: "Deal" },
        { row: 0, col: 1, value: "Amount" },
        { row: 1, col: 1, value: 5 },
      ],
      tables: [
        {
          name: "Deals",
          range: { row: 0, col: 0, rows: 3, cols: 2 },
          totals: { 0: '="Total"', 1: "=SUBTOTAL(109,B2:B3)" },
        },
      ],
    });
    expect(sheet.tables).toEqual([
      {
        address: "A1:B3",
        hasHeaders: true,
        name: "Deals",
        showTotals: true,
        totals: [['="Total"', "=SUBTOTAL(109,B2:B3)"]],
      },
    ]);
  });

  it("defines a name the workbook has already on the new sheet only, and renumbers a taken table name", async () => {
    const { sheet, excel } = await render(
      {
        name: "阶段设置",
        cells: [{ row: 0, col: 0, value: "阶段" }],
        names: [
          { name: "FUNNEL_STAGES", range: { row: 1, col: 0, rows: 9, cols: 1 } },
          { name: "FUNNEL_NEW", range: { row: 1, col: 0, rows: 1, cols: 1 } },
        ],
        tables: [{ name: "FunnelStageSettings", range: { row: 0, col: 0, rows: 10, cols: 1 } }],
      },
      { sheets: { 阶段设置: {} }, names: ["funnel_stages"], tables: ["FunnelStageSettings"] },
    );
    expect(sheet.names).toEqual([{ name: "FUNNEL_STAGES", address: "A2:A10", comment: undefined }]);
    expect(excel.workbook.names.map((n) => [n.name, n.sheet])).toEqual([
      ["funnel_stages", "阶段设置"],
      ["FUNNEL_NEW", "阶段设置 (2)"],
    ]);
    expect(sheet.tables[0].name).toBe("FunnelStageSettings_2");
  });

  it("fits rows to merged wrapped text, and lets Excel fit the others", async () => {
    const { sheet } = await render({
      name: "Notes",
      cells: [{ row: 2, col: 0, value: "说明".repeat(40), style: { wrap: true } }],
      merges: [{ row: 2, col: 0, rows: 1, cols: 2 }],
      columnWidths: { 0: 100, 1: 100 },
    });
    expect(sheet.autofitRows).toEqual(["1:3"]);
    expect(sheet.rowHeights.get("3:3")).toBeGreaterThan(15);
  });
});

describe("a sheet Excel refuses midway", () => {
  it("is removed with the names it added, in a third round trip, and the failure says so in both languages", async () => {
    const excel = installRecordingExcel({ failOn: "dataValidation.rule" });
    const result = await createOfficeGateway().createSheet(FORM);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message.en).toContain('Could not create the sheet "二次评估"');
      expect(result.error.message.en).toContain(
        "dataValidation.rule was refused (InvalidArgument, at dataValidation.rule)",
      );
      expect(result.error.message.zh).toContain("无法创建工作表“二次评估”");
      expect(result.error.message.zh).toContain("（错误代码 InvalidArgument，出错位置 dataValidation.rule）");
    }
    expect(excel.syncs()).toBe(3);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(excel.workbook.names).toEqual([]);
  });

  it("leaves the workbook as it was when the sheet itself cannot be added", async () => {
    const excel = installRecordingExcel({ failOn: "worksheets.add", names: ["KEEP"] });
    const result = await createOfficeGateway().createSheet(FORM);
    expect(result.ok).toBe(false);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(excel.workbook.names.map((n) => n.name)).toEqual(["KEEP"]);
  });

  it("never deletes the sheet a co-author added under its name meanwhile, when its own add fails for it", async () => {
    const excel = installRecordingExcel();
    excel.beforeSync(2, () => excel.addSheet("二次评估", { A1: "theirs" }));
    const result = await createOfficeGateway().createSheet(FORM);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.en).toContain("(ItemAlreadyExists, at worksheets.add)");
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "二次评估"]);
    expect(excel.sheet("二次评估").cells.get("A1")).toEqual({ input: "theirs" });
    expect(excel.syncs()).toBe(3);
  });

  it("never deletes the workbook name a co-author added under its name meanwhile, when its own add fails for it", async () => {
    const excel = installRecordingExcel();
    const theirs = { name: "FORM_RATING", sheet: "Sheet1", address: "C3" };
    excel.beforeSync(2, () => excel.workbook.names.push(theirs));
    const result = await createOfficeGateway().createSheet(FORM);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.en).toContain("It was removed; the workbook is unchanged.");
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(excel.workbook.names).toEqual([theirs]);
  });
});

describe("createSheet where Excel lacks ExcelApi 1.9", () => {
  afterEach(() => delete (globalThis as { Office?: unknown }).Office);

  it("fails with a message instead of half-rendering the sheet", async () => {
    (globalThis as { Office?: unknown }).Office = {
      context: { requirements: { isSetSupported: (_set: string, version: string) => Number(version) < 1.9 } },
    };
    const excel = installRecordingExcel();
    const result = await createOfficeGateway().createSheet(FORM);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.en).toContain("ExcelApi 1.9");
    expect(excel.syncs()).toBe(0);
  });
});

describe("sheetNames in Excel", () => {
  it("lists the sheets in tab order in one round trip", async () => {
    const excel = installRecordingExcel({ sheets: { 商机管线: {}, 阶段设置: {} } });
    expect(await createOfficeGateway().sheetNames()).toEqual({ ok: true, value: ["商机管线", "阶段设置"] });
    expect(excel.syncs()).toBe(1);
  });
});
