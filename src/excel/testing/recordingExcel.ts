/**
 * A recording Excel for the gateway's tests: office-addin-mock serves `Excel.run`, `context.sync` and the
 * loading of the workbook's collections (their `items` read before load and sync are errors), and behind it a
 * small workbook records what the calls did, cell by cell — contents, number formats, fills, fonts, alignment,
 * locking — and sheet by sheet: widths, heights, merges, validations, tables, names, panes, page setup and
 * protection. As in Excel, a failing call ends its batch: the calls after it are not applied, and the next
 * `context.sync()` rejects. Never shipped.
 */
import { OfficeMockObject } from "office-addin-mock";

/** A cell after the calls. */
export interface RecordedCell {
  input?: unknown;
  numberFormat?: unknown;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
  locked?: boolean;
}

/** A worksheet after the calls. */
export interface RecordedSheet {
  readonly name: string;
  /** Cells by A1 address. */
  readonly cells: Map<string, RecordedCell>;
  /** Every range written through `formulas` or `values`, in order (how the writes were batched). */
  readonly writes: { address: string; property: "formulas" | "values"; matrix: unknown[][] }[];
  /** Every range formatted, in order (fills, fonts, alignment, number formats, locking). */
  readonly formatted: string[];
  readonly borders: { address: string; edge: string; style?: string; weight?: string }[];
  readonly columnWidths: Map<string, number>;
  readonly rowHeights: Map<string, number>;
  readonly autofitRows: string[];
  readonly merges: string[];
  readonly validations: { address: string; rule: unknown }[];
  readonly tables: {
    address: string;
    hasHeaders: boolean;
    name?: string;
    showTotals?: boolean;
    totals?: unknown[][];
  }[];
  /** Names defined on the sheet only. */
  readonly names: { name: string; address: string; comment?: string }[];
  frozen?: { at?: string; rows?: number; cols?: number };
  printArea?: string;
  readonly page: { paperSize?: string; orientation?: string; zoom?: unknown };
  protection?: { options?: unknown; password?: string };
  selected?: string;
}

/** The workbook after the calls. */
export interface RecordedWorkbook {
  readonly sheets: RecordedSheet[];
  /** Workbook names: where they point. */
  readonly names: { name: string; sheet: string; address: string; comment?: string }[];
  active?: string;
}

/** What the recording Excel starts with, and how it fails. */
export interface RecordingExcelOptions {
  /** Existing sheets and their cells' contents by address. */
  readonly sheets?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Existing workbook names (pointing at A1 of the first sheet). */
  readonly names?: readonly string[];
  /** Existing table names. */
  readonly tables?: readonly string[];
  /** A call that fails ("worksheets.add", "tables.add", "names.add", "dataValidation.rule", …). */
  readonly failOn?: string;
}

/** Excel's grid. */
const ROWS = 1_048_576;
const COLUMNS = 16_384;

function columnIndex(letters: string): number {
  let col = 0;
  for (const letter of letters.toUpperCase()) col = col * 26 + letter.charCodeAt(0) - 64;
  return col - 1;
}

const letters = (col: number): string =>
  col < 26 ? String.fromCharCode(65 + col) : letters(Math.floor(col / 26) - 1) + letters(col % 26);

/** The rectangle of an address: "B2", "B2:D9", "$B$2:$D$9", "B:D" (whole columns), "3:5" (whole rows). */
export function parseRange(address: string): { row: number; col: number; rows: number; cols: number } {
  const plain = address.replace(/\$/g, "");
  const [first, last = first] = plain.split(":");
  const cell = (text: string) => {
    const match = /^([A-Z]*)(\d*)$/i.exec(text);
    if (!match) throw new Error(`InvalidArgument: not an address: ${address}`);
    return {
      col: match[1] ? columnIndex(match[1]) : undefined,
      row: match[2] ? Number(match[2]) - 1 : undefined,
    };
  };
  const a = cell(first);
  const b = cell(last);
  const row = a.row ?? 0;
  const col = a.col ?? 0;
  return {
    row,
    col,
    rows: a.row === undefined ? ROWS : (b.row ?? row) - row + 1,
    cols: a.col === undefined ? COLUMNS : (b.col ?? col) - col + 1,
  };
}

/** The A1 address of a 0-based cell. */
export const addressOf = (row: number, col: number): string => `${letters(col)}${row + 1}`;

function newSheet(name: string): RecordedSheet {
  return {
    name,
    cells: new Map(),
    writes: [],
    formatted: [],
    borders: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    autofitRows: [],
    merges: [],
    validations: [],
    tables: [],
    names: [],
    page: {},
  };
}

/**
 * Installs a recording Excel as the global `Excel`; returns the recorded workbook and the number of
 * `context.sync()` round trips so far.
 * @example const { workbook, syncs } = installRecordingExcel({ sheets: { Sheet1: {} } });
 */
