import { errorOf, valueOf } from "../core/kernel/testing/results";
import { createOfficeGateway } from "./officeGateway";
import { DEALS_TABLE } from "./testing/reportFixtures";
import { installRecordingExcel } from "./testing/recordingExcel";
import { watchOf } from "./watchSource";

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("watchSource", () => {
  it("subscribes to the table's changes in one sync, and calls back on each change until released", async () => {
    const excel = installRecordingExcel(DEALS_TABLE);
    let changes = 0;
    const watch = valueOf(
      await createOfficeGateway().watchSource({ sheet: "商机", table: "Deals" }, () => changes++),
    );
    expect(excel.syncs()).toBe(1);
    expect(excel.subscribed()).toEqual([{ table: "Deals" }]);
    expect(await excel.fireChange({ table: "Deals" }, "RowInserted")).toBe(1);
    expect(await excel.fireChange({ table: "deals" })).toBe(1);
    expect(changes).toBe(2);

    await watch.release();
    expect(excel.subscribed()).toEqual([]);
    expect(excel.syncs()).toBe(2);
    expect(await excel.fireChange({ table: "Deals" })).toBe(0);
    expect(changes).toBe(2);
  });

  it("removes the handler in the request context it was added in", async () => {
    const excel = installRecordingExcel(DEALS_TABLE);
    const watch = valueOf(
      await createOfficeGateway().watchSource({ sheet: "商机", table: "Deals" }, () => {}),
    );
    await watch.release();
    const [subscribing, releasing] = excel.runOptions().slice(-2);
    // The release runs in the subscription's context (Excel.run(result.context, …)), not in a new one.
    expect(releasing).toEqual({ run: expect.any(Number) });
    expect(subscribing).not.toBe(releasing);
    expect(excel.callLog().slice(-2)).toEqual(["table.onChanged.add", "table.onChanged.remove"]);
  });

  it("watches the sheet when the data is not a table", async () => {
    const excel = installRecordingExcel({ sheets: { 商机: { A1: "Stage" }, Other: {} } });
    let changes = 0;
    const watch = valueOf(await createOfficeGateway().watchSource({ sheet: "商机" }, () => changes++));
    await excel.fireChange({ sheet: "Other" });
    await excel.fireChange({ sheet: "商机" });
    expect(changes).toBe(1);
    await watch.release();
    expect(excel.subscribed()).toEqual([]);
  });

  it("releases once however often asked, and never rejects, even when Excel refuses the removal", async () => {
    const excel = installRecordingExcel(DEALS_TABLE);
    const gateway = createOfficeGateway();
    const watch = valueOf(await gateway.watchSource({ sheet: "商机", table: "Deals" }, () => {}));
    excel.failOn("table.onChanged.remove");
    await expect(watch.release()).resolves.toBeUndefined();
    await expect(watch.release()).resolves.toBeUndefined();
    expect(excel.callLog().filter((call) => call === "table.onChanged.remove")).toHaveLength(1);
  });

  it("reports a table the workbook does not have as a failure, subscribing nothing", async () => {
    const excel = installRecordingExcel(DEALS_TABLE);
    const refused = errorOf(
      await createOfficeGateway().watchSource({ sheet: "商机", table: "Nope" }, () => {}),
    );
    expect(refused.message.en).toContain("no table Nope");
    expect(excel.subscribed()).toEqual([]);
  });

  it("refuses, in both languages and without calling Excel, where Excel lacks change events (ExcelApi 1.7)", async () => {
    const excel = installRecordingExcel(DEALS_TABLE);
    (globalThis as { Office?: unknown }).Office = {
      context: { requirements: { isSetSupported: (_set: string, version: string) => Number(version) < 1.7 } },
    };
    const refused = errorOf(
      await createOfficeGateway().watchSource({ sheet: "商机", table: "Deals" }, () => {}),
    );
    expect(refused.code).toBe("VALUE");
    expect(refused.message.en).toContain("lacks ExcelApi 1.7 (change events)");
    expect(refused.message.zh).toContain("不支持 ExcelApi 1.7");
    expect(excel.syncs()).toBe(0);
  });
});

describe("watchOf", () => {
  it("removes the subscription through Excel.run in its own context, once", async () => {
    const excel = installRecordingExcel();
    const context = { run: 99 } as unknown as Excel.RequestContext;
    let removed = 0;
    const watch = watchOf({ context, remove: () => void removed++ });
    await Promise.all([watch.release(), watch.release()]);
    expect(removed).toBe(1);
    expect(excel.runOptions().at(-1)).toBe(context);
  });
});
