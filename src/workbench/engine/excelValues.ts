/**
 * The two conversions between the engine (HyperFormula) and a custom function, done the way Excel does them:
 * arguments go in as Excel hands them to JavaScript, results come back as Excel would show them.
 *
 * In:  a range → a 2-D array (rows of cells); a blank cell → null; an error cell → a CustomFunctions.Error
 *      with Excel's code; a date (or time, currency, percent) typed as text → its number; a single value given
 *      to a range parameter → a 1×1 array; an omitted argument → null.
 * Out: a number, text or boolean as it is; a CustomFunctions.Error → the engine error with the same code and
 *      its message; a 2-D array → a spill (a 1×1 array is its value); null → 0 (as Excel shows it);
 *      NaN or ±∞ → #NUM!; anything else (a Promise, an object, a 1-D array) → #VALUE! saying why.
 */
import { CellError, EmptyValue, ErrorType, SimpleRangeValue } from "hyperformula";
import { CustomFunctionError, ErrorCode } from "./customFunctionsRuntime";
import type { Dimensionality } from "./functionsMetadata";

/** What a custom function's result becomes in the engine: a scalar, or an array to spill. */
export type EngineResult = number | string | boolean | CellError | SimpleRangeValue;

/** Excel's error text for each engine error type. */
const EXCEL_CODE: Readonly<Record<ErrorType, string>> = {
  [ErrorType.DIV_BY_ZERO]: ErrorCode.divisionByZero,
  [ErrorType.NAME]: ErrorCode.invalidName,
  [ErrorType.VALUE]: ErrorCode.invalidValue,
  [ErrorType.NUM]: ErrorCode.invalidNumber,
  [ErrorType.NA]: ErrorCode.notAvailable,
  [ErrorType.REF]: ErrorCode.invalidReference,
  [ErrorType.CYCLE]: "#CYCLE!",
  [ErrorType.SPILL]: "#SPILL!",
  [ErrorType.LIC]: "#LIC!",
  [ErrorType.ERROR]: "#ERROR!",
};

const ENGINE_TYPE: ReadonlyMap<string, ErrorType> = new Map(
  (Object.entries(EXCEL_CODE) as [ErrorType, string][]).map(([type, code]) => [code, type]),
);

/**
 * The Excel error text (`#N/A`, `#VALUE!` …) of an engine error.
 * Tested surface: exported for its tests.
 * @example excelErrorCode(new CellError(ErrorType.NA)) // "#N/A"
 */
export function excelErrorCode(error: CellError): string {
  return EXCEL_CODE[error.type] ?? "#VALUE!";
}

/**
 * Whether a value is one of the engine's typed numbers (a date, time, currency or percent it parsed from
 * typed text, e.g. 2025-09-30): an object holding the number as `val`. HyperFormula does not export the
 * class, so its shape is checked.
 */
function isTypedNumber(value: unknown): value is { val: number } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { val?: unknown }).val === "number" &&
    typeof (value as { getDetailedType?: unknown }).getDetailedType === "function"
  );
}

/** One cell of an argument, as Excel gives it: a date typed as text arrives as its serial number. */
function cellArgument(value: unknown): unknown {
  if (value === EmptyValue || value === undefined || value === null) return null;
  if (value instanceof CellError) {
    return new CustomFunctionError(excelErrorCode(value) as ErrorCode, value.message || undefined);
  }
  if (isTypedNumber(value)) return value.val;
  return value;
}

/**
 * An argument for a custom function, as Excel passes it for a parameter of this dimensionality.
 * @example excelArgument(SimpleRangeValue.onlyValues([[1], [EmptyValue]]), "matrix") // [[1], [null]]
 * @example excelArgument("谈判", "matrix") // [["谈判"]]
 * @example excelArgument(undefined, "scalar") // null (an omitted argument)
 */
