/**
 * The contract every WorkbookGateway keeps — the Office.js gateway, the workbench's and the task pane's fake —
 * written once and run against each through a harness: a user's cell or sheet is never overwritten (a taken
 * sheet name gives "Name (2)"), a template goes on a new sheet, a regenerated report replaces only the add-in's
 * own report — in place, in the same sheet, so that a user's formula referring to it still answers — a failing
 * write leaves no half-written sheet (a failed regeneration leaves the report's sheet with a notice on it), text a
 * user typed stays text, and a table larger than one chunk is read whole, in order. Never shipped.
 */
import type { TypedCell, TypedTable } from "../../core/import";
import type { Language } from "../../core/kernel";
import { errorOf, valueOf } from "../../core/kernel/testing/results";
import { type CellSpec, type SheetSpec } from "../../core/sheet";
import { TEMPLATES } from "../../core/templates";
import type { WorkbookGateway } from "../gateway";
import { HOSTILE_TEXTS, hostilePipeline, textCells } from "./hostileText";
import type { StoredCell } from "./recordingInput";
import { describeNamedCellsContract } from "./namedCellsContract";
import { KIND, report } from "./reportFixtures";
import { describeCellValuesContract } from "./cellValuesContract";
import { describeSnapshotContract } from "./snapshotContract";

export { storedCell, type StoredCell } from "./recordingInput";

/** A sheet's values from A1, row by row, as the user's cells hold them ([] for an empty sheet). */
export type UserRows = readonly (readonly (string | number)[])[];

/** The user's workbook a harness starts from: their sheets in tab order; the active cell is on the first. */
export interface UserWorkbook {
  readonly sheets: Readonly<Record<string, UserRows>>;
}

/** The gateway methods that write a sheet. */
export type WritingMethod = "createSheet" | "writeReport" | "importTable";

/** A gateway over a user's workbook, with the hooks the contract needs to steer it and look inside. */
export interface GatewayHarness {
  readonly gateway: WorkbookGateway;
  /** Makes the cell at `address` (A1) of the first sheet the active cell. */
  select(address: string): void;
  /** Makes the next call of `method` fail midway: after it added its sheet and began writing into it. */
  failNextWrite(method: WritingMethod): void;
  /** The workbook's sheets in tab order, as the workbook holds them (not as the gateway reports them). */
  sheets(): string[];
  /** How the workbook stores the cell at 0-based `row` and `col` of `sheet`. */
  cell(sheet: string, row: number, col: number): StoredCell;
  /**
   * Puts a user's formula into the cell at `address` (A1) of `sheet` that refers to the cell at `target.address`
   * of the sheet `target.sheet`, as Excel's references do: to that sheet whatever it is later called, #REF! once
   * it is deleted. Returns what the formula answers now, each time it is called ("#REF!" once broken).
   */
  referTo(sheet: string, address: string, target: { sheet: string; address: string }): () => unknown;
  /** Breaks the sheet-scoped name `name` of `sheet`, as deleting the cells it points at does. */
  breakName(sheet: string, name: string): void;
}

/** Makes a harness over a fresh copy of `workbook`. */
export type MakeHarness = (workbook: UserWorkbook) => Promise<GatewayHarness>;

const LANGUAGES: readonly Language[] = ["zh", "en"];

/** A user's deals and a sheet of theirs named as the add-in names its report. */
const REPORT_WORKBOOK: UserWorkbook = {
  sheets: {
    商机: [
      ["商机", "负责人", "阶段", "金额"],
      ["D1", "王", "谈判", 100],
      ["D2", "李", "立项", 200],
      ["D3", "张", "成交", 400],
    ],
    管线健康: [["my own notes", 42]],
  },
};

/** Data rows of the table the contract reads: more than the first chunk of any gateway (the workbench's is 5,000). */
const READ_ROWS = 6_000;
const READ_HEADER = ["商机", "客户", "阶段", "金额"];
const STAGES = ["目标", "潜在", "意向", "立项", "认可", "谈判", "成交"];
const readRow = (i: number) => [`D${i + 1}`, `客户${i % 97}`, STAGES[i % 7], 1000 + i];

/** A CSV export as core/import types it: ids as text, a date column (serials), amounts, hostile text. */
const IMPORT_HEADER = ["商机编号", "身份证号", "Close Date", "金额", "备注"];
const importRow = (i: number): TypedCell[] => [
  `00${100 + i}`,
  String(123456789012345678n + BigInt(i)),
  42795 + (i % 400),
  i % 10 === 0 ? null : 1000 + i / 4,
  HOSTILE_TEXTS[i % HOSTILE_TEXTS.length],
];
const importTable = (rows: number): TypedTable => ({
  sheetName: "deals",
  tableName: "deals",
  header: IMPORT_HEADER,
  kinds: ["text", "text", "date", "number", "text"],
  rows: Array.from({ length: rows }, (_, i) => importRow(i)),
});

