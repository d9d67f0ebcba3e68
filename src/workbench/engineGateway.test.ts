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
  it("refuses to write into a cell holding a value, and changes nothing", async () => {
    const { engine, gateway } = setUp(1, 1);
    engine.setCell("Sheet1", { row: 1, col: 1 }, "keep me");
    const result = await gateway.insertFormulaAtActiveCell("=1+1");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("VALUE");
    expect(result.error.message.en).toBe("Cell B2 is not empty; select an empty cell. Nothing was changed.");
    expect(result.error.message.zh).toBe("单元格 B2 不为空，请选择空白单元格。未做任何更改。");
    expect(engine.cell("Sheet1", { row: 1, col: 1 }).value).toBe("keep me");
  });

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

  it("lists the sheets in tab order", async () => {
    const { gateway } = setUp();
    expect(await gateway.sheetNames()).toEqual({ ok: true, value: ["Sheet1", "Deals"] });
  });

  it("creates a sheet under a free name, renders it and moves the selection to its A1", async () => {
    const { engine, gateway, selection } = setUp(4, 4);
    engine.setCell("Deals", { row: 0, col: 0 }, "mine");
    const result = await gateway.createSheet({
      name: "deals",
      cells: [{ row: 0, col: 0, value: "=not a formula" }],
    });
    expect(result).toEqual({ ok: true, value: { sheet: "deals (2)" } });
    expect(engine.cell("deals (2)", { row: 0, col: 0 }).value).toBe("=not a formula");
    expect(engine.cell("Deals", { row: 0, col: 0 }).value).toBe("mine");
    expect(selection.get()).toEqual({ sheet: "deals (2)", row: 0, col: 0 });
  });

  it("leaves the selection where it was when the sheet cannot be created", async () => {
    const { engine, gateway, selection } = setUp(2, 2);
    const result = await gateway.createSheet({ name: "Bad", cells: [{ row: 0, col: 0, formula: "oops" }] });
    expect(result.ok).toBe(false);
    expect(engine.sheetNames()).toEqual(["Sheet1", "Deals"]);
    expect(selection.get()).toEqual({ sheet: "Sheet1", row: 2, col: 2 });
  });
});