export function excelArgument(value: unknown, dimensionality: Dimensionality): unknown {
  if (value === undefined) return null;
  if (value instanceof SimpleRangeValue) {
    const rows = value.rawData().map((row) => row.map(cellArgument));
    return dimensionality === "matrix" ? rows : (rows[0]?.[0] ?? null);
  }
  return dimensionality === "matrix" ? [[cellArgument(value)]] : cellArgument(value);
}

/**
 * Whether a value is a custom-function error (`CustomFunctions.Error`, from any copy of the runtime):
 * an object with an Excel error `code` such as "#N/A".
 * Tested surface: exported for its tests.
 * @example isCustomFunctionError(new CustomFunctionError(ErrorCode.notAvailable)) // true
 */
export function isCustomFunctionError(value: unknown): value is { code: string; message?: string } {
  if (typeof value !== "object" || value === null) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#");
}

/**
 * The engine error for a custom-function error: the same Excel code, and its message.
 * An unknown code becomes #VALUE! whose message starts with that code.
 * Tested surface: exported for its tests.
 * @example engineError(new CustomFunctionError(ErrorCode.invalidValue, "Unknown stage")) // #VALUE! “Unknown stage”
 */
export function engineError(error: { code: string; message?: string }): CellError {
  const message = error.message ? error.message : undefined;
  const type = ENGINE_TYPE.get(error.code);
  if (type !== undefined) return new CellError(type, message);
  return new CellError(ErrorType.VALUE, [error.code, message].filter(Boolean).join(" "));
}

const valueError = (message: string) => new CellError(ErrorType.VALUE, message);

/** One cell of a result, as the engine stores it. */
function cellResult(value: unknown): number | string | boolean | CellError {
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? value
      : new CellError(ErrorType.NUM, "The result is not a finite number.");
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (isCustomFunctionError(value)) return engineError(value);
  if (value instanceof Promise) return valueError("An asynchronous result cannot be shown in the workbench.");
  return valueError(
    `The function returned a value Excel cannot show (${Object.prototype.toString.call(value)}).`,
  );
}

/**
 * The size (rows × columns) of a custom function's result: 1 × 1 for a single value, else the size of
 * its 2-D array (the widest row counts). `undefined` when the result is an array Excel would refuse.
 * @example resultSize([["a"], ["b"]]) // { rows: 2, columns: 1 }
 * @example resultSize(0.35) // { rows: 1, columns: 1 }
 */
export function resultSize(result: unknown): { rows: number; columns: number } | undefined {
  if (!Array.isArray(result)) return { rows: 1, columns: 1 };
  if (result.length === 0 || !result.every((row) => Array.isArray(row))) return undefined;
  const columns = Math.max(...result.map((row: unknown[]) => row.length));
  return columns === 0 ? undefined : { rows: result.length, columns };
}

/**
 * A custom function's result as the engine shows it (see the module comment). A function whose metadata
 * declares a single value (`scalar`) and returns an array gets #VALUE!, as Excel cannot spill it.
 * @example engineResult([["a"], ["b"]], "matrix") // a 2 × 1 spill
 * @example engineResult([[7]], "matrix") // 7
 * @example engineResult(null, "scalar") // 0
 */
export function engineResult(result: unknown, declared: Dimensionality): EngineResult {
  if (!Array.isArray(result)) return cellResult(result);
  const size = resultSize(result);
  if (size === undefined) return valueError("The function returned an empty or one-dimensional array.");
  if (size.rows === 1 && size.columns === 1) return cellResult(result[0][0]);
  if (declared === "scalar") {
    return valueError("The function is declared to return one value but returned an array.");
  }
  const rows = (result as unknown[][]).map((row) =>
    Array.from({ length: size.columns }, (_, c) =>
      c < row.length
        ? cellResult(row[c])
        : new CellError(ErrorType.NA, "The row is shorter than the others."),
    ),
  );
  return SimpleRangeValue.onlyValues(rows);
}
