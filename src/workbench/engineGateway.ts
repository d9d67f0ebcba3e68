/**
 * The WorkbookGateway served on the workbench's engine and the grid's selection: the second implementation of
 * the interface the task pane talks to (the first is Office.js, src/excel/officeGateway.ts). Same rules: every
 * method resolves with a Result, and a formula goes only into an empty cell — nothing is ever overwritten.
 */
import { ok, type Result } from "../core/result";
import { cellNotEmpty, hostFailure } from "../core/workbookMessages";
import type { SheetSpec } from "../core/sheetSpec";
import type { CellRef, WorkbookGateway } from "../excel/gateway";
import { a1Address } from "./a1";
import { renderSpec } from "./engine/renderSpec";
import type { WorkbookEngine } from "./engine/workbookEngine";
import type { Selection } from "./selection";

/** Runs a request; an exception from the engine becomes a failure with its message. */
function attempt<T>(request: () => Result<T>): Promise<Result<T>> {
  try {
    return Promise.resolve(request());
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return Promise.resolve(hostFailure({ zh: "工作台", en: "The workbench" }, detail));
  }
}

/**
 * Creates the gateway on `engine`, whose active cell is `selection.get()`. `createSheet` renders the spec into a
 * new sheet (see renderSpec) and activates it: the selection moves to its A1.
 * @example
 * const gateway = createEngineGateway(engine, selectionStore);
 * await gateway.insertFormulaAtActiveCell('=FUNNEL.ACTIONS("谈判")') // ok, or a VALUE failure if the cell is not empty
 */
export function createEngineGateway(
  engine: WorkbookEngine,
  selection: { get(): Selection; set(next: Selection): void },
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
          return cellNotEmpty(ref.address);
        }
        const { sheet, row, col } = selection.get();
        engine.setCell(sheet, { row, col }, formula);
        return ok({ ...ref, isEmpty: false });
      }),

    sheetNames: () => attempt(() => ok(engine.sheetNames())),

    createSheet: (spec: SheetSpec) =>
      attempt(() => {
        const result = renderSpec(engine, spec);
        if (result.ok) selection.set({ sheet: result.value.sheet, row: 0, col: 0 });
        return result;
      }),
  };
}
