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

  it("gives a new sheet a free name, never replacing one, and activates it", async () => {
    const gateway = createFakeGateway({ otherSheets: ["二次评估"] });
    expect(await gateway.createSheet(spec)).toEqual({ ok: true, value: { sheet: "二次评估 (2)" } });
    expect(await gateway.createSheet(spec)).toEqual({ ok: true, value: { sheet: "二次评估 (3)" } });
    expect(await gateway.sheetNames()).toEqual({
      ok: true,
      value: ["Sheet1", "二次评估", "二次评估 (2)", "二次评估 (3)"],
    });
    expect(gateway.createdSheets.map((c) => c.sheet)).toEqual(["二次评估 (2)", "二次评估 (3)"]);
    expect(gateway.activeSheet).toBe("二次评估 (3)");
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
      value: { sheet: "Deals", headerRow: 2, firstCol: 1, header: deals.header, rows: deals.rows },
    });
    expect(progress).toEqual([
      [2, 3],
      [3, 3],
    ]);
    expect(gateway.readRequests).toEqual([{ kind: "sheet", sheet: "Deals" }]);
  });

  it("replaces its own previous report of a kind, never a user's sheet of that name", async () => {
    const gateway = createFakeGateway({ otherSheets: ["Pipeline Health"] });
    const report: SheetSpec = { name: "Pipeline Health", cells: [] };
    expect(await gateway.writeReport("pipelineHealth", report)).toEqual({
      ok: true,
      value: { sheet: "Pipeline Health (2)" },
    });
    expect(await gateway.writeReport("pipelineHealth", report)).toEqual({
      ok: true,
      value: { sheet: "Pipeline Health (2)" },
    });
    expect(gateway.sheets).toEqual(["Sheet1", "Pipeline Health", "Pipeline Health (2)"]);
    expect(gateway.writtenReports.map((r) => r.sheet)).toEqual([
      "Pipeline Health (2)",
      "Pipeline Health (2)",
    ]);
  });

  it("keeps the previous report when a write fails", async () => {
    const gateway = createFakeGateway();
    const report: SheetSpec = { name: "漏斗健康", cells: [] };
    await gateway.writeReport("pipelineHealth", report);
    gateway.failNextReport({ zh: "失败", en: "failed" });
    expect((await gateway.writeReport("pipelineHealth", report)).ok).toBe(false);
    expect(gateway.sheets).toEqual(["Sheet1", "漏斗健康"]);
    expect(gateway.writtenReports).toHaveLength(1);
  });
});
