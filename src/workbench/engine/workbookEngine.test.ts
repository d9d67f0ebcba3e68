import { DetailedCellError } from "hyperformula";
import { registerCustomFunctions } from "./customFunctionsPlugin";
import { readFunctionsMetadata } from "./functionsMetadata";
import { FAKE_FUNCTIONS_JSON, loadFakeFunctions } from "./testing/fakeFunctions";
import { WorkbookEngine } from "./workbookEngine";

const at = (row: number, col: number) => ({ row, col });

beforeAll(() => {
  registerCustomFunctions({
    namespace: "TEST",
    functions: readFunctionsMetadata(FAKE_FUNCTIONS_JSON),
    associations: loadFakeFunctions(),
  });
});

describe("WorkbookEngine", () => {
  it("refuses a workbook without sheets and an unknown sheet", () => {
    expect(() => WorkbookEngine.create([])).toThrow(RangeError);
    const engine = WorkbookEngine.create();
    expect(() => engine.cell("Nope", at(0, 0))).toThrow(/Nope/);
  });

  it("starts with the given sheets in order", () => {
    expect(WorkbookEngine.create(["A", "B"]).sheetNames()).toEqual(["A", "B"]);
    expect(WorkbookEngine.create().sheetNames()).toEqual(["Sheet1"]);
  });

  it("adds a sheet under a free name, never over an existing sheet", () => {
    const engine = WorkbookEngine.create(["Deals"]);
    expect(engine.freeSheetName("Other")).toBe("Other");
    expect(engine.addSheet("deals")).toBe("deals (2)");
    expect(engine.addSheet("Deals")).toBe("Deals (3)");
    expect(engine.sheetNames()).toEqual(["Deals", "deals (2)", "Deals (3)"]);
  });

  it("computes typed values and formulas, and keeps what was typed", () => {
    const engine = WorkbookEngine.create();
    engine.setCell("Sheet1", at(0, 0), "41");
    engine.setCell("Sheet1", at(1, 0), "=A1+1");
    engine.setCell("Sheet1", at(2, 0), "text");
    expect(engine.cell("Sheet1", at(0, 0))).toEqual({ value: 41, input: "41", spilled: false });
    expect(engine.cell("Sheet1", at(1, 0))).toEqual({ value: 42, input: "=A1+1", spilled: false });
    expect(engine.cell("Sheet1", at(2, 0)).value).toBe("text");
    engine.setCell("Sheet1", at(0, 0), "1");
    expect(engine.cell("Sheet1", at(1, 0)).value).toBe(2);
  });

  it("clears a cell written with empty text or null", () => {
    const engine = WorkbookEngine.create();
    engine.setCell("Sheet1", at(0, 0), "x");
    engine.setCell("Sheet1", at(0, 0), "");
    expect(engine.isEmpty("Sheet1", at(0, 0))).toBe(true);
    engine.setCell("Sheet1", at(0, 0), 5);
    engine.setCell("Sheet1", at(0, 0), null);
    expect(engine.cell("Sheet1", at(0, 0))).toEqual({ value: null, input: "", spilled: false });
  });

  it("counts a cell showing a spilled value as not empty", () => {
    const engine = WorkbookEngine.create();
    engine.setCell("Sheet1", at(0, 0), '=TEST.REPEAT("a", 2)');
    expect(engine.isEmpty("Sheet1", at(0, 0))).toBe(false);
    expect(engine.isEmpty("Sheet1", at(1, 0))).toBe(false);
    expect(engine.cell("Sheet1", at(1, 0))).toEqual({ value: "a2", input: "", spilled: true });
    expect(engine.isEmpty("Sheet1", at(2, 0))).toBe(true);
  });

  it("spills to the right size when the size depends on a formula entered with it", () => {
    const engine = WorkbookEngine.create();
    engine.setCells("Sheet1", at(0, 0), [["=1+2", '=TEST.REPEAT("x", A1)']]);
    expect([0, 1, 2, 3].map((row) => engine.cell("Sheet1", at(row, 1)).value)).toEqual([
      "x1",
      "x2",
      "x3",
      null,
    ]);
  });

  it("writes blocks and reports the used size", () => {
    const engine = WorkbookEngine.create();
    expect(engine.usedSize("Sheet1")).toEqual({ rows: 0, columns: 0 });
    engine.setCells("Sheet1", at(1, 1), [
      ["a", "b", "c"],
      [1, 2, 3],
    ]);
    expect(engine.usedSize("Sheet1")).toEqual({ rows: 3, columns: 4 });
  });

  it("holds a 100,000-row sheet", () => {
    const engine = WorkbookEngine.create();
    engine.setCells(
      "Sheet1",
      at(0, 0),
      Array.from({ length: 100_000 }, (_, i) => [i + 1]),
    );
    engine.setCell("Sheet1", at(0, 1), "=SUM(A1:A100000)");
    expect(engine.cell("Sheet1", at(0, 1)).value).toBe(5_000_050_000);
    expect(engine.usedSize("Sheet1").rows).toBe(100_000);
  });

  it("shows formula errors as errors", () => {
    const engine = WorkbookEngine.create();
    engine.setCell("Sheet1", at(0, 0), "=1/0");
    engine.setCell("Sheet1", at(0, 1), "=NOSUCHFUNCTION(1)");
    expect((engine.cell("Sheet1", at(0, 0)).value as DetailedCellError).value).toBe("#DIV/0!");
    expect((engine.cell("Sheet1", at(0, 1)).value as DetailedCellError).value).toBe("#NAME?");
  });

  it("remembers column formats per sheet", () => {
    const engine = WorkbookEngine.create(["A", "B"]);
    engine.setColumnFormat("A", 2, "date");
    expect(engine.columnFormat("A", 2)).toBe("date");
    expect(engine.columnFormat("B", 2)).toBe("general");
  });

  it("remembers column widths per sheet, never narrower than 20 pixels", () => {
    const engine = WorkbookEngine.create(["A", "B"]);
    engine.setColumnWidth("A", 1, 220);
    engine.setColumnWidth("A", 2, 3);
    expect(engine.columnWidth("A", 1)).toBe(220);
    expect(engine.columnWidth("A", 2)).toBe(20);
    expect(engine.columnWidth("B", 1)).toBe(100);
  });

  it("tells its listeners of every change until they stop listening", () => {
    const engine = WorkbookEngine.create();
    const heard: number[] = [];
    const stop = engine.subscribe(() => heard.push(engine.version));
    engine.setCell("Sheet1", at(0, 0), 1);
    engine.addSheet("Two");
    stop();
    engine.setCell("Sheet1", at(0, 0), 2);
    expect(heard).toHaveLength(2);
    expect(heard[1]).toBeGreaterThan(heard[0]);
  });

  it("refuses to remove, decorate or name on an unknown sheet", () => {
    const engine = WorkbookEngine.create();
    expect(() => engine.removeSheet("Nope")).toThrow(/Nope/);
    expect(() => engine.decor("Nope")).toThrow(/Nope/);
    expect(() => engine.defineName("X", "Nope", { row: 0, col: 0, rows: 1, cols: 1 })).toThrow(/Nope/);
  });

  it("removes a sheet with its widths and decor, leaving the others", () => {
    const engine = WorkbookEngine.create(["A", "B"]);
    engine.setColumnWidth("B", 0, 220);
    engine.decorate("B", (decor) => decor.merge({ row: 0, col: 0, rows: 1, cols: 2 }));
    engine.removeSheet("B");
    expect(engine.sheetNames()).toEqual(["A"]);
    engine.addSheet("B");
    expect(engine.columnWidth("B", 0)).toBe(100);
    expect(engine.decor("B").mergeAt(at(0, 0))).toBeUndefined();
  });

  it("tells its listeners when a sheet's decor changes", () => {
    const engine = WorkbookEngine.create();
    const before = engine.version;
    engine.decorate("Sheet1", (decor) => decor.setRowHeight(0, 40));
    expect(engine.version).toBeGreaterThan(before);
    expect(engine.decor("Sheet1").rowHeights().get(0)).toBe(40);
  });

  it("defines names for the workbook or one sheet, quoting any sheet name, and removes them", () => {
    const engine = WorkbookEngine.create(["阶段设置", "Bob's"]);
    engine.setCells("阶段设置", at(0, 0), [["a"], ["b"]]);
    engine.setCells("Bob's", at(0, 0), [["x"], ["y"], ["z"]]);
    engine.defineName("LIST", "阶段设置", { row: 0, col: 0, rows: 2, cols: 1 });
    engine.defineName("LIST", "Bob's", { row: 0, col: 0, rows: 3, cols: 1 }, "sheet");
    engine.setCell("阶段设置", at(0, 1), "=COUNTA(LIST)");
    engine.setCell("Bob's", at(0, 1), "=COUNTA(LIST)");
    expect(engine.cell("阶段设置", at(0, 1)).value).toBe(2);
    expect(engine.cell("Bob's", at(0, 1)).value).toBe(3);
    expect(engine.workbookNames()).toEqual(["LIST"]);
    engine.removeName("LIST");
    expect(engine.workbookNames()).toEqual([]);
  });

  it("offers a list validation's choices, or a name's non-blank cells, as a cell's dropdown", () => {
    const engine = WorkbookEngine.create();
    engine.setCells("Sheet1", at(0, 0), [["目标客户"], [null], [3]]);
    engine.defineName("STAGES", "Sheet1", { row: 0, col: 0, rows: 3, cols: 1 });
    engine.decorate("Sheet1", (decor) => {
      decor.validate({ range: { row: 0, col: 1, rows: 1, cols: 1 }, kind: "listFromName", name: "STAGES" });
      decor.validate({ range: { row: 1, col: 1, rows: 1, cols: 1 }, kind: "list", values: ["是", "否"] });
      decor.validate({ range: { row: 2, col: 1, rows: 1, cols: 1 }, kind: "decimal", min: 0, max: 1 });
    });
    expect(engine.choicesAt("Sheet1", at(0, 1))).toEqual(["目标客户", "3"]);
    expect(engine.choicesAt("Sheet1", at(1, 1))).toEqual(["是", "否"]);
    expect(engine.choicesAt("Sheet1", at(2, 1))).toBeUndefined();
    expect(engine.choicesAt("Sheet1", at(5, 5))).toBeUndefined();
  });

  describe("tables", () => {
    /** A "Deals" sheet with a table of three deals (header on row 1), and a report summing its columns by name. */
    function dealsTable() {
      const engine = WorkbookEngine.create(["Deals", "Report"]);
      engine.setCells("Deals", at(0, 0), [
        ["Stage", "Amount", "Close date"],
        ["谈判", 10, ""],
        ["成交", 20, ""],
        ["赢单", 30, ""],
      ]);
      const table = engine.addTable("Deals", "Deals", { row: 0, col: 0, rows: 4, cols: 3 });
      engine.defineTableName("DATA_STAGE", { table, first: "Stage", last: "Stage" });
      engine.defineTableName("DATA_AMOUNT", { table, first: "amount", last: "amount" });
      engine.setCells("Report", at(0, 0), [
        ["=ROWS(DATA_STAGE)", "=SUM(DATA_AMOUNT)", "=COUNTA(DATA_STAGE)"],
      ]);
      const report = () => [0, 1, 2].map((col) => engine.cell("Report", at(0, col)).value);
      return { engine, table, report };
    }

    it("gets a free, valid name, unique among tables and workbook names, case ignored", () => {
      const engine = WorkbookEngine.create();
      engine.defineName("DEALS", "Sheet1", { row: 0, col: 5, rows: 1, cols: 1 });
      expect(engine.addTable("Deals", "Sheet1", { row: 0, col: 0, rows: 3, cols: 2 })).toBe("Deals_2");
      expect(engine.addTable("deals 2", "Sheet1", { row: 10, col: 0, rows: 3, cols: 2 })).toBe("deals_2_2");
      expect(engine.addTable("A1", "Sheet1", { row: 20, col: 0, rows: 3, cols: 2 })).toBe("_A1");
      expect(engine.tables().map((table) => table.name)).toEqual(["Deals_2", "deals_2_2", "_A1"]);
      expect(engine.table("DEALS_2")).toEqual({
        name: "Deals_2",
        sheet: "Sheet1",
        range: { row: 0, col: 0, rows: 3, cols: 2 },
      });
    });

    it("tells the cells of a table's header row", () => {
      const { engine } = dealsTable();
      expect([0, 2, 3].map((col) => engine.isTableHeader("Deals", at(0, col)))).toEqual([true, true, false]);
      expect(engine.isTableHeader("Deals", at(1, 0))).toBe(false);
      expect(engine.isTableHeader("Report", at(0, 0))).toBe(false);
    });

    it("refuses a range over another table or on an unknown sheet, and keeps one data row at least", () => {
      const engine = WorkbookEngine.create();
      engine.addTable("T", "Sheet1", { row: 0, col: 0, rows: 1, cols: 2 });
      expect(engine.table("T")?.range.rows).toBe(2);
      expect(() => engine.addTable("U", "Sheet1", { row: 1, col: 1, rows: 3, cols: 2 })).toThrow(/“T”/);
      expect(() => engine.addTable("U", "Nope", { row: 0, col: 0, rows: 3, cols: 2 })).toThrow(/Nope/);
      expect(engine.tables()).toHaveLength(1);
    });

    it("keeps its tables when a sheet is renamed and drops them with a removed sheet", () => {
      const { engine } = dealsTable();
      engine.renameSheet("Deals", "商机");
      expect(engine.table("Deals")?.sheet).toBe("商机");
      engine.removeSheet("商机");
      expect(engine.tables()).toEqual([]);
    });

    it("defines names by the columns' header text, refusing an unknown table or column", () => {
      const { engine, table, report } = dealsTable();
      expect(report()).toEqual([3, 60, 3]);
      expect(() => engine.defineTableName("X", { table: "Nope", first: "Stage", last: "Stage" })).toThrow(
        /Nope/,
      );
      expect(() => engine.defineTableName("X", { table, first: "Owner", last: "Owner" })).toThrow(/Owner/);
      engine.defineTableName("BLOCK", { table, first: "Amount", last: "Stage" });
      engine.setCell("Report", at(1, 0), "=COLUMNS(BLOCK)*100+ROWS(BLOCK)");
      expect(engine.cell("Report", at(1, 0)).value).toBe(203);
    });

    it("grows when a value is typed or pasted just below it, and its names follow", () => {
      const { engine, report } = dealsTable();
      engine.setCell("Deals", at(4, 1), 40);
      expect(engine.table("Deals")?.range.rows).toBe(5);
      expect(report()).toEqual([4, 100, 3]);
      engine.setCells("Deals", at(5, 0), [
        ["谈判", 1],
        ["谈判", 2],
      ]);
      expect(engine.table("Deals")?.range.rows).toBe(7);
      expect(report()).toEqual([6, 103, 5]);
    });

    it("does not grow for a blank below it, a value beside it or a row further down", () => {
      const { engine, report } = dealsTable();
      engine.setCell("Deals", at(4, 0), "");
      engine.setCell("Deals", at(4, 3), "beside");
      engine.setCell("Deals", at(5, 0), "below");
      expect(engine.table("Deals")?.range.rows).toBe(4);
      expect(report()).toEqual([3, 60, 3]);
    });

    it("shrinks with deleted rows, and its names, formulas and the rows below follow", () => {
      const { engine, report } = dealsTable();
      engine.setCell("Deals", at(6, 0), "after");
      engine.deleteRows("Deals", 2, 1);
      expect(engine.table("Deals")?.range).toEqual({ row: 0, col: 0, rows: 3, cols: 3 });
      expect(report()).toEqual([2, 40, 2]);
      expect(engine.cell("Deals", at(5, 0)).value).toBe("after");
      engine.setCell("Deals", at(3, 1), 5);
      expect(report()).toEqual([3, 45, 2]);
    });

    it("moves down-the-sheet tables up and keeps a header and one row when all its rows go", () => {
      const { engine, report } = dealsTable();
      engine.deleteRows("Deals", 1, 10);
      expect(engine.table("Deals")?.range).toEqual({ row: 0, col: 0, rows: 2, cols: 3 });
      // COUNTA is left out: HyperFormula counts a one-cell name's empty cell (Excel does not).
      expect(report().slice(0, 2)).toEqual([1, 0]);
      const moved = WorkbookEngine.create();
      moved.addTable("T", "Sheet1", { row: 5, col: 0, rows: 3, cols: 1 });
      moved.deleteRows("Sheet1", 0, 2);
      expect(moved.table("T")?.range).toEqual({ row: 3, col: 0, rows: 3, cols: 1 });
    });

    it("goes when its header row is deleted, its cells staying as plain cells", () => {
      const { engine } = dealsTable();
      engine.deleteRows("Deals", 0, 1);
      expect(engine.tables()).toEqual([]);
      expect(engine.cell("Deals", at(0, 0)).value).toBe("谈判");
      expect(() => engine.deleteRows("Deals", -1, 1)).toThrow(RangeError);
      expect(() => engine.deleteRows("Deals", 0, 0)).toThrow(RangeError);
    });

    it("tells its listeners which sheets a change touched", () => {
      const { engine } = dealsTable();
      const touched: (readonly string[])[] = [];
      engine.subscribe(({ sheets }) => touched.push(sheets));
      engine.setCell("Deals", at(4, 0), "x");
      engine.deleteRows("Deals", 1, 1);
      engine.decorate("Report", (decor) => decor.setRowHeight(0, 30));
      engine.defineName("N", "Deals", { row: 0, col: 0, rows: 1, cols: 1 });
      engine.renameSheet("Report", "R2");
      engine.removeSheet("R2");
      expect(touched).toEqual([["Deals"], ["Deals"], ["Report"], [], ["Report", "R2"], ["R2"]]);
    });

    it("moves the sheet's decor up with deleted rows", () => {
      const engine = WorkbookEngine.create();
      engine.decorate("Sheet1", (decor) => decor.setRowHeight(4, 50));
      engine.deleteRows("Sheet1", 1, 2);
      expect([...engine.decor("Sheet1").rowHeights()]).toEqual([[2, 50]]);
    });

    it("stops following names removed or on an emptied sheet", () => {
      const { engine, table } = dealsTable();
      engine.defineTableName("LOCAL", { table, first: "Stage", last: "Stage" }, "sheet", "Report");
      engine.setCell("Report", at(2, 0), "=ROWS(LOCAL)");
      engine.removeName("DATA_STAGE");
      engine.emptySheet("Report");
      expect(() => engine.setCell("Deals", at(4, 0), "x")).not.toThrow();
      expect(engine.table("Deals")?.range.rows).toBe(5);
    });
  });
});
