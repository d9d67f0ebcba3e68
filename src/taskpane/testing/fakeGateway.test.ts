import type { SheetSpec } from "../../core/sheet";
import { createFakeGateway } from "./fakeGateway";

const spec: SheetSpec = { name: "二次评估", cells: [{ row: 0, col: 0, value: "二次评估" }] };

describe("createFakeGateway", () => {
  it("fails the next createSheet when told to, creating nothing, then creates again", async () => {
    const gateway = createFakeGateway();
    gateway.failNextCreate({ zh: "失败", en: "failed" });
    expect(await gateway.createSheet(spec)).toEqual({
      ok: false,
      error: { code: "VALUE", message: { zh: "失败", en: "failed" } },
    });
    expect(gateway.sheets).toEqual(["Sheet1"]);
    expect(gateway.requestedSpecs).toEqual([spec]);
    expect((await gateway.createSheet(spec)).ok).toBe(true);
  });

  it("records the sheets it creates, and activates the last", async () => {
    const gateway = createFakeGateway({ otherSheets: ["二次评估"] });
    await gateway.createSheet(spec);
    await gateway.createSheet(spec);
    expect(gateway.createdSheets).toEqual([
      { sheet: "二次评估 (2)", spec },
      { sheet: "二次评估 (3)", spec },
    ]);
    expect(gateway.activeSheet).toBe("二次评估 (3)");
  });

  it("holds the cells of the first sheet, of a sheet read and of a sheet created, as written", async () => {
    const gateway = createFakeGateway({
      cells: { B2: "Acme" },
      sheetData: {
        Deals: { sheet: "Deals", header: ["Stage"], rows: [["谈判"], [""]], headerRow: 1, firstCol: 2 },
      },
    });
    await gateway.createSheet({ name: "T", cells: [{ row: 0, col: 0, value: "=1+1" }] });
    expect([...gateway.contents]).toEqual([
      ["Sheet1", new Map([["B2", "Acme"]])],
      [
        "Deals",
        new Map([
          ["C2", "Stage"],
          ["C3", "谈判"],
        ]),
      ],
      ["T", new Map([["A1", "'=1+1"]])],
    ]);
    expect(gateway.contents.get("Sheet1")).toBe(gateway.cells);
  });
});

