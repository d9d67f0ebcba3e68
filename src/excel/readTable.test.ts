import { PLAN_MARGIN, PROBE_ROWS, READ_BUDGET_BYTES } from "./readChunks";
import { SAMPLE_PIPELINE_HEADERS } from "../workbench/samplePipeline";
import { createOfficeGateway } from "./officeGateway";
import { cellValue, headerText, PROBE_COLS } from "./readTable";
import { valueOf } from "../core/kernel/testing/results";
import { installRecordingExcel } from "./testing/recordingExcel";

const HEADER = [" 商机 ", "负责人", "阶段", "金额", "创建日期"];
const DEALS = [
  ["D1", "王", "谈判", 1200, 45658],
  ["D2", "", "立项", null, "2025/1/5"],
];

describe("readTable where nothing can be read", () => {
  it("says the sheet holds no data instead of returning an empty table", async () => {
    installRecordingExcel({ sheets: { 空表: {} } });
    const result = await createOfficeGateway().readTable({ kind: "sheet", sheet: "空表" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message.en).toContain('The sheet "空表" holds no data');
      expect(result.error.message.zh).toContain("工作表“空表”没有数据");
    }
  });

  it("asks for the whole table when only one cell is selected", async () => {
    installRecordingExcel({
      grids: { 商机: { values: [HEADER, ...DEALS] } },
      selection: { sheet: "商机", address: "B2" },
    });
    const result = await createOfficeGateway().readTable({ kind: "selection" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.en).toContain("Only one cell is selected");
  });

  it("reports a table the workbook does not have as a failure, not a rejection", async () => {
    installRecordingExcel({ grids: { 商机: { values: [HEADER] } } });
    const result = await createOfficeGateway().readTable({ kind: "table", name: "Nope" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.en).toContain("no table Nope");
  });
});

describe("readTable", () => {
  it("reads an Excel table: its name as the workbook spells it, where it is, its header trimmed, blanks as empty text, its date system, in one sync", async () => {
    const excel = installRecordingExcel({
      grids: { 商机: { at: "B3", values: [HEADER, ...DEALS] } },
      dataTables: [{ name: "Deals", sheet: "商机", address: "B3:F5" }],
    });
    const progress: [number, number][] = [];
    const result = await createOfficeGateway().readTable({ kind: "table", name: "deals" }, (read, total) =>
      progress.push([read, total]),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        sheet: "商机",
        headerRow: 2,
        firstCol: 1,
        header: ["商机", "负责人", "阶段", "金额", "创建日期"],
        rows: [
          ["D1", "王", "谈判", 1200, 45658],
          ["D2", "", "立项", "", "2025/1/5"],
        ],
        dateSystem: 1900,
        table: "Deals",
      },
    });
    // A small table is read whole by the probe sent with the request that locates it.
    expect(excel.syncs()).toBe(1);
    expect(progress).toEqual([[2, 2]]);
  });

  it("reads the used range of a sheet, with its first row as the header", async () => {
    installRecordingExcel({ sheets: { 商机: { C4: "阶段", D4: "金额", C5: "意向", D6: 300 } } });
    const result = await createOfficeGateway().readTable({ kind: "sheet", sheet: "商机" });
    expect(result).toEqual({
      ok: true,
      value: {
        sheet: "商机",
        headerRow: 3,
        firstCol: 2,
        header: ["阶段", "金额"],
        rows: [
          ["意向", ""],
          ["", 300],
        ],
        dateSystem: 1900,
      },
    });
  });

  it("reads the used part of a selection of whole columns, on the selection's sheet", async () => {
    installRecordingExcel({
      sheets: { Other: {} },
      grids: { 商机: { at: "A2", values: [HEADER, ...DEALS] } },
      selection: { sheet: "商机", address: "B:C" },
    });
    const result = await createOfficeGateway().readTable({ kind: "selection" });
    expect(result.ok && result.value).toEqual({
      sheet: "商机",
      headerRow: 1,
      firstCol: 1,
      header: ["负责人", "阶段"],
      rows: [
        ["王", "谈判"],
        ["", "立项"],
      ],
      dateSystem: 1900,
    });
  });

  it("reads a table without data rows as a header and no rows, reporting progress once", async () => {
    installRecordingExcel({ grids: { 商机: { values: [HEADER] } } });
    const progress: [number, number][] = [];
    const result = await createOfficeGateway().readTable({ kind: "sheet", sheet: "商机" }, (read, total) =>
      progress.push([read, total]),
    );
    expect(result.ok && result.value.rows).toEqual([]);
    expect(progress).toEqual([[0, 0]]);
  });
});