/** How a typed cell is to be stored: text as that text, a number as that value, null as blank. */
const storedTyped = (cell: TypedCell): Partial<StoredCell> =>
  cell === null
    ? { kind: "blank" }
    : typeof cell === "string"
      ? { kind: "text", text: cell }
      : { kind: "value", input: cell };

/** Every seeded cell of the user's sheets, as the workbook stores it now. */
function userCells(harness: GatewayHarness, workbook: UserWorkbook) {
  return Object.entries(workbook.sheets).flatMap(([sheet, rows]) =>
    rows.flatMap((row, r) => row.map((_, c) => ({ sheet, row: r, col: c, held: harness.cell(sheet, r, c) }))),
  );
}

/** How a cell of a spec is to be stored: a value as that value, text as that text, a formula as a formula. */
function expectedCell(cell: CellSpec): Partial<StoredCell> | undefined {
  if (cell.formula !== undefined) return { kind: "formula" };
  if (cell.value === undefined) return undefined;
  if (cell.value === "") return { kind: "blank" };
  return typeof cell.value === "string"
    ? { kind: "text", text: cell.value }
    : { kind: "value", input: cell.value };
}

/** The cells of `spec` that `sheet` does not store as the spec says, with what it stores instead. */
function misstored(
  harness: GatewayHarness,
  sheet: string,
  spec: SheetSpec,
  cells: readonly CellSpec[] = spec.cells,
) {
  return cells.flatMap((cell) => {
    const expected = expectedCell(cell);
    if (expected === undefined) return [];
    const held = harness.cell(sheet, cell.row, cell.col);
    const kept = Object.entries(expected).every(
      ([key, value]) => (held as Record<string, unknown>)[key] === value,
    );
    return kept ? [] : [{ row: cell.row, col: cell.col, expected, held }];
  });
}

/**
 * Runs the gateway contract against the gateway `makeHarness` makes: one test per rule, the assertions the same
 * for every gateway.
 * @example describeGatewayContract("the Office.js gateway", async (workbook) => officeHarness(workbook));
 */
