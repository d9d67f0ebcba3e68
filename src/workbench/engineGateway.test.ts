import { registerCustomFunctions } from "./engine/customFunctionsPlugin";
import { readFunctionsMetadata } from "./engine/functionsMetadata";
import { FAKE_FUNCTIONS_JSON, loadFakeFunctions } from "./engine/testing/fakeFunctions";
import { WorkbookEngine } from "./engine/workbookEngine";
import { createEngineGateway } from "./engineGateway";
import { createSelectionStore } from "./selection";

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

  it("lists no Excel tables: the workbench has none", async () => {
    expect(await setUp().gateway.listTables()).toEqual({ ok: true, value: [] });
  });

  it("refuses a table by name, a sheet that does not exist, and a one-cell selection", async () => {
    const { gateway } = setUp();
    const table = await gateway.readTable({ kind: "table", name: "Deals" });
    expect(!table.ok && table.error.message.en).toBe(
      'The workbench has no Excel table "Deals": pick a sheet or the selection instead.',
    );
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
