/**
 * A recording Excel for the gateway's tests: office-addin-mock serves `Excel.run`, `context.sync` and the
 * loading of the workbook's collections (their `items` read before load and sync are errors), and behind it a
 * small workbook records what the calls did, cell by cell — contents, number formats, fills, fonts, alignment,
 * locking, links — and sheet by sheet: widths, heights, merges, validations, tables, names, charts, panes,
 * page setup and protection. Calls are queued and applied at `context.sync()`, as Excel applies a request (see
 * recordingBatch.ts: a failing call ends its request — the calls before it stay applied, the calls after it are
 * not — and the sync rejects; a whole request can be refused as cancelled; the bytes of every request and reply
 * are recorded; a failure carries Excel's code, the failing call and the `context.trace` messages before it).
 * Ranges read (values, used ranges, the selection, the active cell, tables) load at the sync too. `Excel.run`
 * sends what its batch left queued when the batch resolves, as Office.js does. The sheet, names and charts a call
 * adds are reached through the object that call returned, by identity, never by name: that object of a failed
 * add reaches nothing. A test can let a co-author's edit land before a chosen sync. Names are added over a range or
 * with a formula ("=Deals[Stage]", recorded as that formula); a range lists the tables it overlaps and its merged
 * cells, and a table added over another is refused; `onChanged` handlers of tables and sheets are subscribed and
 * removed as Office.js does, and a test fires changes (see recordingEvents.ts). Never shipped.
 */
import { OfficeMockObject } from "office-addin-mock";
import { type DateSystem, fromSerial1900, serialFromDate } from "../../core/kernel";
import { jsonBytes } from "../readChunks";
import { excelError, recordingBatch } from "./recordingBatch";
import { recordingCharts, type RecordedChart } from "./recordingCharts";
import { type EventTarget, recordingEvents, type RecordingRun } from "./recordingEvents";
import { addressOf, boxAddress, parseRange, readBox, usedBox, type Box, type Grid } from "./recordingGrid";
import { READ_PROPERTIES, recordingRead } from "./recordingReads";
import { userContent } from "./recordingSnapshot";
import { recordingTableRows } from "./recordingTableRows";

export { addressOf } from "./recordingGrid";

/** How a sheet's collection of charts, tables or names lists its items now, for a load nested in the sheets'. */
const LIST = Symbol("list");
/** The collections of a sheet that load with the worksheet collection. */
const HOLDINGS = ["charts", "tables", "names"] as const;
type Holding = (typeof HOLDINGS)[number];
/** A sheet's collection that lists its items when loaded with the sheets. */
interface Listable {
  readonly [LIST]: () => number;
}
export { EXCEL_PAYLOAD_LIMIT } from "./recordingBatch";

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
  name: string;
  /** Excel's id of the sheet, which does not change when the sheet is renamed or moved. */
  readonly id: string;
  /** Cells by A1 address. */
  readonly cells: Map<string, RecordedCell>;
  /** A dense block of values to read (a large table). */
  grid?: Grid;
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
    style?: string;
  }[];
  /**
   * Names defined on the sheet only; `sheet` when the range is on another sheet; `formula` (and an empty address)
   * when the name was added with a formula ("=Deals[Stage]") instead of a range.
   */
  readonly names: {
    name: string;
    address: string;
    comment?: string;
    sheet?: string;
    formula?: string;
    /** Its cells were deleted: its range is a null object (its formula #REF!). */
    broken?: boolean;
  }[];
  /** Hyperlinks set on ranges, in order. */
  readonly links: { address: string; hyperlink: unknown }[];
  readonly charts: RecordedChart[];
  frozen?: { at?: string; rows?: number; cols?: number };
  printArea?: string;
  readonly page: { paperSize?: string; orientation?: string; zoom?: unknown };
  protection?: { options?: unknown; password?: string };
  selected?: string;
}

/**
 * A workbook name: where it points; `broken` once its sheet was deleted (its formula is then #REF!); `formula` (with
 * an empty sheet and address) when it was added with a formula ("=Deals[Stage]") instead of a range.
 */
export interface RecordedName {
  name: string;
  sheet: string;
  address: string;
  comment?: string;
  visible?: boolean;
  broken?: boolean;
  formula?: string;
}

/** The workbook after the calls. */
export interface RecordedWorkbook {
  readonly sheets: RecordedSheet[];
  readonly names: RecordedName[];
  active?: string;
}

/** An Excel table over cells of a sheet, to be read. */
export interface RecordingTable {
  readonly name: string;
  readonly sheet: string;
  /** The header row and the data body, e.g. "A1:I100001". */
  readonly address: string;
}

/** What the recording Excel starts with, and how it fails. */
export interface RecordingExcelOptions {
  /** Existing sheets and their cells' contents by address. */
  readonly sheets?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Dense blocks of values by sheet (the sheet is added if `sheets` lacks it), top-left at `at` (A1). */
  readonly grids?: Readonly<
    Record<string, { readonly at?: string; readonly values: readonly (readonly unknown[])[] }>
  >;
  /** Existing workbook names (pointing at A1 of the first sheet). */
  readonly names?: readonly string[];
  /** Existing workbook names with where they point. */
  readonly definedNames?: readonly RecordedName[];
  /** Existing table names (tables without cells to read). */
  readonly tables?: readonly string[];
  /** Existing tables over cells, to list and read. */
  readonly dataTables?: readonly RecordingTable[];
  /** The selected range. */
  readonly selection?: { readonly sheet: string; readonly address: string };
  /**
   * A call that fails ("worksheets.add", "tables.add", "names.add", "dataValidation.rule", …), or a call on one
   * kind of object only ("chart.title@Funnel": the title of a funnel chart).
   */
  readonly failOn?: string;
  /** The most bytes a request or a reply may have before Excel refuses it (default Excel on the web's 5 MB). */
  readonly payloadLimit?: number;
  /**
   * What Excel does with `visible = false` set on a workbook name: honours it (the default); ignores it when it
   * comes in the same request as the `names.add` of that name (office-js #3878, #3949); or always ignores it.
   */
  readonly nameHiding?: "honoured" | "ignoredWithAdd" | "ignored";
  /** The workbook's date system (default 1900): what `workbook.functions.date(1904, 1, 1)` answers, 1462 or 0. */
  readonly dateSystem?: DateSystem;
}