export function describeGatewayContract(name: string, makeHarness: MakeHarness): void {
  describe(`the gateway contract, kept by ${name}`, () => {
    describeNamedCellsContract(makeHarness);

    describe("never overwrites a user's cell or sheet", () => {
      it("writes a formula into an empty active cell only, refusing a cell that holds a value and leaving it as it was", async () => {
        const workbook: UserWorkbook = { sheets: { Deals: [["Acme"]], Other: [] } };
        const harness = await makeHarness(workbook);
        harness.select("A1");
        expect(await harness.gateway.activeCell()).toEqual({
          ok: true,
          value: { sheet: "Deals", address: "A1", isEmpty: false },
        });
        const refused = errorOf(await harness.gateway.insertFormulaAtActiveCell("=1+1"));
        expect(refused.code).toBe("VALUE");
        expect(refused.message.en).toContain("A1");
        expect(refused.message.zh).toContain("A1");
        expect(harness.cell("Deals", 0, 0)).toEqual({ kind: "text", text: "Acme" });

        harness.select("B2");
        expect(await harness.gateway.activeCell()).toEqual({
          ok: true,
          value: { sheet: "Deals", address: "B2", isEmpty: true },
        });
        expect(await harness.gateway.insertFormulaAtActiveCell("=1+1")).toEqual({
          ok: true,
          value: { sheet: "Deals", address: "B2", isEmpty: false },
        });
        expect(harness.cell("Deals", 1, 1)).toEqual({ kind: "formula", formula: "=1+1" });
        expect(harness.sheets()).toEqual(["Deals", "Other"]);
      });

      it('creates a sheet whose name is taken, in any case, as "Name (2)", then "Name (3)", leaving the user\'s sheet as it was', async () => {
        const workbook: UserWorkbook = { sheets: { Sheet1: [], Deals: [["mine", 1200]] } };
        const harness = await makeHarness(workbook);
        const before = userCells(harness, workbook);
        const spec: SheetSpec = { name: "deals", cells: [{ row: 0, col: 0, value: "theirs" }] };
        expect(await harness.gateway.createSheet(spec)).toEqual({ ok: true, value: { sheet: "deals (2)" } });
        expect(await harness.gateway.createSheet(spec)).toEqual({ ok: true, value: { sheet: "deals (3)" } });
        expect(harness.sheets()).toEqual(["Sheet1", "Deals", "deals (2)", "deals (3)"]);
        expect(await harness.gateway.sheetNames()).toEqual({ ok: true, value: harness.sheets() });
        expect(userCells(harness, workbook)).toEqual(before);
        expect(harness.cell("deals (3)", 0, 0)).toEqual({ kind: "text", text: "theirs" });
      });
    });

    it("writes each template, in both languages, on a new sheet: every value as that value, every formula as a formula", async () => {
      const workbook: UserWorkbook = { sheets: { Sheet1: [["mine"]] } };
      const harness = await makeHarness(workbook);
      for (const template of TEMPLATES) {
        for (const language of LANGUAGES) {
          const spec = template.build({ language, customer: "Contoso", opportunity: "ERP", date: 45_800 });
          const sheetsBefore = harness.sheets();
          const { sheet } = valueOf(await harness.gateway.createSheet(spec));
          expect(sheetsBefore).not.toContain(sheet);
          expect(harness.sheets()).toEqual([...sheetsBefore, sheet]);
          expect([template.id, language, misstored(harness, sheet, spec)]).toEqual([
            template.id,
            language,
            [],
          ]);
        }
      }
      expect(harness.cell("Sheet1", 0, 0)).toEqual({ kind: "text", text: "mine" });
    });

    it("regenerating a report replaces only the add-in's own report: the user's sheet of its name and a report of another kind stay", async () => {
      const harness = await makeHarness(REPORT_WORKBOOK);
      const before = userCells(harness, REPORT_WORKBOOK);
      const forecast: SheetSpec = { name: "Forecast", cells: [{ row: 0, col: 0, value: "f1" }] };
      expect(await harness.gateway.writeReport(KIND, report("v1"))).toEqual({
        ok: true,
        value: { sheet: "管线健康 (2)" },
      });
      expect(await harness.gateway.writeReport("forecast", forecast)).toEqual({
        ok: true,
        value: { sheet: "Forecast" },
      });
      expect(await harness.gateway.writeReport(KIND, report("v2"))).toEqual({
        ok: true,
        value: { sheet: "管线健康 (2)" },
      });
      // Where the replaced report goes in the tab order is the gateway's to choose (Excel's keeps the earlier
      // report's place, the workbench's puts it last): the contract is which sheets there are.
      expect(harness.sheets().sort()).toEqual(["商机", "管线健康", "管线健康 (2)", "Forecast"].sort());
      expect(harness.cell("管线健康 (2)", 0, 0)).toEqual({ kind: "text", text: "v2" });
      expect(harness.cell("Forecast", 0, 0)).toEqual({ kind: "text", text: "f1" });
      expect(userCells(harness, REPORT_WORKBOOK)).toEqual(before);
    });

    it("a user formula on another sheet referring to a report cell still answers after regenerating", async () => {
      const harness = await makeHarness(REPORT_WORKBOOK);
      const before = userCells(harness, REPORT_WORKBOOK);
      const { sheet } = valueOf(await harness.gateway.writeReport(KIND, report("v1")));
      const answer = harness.referTo("商机", "F1", { sheet, address: "A1" });
      expect(answer()).toBe("v1");
      const place = harness.sheets().indexOf(sheet);
      expect(await harness.gateway.writeReport(KIND, report("v2"))).toEqual({ ok: true, value: { sheet } });
      expect(answer()).toBe("v2");
      expect(harness.sheets().indexOf(sheet)).toBe(place);
      expect(harness.sheets()).toHaveLength(Object.keys(REPORT_WORKBOOK.sheets).length + 1);
      expect(userCells(harness, REPORT_WORKBOOK)).toEqual(before);
    });

    describe("a failing write leaves no half-written sheet", () => {
      it("createSheet refused midway leaves the workbook as it was, and the name free", async () => {
        const workbook: UserWorkbook = { sheets: { Sheet1: [["mine", 1]] } };
        const harness = await makeHarness(workbook);
        const before = userCells(harness, workbook);
        const spec = TEMPLATES.find((t) => t.id === "stageSettings")!.build({ language: "zh" });
        harness.failNextWrite("createSheet");
        expect((await harness.gateway.createSheet(spec)).ok).toBe(false);
        expect(harness.sheets()).toEqual(["Sheet1"]);
        expect(userCells(harness, workbook)).toEqual(before);
        expect(await harness.gateway.createSheet(spec)).toEqual({ ok: true, value: { sheet: spec.name } });
      });

      it("writeReport refused midway the first time leaves the workbook as it was", async () => {
        const harness = await makeHarness(REPORT_WORKBOOK);
        const before = userCells(harness, REPORT_WORKBOOK);
        harness.failNextWrite("writeReport");
        expect((await harness.gateway.writeReport(KIND, report("v1"))).ok).toBe(false);
        expect(harness.sheets()).toEqual(["商机", "管线健康"]);
        expect(userCells(harness, REPORT_WORKBOOK)).toEqual(before);
        expect(await harness.gateway.writeReport(KIND, report("v1"))).toEqual({
          ok: true,
          value: { sheet: "管线健康 (2)" },
        });
      });

      it("writeReport refused midway again keeps the report's sheet, cleared, with a notice in both languages, and the next one writes into it", async () => {
        const harness = await makeHarness(REPORT_WORKBOOK);
        const before = userCells(harness, REPORT_WORKBOOK);
        const { sheet } = valueOf(await harness.gateway.writeReport(KIND, report("v1")));
        const answer = harness.referTo("商机", "F1", { sheet, address: "A1" });
        const sheets = harness.sheets();
        harness.failNextWrite("writeReport");
        const refused = errorOf(await harness.gateway.writeReport(KIND, report("v2")));
        expect(refused.message.en).toContain(`Could not regenerate the report "${sheet}"`);
        expect(refused.message.zh).toContain(`无法重新生成报告“${sheet}”`);
        expect(harness.sheets()).toEqual(sheets);
        // No half report that looks complete: the earlier report's contents are gone, a notice says why.
        expect(harness.cell(sheet, 0, 0)).toEqual({
          kind: "text",
          text: expect.stringMatching(/^此报告未能重新生成：/),
        });
        expect(harness.cell(sheet, 1, 0)).toEqual({
          kind: "text",
          text: expect.stringMatching(/^This report could not be regenerated: .*Generate it again\.$/),
        });
        expect(harness.cell(sheet, 1, 1)).toEqual({ kind: "blank" });
        expect(answer()).toEqual(expect.stringMatching(/^此报告未能重新生成：/));
        expect(userCells(harness, REPORT_WORKBOOK)).toEqual(before);
        expect(await harness.gateway.writeReport(KIND, report("v3"))).toEqual({ ok: true, value: { sheet } });
        expect(harness.sheets().sort()).toEqual([...sheets].sort());
        expect(misstored(harness, sheet, report("v3"))).toEqual([]);
      });
    });

    describe("text a user typed stays text", () => {
      it("stores every hostile text (=, +, -, @, ', full-width forms, numbers, dates, errors) as that text", async () => {
        const harness = await makeHarness({ sheets: { Sheet1: [] } });
        const spec: SheetSpec = {
          name: "Hostile",
          cells: HOSTILE_TEXTS.map((text, row) => ({ row, col: 0, value: text, input: true })),
        };
        const { sheet } = valueOf(await harness.gateway.createSheet(spec));
        expect(HOSTILE_TEXTS.map((_, row) => harness.cell(sheet, row, 0))).toEqual(
          HOSTILE_TEXTS.map((text) => ({ kind: "text", text })),
        );
      });

      it.each(TEMPLATES.map((t) => [t.id, t] as const))(
        "stores a hostile customer and deal name in the %s template, and every text of the form, as that text",
        async (_id, template) => {
          const harness = await makeHarness({ sheets: { Sheet1: [] } });
          for (const [i, customer] of HOSTILE_TEXTS.entries()) {
            const opportunity = HOSTILE_TEXTS[(i + 1) % HOSTILE_TEXTS.length];
            const spec = template.build({ language: LANGUAGES[i % 2], customer, opportunity });
            const { sheet } = valueOf(await harness.gateway.createSheet(spec));
            expect([customer, misstored(harness, sheet, spec, textCells(spec))]).toEqual([customer, []]);
          }
        },
      );

      it.each(LANGUAGES.map((language) => [language]))(
        "stores the report's hostile deal names, owners, anomaly list and skipped rows as that text (%s)",
        async (language) => {
          const { table, spec } = hostilePipeline(language, "商机");
          const harness = await makeHarness({
            sheets: { 商机: [table.header, ...(table.rows as UserRows)] },
          });
          const { sheet } = valueOf(await harness.gateway.writeReport(KIND, spec));
          expect(misstored(harness, sheet, spec, textCells(spec))).toEqual([]);
          // The report copies the hostile texts: each (trimmed, as the report reads names) starts a cell of it.
          const texts = textCells(spec).map((cell) => cell.value);
          expect(HOSTILE_TEXTS.filter((text) => !texts.some((t) => t.startsWith(text.trim())))).toEqual([]);
          const copied = texts.filter((t) => HOSTILE_TEXTS.some((text) => t.startsWith(text)));
          expect(copied.length).toBeGreaterThan(HOSTILE_TEXTS.length * 2);
        },
      );
    });

    describe("imports a typed table (a CSV export) onto a new sheet", () => {
      it("writes ids, long ids and hostile text as that text, dates and amounts as values, under a free sheet name", async () => {
        const workbook: UserWorkbook = { sheets: { Sheet1: [["mine"]], Deals: [["their", 1]] } };
        const harness = await makeHarness(workbook);
        const before = userCells(harness, workbook);
        const table = importTable(HOSTILE_TEXTS.length + 2);
        const imported = valueOf(await harness.gateway.importTable(table));
        expect(imported).toMatchObject({ sheet: "deals (2)", rows: table.rows.length });
        expect(harness.sheets()).toEqual(["Sheet1", "Deals", "deals (2)"]);
        expect(userCells(harness, workbook)).toEqual(before);
        expect(IMPORT_HEADER.map((_, c) => harness.cell("deals (2)", 0, c))).toEqual(
          IMPORT_HEADER.map((text) => ({ kind: "text", text })),
        );
        const held = table.rows.map((row, r) => row.map((_, c) => harness.cell("deals (2)", r + 1, c)));
        expect(held).toEqual(table.rows.map((row) => row.map(storedTyped)));
      });

      it("writes a large table whole, in order, reporting the rows written after each chunk", async () => {
        const harness = await makeHarness({ sheets: { Sheet1: [] } });
        const table = importTable(READ_ROWS);
        const progress: [number, number][] = [];
        const imported = valueOf(
          await harness.gateway.importTable(table, (done, total) => progress.push([done, total])),
        );
        expect(imported.rows).toBe(READ_ROWS);
        // How many chunks is each gateway's to choose (Excel's fills ~2 MB requests): one call at least, the last whole.
        expect(progress.length).toBeGreaterThanOrEqual(1);
        expect(progress.every(([done], i) => i === 0 || done > progress[i - 1][0])).toBe(true);
        expect(progress.at(-1)).toEqual([READ_ROWS, READ_ROWS]);
        for (const r of [0, 2_999, READ_ROWS - 1]) {
          expect(table.rows[r].map((_, c) => harness.cell(imported.sheet, r + 1, c))).toEqual(
            table.rows[r].map(storedTyped),
          );
        }
      });

      it("refused midway leaves the workbook as it was, and the name free", async () => {
        const workbook: UserWorkbook = { sheets: { Sheet1: [["mine", 1]] } };
        const harness = await makeHarness(workbook);
        const before = userCells(harness, workbook);
        harness.failNextWrite("importTable");
        expect((await harness.gateway.importTable(importTable(40))).ok).toBe(false);
        expect(harness.sheets()).toEqual(["Sheet1"]);
        expect(userCells(harness, workbook)).toEqual(before);
        expect(valueOf(await harness.gateway.importTable(importTable(40))).sheet).toBe("deals");
      });
    });

    it("reads a table larger than one chunk: every row, in order, reporting the rows read after each chunk, and its workbook's 1900 date system", async () => {
      const rows = Array.from({ length: READ_ROWS }, (_, i) => readRow(i));
      const harness = await makeHarness({ sheets: { Sheet1: [], Deals: [READ_HEADER, ...rows] } });
      const progress: [number, number][] = [];
      const result = await harness.gateway.readTable({ kind: "sheet", sheet: "Deals" }, (read, total) =>
        progress.push([read, total]),
      );
      expect(result).toEqual({
        ok: true,
        value: { sheet: "Deals", headerRow: 0, firstCol: 0, header: READ_HEADER, rows, dateSystem: 1900 },
      });
      expect(progress.length).toBeGreaterThan(1);
      expect(progress.every(([, total]) => total === READ_ROWS)).toBe(true);
      expect(progress.every(([read], i) => i === 0 || read > progress[i - 1][0])).toBe(true);
      expect(progress.at(-1)).toEqual([READ_ROWS, READ_ROWS]);
    });

    describeSnapshotContract(makeHarness);
    describeCellValuesContract(makeHarness);
  });
}
