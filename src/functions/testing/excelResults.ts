/**
 * What a custom function may hand back to Excel, checked: a finite number, text, a boolean, a
 * rectangular 2-D array of those, or a `CustomFunctions.Error` with a readable message. And a
 * fingerprint of any value, to tell whether two answers are the same or an input was changed.
 * Used by the property tests only; never shipped.
 */
import { CustomFunctionError } from "../../workbench/engine/customFunctionsRuntime";

/** The longest error message a user is expected to read (a whole range echoed back is not a message). */
export const MAX_MESSAGE_LENGTH = 1000;

/** The messages of the wrapper's fallback for an unexpected exception: a failure nobody planned for. */
const UNEXPECTED_FAILURE = ["FUNNEL could not compute this result", "FUNNEL 无法计算此结果"];

/** What is wrong with an error's message, or `null` when it reads well. */
function messageProblem(error: CustomFunctionError): string | null {
  const { message } = error;
  if (message.trim() === "") return `${error.code} without a message`;
  if (message.length > MAX_MESSAGE_LENGTH) return `a ${message.length}-character message`;
  if (message.includes("[object Object]")) return `a message showing “[object Object]”: ${message}`;
  if (UNEXPECTED_FAILURE.some((text) => message.startsWith(text))) return `an unexpected failure: ${message}`;
  return null;
}

/** What is wrong with one returned value that is not an array, or `null` when Excel can show it. */
function scalarProblem(value: unknown): string | null {
  if (typeof value === "string" || typeof value === "boolean") return null;
  if (typeof value === "number") return Number.isFinite(value) ? null : `the number ${value}`;
  if (value instanceof CustomFunctionError) return messageProblem(value);
  if (value === null || value === undefined) return String(value);
  return `a ${typeof value} (${Object.prototype.toString.call(value)})`;
}

/**
 * What is wrong with a custom function's answer, or `null` when it is one Excel shows as intended: a
 * finite number, text, a boolean, a `CustomFunctions.Error` with a short, planned message (see
 * {@link MAX_MESSAGE_LENGTH}), or a non-empty rectangular 2-D array of those.
 * @example excelResultProblem(0.35) // null
 * @example excelResultProblem(NaN) // "the number NaN"
 * @example excelResultProblem([["a"], ["b", "c"]]) // "a ragged array: row 2 has 2 cells, row 1 has 1"
 */
export function excelResultProblem(value: unknown): string | null {
  if (!Array.isArray(value)) return scalarProblem(value);
  if (value.length === 0) return "an empty array";
  const width = Array.isArray(value[0]) ? value[0].length : -1;
  if (width < 1) return "an array whose first row is not a non-empty array";
  for (let r = 0; r < value.length; r++) {
    const row: unknown = value[r];
    if (!Array.isArray(row)) return `an array whose row ${r + 1} is not an array`;
    if (row.length !== width)
      return `a ragged array: row ${r + 1} has ${row.length} cells, row 1 has ${width}`;
    for (let c = 0; c < width; c++) {
      const problem = Array.isArray(row[c]) ? "a nested array" : scalarProblem(row[c]);
      if (problem !== null) return `cell (${r + 1}, ${c + 1}): ${problem}`;
    }
  }
  return null;
}

/**
 * A text that is the same for two values exactly when they are deeply equal: types, −0, NaN,
 * undefined, array holes and lengths, objects' classes and own properties (an error's code and message).
 * @example fingerprint([[1, "a"]]) === fingerprint([[1, "a"]]) // true
 * @example fingerprint(0) === fingerprint(-0) // false
 */
export function fingerprint(value: unknown): string {
  return print(value, new Set());
}

function print(value: unknown, open: Set<object>): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "undefined":
      return "undefined";
    case "number":
      return Object.is(value, -0) ? "n:-0" : `n:${value}`;
    case "string":
      return JSON.stringify(value);
    case "boolean":
    case "bigint":
    case "symbol":
      return `${typeof value}:${String(value)}`;
    case "function":
      return `function:${value.name}`;
  }
  const object = value as object;
  if (open.has(object)) return "<cycle>";
  open.add(object);
  try {
    if (Array.isArray(object)) {
      const items: string[] = [];
      for (let i = 0; i < object.length; i++) items.push(i in object ? print(object[i], open) : "<hole>");
      return `[${object.length}|${items.join(",")}]`;
    }
    const kind = object.constructor?.name ?? "null-prototype";
    const fields = Object.getOwnPropertyNames(object)
      .filter((key) => key !== "stack")
      .sort()
      .map((key) => `${key}=${print((object as Record<string, unknown>)[key], open)}`);
    return `${kind}{${fields.join(",")}}`;
  } finally {
    open.delete(object);
  }
}

/**
 * A deep copy of an argument as Excel would pass it again: arrays and plain objects copied, error
 * values re-created with the same code and message, everything else as is.
 * @example cloneArgument([[1, { type: "Double", basicValue: 5 }]])
 */
export function cloneArgument<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => cloneArgument(item)) as T;
  if (value instanceof CustomFunctionError) return new CustomFunctionError(value.code, value.message) as T;
  if (value !== null && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) copy[key] = cloneArgument(field);
    return copy as T;
  }
  return value;
}
