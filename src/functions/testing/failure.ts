/**
 * Test helper: the failure a reader or a declared computation stops the call with. Used by jest only.
 */
import type { FunnelError } from "../../core/kernel";
import { FunctionFailure } from "../errors";

/**
 * Runs `body` and returns the core error it stopped with; fails the test if it returns normally or
 * throws anything else.
 * @example expect(failureOf(() => readList([[1, 2], [3, 4]], "stages")).code).toBe("VALUE")
 */
export function failureOf(body: () => unknown): FunnelError {
  try {
    body();
  } catch (caught) {
    if (caught instanceof FunctionFailure) return caught.error;
    throw caught;
  }
  throw new Error("expected the call to fail, but it returned");
}
