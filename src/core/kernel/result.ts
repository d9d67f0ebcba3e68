/**
 * Errors are values in core: every calculation that can fail returns a {@link Result}.
 * The custom-function layer turns a failure into `CustomFunctions.Error` in one place;
 * the task pane shows it in a MessageBar.
 */
import type { Bilingual } from "./bilingual";

/** The Excel error a failure maps to: `#VALUE!`, `#N/A`, `#NUM!` or `#DIV/0!`. */
export type FunnelErrorCode = "VALUE" | "NA" | "NUM" | "DIV0";

/** A failure: which Excel error it becomes and a message (中文 and English) that says what to fix. */
export interface FunnelError {
  readonly code: FunnelErrorCode;
  readonly message: Bilingual;
}

/** The outcome of a calculation: a value, or an error that says what to fix. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: FunnelError };

/**
 * Wraps a value as a successful result.
 * @example ok(3) // { ok: true, value: 3 }
 */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Builds a failed result.
 * @example fail("VALUE", { en: "Unknown stage “foo”.", zh: "未知阶段“foo”。" })
 */
export function fail(code: FunnelErrorCode, message: Bilingual): Result<never> {
  return { ok: false, error: { code, message } };
}
