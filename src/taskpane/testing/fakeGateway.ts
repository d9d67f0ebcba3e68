/**
 * An in-memory WorkbookGateway for the task pane's tests: one sheet of cells, an active cell, the workbook's
 * sheet names, and the same rules as Excel's gateway (a formula goes only into an empty cell; a new sheet gets
 * a free name and never replaces one).
 */
import type { Bilingual } from "../../core/bilingual";
import { fail, ok, type Result } from "../../core/result";
import { uniqueSheetName } from "../../core/sheetNames";
import type { SheetSpec } from "../../core/sheetSpec";
import type { CellRef, WorkbookGateway } from "../../excel/gateway";

/** A sheet created through `createSheet`: the name it got and the spec it was made from. */
export interface CreatedSheet {
  readonly sheet: string;
  readonly spec: SheetSpec;
}

/** The fake's state and the calls it received, open for a test to arrange and inspect. */
export interface FakeGateway extends WorkbookGateway {
  /** Cell contents by A1 address; a missing address is an empty cell. */
  readonly cells: Map<string, string>;
  /** The formulas passed to `insertFormulaAtActiveCell`, in call order. */
  readonly insertedFormulas: string[];
  /** The workbook's sheet names, in tab order (the active cell's sheet first); `createSheet` appends. */
  readonly sheets: string[];
  /** The sheets `createSheet` made, in call order. */
  readonly createdSheets: CreatedSheet[];
  /** The specs passed to `createSheet`, failed ones included, in call order. */
  readonly requestedSpecs: SheetSpec[];
  /** The sheet last created (activated), if any. */
  readonly activeSheet: string;
  /** Moves the selection. */
  select(address: string): void;
  /** Makes the next `createSheet` call fail with `message` (creating nothing). */
  failNextCreate(message: Bilingual): void;
}

/** What the fake starts with. */
export interface FakeGatewayOptions {
  readonly sheet?: string;
  /** Further sheets of the workbook, after `sheet`. */
  readonly otherSheets?: readonly string[];
  readonly activeAddress?: string;
  readonly cells?: Readonly<Record<string, string>>;
}

/**
 * Builds an in-memory gateway.
 * @example
 * const gateway = createFakeGateway({ activeAddress: "B2", otherSheets: ["二次评估"] });
 * await gateway.insertFormulaAtActiveCell("=1"); // ok, B2 now holds "=1"
 * await gateway.createSheet(spec); // ok, { sheet: "二次评估 (2)" } for a spec named 二次评估
 */
export function createFakeGateway(options: FakeGatewayOptions = {}): FakeGateway {
  const sheet = options.sheet ?? "Sheet1";
  const cells = new Map<string, string>(Object.entries(options.cells ?? {}));
  const insertedFormulas: string[] = [];
  const sheets = [sheet, ...(options.otherSheets ?? [])];
  const createdSheets: CreatedSheet[] = [];
  const requestedSpecs: SheetSpec[] = [];
  let activeAddress = options.activeAddress ?? "A1";
  let activeSheet = sheet;
  let nextFailure: Bilingual | undefined;

  const refOf = (address: string): CellRef => ({
    sheet,
    address,
    isEmpty: (cells.get(address) ?? "") === "",
  });

  return {
    cells,
    insertedFormulas,
    sheets,
    createdSheets,
    requestedSpecs,
    get activeSheet() {
      return activeSheet;
    },
    select(address: string): void {
      activeAddress = address;
    },
    failNextCreate(message: Bilingual): void {
      nextFailure = message;
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
    async sheetNames(): Promise<Result<string[]>> {
      return ok([...sheets]);
    },
    async createSheet(spec: SheetSpec): Promise<Result<{ sheet: string }>> {
      requestedSpecs.push(spec);
      if (nextFailure !== undefined) {
        const message = nextFailure;
        nextFailure = undefined;
        return fail("VALUE", message);
      }
      const name = uniqueSheetName(spec.name, sheets);
      sheets.push(name);
      createdSheets.push({ sheet: name, spec });
      activeSheet = name;
      return ok({ sheet: name });
    },
  };
}
