import { registerCustomFunctions } from "./engine/customFunctionsPlugin";
import { readFunctionsMetadata } from "./engine/functionsMetadata";
import { FAKE_FUNCTIONS_JSON, loadFakeFunctions } from "./engine/testing/fakeFunctions";
import { WorkbookEngine } from "./engine/workbookEngine";
import { createEngineGateway } from "./engineGateway";
import { createSelectionStore } from "./selection";
import type { TypedTable } from "../core/import";
import { errorOf, valueOf } from "../core/kernel/testing/results";

const DEALS = [
  ["Stage", "Amount"],
  ["谈判", 5],
  ["成交", 7],
];

beforeAll(() => {
  registerCustomFunctions({
    namespace: "TEST",
    functions: readFunctionsMetadata(FAKE_FUNCTIONS_JSON),
    associations: loadFakeFunctions(),
  });
});

function setUp(row = 0, col = 0) {
  const engine = WorkbookEngine.create(["Sheet1", "Deals"]);
  const selection = createSelectionStore({ sheet: "Sheet1", row, col });
  return { engine, selection, gateway: createEngineGateway(engine, selection) };
}

describe("createEngineGateway", () => {
  it("refuses to write into a cell showing a spilled value", async () => {
    const { engine, gateway } = setUp(1, 0);
    engine.setCell("Sheet1", { row: 0, col: 0 }, '=TEST.REPEAT("a", 3)');
    const result = await gateway.insertFormulaAtActiveCell("=1");
    expect(result.ok).toBe(false);
    expect(engine.cell("Sheet1", { row: 1, col: 0 }).value).toBe("a2");
  });

  it("answers with a failure, not a rejection, when the engine throws", async () => {
    const { gateway, selection } = setUp();
    selection.set({ sheet: "Gone", row: 0, col: 0 });
    const result = await gateway.activeCell();
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message.en).toMatch(/^The workbench could not complete the request: /);
  });

  it("reports the active cell of the selection, empty or not", async () => {
    const { engine, gateway, selection } = setUp(4, 2);
    expect(await gateway.activeCell()).toEqual({
      ok: true,
      value: { sheet: "Sheet1", address: "C5", isEmpty: true },
    });
    engine.setCell("Deals", { row: 0, col: 0 }, 1);
    selection.set({ sheet: "Deals", row: 0, col: 0 });
    expect(await gateway.activeCell()).toEqual({
      ok: true,
      value: { sheet: "Deals", address: "A1", isEmpty: false },
    });
  });

  it("writes a formula into an empty active cell, where it computes and spills", async () => {
    const { engine, gateway } = setUp(2, 3);
    const result = await gateway.insertFormulaAtActiveCell('=TEST.REPEAT("s", 2)');
    expect(result).toEqual({ ok: true, value: { sheet: "Sheet1", address: "D3", isEmpty: false } });
    expect(engine.cell("Sheet1", { row: 2, col: 3 })).toEqual({
      value: "s1",
      input: '=TEST.REPEAT("s", 2)',
      spilled: true,
    });
    expect(engine.cell("Sheet1", { row: 3, col: 3 }).value).toBe("s2");
  });

  it("moves the selection to A1 of the sheet it creates", async () => {
    const { gateway, selection } = setUp(4, 4);
    const result = await gateway.createSheet({ name: "Notes", cells: [{ row: 0, col: 0, value: "x" }] });
    expect(result).toEqual({ ok: true, value: { sheet: "Notes" } });
    expect(selection.get()).toEqual({ sheet: "Notes", row: 0, col: 0 });
  });

  it("leaves the selection where it was when the sheet cannot be created", async () => {
    const { engine, gateway, selection } = setUp(2, 2);
    const result = await gateway.createSheet({ name: "Bad", cells: [{ row: 0, col: 0, formula: "oops" }] });
    expect(result.ok).toBe(false);
    expect(engine.sheetNames()).toEqual(["Sheet1", "Deals"]);
    expect(selection.get()).toEqual({ sheet: "Sheet1", row: 2, col: 2 });
  });

  it("lists the engine's tables with their sheets and data rows", async () => {
    const { engine, gateway } = setUp();
    expect(await gateway.listTables()).toEqual({ ok: true, value: [] });
    engine.addTable("Deals", "Deals", { row: 2, col: 1, rows: 4, cols: 3 });
    expect(await gateway.listTables()).toEqual({
      ok: true,
      value: [{ name: "Deals", sheet: "Deals", rows: 3 }],
    });
  });

  it("reads a table by name, case ignored, its empty rows included, naming it", async () => {
    const { engine, gateway } = setUp();
    engine.setCells("Deals", { row: 0, col: 0 }, DEALS);
    engine.addTable("Pipeline", "Deals", { row: 0, col: 0, rows: 4, cols: 2 });
    const table = valueOf(await gateway.readTable({ kind: "table", name: "PIPELINE" }));
    expect(table).toMatchObject({ sheet: "Deals", headerRow: 0, firstCol: 0, table: "Pipeline" });
    expect(table.rows).toEqual([
      ["谈判", 5],
      ["成交", 7],
      ["", ""],
    ]);
  });

  it("names the table when a sheet or selection read is exactly its range, not otherwise", async () => {
    const { engine, gateway, selection } = setUp();
    engine.setCells("Deals", { row: 0, col: 0 }, DEALS);
    engine.addTable("Pipeline", "Deals", { row: 0, col: 0, rows: 3, cols: 2 });
    expect(valueOf(await gateway.readTable({ kind: "sheet", sheet: "deals" })).table).toBe("Pipeline");
    selection.set({ sheet: "Deals", row: 0, col: 0, extent: { row: 2, col: 1 } });
    expect(valueOf(await gateway.readTable({ kind: "selection" })).table).toBe("Pipeline");
    selection.set({ sheet: "Deals", row: 0, col: 0, extent: { row: 1, col: 1 } });
    expect(valueOf(await gateway.readTable({ kind: "selection" })).table).toBeUndefined();
  });

  it("makes a plain range a table under a free name, refusing a range over a table or merged cells", async () => {
    const { engine, gateway } = setUp();
    engine.setCells("Deals", { row: 0, col: 0 }, DEALS);
    const range = { sheet: "Deals", headerRow: 0, firstCol: 0, columns: 2, rows: 2 };
    expect(valueOf(await gateway.makeTable(range, "Sheet1"))).toEqual({ table: "Sheet1" });
    expect(engine.table("Sheet1")?.range).toEqual({ row: 0, col: 0, rows: 3, cols: 2 });
    expect(engine.cell("Deals", { row: 1, col: 0 }).value).toBe("谈判");
    const overlap = errorOf(await gateway.makeTable({ ...range, firstCol: 1 }, "Other"));
    expect(overlap.message.en).toBe('The range overlaps the table "Sheet1": a table cannot be made over it.');
    expect(overlap.message.zh).toBe("该区域与表格“Sheet1”重叠：无法在其上创建表格。");
    engine.decorate("Sheet1", (decor) => decor.merge({ row: 5, col: 0, rows: 1, cols: 2 }));
    const merged = errorOf(await gateway.makeTable({ ...range, sheet: "Sheet1", headerRow: 4 }, "Other"));
    expect(merged.message.en).toMatch(/merged cells/);
    expect(errorOf(await gateway.makeTable({ ...range, sheet: "Gone" }, "X")).message.en).toMatch(/"Gone"/);
    expect(engine.tables()).toHaveLength(1);
  });

  it("gives an imported table's name, and the table grows with a row typed below it", async () => {
    const { engine, gateway } = setUp();
    const imported = valueOf(
      await gateway.importTable({
        sheetName: "deals",
        tableName: "deals",
        header: ["Stage", "Amount"],
        kinds: ["text", "number"],
        rows: [["谈判", 5]],
      } satisfies TypedTable),
    );
    expect(imported).toEqual({ sheet: "deals (2)", table: "deals", rows: 1 });
    engine.setCell("deals (2)", { row: 2, col: 0 }, "成交");
    expect(valueOf(await gateway.listTables())).toEqual([{ name: "deals", sheet: "deals (2)", rows: 2 }]);
  });

  it("watches a source's sheet, or its table's sheet, until the watch is released", async () => {
    const { engine, gateway } = setUp();
    engine.addTable("Pipeline", "Deals", { row: 0, col: 0, rows: 3, cols: 2 });
    const bySheet = jest.fn();
    const byTable = jest.fn();
    const sheetWatch = valueOf(await gateway.watchSource({ sheet: "deals" }, bySheet));
    const tableWatch = valueOf(await gateway.watchSource({ sheet: "Deals", table: "Pipeline" }, byTable));
    engine.setCell("Deals", { row: 3, col: 0 }, "x");
    engine.setCell("Sheet1", { row: 0, col: 0 }, "elsewhere");
    engine.deleteRows("Deals", 1, 1);
    expect([bySheet.mock.calls.length, byTable.mock.calls.length]).toEqual([2, 2]);
    engine.renameSheet("Deals", "商机");
    engine.setCell("商机", { row: 1, col: 0 }, "y");
    expect(byTable).toHaveBeenCalledTimes(4);
    await sheetWatch.release();
    await tableWatch.release();
    engine.setCell("商机", { row: 1, col: 0 }, "z");
    expect(byTable).toHaveBeenCalledTimes(4);
  });

  it("refuses to watch a sheet or a table that is not there", async () => {
    const { gateway } = setUp();
    expect(errorOf(await gateway.watchSource({ sheet: "Gone" }, jest.fn())).message.zh).toBe(
      "找不到工作表“Gone”。",
    );
    expect(errorOf(await gateway.watchSource({ sheet: "Deals", table: "T" }, jest.fn())).message.en).toBe(
      'There is no table named "T".',
    );
  });

  it("refuses a table by name, a sheet that does not exist, and a one-cell selection", async () => {
    const { gateway } = setUp();
    const table = await gateway.readTable({ kind: "table", name: "Deals" });
    expect(!table.ok && table.error.message.en).toBe('There is no table named "Deals".');
    const sheet = await gateway.readTable({ kind: "sheet", sheet: "Gone" });
    expect(!sheet.ok && sheet.error.message.zh).toBe("找不到工作表“Gone”。");
    expect((await gateway.readTable({ kind: "selection" })).ok).toBe(false);
  });

  it("reads the selected range, wherever its active cell is", async () => {
    const { engine, gateway, selection } = setUp();
    engine.setCells("Deals", { row: 0, col: 0 }, [
      ["x", "Stage", "Amount"],
      ["", "谈判", 5],
      ["", "成交", 7],
    ]);
    selection.set({ sheet: "Deals", row: 2, col: 2, extent: { row: 0, col: 1 } });
    const table = await gateway.readTable({ kind: "selection" });
    expect(table.ok && table.value).toMatchObject({ headerRow: 0, firstCol: 1, header: ["Stage", "Amount"] });
  });

  it("moves the selection to A1 of the report it writes, and of the report that replaces it", async () => {
    const { gateway, selection } = setUp(3, 3);
    const spec = { name: "Health", cells: [{ row: 0, col: 0, value: 1 }] };
    expect(await gateway.writeReport("health", spec)).toEqual({ ok: true, value: { sheet: "Health" } });
    expect(selection.get()).toEqual({ sheet: "Health", row: 0, col: 0 });
    selection.set({ sheet: "Deals", row: 4, col: 4 });
    await gateway.writeReport("health", spec);
    expect(selection.get()).toEqual({ sheet: "Health", row: 0, col: 0 });
  });
});