describe("readTable on a large table", () => {
  const ROWS = 100_000;
  const deals = Array.from({ length: ROWS }, (_, i) => [
    `D${i + 1}`,
    `客户${i % 977}`,
    `Rep ${i % 13}`,
    ["目标", "潜在", "意向", "立项", "认可", "谈判", "成交"][i % 7],
    1000 + (i % 5000) * 10,
    45_000 + (i % 700),
    45_400 + (i % 900),
    i % 11 === 0 ? "" : 45_300 + (i % 90),
    "",
  ]);
  const header = SAMPLE_PIPELINE_HEADERS.map((h) => h.zh);

  it("reads 100,000 rows in one sync per chunk, the probe with the request that locates the table, no request over the budget", async () => {
    const excel = installRecordingExcel({
      grids: { 商机管线: { values: [header, ...deals] } },
      dataTables: [{ name: "Pipeline", sheet: "商机管线", address: "A1:I100001" }],
    });
    const progress: number[] = [];
    const result = await createOfficeGateway().readTable(
      { kind: "table", name: "Pipeline" },
      (read, total) => {
        expect(total).toBe(ROWS);
        progress.push(read);
      },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rows).toHaveLength(ROWS);
    expect(result.value.rows[ROWS - 1]).toEqual(deals[ROWS - 1]);
    expect(result.value.header).toEqual(header);
    // The probe (the header and 255 rows), then chunks planned at the bytes the last chunk measured, + 8 %.
    const chunks = progress.length;
    expect(chunks).toBe(3);
    expect(excel.syncs()).toBe(chunks);
    expect(progress[0]).toBe(PROBE_ROWS - 1);
    expect(progress.at(-1)).toBe(ROWS);
    const payloads = excel.payloads();
    expect(payloads).toHaveLength(chunks);
    // At most the probe and one chunk per 4 MB ÷ 1.08 read.
    const read = payloads.reduce((sum, bytes) => sum + bytes, 0);
    expect(chunks).toBeLessThanOrEqual(1 + Math.ceil((read * PLAN_MARGIN) / READ_BUDGET_BYTES));
    // The first sync locates the table and reads the probe: positions, sizes and 256 rows of nine short cells.
    expect(payloads[0]).toBeLessThan(PROBE_ROWS * 9 * 20);
    expect(Math.max(...payloads)).toBeLessThan(READ_BUDGET_BYTES);
    expect(payloads.slice(1).every((bytes) => bytes > 0)).toBe(true);
  });

  it("reads long texts in smaller chunks once the probe has measured them", async () => {
    const note = "备注".repeat(500);
    const rows = Array.from({ length: 3_000 }, (_, i) => [`D${i}`, note, note]);
    const excel = installRecordingExcel({
      grids: { Notes: { values: [["商机", "备注", "说明"], ...rows] } },
    });
    const result = await createOfficeGateway().readTable({ kind: "sheet", sheet: "Notes" });
    expect(result.ok && result.value.rows).toHaveLength(3_000);
    // At the 100 B estimate all 3,000 rows (≈ 18 MB in UTF-8) would have gone in one request.
    expect(Math.max(...excel.payloads())).toBeLessThan(READ_BUDGET_BYTES);
    expect(excel.syncs()).toBeGreaterThan(5);
  });
});