describe("createFakeGateway tables and reports", () => {
  const deals = {
    sheet: "Deals",
    header: ["Stage", "Amount"],
    rows: [
      ["Won", 10],
      ["Lost", 20],
      ["Intent", 30],
    ],
    headerRow: 2,
    firstCol: 1,
  };

  it("fails a read of a source it does not hold, and the next read when told to", async () => {
    const gateway = createFakeGateway({ tables: { Deals: deals } });
    const missing = await gateway.readTable({ kind: "sheet", sheet: "Nope" });
    expect(missing.ok).toBe(false);
    gateway.failNextRead({ zh: "读不了", en: "unreadable" });
    expect(await gateway.readTable({ kind: "table", name: "Deals" })).toEqual({
      ok: false,
      error: { code: "VALUE", message: { zh: "读不了", en: "unreadable" } },
    });
    expect((await gateway.readTable({ kind: "table", name: "Deals" })).ok).toBe(true);
  });

  it("lists its tables and adds their sheets to the workbook", async () => {
    const gateway = createFakeGateway({ tables: { Deals: deals } });
    expect(await gateway.listTables()).toEqual({
      ok: true,
      value: [{ name: "Deals", sheet: "Deals", rows: 3 }],
    });
    expect(gateway.sheets).toEqual(["Sheet1", "Deals"]);
  });

  it("reads a table with its position, reporting progress after each chunk", async () => {
    const gateway = createFakeGateway({ sheetData: { Deals: deals }, chunkRows: 2 });
    const progress: [number, number][] = [];
    const read = await gateway.readTable({ kind: "sheet", sheet: "Deals" }, (done, total) =>
      progress.push([done, total]),
    );
    expect(read).toEqual({
      ok: true,
      value: {
        sheet: "Deals",
        headerRow: 2,
        firstCol: 1,
        header: deals.header,
        rows: deals.rows,
        dateSystem: 1900,
      },
    });
    expect(progress).toEqual([
      [2, 3],
      [3, 3],
    ]);
    expect(gateway.readRequests).toEqual([{ kind: "sheet", sheet: "Deals" }]);
  });

  it("as a 1904 workbook, says so when read and writes the dates of sheets and reports as its serials", async () => {
    const gateway = createFakeGateway({ sheetData: { Deals: deals }, dateSystem: 1904 });
    const read = await gateway.readTable({ kind: "sheet", sheet: "Deals" });
    expect(read.ok && read.value.dateSystem).toBe(1904);
    const dated = (name: string): SheetSpec => ({
      name,
      cells: [
        { row: 0, col: 0, value: 45839, style: { numberFormat: "yyyy-mm-dd" } },
        { row: 0, col: 1, value: 45839 },
      ],
    });
    await gateway.createSheet(dated("Form"));
    await gateway.writeReport("pipelineHealth", dated("Report"));
    for (const sheet of ["Form", "Report"]) {
      expect([...(gateway.contents.get(sheet) ?? [])]).toEqual([
        ["A1", 44377],
        ["B1", 45839],
      ]);
    }
    expect(gateway.createdSheets[0].spec).toEqual(dated("Form"));
  });

  it("regenerates a report in place, in the same cells, and leaves a notice there when the regeneration fails", async () => {
    const gateway = createFakeGateway();
    const spec = (title: string): SheetSpec => ({
      name: "管线健康",
      cells: [{ row: 0, col: 0, value: title }],
    });
    await gateway.writeReport("pipelineHealth", spec("v1"));
    const cells = gateway.contents.get("管线健康");
    expect(await gateway.writeReport("pipelineHealth", spec("v2"))).toEqual({
      ok: true,
      value: { sheet: "管线健康" },
    });
    expect(gateway.contents.get("管线健康")).toBe(cells);
    expect(cells?.get("A1")).toBe("v2");
    gateway.failNextReport({ zh: "失败", en: "failed" });
    expect((await gateway.writeReport("pipelineHealth", spec("v3"))).ok).toBe(false);
    expect(gateway.contents.get("管线健康")).toBe(cells);
    expect([...(cells ?? [])]).toEqual([
      ["A1", "此报告未能重新生成：失败。请重新生成。"],
      ["A2", "This report could not be regenerated: failed. Generate it again."],
    ]);
    expect(gateway.sheets).toEqual(["Sheet1", "管线健康"]);
  });

  it("records the reports it writes, not those that failed, and activates the last", async () => {
    const gateway = createFakeGateway();
    const report: SheetSpec = { name: "管线健康", cells: [] };
    await gateway.writeReport("pipelineHealth", report);
    gateway.failNextReport({ zh: "失败", en: "failed" });
    expect(await gateway.writeReport("pipelineHealth", report)).toEqual({
      ok: false,
      error: {
        code: "VALUE",
        message: expect.objectContaining({ en: expect.stringContaining(": failed.") }),
      },
    });
    await gateway.writeReport("forecast", { name: "Forecast", cells: [] });
    expect(gateway.writtenReports).toEqual([
      { kind: "pipelineHealth", sheet: "管线健康", spec: report },
      { kind: "forecast", sheet: "Forecast", spec: { name: "Forecast", cells: [] } },
    ]);
    expect(gateway.activeSheet).toBe("Forecast");
  });

  it("turns a sheet's data into a table under a free name, then reads it as that table", async () => {
    const data = { sheet: "Deals", header: ["Stage"], rows: [["谈判"]] };
    const gateway = createFakeGateway({
      tables: { Deals: { ...data, sheet: "Other" } },
      sheetData: { Deals: data },
    });
    const range = { sheet: "Deals", headerRow: 0, firstCol: 0, columns: 1, rows: 1 };
    expect(await gateway.makeTable(range, "Deals")).toEqual({ ok: true, value: { table: "Deals2" } });
    expect(gateway.madeTables).toEqual([{ range, table: "Deals2" }]);
    const read = await gateway.readTable({ kind: "table", name: "Deals2" });
    expect(read.ok && read.value.table).toBe("Deals2");
    // Once a table, the range cannot become another.
    expect((await gateway.makeTable(range, "Deals")).ok).toBe(false);
  });

  it("calls a source's watchers on a change of its sheet until they are released", async () => {
    const gateway = createFakeGateway();
    const changes: string[] = [];
    const watch = await gateway.watchSource({ sheet: "Deals" }, () => changes.push("Deals"));
    await gateway.watchSource({ sheet: "Other" }, () => changes.push("Other"));
    gateway.changeSheet("Deals");
    if (watch.ok) await watch.value.release();
    gateway.changeSheet("Deals");
    expect(changes).toEqual(["Deals"]);
    expect(gateway.watches.map((w) => w.released)).toEqual([true, false]);
  });
});
