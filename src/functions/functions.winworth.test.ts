/**
 * FUNNEL.WINWORTH (值得赢吗? Is it worth winning?), called as Excel calls it.
 */
import { WINWORTH } from "./functions";
import { column, excelCall, expectExcelError, row, withDisplayLanguage } from "./testing/cells";
import { installCustomFunctionsRuntime, ErrorCode } from "../workbench/engine/customFunctionsRuntime";

beforeAll(() => installCustomFunctionsRuntime());

describe("FUNNEL.WINWORTH", () => {
  it("rejects an unreadable rating, naming the argument and row", () => {
    expectExcelError(
      WINWORTH(column(8, "maybe", 7, 6, 5)),
      ErrorCode.invalidValue,
      "“ratings” row 2",
      "maybe",
    );
  });

  it("rejects a rating outside 0–10", () => {
    expectExcelError(WINWORTH(column(8, 12, 7, 6, 5)), ErrorCode.invalidValue, "“ratings” row 2", "0 to 10");
  });

  it("rejects a block of ratings", () => {
    expectExcelError(
      WINWORTH([
        [1, 2],
        [3, 4],
      ]),
      ErrorCode.invalidValue,
      "“ratings”",
      "single row or column",
    );
  });

  it("rejects a number of ratings other than five", () => {
    expectExcelError(WINWORTH(column(8, 7, 6, 5)), ErrorCode.invalidValue, "exactly 5 ratings");
  });

  it("rejects text among the weights, naming the argument", () => {
    expectExcelError(
      WINWORTH(column(8, 7, 6, 5, 4), row(1, "heavy", 1, 1, 1)),
      ErrorCode.invalidValue,
      "“weights” column 2",
    );
  });

  it("rejects a wrong number of weights", () => {
    expectExcelError(WINWORTH(column(8, 7, 6, 5, 4), row(1, 1)), ErrorCode.invalidValue, "exactly 5 weights");
  });

  it("rejects an unknown output, naming the argument", () => {
    expectExcelError(
      excelCall(WINWORTH, column(8, 7, 6, 5, 4), null, "both"),
      ErrorCode.invalidValue,
      "“output”",
    );
  });

  it("answers #N/A when nothing is rated", () => {
    expectExcelError(
      WINWORTH(column(null, "", null, null, null)),
      ErrorCode.notAvailable,
      "Rate at least one",
    );
  });

  it("scores the five ratings 0–100, risk inverted", () => {
    expect(WINWORTH(column("+", "+", "+", "-", "+"))).toBe(100);
    expect(WINWORTH(column("+", "+", "+", "+", "+"))).toBe(80);
    expect(WINWORTH(row(8, null, 6, 7, ""))).toBeCloseTo(56.666666667, 9);
  });

  it("applies weights, blank weights counting 1", () => {
    expect(WINWORTH(column(10, 10, 0, 0, 0), row(3, 3, 1, 1, 1))).toBeCloseTo(77.777777778, 9);
    expect(WINWORTH(column(10, 10, 0, 0, 0), row(3, 3, null, null, null))).toBeCloseTo(77.777777778, 9);
  });

  it("gives the verdict in the display language when asked", () => {
    expect(excelCall(WINWORTH, column("+", "+", "+", "-", "+"), null, "verdict")).toBe("Worth winning");
    expect(excelCall(WINWORTH, row(8, null, 6, 7, null), null, "Verdict")).toBe("Review");
    const zh = withDisplayLanguage("zh-CN", () =>
      excelCall(WINWORTH, column("-", "-", "-", "+", "-"), null, "结论"),
    );
    expect(zh).toBe("不值得");
    expect(excelCall(WINWORTH, column("+", "+", "+", "-", "+"), null, "score")).toBe(100);
  });
});
