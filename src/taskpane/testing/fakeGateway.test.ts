import type { SheetSpec } from "../../core/sheetSpec";
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
