import { CellError, EmptyValue, ErrorType, SimpleRangeValue } from "hyperformula";
import { CustomFunctionError, ErrorCode } from "./customFunctionsRuntime";
import {
  engineError,
  engineResult,
  excelArgument,
  excelErrorCode,
  isCustomFunctionError,
  resultSize,
} from "./excelValues";

describe("excelArgument", () => {
  it("passes an omitted argument as null", () => {
    expect(excelArgument(undefined, "scalar")).toBeNull();
    expect(excelArgument(undefined, "matrix")).toBeNull();
  });

  it("passes a blank cell as null", () => {
    expect(excelArgument(EmptyValue, "scalar")).toBeNull();
    expect(excelArgument(EmptyValue, "matrix")).toEqual([[null]]);
  });

  it("passes an error cell as a CustomFunctions.Error with Excel's code and the message", () => {
    const passed = excelArgument(
      new CellError(ErrorType.DIV_BY_ZERO, "zero"),
      "scalar",
    ) as CustomFunctionError;
    expect(passed).toBeInstanceOf(CustomFunctionError);
    expect(passed.code).toBe("#DIV/0!");
    expect(passed.message).toBe("zero");
  });

  it("passes a range as rows of cells, blanks as null and errors as errors", () => {
    const range = SimpleRangeValue.onlyValues([
      [1, "a"],
      [EmptyValue, new CellError(ErrorType.NA)],
    ]);
    const rows = excelArgument(range, "matrix") as unknown[][];
    expect(rows[0]).toEqual([1, "a"]);
    expect(rows[1][0]).toBeNull();
    expect((rows[1][1] as CustomFunctionError).code).toBe("#N/A");
  });

  it("passes a single value given to a range parameter as a 1×1 array", () => {
    expect(excelArgument("谈判", "matrix")).toEqual([["谈判"]]);
    expect(excelArgument(true, "matrix")).toEqual([[true]]);
  });

  it("passes values as they are", () => {
    expect(excelArgument(0.35, "scalar")).toBe(0.35);
    expect(excelArgument("", "scalar")).toBe("");
    expect(excelArgument(false, "scalar")).toBe(false);
  });
});

describe("excelErrorCode", () => {
  it.each([
    [ErrorType.DIV_BY_ZERO, "#DIV/0!"],
    [ErrorType.NA, "#N/A"],
    [ErrorType.VALUE, "#VALUE!"],
    [ErrorType.NUM, "#NUM!"],
    [ErrorType.REF, "#REF!"],
    [ErrorType.NAME, "#NAME?"],
    [ErrorType.SPILL, "#SPILL!"],
  ])("writes %s as %s", (type, code) => {
    expect(excelErrorCode(new CellError(type))).toBe(code);
  });
});

describe("isCustomFunctionError", () => {
  it("refuses values that are not errors", () => {
    expect(isCustomFunctionError(null)).toBe(false);
    expect(isCustomFunctionError("#N/A")).toBe(false);
    expect(isCustomFunctionError({ code: 42 })).toBe(false);
    expect(isCustomFunctionError(new Error("x"))).toBe(false);
  });

  it("knows an error from any copy of the runtime by its code", () => {
    expect(isCustomFunctionError(new CustomFunctionError(ErrorCode.notAvailable))).toBe(true);
    expect(isCustomFunctionError({ code: "#VALUE!", message: "m" })).toBe(true);
  });
});

describe("engineError", () => {
  it("keeps an unknown code in the message of a #VALUE!", () => {
    const error = engineError({ code: "#GETTING_DATA", message: "wait" });
    expect(error.type).toBe(ErrorType.VALUE);
    expect(error.message).toBe("#GETTING_DATA wait");
  });

  it.each([
    [ErrorCode.invalidValue, ErrorType.VALUE],
    [ErrorCode.notAvailable, ErrorType.NA],
    [ErrorCode.divisionByZero, ErrorType.DIV_BY_ZERO],
    [ErrorCode.invalidNumber, ErrorType.NUM],
  ])("maps %s to the engine's %s with the message", (code, type) => {
    const error = engineError(new CustomFunctionError(code, "why"));
    expect(error.type).toBe(type);
    expect(error.message).toBe("why");
  });
});

describe("resultSize", () => {
  it("refuses arrays Excel cannot show", () => {
    expect(resultSize([])).toBeUndefined();
    expect(resultSize([[]])).toBeUndefined();
    expect(resultSize([1, 2])).toBeUndefined();
  });

  it("measures a value as 1×1 and an array by its rows and widest row", () => {
    expect(resultSize("x")).toEqual({ rows: 1, columns: 1 });
    expect(resultSize([["a", "b"], ["c"]])).toEqual({ rows: 2, columns: 2 });
  });
});

describe("engineResult", () => {
  it("refuses what Excel cannot show, with #VALUE! saying why", () => {
    for (const bad of [[], [1, 2], Promise.resolve(1), { a: 1 }]) {
      const result = engineResult(bad, "matrix") as CellError;
      expect(result).toBeInstanceOf(CellError);
      expect(result.type).toBe(ErrorType.VALUE);
      expect(result.message).not.toBe("");
    }
  });

  it("refuses an array from a function declared to return one value", () => {
    const result = engineResult([["a"], ["b"]], "scalar") as CellError;
    expect(result.type).toBe(ErrorType.VALUE);
    expect(result.message).toMatch(/one value/);
  });

  it("shows NaN and infinities as #NUM!", () => {
    expect((engineResult(Number.NaN, "scalar") as CellError).type).toBe(ErrorType.NUM);
    expect((engineResult(Number.POSITIVE_INFINITY, "scalar") as CellError).type).toBe(ErrorType.NUM);
  });

  it("shows null as 0, as Excel does", () => {
    expect(engineResult(null, "scalar")).toBe(0);
    expect((engineResult([[null], ["x"]], "matrix") as SimpleRangeValue).data[0][0]).toBe(0);
  });

  it("keeps numbers, text and booleans", () => {
    expect(engineResult(0.55, "scalar")).toBe(0.55);
    expect(engineResult("谈判客户", "scalar")).toBe("谈判客户");
    expect(engineResult(true, "scalar")).toBe(true);
  });

  it("turns a returned CustomFunctions.Error into the engine's error", () => {
    const result = engineResult(
      new CustomFunctionError(ErrorCode.notAvailable, "No deals."),
      "scalar",
    ) as CellError;
    expect(result.type).toBe(ErrorType.NA);
    expect(result.message).toBe("No deals.");
  });

  it("shows a 1×1 array as its value, errors included", () => {
    expect(engineResult([["only"]], "matrix")).toBe("only");
    expect(
      (engineResult([[new CustomFunctionError(ErrorCode.invalidValue, "m")]], "matrix") as CellError).type,
    ).toBe(ErrorType.VALUE);
  });

  it("spills a larger array and fills a short row's gap with #N/A", () => {
    const result = engineResult([["a", "b"], ["c"]], "matrix") as SimpleRangeValue;
    expect(result).toBeInstanceOf(SimpleRangeValue);
    expect(result.height()).toBe(2);
    expect(result.width()).toBe(2);
    expect(result.data[1][0]).toBe("c");
    expect((result.data[1][1] as CellError).type).toBe(ErrorType.NA);
  });
});
