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
});
