/**
 * The checks of the property tests: what counts as an answer Excel shows as intended, and when two
 * values are the same.
 */
import { CustomFunctionError, ErrorCode } from "../../workbench/engine/customFunctionsRuntime";
import { cloneArgument, excelResultProblem, fingerprint, MAX_MESSAGE_LENGTH } from "./excelResults";

describe("excelResultProblem", () => {
  it("accepts finite numbers, text, booleans, errors with a message and rectangular arrays of them", () => {
    for (const value of [
      0.35,
      -0,
      "",
      "意向客户",
      false,
      new CustomFunctionError(ErrorCode.notAvailable, "No deals."),
    ])
      expect(excelResultProblem(value)).toBeNull();
    expect(
      excelResultProblem([
        ["a", 1],
        [true, new CustomFunctionError(ErrorCode.invalidValue, "x")],
      ]),
    ).toBeNull();
  });

  it("refuses what Excel would misshow: NaN, infinities, blanks and objects", () => {
    expect(excelResultProblem(NaN)).toBe("the number NaN");
    expect(excelResultProblem(-Infinity)).toBe("the number -Infinity");
    expect(excelResultProblem(undefined)).toBe("undefined");
    expect(excelResultProblem(null)).toBe("null");
    expect(excelResultProblem({ basicValue: 1 })).toContain("object");
  });

  it("refuses empty, ragged and nested arrays, naming the row or cell", () => {
    expect(excelResultProblem([])).toBe("an empty array");
    expect(excelResultProblem([[]])).toContain("first row");
    expect(excelResultProblem([["a"], ["b", "c"]])).toBe("a ragged array: row 2 has 2 cells, row 1 has 1");
    expect(excelResultProblem([[["a"]]])).toBe("cell (1, 1): a nested array");
    expect(excelResultProblem([[1, NaN]])).toBe("cell (1, 2): the number NaN");
  });

  it("refuses an error without a message, with a message nobody can read, or from an unplanned failure", () => {
    const error = (message: string) => new CustomFunctionError(ErrorCode.invalidValue, message);
    expect(excelResultProblem(error(" "))).toBe("#VALUE! without a message");
    expect(excelResultProblem(error("x".repeat(MAX_MESSAGE_LENGTH + 1)))).toContain("-character message");
    expect(excelResultProblem(error("“a” is [object Object]."))).toContain("[object Object]");
    expect(excelResultProblem(error("FUNNEL could not compute this result: boom"))).toContain(
      "unexpected failure",
    );
    expect(excelResultProblem(error("FUNNEL 无法计算此结果：boom"))).toContain("unexpected failure");
  });
});

describe("fingerprint", () => {
  it("is the same for deeply equal values", () => {
    const value = () => [[1, "a", null, undefined, new CustomFunctionError(ErrorCode.invalidValue, "m")]];
    expect(fingerprint(value())).toBe(fingerprint(value()));
  });

  it("tells apart what loose equality would not: −0, NaN, types, holes, lengths, codes and messages", () => {
    const differ = (a: unknown, b: unknown) => expect(fingerprint(a)).not.toBe(fingerprint(b));
    differ(0, -0);
    differ(1, "1");
    differ(null, undefined);
    differ([undefined], new Array(1));
    differ([[1]], [[1], []]);
    differ(
      new CustomFunctionError(ErrorCode.invalidValue, "m"),
      new CustomFunctionError(ErrorCode.notAvailable, "m"),
    );
    differ(
      new CustomFunctionError(ErrorCode.invalidValue, "m"),
      new CustomFunctionError(ErrorCode.invalidValue, "n"),
    );
    differ({ type: "Double", basicValue: 5 }, { type: "Double", basicValue: 6 });
    expect(fingerprint(NaN)).toBe(fingerprint(NaN));
  });
});

describe("cloneArgument", () => {
  it("copies arrays and objects, and re-creates error values, equal to the original", () => {
    const original = [
      [1, { type: "Double", basicValue: 5 }, new CustomFunctionError(ErrorCode.divisionByZero, "d")],
    ];
    const copy = cloneArgument(original);
    expect(fingerprint(copy)).toBe(fingerprint(original));
    expect(copy).not.toBe(original);
    expect(copy[0][1]).not.toBe(original[0][1]);
    expect(copy[0][2]).not.toBe(original[0][2]);
    expect(copy[0][2]).toBeInstanceOf(CustomFunctionError);
  });
});
