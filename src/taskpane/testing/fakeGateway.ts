/**
 * An in-memory WorkbookGateway for the task pane's tests: one sheet of cells, an active cell, and the
 * same rule as Excel's gateway (a formula goes only into an empty cell).
 */
import type { CellRef, WorkbookGateway } from "../../excel/gateway";
import { fail, ok, type Result } from "../../core/result";

/** The fake's state and the calls it received, open for a test to arrange and inspect. */
export interface FakeGateway extends WorkbookGateway {
  /** Cell contents by A1 address; a missing address is an empty cell. */
  readonly cells: Map<string, string>;
  /** The formulas passed to `insertFormulaAtActiveCell`, in call order. */
  readonly insertedFormulas: string[];
  /** Moves the selection. */
  select(address: string): void;
}

/** What the fake starts with. */
export interface FakeGatewayOptions {
  readonly sheet?: string;
  readonly activeAddress?: string;
  readonly cells?: Readonly<Record<string, string>>;
}

/**
 * Builds an in-memory gateway.
 * @example
 * const gateway = createFakeGateway({ activeAddress: "B2" });
 * await gateway.insertFormulaAtActiveCell("=1"); // ok, B2 now holds "=1"
 */
export function createFakeGateway(options: FakeGatewayOptions = {}): FakeGateway {
  const sheet = options.sheet ?? "Sheet1";
  const cells = new Map<string, string>(Object.entries(options.cells ?? {}));
  const insertedFormulas: string[] = [];
  let activeAddress = options.activeAddress ?? "A1";

  const refOf = (address: string): CellRef => ({
    sheet,
    address,
    isEmpty: (cells.get(address) ?? "") === "",
  });

  return {
    cells,
    insertedFormulas,
    select(address: string): void {
      activeAddress = address;
    },
    async activeCell(): Promise<Result<CellRef>> {
      return ok(refOf(activeAddress));
    },
    async insertFormulaAtActiveCell(formula: string): Promise<Result<CellRef>> {
      insertedFormulas.push(formula);
      if (!refOf(activeAddress).isEmpty) {
        return fail("VALUE", {
          zh: `单元格 ${activeAddress} 不是空的，未覆盖任何内容。请选择一个空单元格。`,
          en: `Cell ${activeAddress} is not empty; nothing was overwritten. Select an empty cell.`,
        });
      }
      cells.set(activeAddress, formula);
      return ok(refOf(activeAddress));
    },
  };
}