let sheetIds = 0;

function newSheet(name: string): RecordedSheet {
  return {
    name,
    id: `{SHEET-${++sheetIds}}`,
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
    links: [],
    charts: [],
    page: {},
  };
}

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/** The address of a whole sheet: what `worksheet.getRange()` without an address covers. */
const WHOLE_SHEET = "A1:XFD1048576";

/** Whether the rectangle of address `inner` lies within that of `outer`. */
function within(inner: string, outer: string): boolean {
  const a = parseRange(inner);
  const b = parseRange(outer);
  return (
    a.row >= b.row && a.col >= b.col && a.row + a.rows <= b.row + b.rows && a.col + a.cols <= b.col + b.cols
  );
}

/** Keeps, in place, the items of `list` that `keep` accepts. */
function keepOnly<T>(list: T[], keep: (item: T) => boolean): void {
  list.splice(0, list.length, ...list.filter(keep));
}

/** Calls `each` with every key (an address) of `map` that lies within `address`. */
function forEachWithin(map: Map<string, unknown>, address: string, each: (key: string) => void): void {
  for (const key of [...map.keys()]) if (within(key, address)) each(key);
}

/** A name's formula as Excel gives it: "='Sheet 1'!$A$1", or "=#REF!" once its sheet is gone. */
const nameFormula = (name: RecordedName) =>
  name.broken
    ? "=#REF!"
    : name.formula !== undefined
      ? name.formula
      : `='${name.sheet.replace(/'/g, "''")}'!${name.address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;

/**
 * Installs a recording Excel as the global `Excel`; returns the recorded workbook, the number of
 * `context.sync()` round trips so far and the bytes of values each sync read.
 * @example const { workbook, syncs } = installRecordingExcel({ sheets: { Sheet1: {} } });
 */
export function installRecordingExcel(options: RecordingExcelOptions = {}) {
  const workbook: RecordedWorkbook = { sheets: [], names: [] };
  const initialSheets = options.sheets ?? (options.grids ? {} : { Sheet1: {} });
  for (const [name, cells] of Object.entries(initialSheets)) {
    const sheet = newSheet(name);
    for (const [address, input] of Object.entries(cells)) sheet.cells.set(address, { input });
    workbook.sheets.push(sheet);
  }
  for (const [name, grid] of Object.entries(options.grids ?? {})) {
    let sheet = workbook.sheets.find((s) => s.name === name);
    if (!sheet) workbook.sheets.push((sheet = newSheet(name)));
    const at = parseRange(grid.at ?? "A1");
    sheet.grid = { row: at.row, col: at.col, values: grid.values };
  }
  for (const name of options.names ?? []) {
    workbook.names.push({ name, sheet: workbook.sheets[0]?.name ?? "", address: "A1" });
  }
  for (const name of options.definedNames ?? []) workbook.names.push({ ...name });
  const dataTables = [...(options.dataTables ?? [])];
  const tableNames = [...(options.tables ?? []), ...dataTables.map((t) => t.name)];
  const batch = recordingBatch(options.failOn, options.payloadLimit);
  const { act, loads } = batch;
  // The request context of the batch running now (one per Excel.run), for the removal of event handlers.
  const runs = new Set<RecordingRun>();
  let currentRun: RecordingRun = { run: 0 };
  const events = recordingEvents(act, () => currentRun);
  const sheetNamed = (name: string) => {
    const sheet = workbook.sheets.find((s) => same(s.name, name));
    if (!sheet) throw excelError("ItemNotFound", `no sheet ${name}`);
    return sheet;
  };
  const nameTaken = (name: string) =>
    workbook.names.some((n) => same(n.name, name)) || tableNames.some((t) => same(t, name));
  /** A range to read: its rectangle is worked out at the sync (undefined: a null object). */
  const readable = (sheetName: string, box: () => Box | undefined) =>
    recordingRead(loads, () => sheetNamed(sheetName), box);

  /** The tables over cells of `sheet` (its own and those to read), with their rectangles. */
  const tablesOn = (sheet: RecordedSheet) => [
    ...dataTables.filter((t) => same(t.sheet, sheet.name)).map((t) => ({ name: t.name, address: t.address })),
    ...sheet.tables.map((t) => ({ name: t.name ?? "", address: t.address })),
  ];
  const overlap = (a: Box, b: Box) =>
    a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
  /** A sheet-qualified address, quoted as Excel quotes a sheet name that is not plain. */
  const qualified = (sheetName: string, address: string) =>
    `${/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`}!${address}`;

  /** A range's or table's `worksheet`, whose name can be loaded. */
  const worksheetNav = (name: string) => {
    const nav = {
      name,
      load: () => {
        loads.push(() => jsonBytes({ name }));
        return nav;
      },
    };
    return nav;
  };

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
      throw excelError("InvalidArgument", `a ${matrix.length}-row matrix for ${address}`);
    }
  };

  /** A range of a sheet: the sheet named `sheetName` when the calls apply, or the one `sheet` resolves. */
  const rangeOf = (sheetName: string, address: string, sheet = () => sheetNamed(sheetName)) => {
    const box = parseRange(address);
    // What a range can read and format is made when first used: a report asks for tens of thousands of ranges.
    let reads: ReturnType<typeof readable> | undefined;
    const reading = () => (reads ??= readable(sheetName, () => box));
    let format: ReturnType<typeof formatOf> | undefined;
    const cellProperty = (call: string, key: keyof RecordedCell) => ({
      set(value: unknown) {
        act(
          call,
          () => {
            sheet().formatted.push(address);
            eachCell(sheet(), address, (cell) => Object.assign(cell, { [key]: value }));
          },
          value,
        );
      },
      enumerable: true,
    });
    const write = (property: "formulas" | "values") => ({
      set(matrix: unknown[][]) {
        act(
          `range.${property}`,
          () => {
            matrixFits(address, matrix);
            sheet().writes.push({ address, property, matrix });
            eachCell(sheet(), address, (cell, r, c) => (cell.input = matrix[r][c]));
          },
          matrix,
        );
      },
      get: () => reading().get("values"),
      enumerable: true,
      configurable: true,
    });
    const formatOf = () => {
      const range = {
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
        set useStandardWidth(standard: boolean) {
          act("format.useStandardWidth", () => {
            if (standard)
              forEachWithin(sheet().columnWidths, address, (key) => sheet().columnWidths.delete(key));
          });
        },
        set useStandardHeight(standard: boolean) {
          act("format.useStandardHeight", () => {
            if (!standard) return;
            forEachWithin(sheet().rowHeights, address, (key) => sheet().rowHeights.delete(key));
            const record = sheet();
            record.autofitRows.splice(
              0,
              record.autofitRows.length,
              ...record.autofitRows.filter((a) => !within(a, address)),
            );
          });
        },
      };
      return Object.defineProperties(range, {
        wrapText: cellProperty("format.wrapText", "wrap"),
        horizontalAlignment: cellProperty("format.horizontalAlignment", "horizontal"),
        verticalAlignment: cellProperty("format.verticalAlignment", "vertical"),
      });
    };
    /** A range of the same sheet over `other` (Excel refuses, at the sync, one off the sheet or empty). */
    const derived = (call: string, other: Box | undefined) => {
      const sheetBox = parseRange(WHOLE_SHEET);
      if (
        other === undefined ||
        other.rows < 1 ||
        other.cols < 1 ||
        !within(boxAddress(other), WHOLE_SHEET)
      ) {
        act(call, () => {
          throw excelError("InvalidArgument", `${call} gives no range of the sheet`);
        });
        return rangeOf(sheetName, boxAddress(sheetBox), sheet);
      }
      return rangeOf(sheetName, boxAddress(other), sheet);
    };
    const range = {
      sheetName,
      address,
      load: (properties: string) => {
        reading().load(properties);
        return range;
      },
      /** The range of `rows` × `cols` cells from this one's top-left cell (ExcelApi 1.7). */
      getAbsoluteResizedRange: (rows: number, cols: number) =>
        derived("range.getAbsoluteResizedRange", { row: box.row, col: box.col, rows, cols }),
      /** The cells this range shares with `other` (ExcelApi 1.1). */
      getIntersection: (other: { address: string }) => {
        const b = parseRange(other.address);
        const [row, col] = [Math.max(box.row, b.row), Math.max(box.col, b.col)];
        const rows = Math.min(box.row + box.rows, b.row + b.rows) - row;
        const cols = Math.min(box.col + box.cols, b.col + b.cols) - col;
        return derived("range.getIntersection", rows > 0 && cols > 0 ? { row, col, rows, cols } : undefined);
      },
      worksheet: worksheetNav(sheetName),
      getUsedRangeOrNullObject: () => readable(sheetName, () => usedBox(sheet(), box)).range,
      /** The tables overlapping the range (or, `fullyContained`, within it), their names to load (ExcelApi 1.9). */
      getTables: (fullyContained = false) => {
        let items: { name: string }[] | undefined;
        const collection = {
          load: (properties: string) => {
            if (properties !== "items/name") throw new Error(`The recording Excel lists tables by name only`);
            loads.push(() => {
              items = tablesOn(sheet())
                .filter((t) =>
                  fullyContained ? within(t.address, address) : overlap(parseRange(t.address), box),
                )
                .map((t) => ({ name: t.name }));
              return jsonBytes(items);
            });
            return collection;
          },
          get items() {
            if (items === undefined)
              throw new Error("PropertyNotLoaded: the tables were not loaded and synced");
            return items;
          },
        };
        return collection;
      },
      /** The merged areas overlapping the range, as one sheet-qualified address; a null object for none (1.13). */
      getMergedAreasOrNullObject: () => {
        let merged: string[] | undefined;
        const areas = {
          load: (properties: string) => {
            if (properties !== "address")
              throw new Error(`The recording Excel loads merged areas' address only`);
            loads.push(() => {
              merged = sheet().merges.filter((m) => overlap(parseRange(m), box));
              return jsonBytes(merged);
            });
            return areas;
          },
          get isNullObject() {
            if (merged === undefined)
              throw new Error("PropertyNotLoaded: isNullObject was not loaded and synced");
            return merged.length === 0;
          },
          get address() {
            if (merged === undefined) throw new Error("PropertyNotLoaded: address was not loaded and synced");
            if (merged.length === 0) throw new Error("InvalidOperation: address of a null object");
            return merged.map((m) => qualified(sheet().name, m)).join(", ");
          },
        };
        return areas;
      },
      get format() {
        return (format ??= formatOf());
      },
      merge: (across?: boolean) =>
        act("range.merge", () => {
          if (across) throw new Error("merge across is not expected");
          sheet().merges.push(address);
        }),
      /** Undoes the merges that lie within the range. */
      unmerge: () =>
        act("range.unmerge", () => keepOnly(sheet().merges, (merged) => !within(merged, address))),
      /** Clears contents, formats and links ("All"; the only way the add-in clears). */
      clear: (applyTo?: string) =>
        act("range.clear", () => {
          if (applyTo !== "All") throw new Error(`The recording Excel clears "All" only, not ${applyTo}`);
          const record = sheet();
          for (const key of [...record.cells.keys()]) if (within(key, address)) record.cells.delete(key);
          keepOnly(record.links, (link) => !within(link.address, address));
          keepOnly(record.formatted, (formatted) => !within(formatted, address));
          keepOnly(record.borders, (border) => !within(border.address, address));
          if (address === WHOLE_SHEET) record.grid = undefined;
        }),
      dataValidation: {
        set rule(rule: unknown) {
          act("dataValidation.rule", () => sheet().validations.push({ address, rule }), rule);
        },
        clear: () =>
          act("dataValidation.clear", () =>
            keepOnly(sheet().validations, (validation) => !within(validation.address, address)),
          ),
      },
      // Without `textToDisplay`, some hosts show the link's address instead of the cell's text: this one does.
      set hyperlink(hyperlink: { documentReference?: string; textToDisplay?: string }) {
        act(
          "range.hyperlink",
          () => {
            sheet().links.push({ address, hyperlink });
            const shown = hyperlink.textToDisplay ?? hyperlink.documentReference;
            eachCell(sheet(), address, (cell) => (cell.input = shown));
          },
          hyperlink,
        );
      },
      select: () => act("range.select", () => (sheet().selected = address)),
    };
    Object.defineProperties(range, {
      formulas: write("formulas"),
      values: write("values"),
      numberFormat: {
        set(matrix: unknown[][]) {
          act(
            "range.numberFormat",
            () => {
              matrixFits(address, matrix);
              sheet().formatted.push(address);
              eachCell(sheet(), address, (cell, r, c) => (cell.numberFormat = matrix[r][c]));
            },
            matrix,
          );
        },
      },
      ...Object.fromEntries(
        READ_PROPERTIES.filter((p) => p !== "values").map((p) => [
          p,
          { get: () => reading().get(p), enumerable: true, configurable: true },
        ]),
      ),
    });
    return range;
  };
  type RangeProxy = ReturnType<typeof rangeOf>;

  /**
   * The active cell, as `getActiveCell` gives it: the selected cell of the active sheet (A1 of the first sheet
   * unless a test or a generator moved it). It loads its sheet-qualified address, values and formulas (a
   * recorded cell holds its input: its formula is what it reads), and takes formulas as any range does.
   */
  const activeCellOf = () => {
    const sheetName = workbook.active ?? workbook.sheets[0].name;
    const address = sheetNamed(sheetName).selected ?? "A1";
    const range = rangeOf(sheetName, address) as RangeProxy & { formulas: unknown[][] };
    const reads = readable(sheetName, () => parseRange(address));
    const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName);
    const qualified = `${plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`}!${address}`;
    let loaded = false;
    const cell = {
      load: (properties: string) => {
        const wanted = properties.split(",").map((p) => p.trim());
        const unknown = wanted.find((p) => !["address", "values", "formulas"].includes(p));
        if (unknown !== undefined)
          throw new Error(`The recording Excel cannot load ${unknown} of the active cell`);
        reads.load("values");
        loads.push(() => {
          loaded = true;
          return jsonBytes({ address: qualified });
        });
        return cell;
      },
      get address() {
        if (!loaded) throw new Error("PropertyNotLoaded: address was not loaded and synced");
        return qualified;
      },
      get values() {
        return reads.get("values");
      },
      get formulas() {
        return reads.get("values") as unknown[][];
      },
      set formulas(matrix: unknown[][]) {
        range.formulas = matrix;
      },
    };
    return cell;
  };

  // The request each workbook name was added in, to tell whether `visible = false` came with its add.
  const addedIn = new WeakMap<RecordedName, number>();
  /** The NamedItem `names.add` returns: `visible` to set, `name` and `visible` to load and read after a sync. */
  const namedItem = (record: RecordedName) => {
    const loaded = new Map<"name" | "visible", unknown>();
    const read = (property: "name" | "visible") => {
      if (!loaded.has(property)) throw new Error(`PropertyNotLoaded: ${property} was not loaded and synced`);
      return loaded.get(property);
    };
    const item = {
      get name() {
        return read("name") as string;
      },
      get visible() {
        return read("visible") as boolean;
      },
      set visible(visible: boolean) {
        act("name.visible", () => {
          const hiding = options.nameHiding ?? "honoured";
          const ignored =
            !visible &&
            (hiding === "ignored" || (hiding === "ignoredWithAdd" && addedIn.get(record) === batch.syncs()));
          if (!ignored) record.visible = visible;
        });
      },
      /** Deletes this name — the one its `names.add` made, not another of the same name. */
      delete: () =>
        act("names.delete", () => {
          const index = workbook.names.indexOf(record);
          if (index < 0) {
            const code = addedIn.has(record) ? "ItemNotFound" : "InvalidObjectPath";
            throw excelError(code, `the name ${record.name} is not there`);
          }
          workbook.names.splice(index, 1);
        }),
      load: (properties: string) => {
        const wanted = properties.split(",").map((p) => p.trim());
        if (wanted.some((p) => p !== "name" && p !== "visible")) {
          throw new Error(`The recording Excel cannot load ${properties} of a name`);
        }
        loads.push(() => {
          loaded.set("name", record.name);
          loaded.set("visible", record.visible ?? true);
          return jsonBytes(Object.fromEntries(wanted.map((p) => [p, loaded.get(p as "name" | "visible")])));
        });
        return item;
      },
    };
    return item;
  };

  /**
   * The range a sheet-scoped name points at, as `getRangeOrNullObject` gives it: its sheet-qualified address loaded
   * at the sync, a null object when the name is broken or holds a formula.
   */
  const sheetNameRange = (record: RecordedSheet["names"][number], sheetName: () => string) => {
    let loaded: { isNullObject: boolean; address?: string } | undefined;
    const range = {
      load: (properties: string) => {
        if (properties !== "address") throw new Error(`The recording Excel loads a name's address only`);
        loads.push(() => {
          const none = record.broken === true || record.formula !== undefined;
          loaded = none
            ? { isNullObject: true }
            : { isNullObject: false, address: qualified(record.sheet ?? sheetName(), record.address) };
          return jsonBytes(loaded);
        });
        return range;
      },
      get isNullObject() {
        if (loaded === undefined)
          throw new Error("PropertyNotLoaded: isNullObject was not loaded and synced");
        return loaded.isNullObject;
      },
      get address() {
        if (loaded === undefined) throw new Error("PropertyNotLoaded: address was not loaded and synced");
        if (loaded.isNullObject) throw new Error("InvalidOperation: address of a null object");
        return loaded.address!;
      },
    };
    return range;
  };

  /**
   * A worksheet: the one with the id or the name `key` when its calls apply (`getItem`, as Excel's), or, for the
   * one `worksheets.add` returns, the sheet that call made (`created`), whatever its name — and none when the add
   * failed, as in Excel.
   */
  const worksheetOf = (key: string, created?: () => RecordedSheet) => {
    let current = key;
    const sheet = created ?? (() => workbook.sheets.find((s) => s.id === key) ?? sheetNamed(current));
    /**
     * A collection of the sheet's `kind` ("chart", "table", "name") whose items list at the sync what `records`
     * holds then: each item's name, and its deletion — of that very record, which must still be there.
     */
    const listing = <T extends object>(
      kind: string,
      records: () => T[],
      removed?: (record: T) => void,
      extra: (record: T) => object = () => ({}),
    ) => {
      let items: ({ name?: string; delete: () => void } & object)[] | undefined;
      /** Lists the items as they are now; returns the bytes of the reply. */
      const list = () => {
        items = records().map((record) => ({
          ...extra(record),
          name: "name" in record ? String(record.name) : undefined,
          delete: () =>
            act(`${kind}.delete`, () => {
              const list = records();
              if (!list.includes(record)) throw excelError("ItemNotFound", `the ${kind} is not there`);
              list.splice(list.indexOf(record), 1);
              removed?.(record);
            }),
        }));
        return jsonBytes(items.map((item) => item.name ?? ""));
      };
      const collection = {
        load: (properties: string) => {
          if (properties !== "items/name") throw new Error(`The recording Excel lists ${kind}s by name only`);
          loads.push(list);
          return collection;
        },
        [LIST]: list,
        get items() {
          if (items === undefined)
            throw new Error(`PropertyNotLoaded: the ${kind}s were not loaded and synced`);
          return items;
        },
      };
      return collection;
    };
    const listed = {
      charts: listing("chart", () => sheet().charts),
      tables: listing(
        "table",
        () => sheet().tables,
        (table) => table.name !== undefined && tableNames.splice(tableNames.indexOf(table.name), 1),
      ),
      names: listing(
        "sheetName",
        () => sheet().names,
        undefined,
        (record) => ({
          getRangeOrNullObject: () => sheetNameRange(record, () => sheet().name),
        }),
      ),
    };
    const pageProperty = (key: "paperSize" | "orientation" | "zoom") => ({
      set(value: unknown) {
        act(`pageLayout.${key}`, () => Object.assign(sheet().page, { [key]: value }));
      },
    });
    let position: number | undefined;
    const worksheet = {
      get name() {
        return current;
      },
      /**
       * Loads the sheet's name and position (as Excel has them at the sync); a sheet gone stops the request at the
       * load, as Excel's query of it does.
       */
      load: (properties: string) => {
        const wanted = properties.split(",").map((p) => p.trim());
        if (wanted.some((p) => p !== "name" && p !== "position")) {
          throw new Error(`The recording Excel cannot load ${properties} of a worksheet`);
        }
        batch.query("worksheet.load", () => void sheet());
        loads.push(() => {
          const record = sheet();
          current = record.name;
          position = workbook.sheets.indexOf(record);
          return jsonBytes({ name: current, position });
        });
        return worksheet;
      },
      get position(): number {
        if (position === undefined) throw new Error("PropertyNotLoaded: position was not loaded and synced");
        return position;
      },
      set name(newName: string) {
        act(
          "worksheet.name",
          () => {
            const record = sheet();
            if (workbook.sheets.some((s) => same(s.name, newName) && s !== record)) {
              throw excelError("InvalidArgument", `a sheet named ${newName} exists`);
            }
            for (const n of workbook.names) if (!n.broken && same(n.sheet, record.name)) n.sheet = newName;
            if (workbook.active === record.name) workbook.active = newName;
            record.name = newName;
            current = newName;
          },
          newName,
        );
      },
      set position(position: number) {
        act("worksheet.position", () => {
          const record = sheet();
          workbook.sheets.splice(workbook.sheets.indexOf(record), 1);
          workbook.sheets.splice(Math.min(position, workbook.sheets.length), 0, record);
        });
      },
      getRange: (address: string = WHOLE_SHEET) => rangeOf(current, address, sheet),
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
        rangeOf(current, boxAddress({ row, col, rows, cols }), sheet),
      getUsedRangeOrNullObject: () => readable(current, () => usedBox(sheet())).range,
      onChanged: events.onChanged("worksheet", () => ({ sheetId: sheet().id })),
      activate: () => act("worksheet.activate", () => (workbook.active = sheet().name)),
      delete: () =>
        act("worksheet.delete", () => {
          const record = sheet();
          workbook.sheets.splice(workbook.sheets.indexOf(record), 1);
          for (const n of workbook.names) if (same(n.sheet, record.name)) n.broken = true;
          for (const t of record.tables)
            if (t.name !== undefined) tableNames.splice(tableNames.indexOf(t.name), 1);
          if (workbook.active === record.name) workbook.active = workbook.sheets[0]?.name;
        }),
      charts: Object.defineProperties(
        recordingCharts(act, () => sheet().charts),
        {
          load: { value: (properties: string) => listed.charts.load(properties) && worksheet.charts },
          items: { get: () => listed.charts.items },
          [LIST]: { value: listed.charts[LIST] },
        },
      ) as ReturnType<typeof recordingCharts> &
        Listable & {
          load(properties: string): unknown;
          readonly items: unknown[];
        },
      tables: {
        load: (properties: string) => listed.tables.load(properties) && worksheet.tables,
        get items() {
          return listed.tables.items;
        },
        [LIST]: listed.tables[LIST],
        add: (address: string, hasHeaders: boolean) => {
          const record: RecordedSheet["tables"][number] = { address, hasHeaders };
          act("tables.add", () => {
            const clash = tablesOn(sheet()).find((t) => overlap(parseRange(t.address), parseRange(address)));
            if (clash) throw excelError("InvalidArgument", `the table would overlap the table ${clash.name}`);
            sheet().tables.push(record);
          });
          const table = {
            /** Turns the table back into a plain range: its cells stay, the table and its name go. */
            convertToRange: () =>
              act("table.convertToRange", () => {
                const tables = sheet().tables;
                if (!tables.includes(record))
                  throw excelError("InvalidObjectPath", "the table was not added");
                tables.splice(tables.indexOf(record), 1);
                if (record.name !== undefined) tableNames.splice(tableNames.indexOf(record.name), 1);
              }),
            getTotalRowRange: () => {
              const { row, col, rows, cols } = parseRange(address);
              const totals = rangeOf(current, boxAddress({ row: row + rows, col, rows: 1, cols }));
              return Object.defineProperty(totals, "formulas", {
                set(matrix: unknown[][]) {
                  act("table.totals", () => {
                    if (!record.showTotals)
                      throw excelError("InvalidOperation", "the table shows no totals row");
                    record.totals = matrix;
                  });
                },
              });
            },
          };
          return Object.defineProperties(table, {
            name: {
              set(tableName: string) {
                act(
                  "table.name",
                  () => {
                    const own = record.name !== undefined && same(record.name, tableName);
                    if (!own && nameTaken(tableName))
                      throw excelError("InvalidArgument", `the name ${tableName} is taken`);
                    if (record.name !== undefined) tableNames.splice(tableNames.indexOf(record.name), 1);
                    tableNames.push(tableName);
                    record.name = tableName;
                  },
                  tableName,
                );
              },
            },
            showTotals: {
              set(show: boolean) {
                act("table.showTotals", () => (record.showTotals = show));
              },
            },
            style: {
              set(style: string) {
                act("table.style", () => (record.style = style), style);
              },
            },
          });
        },
      },
      names: {
        load: (properties: string) => listed.names.load(properties) && worksheet.names,
        get items() {
          return listed.names.items;
        },
        [LIST]: listed.names[LIST],
        /** Adds a name over a range, or with a formula ("=Deals[Stage]"). */
        add: (nameToAdd: string, reference: RangeProxy | string, comment?: string) =>
          act(
            "sheet.names.add",
            () =>
              sheet().names.push(
                typeof reference === "string"
                  ? { name: nameToAdd, address: "", comment, formula: reference }
                  : {
                      name: nameToAdd,
                      address: reference.address,
                      comment,
                      sheet: same(reference.sheetName, current) ? undefined : reference.sheetName,
                    },
              ),
            [nameToAdd, typeof reference === "string" ? reference : reference.address, comment],
          ),
      },
      freezePanes: {
        freezeAt: (at: RangeProxy) =>
          act("freezePanes.freezeAt", () => (sheet().frozen = { at: at.address })),
        freezeRows: (rows: number) => act("freezePanes.freezeRows", () => (sheet().frozen = { rows })),
        freezeColumns: (cols: number) => act("freezePanes.freezeColumns", () => (sheet().frozen = { cols })),
        unfreeze: () => act("freezePanes.unfreeze", () => (sheet().frozen = undefined)),
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
        /** Lifts the protection; refused when it has a password and `password` is not it. */
        unprotect: (password?: string) =>
          act("protection.unprotect", () => {
            const protection = sheet().protection;
            if (protection?.password !== undefined && protection.password !== password) {
              throw excelError("InvalidArgument", "the sheet's password is not that");
            }
            sheet().protection = undefined;
          }),
      },
    };
    return worksheet;
  };

  /** The tables to read, with their header row and data body. */
  const tableOf = (table: RecordingTable, live?: { address: string }) => {
    const box = parseRange(table.address);
    const excelTable = {
      name: table.name,
      /** Loads the table's name (as the workbook spells it). */
      load: (properties: string) => {
        if (properties !== "name")
          throw new Error(`The recording Excel cannot load ${properties} of a table`);
        loads.push(() => jsonBytes({ name: table.name }));
        return excelTable;
      },
      onChanged: events.onChanged("table", () => ({ table: table.name })),
      worksheet: worksheetNav(table.sheet),
      getRange: () => rangeOf(table.sheet, table.address),
      getHeaderRowRange: () => rangeOf(table.sheet, boxAddress({ ...box, rows: 1 })),
      getDataBodyRange: () =>
        rangeOf(table.sheet, boxAddress({ ...box, row: box.row + 1, rows: box.rows - 1 })),
      rows: recordingTableRows(act, {
        sheet: () => sheetNamed(table.sheet),
        address: () => live?.address ?? table.address,
        setAddress: (address: string) => {
          if (live === undefined) throw new Error("The recording Excel changes rows of tables it made only");
          live.address = address;
        },
      }),
    };
    return excelTable;
  };
  // The collections' items are live: the arrays office-addin-mock hands out are refilled after every change.
  const sheetItems: ({ name: string; position: number; id: string } & Record<Holding, Listable>)[] = [];
  /** A sheet as the worksheet collection lists it: its name, position and id, and its holdings to list. */
  const sheetItem = (sheet: RecordedSheet, position: number) => {
    let proxy: ReturnType<typeof worksheetOf> | undefined;
    const of = () => (proxy ??= worksheetOf(sheet.id));
    return {
      name: sheet.name,
      position,
      id: sheet.id,
      get charts(): Listable {
        return of().charts;
      },
      get tables(): Listable {
        return of().tables;
      },
      get names(): Listable {
        return of().names;
      },
    };
  };
  const nameItems: { name: string; formula: string; comment?: string; visible: boolean }[] = [];
  const tableItems: { name: string; worksheet: { name: string } }[] = [];
  const refresh = () => {
    sheetItems.splice(0, sheetItems.length, ...workbook.sheets.map(sheetItem));
    nameItems.splice(
      0,
      nameItems.length,
      ...workbook.names.map((n) => ({
        name: n.name,
        formula: nameFormula(n),
        comment: n.comment,
        visible: n.visible ?? true,
      })),
    );
    const first = workbook.sheets[0]?.name ?? "";
    tableItems.splice(
      0,
      tableItems.length,
      ...(options.tables ?? []).map((name) => ({ name, worksheet: { name: first } })),
      ...dataTables.map((table) => tableOf(table)),
      ...workbook.sheets.flatMap((sheet) =>
        sheet.tables.flatMap((t) =>
          t.name === undefined ? [] : [{ name: t.name, worksheet: { name: sheet.name } }],
        ),
      ),
    );
  };
  refresh();

  /** `functions.date`: a result whose `value`, loaded and synced, is the day's serial in the workbook's system. */
  const dateOf = (year: number, month: number, day: number) => {
    let loaded: number | undefined;
    const result = {
      get value() {
        if (loaded === undefined) throw new Error("PropertyNotLoaded: value was not loaded and synced");
        return loaded;
      },
      load: (properties: string) => {
        if (properties !== "value")
          throw new Error(`The recording Excel cannot load ${properties} of a result`);
        loads.push(() => {
          const serial = serialFromDate({ year, month, day }) ?? Number.NaN;
          loaded = fromSerial1900(serial, options.dateSystem ?? 1900);
          return jsonBytes({ value: loaded });
        });
        return result;
      },
    };
    return result;
  };

  const runOptions: unknown[] = [];
  const data = {
    context: {
      trace: (message: string) => batch.trace(message),
      workbook: {
        worksheets: {
          items: sheetItems,
          add: (name: string) => {
            let created: RecordedSheet | undefined;
            act(
              "worksheets.add",
              () => {
                if (workbook.sheets.some((s) => same(s.name, name))) {
                  throw excelError("ItemAlreadyExists", `a sheet named ${name} exists`);
                }
                workbook.sheets.push((created = newSheet(name)));
              },
              name,
            );
            return worksheetOf(name, () => {
              if (created === undefined)
                throw excelError("InvalidObjectPath", `the sheet ${name} was not added`);
              if (!workbook.sheets.includes(created)) throw excelError("ItemNotFound", `no sheet ${name}`);
              return created;
            });
          },
          getItem: (key: string) => worksheetOf(key),
        },
        names: {
          items: nameItems,
          /** Adds a name over a range, or with a formula ("=Deals[Stage]"). */
          add: (name: string, reference: RangeProxy | string, comment?: string) => {
            const record: RecordedName =
              typeof reference === "string"
                ? { name, sheet: "", address: "", comment, formula: reference }
                : { name, sheet: reference.sheetName, address: reference.address, comment };
            act(
              "names.add",
              () => {
                if (nameTaken(name)) throw excelError("InvalidArgument", `the name ${name} is taken`);
                workbook.names.push(record);
                addedIn.set(record, batch.syncs());
              },
              [name, typeof reference === "string" ? reference : reference.address, comment],
            );
            return namedItem(record);
          },
          /** A workbook name by its name, as it is when the calls apply: to delete, or to hide and load. */
          getItem: (name: string) => {
            const record = () => {
              const found = workbook.names.find((n) => n.name === name);
              if (!found) throw excelError("ItemNotFound", `no name ${name}`);
              return found;
            };
            const loaded = new Map<"name" | "visible", unknown>();
            const read = (property: "name" | "visible") => {
              if (!loaded.has(property))
                throw new Error(`PropertyNotLoaded: ${property} was not loaded and synced`);
              return loaded.get(property);
            };
            const item = {
              delete: () =>
                act("names.delete", () => void workbook.names.splice(workbook.names.indexOf(record()), 1)),
              get name() {
                return read("name") as string;
              },
              get visible() {
                return read("visible") as boolean;
              },
              set visible(visible: boolean) {
                act("name.visible", () => {
                  const hiding = options.nameHiding ?? "honoured";
                  if (visible || hiding !== "ignored") record().visible = visible;
                });
              },
              load: (properties: string) => {
                if (properties !== "name, visible")
                  throw new Error(`The recording Excel cannot load ${properties} of a name`);
                loads.push(() => {
                  loaded.set("name", record().name);
                  loaded.set("visible", record().visible ?? true);
                  return jsonBytes({ name: loaded.get("name"), visible: loaded.get("visible") });
                });
                return item;
              },
            };
            return item;
          },
        },
        tables: {
          items: tableItems,
          /** A table to read or watch: one the test gave, or one a `tables.add` made and named. */
          getItem: (name: string) => {
            const made = workbook.sheets.flatMap((sheet) =>
              sheet.tables.flatMap((t) =>
                t.name === undefined
                  ? []
                  : [{ name: t.name, sheet: sheet.name, address: t.address, live: t }],
              ),
            );
            const table = [...dataTables, ...made].find((t) => same(t.name, name));
            if (!table) {
              act("tables.getItem", () => {
                throw excelError("ItemNotFound", `no table ${name}`);
              });
              return tableOf({ name, sheet: workbook.sheets[0].name, address: "A1:A2" });
            }
            return tableOf(table, "live" in table ? (table.live as { address: string }) : undefined);
          },
        },
        getActiveCell: () => activeCellOf(),
        functions: { date: (year: number, month: number, day: number) => dateOf(year, month, day) },
        getSelectedRange: () => {
          const selection = options.selection ?? { sheet: workbook.sheets[0].name, address: "A1" };
          return rangeOf(selection.sheet, selection.address);
        },
      },
    },
    run: async function (this: { context: { sync: () => Promise<void> } }, ...args: unknown[]) {
      // Excel.run(batch) or Excel.run(options, batch).
      const work = args[args.length - 1] as (context: unknown) => Promise<unknown>;
      const given = args.length > 1 ? args[0] : undefined;
      runOptions.push(given);
      // Excel.run(result.context, batch) runs in the context of an earlier batch; anything else in a new one.
      const run = runs.has(given as RecordingRun) ? (given as RecordingRun) : { run: runs.size + 1 };
      runs.add(run);
      const outer = currentRun;
      currentRun = run;
      try {
        const result = await work(this.context);
        if (batch.pending() > 0) await this.context.sync();
        return result;
      } finally {
        currentRun = outer;
      }
    },
  };
  const mock = new OfficeMockObject(data) as unknown as {
    context: {
      sync: () => Promise<void>;
      workbook: Record<"worksheets" | "names" | "tables", { load: (properties: string) => unknown }>;
    };
  };
  // office-addin-mock loads scalars only: a collection's "items/name" or "items/worksheet/name" is the load
  // of its items. The reply carries the properties asked for, of every item. The worksheets' collections of
  // charts, tables and names load with them by name ("items/charts/items/name"), as Excel loads a nested
  // collection: each sheet's listed as it is when the request is answered.
  const collections = { worksheets: sheetItems, names: nameItems, tables: tableItems };
  for (const key of ["worksheets", "names", "tables"] as const) {
    const collection = mock.context.workbook[key];
    const load = collection.load.bind(collection);
    collection.load = (properties: string) => {
      const asked = properties.split(",").map((p) => p.trim());
      const nested = asked.flatMap((p) => {
        const [, holding, property] = /^items\/(\w+)\/items\/(\w+)$/.exec(p) ?? [];
        if (holding === undefined) return [];
        if (key !== "worksheets" || !HOLDINGS.includes(holding as Holding) || property !== "name") {
          throw new Error(`The recording Excel cannot load ${p} of the ${key}`);
        }
        return [holding as Holding];
      });
      const paths = asked
        .filter((p) => !/^items\/\w+\/items\//.test(p))
        .map((p) => p.replace(/^items\//, "").split("/"));
      const pick = (item: object) =>
        paths.map((path) =>
          path.reduce<unknown>((at, step) => (at as Record<string, unknown>)?.[step], item),
        );
      loads.push(() => {
        const listed = nested.reduce(
          (bytes, holding) => bytes + sheetItems.reduce((sum, item) => sum + item[holding][LIST](), 0),
          0,
        );
        return jsonBytes(collections[key].map(pick)) + listed;
      });
      return load(properties.replace(/items(\/\w+)+/g, "items"));
    };
  }
  // A co-author's edits, by the sync they land before.
  const coAuthorEdits = new Map<number, () => void>();
  const sync = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    await sync();
    const edit = coAuthorEdits.get(batch.syncs() + 1);
    if (edit) {
      coAuthorEdits.delete(batch.syncs() + 1);
      edit();
      refresh();
    }
    await batch.send(refresh);
  };
  (globalThis as { Excel?: unknown }).Excel = mock;
  return {
    workbook,
    syncs: batch.syncs,
    calls: batch.calls,
    callLog: batch.callLog,
    /** The bytes of each reply (the JSON of every value loaded), of the syncs that succeeded, in order. */
    payloads: batch.replies,
    /** The bytes of each request sent, in order. */
    requests: batch.requests,
    sheet: (name: string) => sheetNamed(name),
    /** From now on, the call that fails (undefined: none), every time or the next `times` times. */
    failOn: batch.failOn,
    /** The n-th call from now fails (1: the next; undefined: none). */
    failAt: batch.failAt,
    /** The n-th sync from now is refused whole, as a cancelled request (undefined: none). */
    abortAt: batch.abortAt,
    /** The options each `Excel.run` was given (undefined: none), in order. */
    runOptions: () => [...runOptions],
    /** Before the n-th sync from now is applied, `edit` changes the workbook: a co-author's edit landing first. */
    beforeSync: (n: number, edit: () => void) => void coAuthorEdits.set(batch.syncs() + n, edit),
    /** Adds a sheet with these contents by address, as a user or a co-author does. */
    addSheet: (name: string, cells: Readonly<Record<string, unknown>> = {}) => {
      const sheet = newSheet(name);
      for (const [address, input] of Object.entries(cells)) sheet.cells.set(address, { input });
      workbook.sheets.push(sheet);
      refresh();
    },
    /** The tables and sheets (by id) with a change handler subscribed now, one entry per handler. */
    subscribed: events.subscribed,
    /**
     * Fires a change of `target` (a table by name, a sheet by name) as a user's edit or a refresh would: calls the
     * handlers subscribed to it; resolves how many were called.
     */
    fireChange: (target: { table: string } | { sheet: string }, changeType?: string) =>
      events.fire(
        "table" in target ? target : ({ sheetId: sheetNamed(target.sheet).id } satisfies EventTarget),
        changeType,
      ),
    /** The values a rectangle of a sheet holds now. */
    read: (sheet: string, address: string) => readBox(sheetNamed(sheet), parseRange(address)),
    /** The user's content now: every sheet but `except`, every name and table (see recordingSnapshot.ts). */
    userContent: (except: readonly string[] = []) => userContent(workbook, tableNames, except),
  };
}
