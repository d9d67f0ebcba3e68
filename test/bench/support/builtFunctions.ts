/**
 * The FUNNEL functions as Excel runs them: the built functions.js of a production build, run as a classic
 * script in this process's global context (as Excel's runtime runs it in its page), with `CustomFunctions`
 * (the runtime shim the tests use) as its only add-in global, and called with every declared parameter
 * (omitted ones as null). Arguments are copied through JSON, as Excel's runtime receives them.
 *
 * Not in a `vm` context of its own, as test/build/functionsBundle.test.ts loads it: there every global the
 * code reads (Math, Number, Map …) goes through the context's interceptor, which makes the functions about
 * ten times slower than in Excel — the benchmark would measure the sandbox, not the functions.
 */
import { readFileSync } from "fs";
import path from "path";
import vm from "vm";
import {
  CustomFunctionError,
  installCustomFunctionsRuntime,
  type Associations,
} from "../../../src/workbench/engine/customFunctionsRuntime";

/** A custom function as registered. */
export type CustomFunction = (...args: unknown[]) => unknown;

/** The loaded functions.js and its functions.json. */
export interface BuiltFunctions {
  /** id (upper case) → the function functions.js associated. */
  readonly associations: Associations;
  /** The build's functions.json, parsed. */
  readonly metadata: unknown;
  /** The function `id`, called with all its declared parameters (missing ones as null). */
  fn(id: string): CustomFunction;
  /** A value copied through JSON, as Excel passes arguments (no string or row shared with the original). */
  excelCopy<T>(value: T): T;
}

/**
 * Loads functions.js and functions.json from the build folder `buildDir`.
 * @example const weighted = loadBuiltFunctions(dir).fn("WEIGHTED"); weighted(amounts, stages)
 */
export function loadBuiltFunctions(buildDir: string): BuiltFunctions {
  const associations = installCustomFunctionsRuntime(globalThis);
  vm.runInThisContext(readFileSync(path.join(buildDir, "functions.js"), "utf8"), {
    filename: "functions.js",
  });
  const metadata = JSON.parse(readFileSync(path.join(buildDir, "functions.json"), "utf8")) as {
    functions: { id: string; parameters: unknown[] }[];
  };
  return {
    associations,
    metadata,
    fn(id: string): CustomFunction {
      const implementation = associations.get(id);
      const declared = metadata.functions.find((f) => f.id === id)?.parameters.length;
      if (!implementation || declared === undefined) throw new Error(`functions.js has no function ${id}.`);
      return (...args: unknown[]) => {
        const all =
          args.length >= declared ? args : [...args, ...new Array(declared - args.length).fill(null)];
        return implementation(...all);
      };
    },
    excelCopy: <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T,
  };
}

/**
 * The value a function answered (a spilled answer of one cell: that cell), or an Error carrying the Excel
 * error it answered instead.
 * @example answer(weighted(amounts, stages), "FUNNEL.WEIGHTED") // 1.23e9
 * @example answer(forecast(amounts, stages, closeDates, from, to), "FUNNEL.FORECAST") // 4.5e8, not [[4.5e8]]
 */
export function answer(value: unknown, what: string): unknown {
  const single =
    Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1
      ? (value[0][0] as unknown)
      : value;
  if (single instanceof Error || (typeof single === "object" && single !== null && "code" in single)) {
    const error = single as CustomFunctionError;
    throw new Error(`${what} answered ${String(error.code)}: ${error.message}`);
  }
  return single;
}
