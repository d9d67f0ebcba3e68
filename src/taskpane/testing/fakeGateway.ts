/**
 * An in-memory WorkbookGateway for the task pane's tests: the workbook's sheets and their cells, an active cell
 * on the first sheet, tables to read, and the contract Excel's gateway keeps (src/excel/testing/gatewayContract.ts):
 * a formula goes only into an empty cell; a new sheet gets a free name and never replaces one; cells are written
 * as Excel's gateway writes them (text Excel would read as something else carries an apostrophe); a write that
 * fails midway leaves nothing of its sheet; a report replaces only the add-in's previous report of its kind, in
 * place — the same sheet, name, position and cells object, emptied and written again, so references to it still
 * answer — and a regeneration that fails midway leaves that sheet with a notice on it; a table is read in chunks.
 * A 1900 workbook unless told `dateSystem: 1904`: then a table read says so, and the date cells of a sheet written
 * land in `contents` as that system's serials (createdSheets and writtenReports keep the specs as given).
 */
import {
  type Bilingual,
  cellNotEmpty,
  type DateSystem,
  fail,
  ok,
  reportNotRegenerated,
  reportNotRegeneratedNotice,
  type Result,
} from "../../core/kernel";
import { type TypedTable, typedInput } from "../../core/import";
import type { ListedName, SheetCells, SheetNames } from "../../core/reviews";
import {
  cellAddress,
  cellInput,
  parseCellRange,
  rangeAddress,
  literalText,
  specInDateSystem,
  uniqueSheetName,
  type SheetSpec,
} from "../../core/sheet";
import type {
  CellRef,
  CellValue,
  PlainRange,
  SnapshotAppend,
  SnapshotAppended,
  SourcePlace,
  SourceWatch,
  TableData,
  TableImported,
  TableInfo,
  TableSource,
  WorkbookGateway,
} from "../../excel/gateway";
import { checkCellValues } from "../../excel/cellValues";
import { appendFakeSnapshot } from "./fakeSnapshots";

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

/** What a cell holds as written into it: text as typed (see cellInput), a number or a boolean. */
export type FakeInput = string | number | boolean;

/** The fake's state and the calls it received, open for a test to arrange and inspect. */
export interface FakeGateway extends WorkbookGateway {
  /** The first sheet's cells (where the active cell is) by A1 address; a missing address is an empty cell. */
  readonly cells: Map<string, FakeInput>;
  /** Every sheet's cells by A1 address, as written into them: the user's and those the add-in wrote. */
  readonly contents: ReadonlyMap<string, ReadonlyMap<string, FakeInput>>;
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
  /**
   * Makes the next `createSheet` call fail with `message` midway, as Excel may refuse a call late in its batch:
   * after its sheet was added and half its cells written; the sheet is removed again, so nothing is created.
   */
  failNextCreate(message: Bilingual): void;
  /** The sources passed to `readTable`, in call order. */
  readonly readRequests: TableSource[];
  /** Every `writeReport` that succeeded, in call order. */
  readonly writtenReports: WrittenReport[];
  /** Makes the next `readTable` call fail with `message`. */
  failNextRead(message: Bilingual): void;
  /**
   * Makes the next `writeReport` call fail with `message` midway, as `failNextCreate` the first time; regenerating,
   * after half the new report was written into the earlier report's sheet: the sheet is kept, emptied, with the
   * notice of a report not regenerated on it.
   */
  failNextReport(message: Bilingual): void;
  /** The typed tables `importTable` wrote, in call order, with the sheet and table names they got. */
  readonly importedTables: (TableImported & { readonly typed: TypedTable })[];
  /** Makes the next `importTable` call fail with `message` midway: after half its rows; its sheet goes again. */
  failNextImport(message: Bilingual): void;
  /** The tables `makeTable` made, in call order: the range given and the name the table got. */
  readonly madeTables: { readonly range: PlainRange; readonly table: string }[];
  /** Every `watchSource` subscription, in call order, and whether it was released. */
  readonly watches: { readonly place: SourcePlace; readonly released: boolean }[];
  /** Changes the source's cells as a user or a refresh would: calls the unreleased watches of that sheet. */
  changeSheet(sheet: string): void;
  /** Breaks a sheet-scoped name, as deleting its cells does: it is listed with the address `null`. */
  breakName(sheet: string, name: string): void;
  /** Every `readCells` call's cells, in call order. */
  readonly cellReads: (readonly SheetCells[])[];
  /** Every `writeCellValues` call that wrote, in call order: the sheet and its cells. */
  readonly cellWrites: { readonly sheet: string; readonly cells: readonly CellValue[] }[];
}