describe("readTable's probe, sent with the request that locates an Excel table", () => {
  /** A table of `rows` data rows and `cols` columns at `at` (A1) on sheet T, cell (r, c) holding "r.c". */
  function tableAt(at: string, rows: number, cols: number, payloadLimit?: number) {
    const values = Array.from({ length: rows + 1 }, (_, r) =>
      Array.from({ length: cols }, (_, c) => (r === 0 ? `H${c}` : `${r}.${c}`)),
    );
    const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(at)!;
    const lastCol = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) + cols - 1;
    const name = (n: number): string =>
      n <= 0 ? "" : name(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
    const excel = installRecordingExcel({
      grids: { T: { at, values } },
      dataTables: [{ name: "Deals", sheet: "T", address: `${at}:${name(lastCol)}${Number(row) + rows}` }],
      ...(payloadLimit === undefined ? {} : { payloadLimit }),
    });
    return { excel, values };
  }

  const readDeals = () => createOfficeGateway().readTable({ kind: "table", name: "Deals" });

  it("reads a table no wider than its columns whole in its first rows, in the same request", async () => {
    const { excel, values } = tableAt("C5", 300, PROBE_COLS);
    const result = valueOf(await readDeals());
    expect([result.header, ...result.rows]).toEqual(values);
    // The probe: the header and 255 rows; then the other 45 in one chunk.
    expect(excel.syncs()).toBe(2);
  });

  it("only measures a wider table, which is then read in chunks of whole rows", async () => {
    const { excel, values } = tableAt("A1", 300, PROBE_COLS + 1);
    const result = valueOf(await readDeals());
    expect([result.header, ...result.rows]).toEqual(values);
    expect(excel.syncs()).toBe(2);
    expect(excel.payloads()[0]).toBeLessThan(PROBE_ROWS * PROBE_COLS * 12);
  });

  it("locates a table again without it when Excel refuses its reply as too large", async () => {
    const { excel, values } = tableAt("A1", 300, 40, 20_000);
    const result = await createOfficeGateway().readTable({ kind: "table", name: "Deals" });
    // A host refusing anything over 20 KB reads the table in many small chunks, but reads it.
    expect(valueOf(result).rows).toEqual(values.slice(1));
    expect(excel.requests().length - excel.payloads().length).toBeGreaterThan(0);
    expect(Math.max(...excel.payloads())).toBeLessThanOrEqual(20_000);
  });

  it("locates a table at the sheet's edge, where the probe's block would leave the sheet, without it", async () => {
    const { excel, values } = tableAt("XFA1048570", 4, 4);
    const result = valueOf(await readDeals());
    expect([result.header, ...result.rows]).toEqual(values);
    // Refused, located alone, read.
    expect(excel.syncs()).toBe(3);
  });
});

describe("cellValue and headerText", () => {
  it("turn blanks into empty text and headers into trimmed text", () => {
    expect(cellValue(null)).toBe("");
    expect(cellValue(undefined)).toBe("");
    expect(cellValue(false)).toBe(false);
    expect(headerText(null)).toBe("");
    expect(headerText(" Stage\t")).toBe("Stage");
    expect(headerText(2024)).toBe("2024");
  });
});

describe("listTables", () => {
  it("lists no tables in one sync", async () => {
    const excel = installRecordingExcel();
    expect(await createOfficeGateway().listTables()).toEqual({ ok: true, value: [] });
    expect(excel.syncs()).toBe(1);
  });

  it("lists each table with its sheet and data rows, in two syncs", async () => {
    const excel = installRecordingExcel({
      grids: { 商机: { values: [HEADER, ...DEALS] }, Old: { at: "C1", values: [["a"], [1], [2], [3]] } },
      dataTables: [
        { name: "Deals", sheet: "商机", address: "A1:E3" },
        { name: "Archive", sheet: "Old", address: "C1:C4" },
      ],
    });
    expect(await createOfficeGateway().listTables()).toEqual({
      ok: true,
      value: [
        { name: "Deals", sheet: "商机", rows: 2 },
        { name: "Archive", sheet: "Old", rows: 3 },
      ],
    });
    expect(excel.syncs()).toBe(2);
  });
});
