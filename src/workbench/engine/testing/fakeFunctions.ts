/**
 * A tiny custom-functions module and its functions.json, for testing the engine's registration without the
 * real build: the same `CustomFunctions.associate` calls functions.js makes, and metadata of the shapes the
 * generator writes (matrix and scalar parameters, optional ones, a spilled result, a repeating parameter, a
 * function that asks for its address, one that throws).
 */
import { installCustomFunctionsRuntime, type Associations } from "../customFunctionsRuntime";

/** functions.json of the fake module, as the metadata generator writes it. */
export const FAKE_FUNCTIONS_JSON = {
  functions: [
    {
      id: "DESCRIBE",
      name: "DESCRIBE",
      parameters: [
        { name: "range", type: "any", dimensionality: "matrix" },
        { name: "extra", type: "any", optional: true },
      ],
      result: {},
    },
    {
      id: "REPEAT",
      name: "REPEAT",
      parameters: [
        { name: "text", type: "string" },
        { name: "count", type: "number" },
      ],
      result: { dimensionality: "matrix" },
    },
    {
      id: "FAIL",
      name: "FAIL",
      parameters: [{ name: "code", type: "string" }],
      result: {},
    },
    {
      id: "TOTAL",
      name: "TOTAL",
      parameters: [{ name: "values", type: "number", repeating: true }],
      result: {},
    },
    {
      id: "BREAK",
      name: "BREAK",
      parameters: [],
      result: {},
    },
    {
      id: "WHERE",
      name: "WHERE",
      parameters: [],
      result: {},
      options: { requiresAddress: true },
    },
  ],
};

/** Describes an argument as text, so a test sees exactly what the function received. */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `[${value.map(describe).join(",")}]`;
  if (typeof value === "object" && value !== null && "code" in value) {
    return `error(${String((value as { code: unknown }).code)})`;
  }
  return JSON.stringify(value);
}

/**
 * Installs the `CustomFunctions` runtime on `target` and runs the fake module against it, as loading
 * functions.js does; returns what `associate` recorded.
 * @example const associations = loadFakeFunctions(); associations.get("REPEAT")!("a", 2) // [["a"], ["a"]]
 */
export function loadFakeFunctions(target: object = {}): Associations {
  const associations = installCustomFunctionsRuntime(target);
  const runtime = (target as { CustomFunctions: typeof CustomFunctions }).CustomFunctions;
  runtime.associate("DESCRIBE", (range: unknown, extra: unknown) => `${describe(range)}|${describe(extra)}`);
  runtime.associate("REPEAT", (text: unknown, count: unknown) =>
    Array.from({ length: Number(count) }, (_, i) => [`${String(text)}${i + 1}`]),
  );
  runtime.associate("FAIL", (code: unknown) => {
    if (code === "na") return new runtime.Error(runtime.ErrorCode.notAvailable, "Nothing to show.");
    if (code === "div") return new runtime.Error(runtime.ErrorCode.divisionByZero);
    if (code === "num") return new runtime.Error(runtime.ErrorCode.invalidNumber, "Too big.");
    if (code === "nan") return Number.NaN;
    return new runtime.Error(runtime.ErrorCode.invalidValue, `Bad code “${String(code)}”.`);
  });
  runtime.associate("TOTAL", (values: unknown) =>
    (values as unknown[]).reduce((sum: number, v) => sum + (typeof v === "number" ? v : 0), 0),
  );
  runtime.associate("BREAK", () => {
    throw new Error("Something broke.");
  });
  runtime.associate("WHERE", (invocation: unknown) => (invocation as { address: string }).address);
  return associations;
}
