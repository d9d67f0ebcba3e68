import { createOfficeGateway, splitAddress } from "./officeGateway";
import { installRecordingExcel } from "./testing/recordingExcel";

describe("splitAddress", () => {
  it("separates a quoted sheet name with an apostrophe from the cell", () => {
    expect(splitAddress("'Bob''s deals'!C7")).toEqual({ sheet: "Bob's deals", address: "C7" });
  });
  it("separates a plain sheet name", () => {
    expect(splitAddress("Sheet1!A1")).toEqual({ sheet: "Sheet1", address: "A1" });
  });
});

describe("createOfficeGateway", () => {
  it("reports an Excel exception as a failure instead of rejecting", async () => {
    const excel = installRecordingExcel();
    excel.abortAt(1);
    const result = await createOfficeGateway().activeCell();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.en).toContain("RequestAborted");
  });

  it("refuses a cell that holds a value in one round trip, and writes into an empty one in two", async () => {
    const excel = installRecordingExcel({ sheets: { "Bob's deals": { B2: "Acme" } } });
    excel.sheet("Bob's deals").selected = "B2";
    expect((await createOfficeGateway().insertFormulaAtActiveCell("=1")).ok).toBe(false);
    expect(excel.syncs()).toBe(1);
    excel.sheet("Bob's deals").selected = "C3";
    expect(await createOfficeGateway().insertFormulaAtActiveCell("=1")).toEqual({
      ok: true,
      value: { sheet: "Bob's deals", address: "C3", isEmpty: false },
    });
    expect(excel.syncs()).toBe(3);
  });
});
