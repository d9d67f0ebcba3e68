/**
 * An in-memory WorkbookGateway for the task pane's tests: one sheet of cells, an active cell, the workbook's
 * sheet names, tables to read, and the same rules as Excel's gateway (a formula goes only into an empty cell; a
 * new sheet gets a free name and never replaces one; a report replaces only the add-in's previous report of its
 * kind).
 */
import { type Bilingual, fail, ok, type Result } from "../../core/kernel";
import { uniqueSheetName, type SheetSpec } from "../../core/sheet";
import type { CellRef, TableData, TableInfo, TableSource, WorkbookGateway } from "../../excel/gateway";

/** A sheet created through `createSheet`: the name it got and the spec it was made from. */
export interface CreatedSheet {
  readonly sheet: string;
  readonly spec: SheetSpec;
}

/** A report written through `writeReport`: its kind, the sheet it went to and the spec it was made from. */
export interface WrittenReport {
  readonly kind: string;
  readonly sheet: string;
  readonly spec: SheetSpec;
}

/** A table the fake can read: where it is and its cells (header row, then data rows). */
export interface FakeTable {
  readonly sheet: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
  /** 0-based sheet row of the header (default 0). */
  readonly headerRow?: number;
  /** 0-based sheet column of the first column (default 0). */
  readonly firstCol?: number;
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
  /** The sources passed to `readTable`, in call order. */
  readonly readRequests: TableSource[];
  /** Every `writeReport` that succeeded, in call order. */
  readonly writtenReports: WrittenReport[];
  /** Makes the next `readTable` call fail with `message`. */
  failNextRead(message: Bilingual): void;
  /** Makes the next `writeReport` call fail with `message` (the previous report stays). */
  failNextReport(message: Bilingual): void;
}

/** What the fake starts with. */
export interface FakeGatewayOptions {
  readonly sheet?: string;
  /** Further sheets of the workbook, after `sheet`. */
  readonly otherSheets?: readonly string[];
  readonly activeAddress?: string;
  readonly cells?: Readonly<Record<string, string>>;
  /** Excel tables by name (their sheets are added to the workbook's sheets when missing). */
  readonly tables?: Readonly<Record<string, FakeTable>>;
  /** The used range of sheets by sheet name, header row first (the sheets are added when missing). */
  readonly sheetData?: Readonly<Record<string, FakeTable>>;
  /** What the selection holds, for a `{ kind: "selection" }` read; none by default. */
  readonly selection?: FakeTable;
  /** Rows per chunk of `readTable`: `onProgress` is called after each (default 1000). */
  readonly chunkRows?: number;
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
  const tables = options.tables ?? {};
  const sheetData = options.sheetData ?? {};
  for (const table of [...Object.values(tables), ...Object.values(sheetData)]) {
    if (!sheets.includes(table.sheet)) sheets.push(table.sheet);
  }
  const chunkRows = Math.max(1, options.chunkRows ?? 1000);
  const readRequests: TableSource[] = [];
  const writtenReports: WrittenReport[] = [];
  const reportSheets = new Map<string, string>();
  let nextReadFailure: Bilingual | undefined;
  let nextReportFailure: Bilingual | undefined;

  const tableFor = (source: TableSource): Result<FakeTable> => {
    const found =
      source.kind === "table"
        ? tables[source.name]
        : source.kind === "sheet"
          ? sheetData[source.sheet]
          : options.selection;
    if (found !== undefined) return ok(found);
    const what =
      source.kind === "table"
        ? { zh: `表格“${source.name}”`, en: `table “${source.name}”` }
        : source.kind === "sheet"
          ? { zh: `工作表“${source.sheet}”`, en: `sheet “${source.sheet}”` }
          : { zh: "所选区域", en: "the selection" };
    return fail("VALUE", { zh: `${what.zh}中没有数据。`, en: `There is no data in ${what.en}.` });
  };

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
    readRequests,
    writtenReports,
    get activeSheet() {
      return activeSheet;
    },
    select(address: string): void {
      activeAddress = address;
    },
    failNextCreate(message: Bilingual): void {
      nextFailure = message;
    },
    failNextRead(message: Bilingual): void {
      nextReadFailure = message;
    },
    failNextReport(message: Bilingual): void {
      nextReportFailure = message;
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
    async listTables(): Promise<Result<TableInfo[]>> {
      return ok(
        Object.entries(tables).map(([name, table]) => ({
          name,
          sheet: table.sheet,
          rows: table.rows.length,
        })),
      );
    },
    async readTable(
      source: TableSource,
      onProgress?: (rowsRead: number, totalRows: number) => void,
    ): Promise<Result<TableData>> {
      readRequests.push(source);
      if (nextReadFailure !== undefined) {
        const message = nextReadFailure;
        nextReadFailure = undefined;
        return fail("VALUE", message);
      }
      const found = tableFor(source);
      if (!found.ok) return found;
      const table = found.value;
      const total = table.rows.length;
      if (total === 0) onProgress?.(0, 0);
      for (let read = 0; read < total;) {
        read = Math.min(total, read + chunkRows);
        onProgress?.(read, total);
      }
      return ok({
        sheet: table.sheet,
        headerRow: table.headerRow ?? 0,
        firstCol: table.firstCol ?? 0,
        header: [...table.header],
        rows: table.rows.map((row) => [...row]),
      });
    },
    async writeReport(kind: string, spec: SheetSpec): Promise<Result<{ sheet: string }>> {
      if (nextReportFailure !== undefined) {
        const message = nextReportFailure;
        nextReportFailure = undefined;
        return fail("VALUE", message);
      }
      const previous = reportSheets.get(kind);
      if (previous !== undefined) sheets.splice(sheets.indexOf(previous), 1);
      const name = uniqueSheetName(spec.name, sheets);
      sheets.push(name);
      reportSheets.set(kind, name);
      writtenReports.push({ kind, sheet: name, spec });
      activeSheet = name;
      return ok({ sheet: name });
    },
  };
}
