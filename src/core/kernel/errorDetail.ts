/**
 * The text of something thrown, for a message that quotes it: an exception can be any value, not only an
 * Error, and every layer that turns one into a failure quotes it the same way.
 */

/**
 * What a thrown value says: an Error's message, anything else as text.
 * @example errorDetail(new Error("host gone")) // "host gone"
 * @example errorDetail("gone") // "gone"
 */
export function errorDetail(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}