/** What the fake starts with. */
export interface FakeGatewayOptions {
  readonly sheet?: string;
  /** Further sheets of the workbook, after `sheet`. */
  readonly otherSheets?: readonly string[];
  readonly activeAddress?: string;
  /** The first sheet's cells by A1 address. */
  readonly cells?: Readonly<Record<string, string>>;
  /** Excel tables by name (their sheets are added to the workbook's sheets when missing, their cells to it). */
  readonly tables?: Readonly<Record<string, FakeTable>>;
  /** The used range of sheets by sheet name, header row first (the sheets are added when missing, the cells to them). */
  readonly sheetData?: Readonly<Record<string, FakeTable>>;
  /** What the selection holds, for a `{ kind: "selection" }` read; none by default. */
  readonly selection?: FakeTable;
  /** Rows per chunk of `readTable`: `onProgress` is called after each (default 1000). */
  readonly chunkRows?: number;
  /** The workbook's date system (default 1900); the tables' date cells are given in it. */
  readonly dateSystem?: DateSystem;
  /** Sheet-scoped names of the user's sheets, by sheet (sheets written by the fake get their specs' names). */
  readonly sheetScopedNames?: Readonly<Record<string, readonly ListedName[]>>;
}

/** What a stored input reads as (`range.values`): text without the apostrophe that kept it text, "" for nothing. */
const valueOfInput = (input: FakeInput | undefined): unknown =>
  input === undefined ? "" : typeof input === "string" && input.startsWith("'") ? input.slice(1) : input;

/** The sheet-scoped names of a spec, as the workbook lists them once it is rendered. */
const sheetScopedOf = (spec: SheetSpec): ListedName[] =>
  (spec.names ?? [])
    .filter((n) => n.scope === "sheet")
    .map((n) => ({ name: n.name, address: rangeAddress(n.range, true) }));

/**
 * Builds an in-memory gateway.
 * @example
 * const gateway = createFakeGateway({ activeAddress: "B2", otherSheets: ["二次评估"] });
 * await gateway.insertFormulaAtActiveCell("=1"); // ok, B2 now holds "=1"
 * await gateway.createSheet(spec); // ok, { sheet: "二次评估 (2)" } for a spec named 二次评估
 */