export function installRecordingExcel(options: RecordingExcelOptions = {}) {
  const workbook: RecordedWorkbook = { sheets: [], names: [] };
  for (const [name, cells] of Object.entries(options.sheets ?? { Sheet1: {} })) {
    const sheet = newSheet(name);
    for (const [address, input] of Object.entries(cells)) sheet.cells.set(address, { input });
    workbook.sheets.push(sheet);
  }
  for (const name of options.names ?? []) {
    workbook.names.push({ name, sheet: workbook.sheets[0]?.name ?? "", address: "A1" });
  }
  const tableNames = [...(options.tables ?? [])];
  let pending: Error | undefined;
  let calls = 0;

  /** Applies a call unless the batch already failed; a failing call fails the batch. */
  const act = (call: string, apply: () => void): void => {
    calls += 1;
    if (pending) return;
    if (options.failOn === call) {
      pending = new Error(`InvalidArgument: ${call} was refused`);
      return;
    }
    try {
      apply();
    } catch (error) {
      pending = error instanceof Error ? error : new Error(String(error));
    }
  };
  const sheetNamed = (name: string) => {
    const sheet = workbook.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
    if (!sheet) throw new Error(`ItemNotFound: no sheet ${name}`);
    return sheet;
  };
  const nameTaken = (name: string) =>
    workbook.names.some((n) => n.name.toUpperCase() === name.toUpperCase()) ||
    tableNames.some((t) => t.toUpperCase() === name.toUpperCase());

  const eachCell = (
    sheet: RecordedSheet,
    address: string,
    apply: (cell: RecordedCell, r: number, c: number) => void,
  ) => {
    const { row, col, rows, cols } = parseRange(address);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const key = addressOf(row + r, col + c);
        const cell = sheet.cells.get(key) ?? {};
        apply(cell, r, c);
        sheet.cells.set(key, cell);
      }
    }
  };
  const matrixFits = (address: string, matrix: unknown[][]) => {
    const { rows, cols } = parseRange(address);
    if (matrix.length !== rows || matrix.some((row) => row.length !== cols)) {
      throw new Error(`InvalidArgument: a ${matrix.length}-row matrix for ${address}`);
    }
  };

  const rangeOf = (sheetName: string, address: string) => {
    const sheet = () => sheetNamed(sheetName);
    const cellProperty = (call: string, key: keyof RecordedCell) => ({
      set(value: unknown) {
        act(call, () => {
          sheet().formatted.push(address);
          eachCell(sheet(), address, (cell) => Object.assign(cell, { [key]: value }));
        });
      },
      enumerable: true,
    });
    const write = (property: "formulas" | "values") => ({
      set(matrix: unknown[][]) {
        act(`range.${property}`, () => {
          matrixFits(address, matrix);
          sheet().writes.push({ address, property, matrix });
          eachCell(sheet(), address, (cell, r, c) => (cell.input = matrix[r][c]));
        });
      },
      enumerable: true,
      configurable: true,
    });
    const range = {
      sheetName,
      address,
      format: {
        fill: Object.defineProperties({}, { color: cellProperty("fill.color", "fill") }),
        font: Object.defineProperties(
          {},
          {
            bold: cellProperty("font.bold", "bold"),
            italic: cellProperty("font.italic", "italic"),
            size: cellProperty("font.size", "size"),
            color: cellProperty("font.color", "color"),
          },
        ),
        protection: Object.defineProperties({}, { locked: cellProperty("protection.locked", "locked") }),
        borders: {
          getItem: (edge: string) => ({
            set style(style: string) {
              act("border.style", () => sheet().borders.push({ address, edge, style }));
            },
            set weight(weight: string) {
              act("border.weight", () => sheet().borders.push({ address, edge, weight }));
            },
          }),
        },
        set columnWidth(width: number) {
          act("format.columnWidth", () => sheet().columnWidths.set(address, width));
        },
        set rowHeight(height: number) {
          act("format.rowHeight", () => sheet().rowHeights.set(address, height));
        },
        autofitRows: () => act("format.autofitRows", () => sheet().autofitRows.push(address)),
      },
      merge: (across?: boolean) =>
        act("range.merge", () => {
          if (across) throw new Error("merge across is not expected");
          sheet().merges.push(address);
        }),
      dataValidation: {
        set rule(rule: unknown) {
          act("dataValidation.rule", () => sheet().validations.push({ address, rule }));
        },
      },
      select: () => act("range.select", () => (sheet().selected = address)),
    };
    Object.defineProperties(range.format, {
      wrapText: cellProperty("format.wrapText", "wrap"),
      horizontalAlignment: cellProperty("format.horizontalAlignment", "horizontal"),
      verticalAlignment: cellProperty("format.verticalAlignment", "vertical"),
    });
    Object.defineProperties(range, {
      formulas: write("formulas"),
      values: write("values"),
      numberFormat: {
        set(matrix: unknown[][]) {
          act("range.numberFormat", () => {
            matrixFits(address, matrix);
            sheet().formatted.push(address);
            eachCell(sheet(), address, (cell, r, c) => (cell.numberFormat = matrix[r][c]));
          });
        },
      },
    });
    return range;
  };
  type RangeProxy = ReturnType<typeof rangeOf>;

  const worksheetOf = (name: string) => {
    const sheet = () => sheetNamed(name);
    const pageProperty = (key: "paperSize" | "orientation" | "zoom") => ({
      set(value: unknown) {
        act(`pageLayout.${key}`, () => Object.assign(sheet().page, { [key]: value }));
      },
    });
    const worksheet = {
      name,
      getRange: (address: string) => rangeOf(name, address),
      activate: () => act("worksheet.activate", () => (workbook.active = sheet().name)),
      delete: () =>
        act("worksheet.delete", () => {
          workbook.sheets.splice(workbook.sheets.indexOf(sheet()), 1);
          if (workbook.active === name) workbook.active = workbook.sheets[0]?.name;
        }),
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          const record: RecordedSheet["tables"][number] = { address, hasHeaders };
          act("tables.add", () => sheet().tables.push(record));
          const table = {
            getTotalRowRange: () => {
              const { row, col, rows, cols } = parseRange(address);
              const totals = rangeOf(
                name,
                `${addressOf(row + rows, col)}:${addressOf(row + rows, col + cols - 1)}`,
              );
              return Object.defineProperty(totals, "formulas", {
                set(matrix: unknown[][]) {
                  act("table.totals", () => {
                    if (!record.showTotals)
                      throw new Error("InvalidOperation: the table shows no totals row");
                    record.totals = matrix;
                  });
                },
              });
            },
          };
          return Object.defineProperties(table, {
            name: {
              set(tableName: string) {
                act("table.name", () => {
                  if (nameTaken(tableName))
                    throw new Error(`InvalidArgument: the name ${tableName} is taken`);
                  tableNames.push(tableName);
                  record.name = tableName;
                });
              },
            },
            showTotals: {
              set(show: boolean) {
                act("table.showTotals", () => (record.showTotals = show));
              },
            },
          });
        },
      },
      names: {
        add: (nameToAdd: string, reference: RangeProxy, comment?: string) =>
          act("sheet.names.add", () =>
            sheet().names.push({ name: nameToAdd, address: reference.address, comment }),
          ),
      },
      freezePanes: {
        freezeAt: (at: RangeProxy) =>
          act("freezePanes.freezeAt", () => (sheet().frozen = { at: at.address })),
        freezeRows: (rows: number) => act("freezePanes.freezeRows", () => (sheet().frozen = { rows })),
        freezeColumns: (cols: number) => act("freezePanes.freezeColumns", () => (sheet().frozen = { cols })),
      },
      pageLayout: Object.defineProperties(
        {
          setPrintArea: (area: string) => act("pageLayout.setPrintArea", () => (sheet().printArea = area)),
        },
        {
          paperSize: pageProperty("paperSize"),
          orientation: pageProperty("orientation"),
          zoom: pageProperty("zoom"),
        },
      ),
      protection: {
        protect: (protectOptions?: unknown, password?: string) =>
          act("protection.protect", () => (sheet().protection = { options: protectOptions, password })),
      },
    };
    return worksheet;
  };

  const data = {
    context: {
      workbook: {
        worksheets: {
          items: workbook.sheets.map((sheet) => ({ name: sheet.name })),
          add: (name: string) => {
            act("worksheets.add", () => {
              if (workbook.sheets.some((s) => s.name.toUpperCase() === name.toUpperCase())) {
                throw new Error(`InvalidArgument: a sheet named ${name} exists`);
              }
              workbook.sheets.push(newSheet(name));
            });
            return worksheetOf(name);
          },
          getItem: (name: string) => worksheetOf(name),
        },
        names: {
          items: workbook.names.map((n) => ({ name: n.name })),
          add: (name: string, reference: RangeProxy, comment?: string) =>
            act("names.add", () => {
              if (nameTaken(name)) throw new Error(`InvalidArgument: the name ${name} is taken`);
              workbook.names.push({ name, sheet: reference.sheetName, address: reference.address, comment });
            }),
          getItem: (name: string) => ({
            delete: () =>
              act("names.delete", () => {
                const index = workbook.names.findIndex((n) => n.name === name);
                if (index < 0) throw new Error(`ItemNotFound: no name ${name}`);
                workbook.names.splice(index, 1);
              }),
          }),
        },
        tables: { items: tableNames.map((name) => ({ name })) },
      },
    },
    run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as {
    context: {
      sync: () => Promise<void>;
      workbook: Record<"worksheets" | "names" | "tables", { load: (properties: string) => unknown }>;
    };
  };
  // office-addin-mock loads scalars only: a collection's "items/name" is the load of its items.
  for (const key of ["worksheets", "names", "tables"] as const) {
    const collection = mock.context.workbook[key];
    const load = collection.load.bind(collection);
    collection.load = (properties: string) => load(properties.replace(/items\/\w+/g, "items"));
  }
  let syncs = 0;
  const sync = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    syncs += 1;
    await sync();
    const error = pending;
    pending = undefined;
    if (error) throw error;
  };
  (globalThis as { Excel?: unknown }).Excel = mock;
  return { workbook, syncs: () => syncs, calls: () => calls, sheet: (name: string) => sheetNamed(name) };
}
