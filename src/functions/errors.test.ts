import { fail, ok } from "../core/kernel";
import {
  cellAnswer,
  CellFailure,
  excelArray,
  excelError,
  excelFunction,
  stopWith,
  FunctionFailure,
  unwrap,
} from "./errors";
import {
  installCustomFunctionsRuntime,
  CustomFunctionError,
  ErrorCode,
} from "../workbench/engine/customFunctionsRuntime";
import { expectExcelError, withDisplayLanguage } from "./testing/cells";

beforeAll(() => installCustomFunctionsRuntime());

const NO_DEALS = { en: "No deals.", zh: "没有商机。" };

describe("excelFunction", () => {
  it("turns an unexpected exception into #VALUE! with its text instead of throwing", () => {
    const result = excelFunction(() => {
      throw new TypeError("boom");
    });
    expectExcelError(result, ErrorCode.invalidValue, "FUNNEL could not compute this result: boom");
  });

  it("turns a thrown non-Error into #VALUE! too", () => {
    const result = excelFunction(() => {
      throw "odd";
    });
    expectExcelError(result, ErrorCode.invalidValue, "odd");
  });

  it("turns a core failure into its Excel error, message in the display language", () => {
    expectExcelError(
      excelFunction(() => unwrap(fail("NA", NO_DEALS))),
      ErrorCode.notAvailable,
      "No deals.",
    );
    const zh = withDisplayLanguage("zh-CN", () => excelFunction(() => stopWith("NA", NO_DEALS)));
    expectExcelError(zh, ErrorCode.notAvailable, "没有商机。");
  });

  it("lets an explicit language argument win over the display language", () => {
    const result = withDisplayLanguage("en-US", () => excelFunction(() => stopWith("NA", NO_DEALS), "中文"));
    expectExcelError(result, ErrorCode.notAvailable, "没有商机。");
  });

  it("reports NaN and infinite results as #NUM!", () => {
    expectExcelError(
      excelFunction(() => NaN),
      ErrorCode.invalidNumber,
    );
    expectExcelError(
      excelFunction(() => Infinity),
      ErrorCode.invalidNumber,
    );
  });

  it("returns blanks in arrays as empty text, not null", () => {
    expect(
      excelFunction(() => [
        [1, null],
        [undefined, "x"],
      ]),
    ).toEqual([
      [1, ""],
      ["", "x"],
    ]);
    expect(excelFunction(() => null)).toBe("");
  });

  it("passes ordinary values through", () => {
    expect(excelFunction(() => 0.35)).toBe(0.35);
    expect(excelFunction(() => "意向客户")).toBe("意向客户");
  });
});

describe("excelArray", () => {
  it("wraps a single value or error in a 1×1 array for a spilled function", () => {
    expect(excelArray(() => "")).toEqual([[""]]);
    const result = excelArray(() => stopWith("VALUE", NO_DEALS));
    expect(result).toHaveLength(1);
    expectExcelError(result, ErrorCode.invalidValue, "No deals.");
  });

  it("keeps a table as it is", () => {
    expect(excelArray(() => [["a"], ["b"]])).toEqual([["a"], ["b"]]);
  });
});

describe("cellAnswer", () => {
  it("keeps a failed cell of a spilled answer as that cell's Excel error, the other cells as they are", () => {
    const cells = [cellAnswer(() => 0.5), cellAnswer(() => stopWith("DIV0", NO_DEALS))];
    expect(cells[1]).toBeInstanceOf(CellFailure);
    const answer = withDisplayLanguage("zh-CN", () => excelArray(() => [cells])) as unknown[][];
    expect(answer[0][0]).toBe(0.5);
    expectExcelError(answer[0][1], ErrorCode.divisionByZero, "没有商机。");
  });

  it("lets an unexpected exception end the whole call", () => {
    expect(() =>
      cellAnswer(() => {
        throw new TypeError("boom");
      }),
    ).toThrow(TypeError);
  });
});

describe("excelError", () => {
  it.each([
    ["VALUE", ErrorCode.invalidValue],
    ["NA", ErrorCode.notAvailable],
    ["NUM", ErrorCode.invalidNumber],
    ["DIV0", ErrorCode.divisionByZero],
  ] as const)("maps %s to %s and keeps the message", (code, excel) => {
    const error = excelError({ code, message: NO_DEALS }, "en");
    expect(error).toBeInstanceOf(CustomFunctionError);
    expect(error.code).toBe(excel);
    expect(error.message).toBe("No deals.");
  });
});

describe("unwrap", () => {
  it("puts where the failure happened in front of both messages", () => {
    try {
      unwrap(fail("VALUE", { en: "Bad.", zh: "错误。" }), { en: "“stageList”", zh: "参数“stageList”" });
      throw new Error("expected a failure");
    } catch (caught) {
      expect(caught).toBeInstanceOf(FunctionFailure);
      expect((caught as FunctionFailure).error.message).toEqual({
        en: "“stageList”: Bad.",
        zh: "参数“stageList”：错误。",
      });
    }
  });

  it("returns the value of a success", () => {
    expect(unwrap(ok(3))).toBe(3);
  });
});
