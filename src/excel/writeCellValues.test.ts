import { errorOf, valueOf } from "../core/kernel/testing/results";
import { createOfficeGateway } from "./officeGateway";
import { installRecordingExcel } from "./testing/recordingExcel";

describe("writeCellValues through Office.js", () => {
  it("writes every cell as values, never formulas, in one round trip", async () => {
    const excel = installRecordingExcel({ sheets: { 阶段设置: { A4: "谈判", B4: 0.8, C4: "是" } } });
    const written = await createOfficeGateway().writeCellValues("阶段设置", [
      { address: "B4", value: 0.75 },
      { address: "B5", value: 0.5 },
    ]);
    expect(valueOf(written)).toEqual({ written: 2 });
    expect(excel.syncs()).toBe(1);
    const writes = excel.sheet("阶段设置").writes;
    expect(writes.map((w) => w.property)).toEqual(["values", "values"]);
    expect(writes.map((w) => [w.address, w.matrix])).toEqual([
      ["B4", [[0.75]]],
      ["B5", [[0.5]]],
    ]);
    expect(excel.read("阶段设置", "A4:C4")).toEqual([["谈判", 0.75, "是"]]);
  });

  it("refuses a bad value before any request, and a missing sheet in its one request", async () => {
    const excel = installRecordingExcel({ sheets: { Sheet1: {} } });
    const gateway = createOfficeGateway();
    errorOf(await gateway.writeCellValues("Sheet1", [{ address: "A1", value: Number.POSITIVE_INFINITY }]));
    expect(excel.syncs()).toBe(0);
    errorOf(await gateway.writeCellValues("阶段设置", [{ address: "B4", value: 0.5 }]));
    expect(excel.syncs()).toBe(1);
  });
});
