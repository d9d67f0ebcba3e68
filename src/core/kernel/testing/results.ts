/** Test helpers: unwrap a Result, failing the test with the other side's content. Never shipped. */
import type { FunnelError, Result } from "../result";

/**
 * The value of a successful result; throws (failing the test) with the error's message otherwise.
 * @example valueOf(DEFAULT_SCHEME.resolve("谈判"))
 */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.message.en}`);
  return result.value;
}

/**
 * The error of a failed result; throws (failing the test) with the value otherwise.
 * @example errorOf(DEFAULT_SCHEME.resolve("bogus")).code // "VALUE"
 */
export function errorOf<T>(result: Result<T>): FunnelError {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}
