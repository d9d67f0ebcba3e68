import { cellNotEmpty, hostFailure } from "./workbookMessages";
import { errorOf } from "./testing/results";

describe("workbook messages", () => {
  it("refuses a non-empty cell with a VALUE error naming it in both languages", () => {
    const error = errorOf(cellNotEmpty("C7"));
    expect(error.code).toBe("VALUE");
    expect(error.message.en).toBe("Cell C7 is not empty; select an empty cell. Nothing was changed.");
    expect(error.message.zh).toContain("单元格 C7 不为空");
  });

  it("passes the host's own detail through", () => {
    const error = errorOf(hostFailure({ zh: "Excel", en: "Excel" }, "ExcelApi 1.9 missing"));
    expect(error.message.en).toBe("Excel could not complete the request: ExcelApi 1.9 missing");
    expect(error.message.zh).toBe("Excel 无法完成该操作：ExcelApi 1.9 missing");
  });
});
