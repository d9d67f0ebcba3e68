/**
 * The `CustomFunctions` global that Excel provides to functions.js, for places without Excel: jest
 * and the workbench. `associate` records each id → function, exactly as functions.js calls it when
 * Excel loads it; `Error` and `ErrorCode` behave as the Office runtime's do. Never shipped.
 */

/** Excel's custom-function error codes, with the values the Office runtime uses. */
export enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

/** A custom-function error value: an Excel error code and an optional message. */
export class CustomFunctionError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string) {
    super(message ?? "");
    this.code = code;
    this.name = "CustomFunctions.Error";
  }
}

/** The registry that `associate` fills: custom-function id (upper case) → implementation. */
export type Associations = Map<string, (...args: unknown[]) => unknown>;

/**
 * Installs a `CustomFunctions` global on `target` (globalThis by default) and returns the map that
 * its `associate` fills.
 * @example const registered = installCustomFunctionsRuntime(); require("./functions"); registered.get("STAGE")
 */
export function installCustomFunctionsRuntime(target: object = globalThis): Associations {
  const associations: Associations = new Map();
  const runtime = {
    Error: CustomFunctionError,
    ErrorCode,
    associate(
      idOrMap: string | Record<string, (...args: unknown[]) => unknown>,
      fn?: (...args: unknown[]) => unknown,
    ) {
      if (typeof idOrMap === "string") {
        if (fn) associations.set(idOrMap.toUpperCase(), fn);
        return;
      }
      for (const [id, f] of Object.entries(idOrMap)) associations.set(id.toUpperCase(), f);
    },
  };
  (target as { CustomFunctions?: unknown }).CustomFunctions = runtime;
  return associations;
}
