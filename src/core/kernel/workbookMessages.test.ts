import {
  cellNotEmpty,
  earlierPanesKept,
  hostFailure,
  reportNotRegenerated,
  reportNotRegeneratedNotice,
} from "./workbookMessages";
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

describe("messages of a report regenerated in place", () => {
  it("writes a notice on the kept sheet in both languages, with the host's reason", () => {
    expect(reportNotRegeneratedNotice({ zh: "被拒绝", en: "refused" })).toEqual({
      zh: "此报告未能重新生成：被拒绝。请重新生成。",
      en: "This report could not be regenerated: refused. Generate it again.",
    });
  });

  it("fails saying the sheet was kept and the references still resolve, cleared or not", () => {
    const cleared = errorOf(reportNotRegenerated("管线健康", "InvalidArgument"));
    expect(cleared.code).toBe("VALUE");
    expect(cleared.message.en).toContain("still resolve");
    expect(cleared.message.en).toContain("kept and cleared");
    expect(cleared.message.zh).toContain("引用它的公式仍然有效");
    const left = errorOf(reportNotRegenerated("管线健康", "InvalidArgument", false));
    expect(left.message.en).toContain("could not be cleared");
    expect(left.message.zh).toContain("未能清空");
  });

  it("notes the earlier report's frozen panes the host would not unfreeze", () => {
    expect(earlierPanesKept("InvalidOperation").zh).toBe("保留了之前报告的冻结窗格：InvalidOperation");
  });
});
