import { errorCode, excelErrorDetail, traceMessagesOf } from "./excelErrors";

/** An error as Office.js raises it. */
const officeError = (message: string, parts: object) => Object.assign(new Error(message), parts);

describe("excelErrorDetail", () => {
  it("keeps Excel's message, code and the call that failed, in both languages", () => {
    const error = officeError("The argument is invalid or missing.", {
      code: "InvalidArgument",
      debugInfo: { code: "InvalidArgument", errorLocation: "PageLayout.zoom" },
    });
    expect(excelErrorDetail(error)).toEqual({
      en: "The argument is invalid or missing. (InvalidArgument, at PageLayout.zoom)",
      zh: "The argument is invalid or missing.（错误代码 InvalidArgument，出错位置 PageLayout.zoom）",
    });
  });

  it("gives the code alone when Excel says nothing of where, and the message alone for anything else thrown", () => {
    expect(excelErrorDetail(officeError("Cancelled.", { code: "RequestAborted" })).en).toBe(
      "Cancelled. (RequestAborted)",
    );
    expect(excelErrorDetail(new Error("host gone"))).toEqual({ zh: "host gone", en: "host gone" });
    expect(excelErrorDetail("gone")).toEqual({ zh: "gone", en: "gone" });
  });
});

describe("errorCode and traceMessagesOf", () => {
  it("read Excel's code and the trace messages it applied, and nothing from anything else thrown", () => {
    const error = officeError("refused", { code: "ItemNotFound", traceMessages: ["0", "1"] });
    expect(errorCode(error)).toBe("ItemNotFound");
    expect(traceMessagesOf(error)).toEqual(["0", "1"]);
    expect(errorCode(new Error("x"))).toBeUndefined();
    expect(traceMessagesOf(new Error("x"))).toBeUndefined();
    expect(traceMessagesOf(officeError("x", { traceMessages: [1] }))).toBeUndefined();
    expect(errorCode(null)).toBeUndefined();
  });
});