export function createFakeGateway(options: FakeGatewayOptions = {}): FakeGateway {
  const sheet = options.sheet ?? "Sheet1";
  const cells = new Map<string, FakeInput>(Object.entries(options.cells ?? {}));
  const contents = new Map<string, Map<string, FakeInput>>([[sheet, cells]]);
  const insertedFormulas: string[] = [];
  const sheets = [sheet, ...(options.otherSheets ?? [])];
  const createdSheets: CreatedSheet[] = [];
  const requestedSpecs: SheetSpec[] = [];
  let activeAddress = options.activeAddress ?? "A1";
  let activeSheet = sheet;
  let nextFailure: Bilingual | undefined;
  const tables: Record<string, FakeTable> = { ...options.tables };
  const sheetData = options.sheetData ?? {};
  for (const table of [...Object.values(tables), ...Object.values(sheetData)]) {
    if (!sheets.includes(table.sheet)) sheets.push(table.sheet);
    const held = contents.get(table.sheet) ?? new Map<string, FakeInput>();
    contents.set(table.sheet, held);
    const [top, left] = [table.headerRow ?? 0, table.firstCol ?? 0];
    [table.header, ...table.rows].forEach((row, r) =>
      row.forEach((value, c) => {
        if (
          typeof value === "number" ||
          typeof value === "boolean" ||
          (typeof value === "string" && value !== "")
        )
          held.set(cellAddress(top + r, left + c), value);
      }),
    );
  }
  for (const name of sheets) if (!contents.has(name)) contents.set(name, new Map());
  const chunkRows = Math.max(1, options.chunkRows ?? 1000);
  const dateSystem = options.dateSystem ?? 1900;
  const readRequests: TableSource[] = [];
  const writtenReports: WrittenReport[] = [];
  const reportSheets = new Map<string, string>();
  let nextReadFailure: Bilingual | undefined;
  let nextReportFailure: Bilingual | undefined;
  let nextImportFailure: Bilingual | undefined;
  const importedTables: (TableImported & { typed: TypedTable })[] = [];
  const madeTables: { range: PlainRange; table: string }[] = [];
  const watches: { place: SourcePlace; released: boolean; onChange: () => void }[] = [];
  const scopedNames = new Map<string, ListedName[]>(
    Object.entries(options.sheetScopedNames ?? {}).map(([name, listed]) => [name, [...listed]]),
  );
  const cellReads: (readonly SheetCells[])[] = [];
  const cellWrites: { sheet: string; cells: readonly CellValue[] }[] = [];
  /** The table names in use, upper-cased, and a free one for `preferred` ("Deals2" when taken). */
  const freeTableName = (preferred: string) => {
    const taken = new Set(Object.keys(tables).map((t) => t.toUpperCase()));
    let name = preferred;
    for (let n = 2; taken.has(name.toUpperCase()); n++) name = `${preferred}${n}`;
    return name;
  };

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

  /** The spec's cells as written into a sheet, by A1 address (blank cells left out). */
  const inputsOf = (spec: SheetSpec) =>
    spec.cells
      .map((cell) => [cellAddress(cell.row, cell.col), cellInput(cell)] as const)
      .filter(([, input]) => input !== "");

  /**
   * Writes the report `spec` into the earlier report's sheet `name`, in place: its cells emptied, then the spec's
   * written into that same map. A `failure` comes after half of them: the cells are emptied again and the notice
   * written (Chinese in A1, English in A2). Resolves with the sheet's name.
   */
  const writeInPlace = (name: string, spec: SheetSpec, failure: Bilingual | undefined): Result<string> => {
    const held = contents.get(name)!;
    held.clear();
    const inputs = inputsOf(spec);
    const half = Math.ceil(inputs.length / 2);
    for (const [address, input] of inputs.slice(0, half)) held.set(address, input);
    if (failure !== undefined) {
      held.clear();
      const notice = reportNotRegeneratedNotice(failure);
      held.set("A1", notice.zh);
      held.set("A2", notice.en);
      return reportNotRegenerated(name, failure);
    }
    for (const [address, input] of inputs.slice(half)) held.set(address, input);
    scopedNames.set(name, sheetScopedOf(spec));
    return ok(name);
  };

  /**
   * Adds a sheet under a free name and writes the spec's cells into it; a `failure` comes after half of them, and
   * the sheet goes again. Resolves with the sheet's name.
   */
  const writeSheet = (spec: SheetSpec, failure: Bilingual | undefined): Result<string> => {
    const name = uniqueSheetName(spec.name, sheets);
    const written = new Map<string, FakeInput>();
    sheets.push(name);
    contents.set(name, written);
    const inputs = inputsOf(spec);
    const half = Math.ceil(inputs.length / 2);
    for (const [address, input] of inputs.slice(0, half)) written.set(address, input);
    if (failure !== undefined) {
      sheets.splice(sheets.indexOf(name), 1);
      contents.delete(name);
      return fail("VALUE", failure);
    }
    for (const [address, input] of inputs.slice(half)) written.set(address, input);
    scopedNames.set(name, sheetScopedOf(spec));
    return ok(name);
  };

  const gateway: FakeGateway = {
    cellReads,
    cellWrites,
    async writeCellValues(name: string, write: readonly CellValue[]) {
      const held = contents.get(name);
      if (held === undefined) {
        return fail("VALUE", { zh: `没有工作表“${name}”。`, en: `There is no sheet “${name}”.` });
      }
      const checked = checkCellValues(name, write);
      if (!checked.ok) return checked;
      for (const cell of checked.value) held.set(cell.address, cell.value);
      cellWrites.push({ sheet: name, cells: write });
      return ok({ written: checked.value.length });
    },
    breakName(sheetName: string, name: string): void {
      scopedNames.set(
        sheetName,
        (scopedNames.get(sheetName) ?? []).map((n) => (n.name === name ? { name, address: null } : n)),
      );
    },
    async listSheetScopedNames(): Promise<Result<SheetNames[]>> {
      return ok(sheets.map((name) => ({ sheet: name, names: [...(scopedNames.get(name) ?? [])] })));
    },
    async readCells(read: readonly SheetCells[]): Promise<Result<unknown[][][]>> {
      cellReads.push(read);
      const values: unknown[][][] = [];
      for (const { sheet: name, address } of read) {
        const held = contents.get(name);
        const range = parseCellRange(address);
        if (held === undefined || range === undefined) {
          return fail("VALUE", {
            zh: `无法读取工作表“${name}”的 ${address}。`,
            en: `Cannot read ${address} of the sheet “${name}”.`,
          });
        }
        values.push(
          Array.from({ length: range.rows }, (_, r) =>
            Array.from({ length: range.cols }, (_, c) =>
              valueOfInput(held.get(cellAddress(range.row + r, range.col + c))),
            ),
          ),
        );
      }
      return ok(values);
    },
    cells,
    contents,
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
    importedTables,
    failNextImport(message: Bilingual): void {
      nextImportFailure = message;
    },
    madeTables,
    get watches() {
      return watches.map(({ place, released }) => ({ place, released }));
    },
    changeSheet(changed: string): void {
      for (const watch of watches) if (!watch.released && watch.place.sheet === changed) watch.onChange();
    },
    async makeTable(range: PlainRange, preferredName: string): Promise<Result<{ readonly table: string }>> {
      if (Object.values(tables).some((table) => table.sheet === range.sheet)) {
        return fail("VALUE", {
          zh: `工作表“${range.sheet}”的这一区域已在表格中，无法再转换为表格。`,
          en: `The range on sheet "${range.sheet}" is already in a table: it cannot become another.`,
        });
      }
      const data = sheetData[range.sheet] ?? options.selection;
      if (data === undefined) {
        return fail("VALUE", {
          zh: `工作表“${range.sheet}”中没有数据。`,
          en: `There is no data on sheet “${range.sheet}”.`,
        });
      }
      const table = freeTableName(preferredName);
      tables[table] = data;
      madeTables.push({ range, table });
      return ok({ table });
    },
    async watchSource(place: SourcePlace, onChange: () => void): Promise<Result<SourceWatch>> {
      const watch = { place, released: false, onChange };
      watches.push(watch);
      return ok({
        release: async () => {
          watch.released = true;
        },
      });
    },
    async appendSnapshot(
      snapshot: SnapshotAppend,
      onProgress?: (rowsWritten: number, totalRows: number) => void,
    ): Promise<Result<SnapshotAppended>> {
      return appendFakeSnapshot(
        { tables, contents, importTable: (t, p) => gateway.importTable(t, p) },
        snapshot,
        onProgress,
      );
    },
    async importTable(
      typed: TypedTable,
      onProgress?: (rowsWritten: number, totalRows: number) => void,
    ): Promise<Result<TableImported>> {
      const failure = nextImportFailure;
      nextImportFailure = undefined;
      const name = uniqueSheetName(typed.sheetName, sheets);
      const written = new Map<string, FakeInput>();
      sheets.push(name);
      contents.set(name, written);
      const put = (row: number, inputs: readonly (string | number)[]) =>
        inputs.forEach((input, col) => input !== "" && written.set(cellAddress(row, col), input));
      put(0, typed.header.map(literalText));
      const total = typed.rows.length;
      for (let from = 0; from < total; from += chunkRows) {
        const rows = typed.rows.slice(from, from + chunkRows);
        rows.forEach((row, i) => put(1 + from + i, row.map(typedInput)));
        if (failure !== undefined && from + rows.length >= total / 2) {
          sheets.splice(sheets.indexOf(name), 1);
          contents.delete(name);
          return fail("VALUE", failure);
        }
        onProgress?.(from + rows.length, total);
      }
      if (total === 0 && failure !== undefined) {
        sheets.splice(sheets.indexOf(name), 1);
        contents.delete(name);
        return fail("VALUE", failure);
      }
      const taken = new Set(Object.keys(tables).map((t) => t.toUpperCase()));
      let table = typed.tableName;
      for (let n = 2; taken.has(table.toUpperCase()); n++) table = `${typed.tableName}_${n}`;
      tables[table] = {
        sheet: name,
        header: [...typed.header],
        rows: typed.rows.map((row) => row.map((cell) => cell ?? "")),
      };
      importedTables.push({ sheet: name, table, rows: total, typed });
      activeSheet = name;
      return ok({ sheet: name, table, rows: total });
    },
    async activeCell(): Promise<Result<CellRef>> {
      return ok(refOf(activeAddress));
    },
    async insertFormulaAtActiveCell(formula: string): Promise<Result<CellRef>> {
      insertedFormulas.push(formula);
      if (!refOf(activeAddress).isEmpty) {
        return cellNotEmpty(activeAddress);
      }
      cells.set(activeAddress, formula);
      return ok(refOf(activeAddress));
    },
    async sheetNames(): Promise<Result<string[]>> {
      return ok([...sheets]);
    },
    async createSheet(spec: SheetSpec): Promise<Result<{ sheet: string }>> {
      requestedSpecs.push(spec);
      const failure = nextFailure;
      nextFailure = undefined;
      const written = writeSheet(specInDateSystem(spec, dateSystem), failure);
      if (!written.ok) return written;
      const name = written.value;
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
        dateSystem,
        ...(source.kind === "table" ? { table: source.name } : {}),
      });
    },
    async writeReport(kind: string, spec: SheetSpec): Promise<Result<{ sheet: string }>> {
      const failure = nextReportFailure;
      nextReportFailure = undefined;
      // The new report goes into the previous one's sheet, in place; a user's sheet is never touched.
      const previous = reportSheets.get(kind);
      const written =
        previous !== undefined && sheets.includes(previous)
          ? writeInPlace(previous, specInDateSystem(spec, dateSystem), failure)
          : writeSheet(specInDateSystem(spec, dateSystem), failure);
      if (!written.ok) return written;
      const name = written.value;
      reportSheets.set(kind, name);
      writtenReports.push({ kind, sheet: name, spec });
      activeSheet = name;
      return ok({ sheet: name });
    },
  };
  return gateway;
}
