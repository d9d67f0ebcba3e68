/**
 * Test helpers for the custom functions: build ranges the way Excel passes them, call a function with
 * untyped arguments as Excel does, and check a returned error. Used by jest only; never shipped.
 */
import { CustomFunctionError, ErrorCode } from "../../workbench/engine/customFunctionsRuntime";

/**
 * A one-column range (what Excel passes for A1:A3).
 * @example column(1, null, "x") // [[1], [null], ["x"]]
 */
export function column(...values: unknown[]): unknown[][] {
  return values.map((value) => [value]);
}

/**
 * A one-row range (what Excel passes for A1:C1).
 * @example row(1, 2, 3) // [[1, 2, 3]]
 */
export function row(...values: unknown[]): unknown[][] {
  return [values];
}

/**
 * Calls a custom function with arguments of any type, as Excel does (enum-typed parameters included).
 * @example excelCall(PROBABILITY, "意向") // 0.2
 */
export function excelCall(fn: (...args: never[]) => unknown, ...args: unknown[]): unknown {
  return (fn as (...args: unknown[]) => unknown)(...args);
}

/**
 * The one value of an answer: a function whose metadata declares a spilled result hands a single value
 * back as a 1×1 array.
 * @example singleAnswer([[165]]) // 165
 */
export function singleAnswer(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1
    ? value[0][0]
    : value;
}

/**
 * Asserts that `value` is a custom-function error with `code` whose message contains every fragment;
 * returns the message.
 * @example expectExcelError(result, ErrorCode.invalidValue, "“amounts”", "row 3")
 */
export function expectExcelError(value: unknown, code: ErrorCode, ...fragments: string[]): string {
  const unwrapped = Array.isArray(value) && value.length === 1 && value[0].length === 1 ? value[0][0] : value;
  expect(unwrapped).toBeInstanceOf(CustomFunctionError);
  const error = unwrapped as CustomFunctionError;
  expect(error.code).toBe(code);
  for (const fragment of fragments) expect(error.message).toContain(fragment);
  return error.message;
}

/**
 * Runs `body` with `Office.context.displayLanguage` set to `locale`, then removes the Office global.
 * @example withDisplayLanguage("zh-CN", () => STAGE([["3"]]))
 */
export function withDisplayLanguage<T>(locale: string, body: () => T): T {
  const target = globalThis as { Office?: unknown };
  const previous = target.Office;
  target.Office = { context: { displayLanguage: locale } };
  try {
    return body();
  } finally {
    if (previous === undefined) delete target.Office;
    else target.Office = previous;
  }
}
