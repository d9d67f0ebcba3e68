/**
 * The WorkbookGateway served on the workbench's engine and the grid's selection: the second implementation of
 * the interface the task pane talks to (the first is Office.js, src/excel/officeGateway.ts). Same rules: every
 * method resolves with a Result, and a formula goes only into an empty cell — nothing is ever overwritten.
 */
import { fail, ok, type Result } from "../core/result";
import type { CellRef, WorkbookGateway } from "../excel/gateway";
import { a1Address } from "./a1";
import type { WorkbookEngine } from "./engine/workbookEngine";
import type { Selection } from "./selection";

/** Runs a request; an exception from the engine becomes a failure with its message. */
function attempt<T>(request: () => Result<T>): Promise<Result<T>> {
  try {
    return Promise.resolve(request());
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return Promise.resolve(
      fail("VALUE", {
        zh: `工作台无法完成该操作：${detail}`,
        en: `The workbench could not complete the request: ${detail}`,
      }),
    );
  }
}

/**
 * Creates the gateway on `engine`, whose active cell is `selection.get()`.
 * @example
 * const gateway = createEngineGateway(engine, selectionStore);
 * await gateway.insertFormulaAtActiveCell('=FUNNEL.ACTIONS("谈判")') // ok, or a VALUE failure if the cell is not empty
 */
export function createEngineGateway(
  engine: WorkbookEngine,
  selection: { get(): Selection },
): WorkbookGateway {
  const activeRef = (): CellRef => {
    const { sheet, row, col } = selection.get();
    return { sheet, address: a1Address({ row, col }), isEmpty: engine.isEmpty(sheet, { row, col }) };
  };

  return {
    activeCell: () => attempt(() => ok(activeRef())),

    insertFormulaAtActiveCell: (formula: string) =>
      attempt(() => {
        const ref = activeRef();
        if (!ref.isEmpty) {
          return fail("VALUE", {
            zh: `单元格 ${ref.address} 不为空，请选择空白单元格。未做任何更改。`,
            en: `Cell ${ref.address} is not empty; select an empty cell. Nothing was changed.`,
          });
        }
        const { sheet, row, col } = selection.get();
        engine.setCell(sheet, { row, col }, formula);
        return ok({ ...ref, isEmpty: false });
      }),
  };
}
