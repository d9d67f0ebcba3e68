/**
 * What one custom-function call of the report receives, estimated before the report is written, against
 * the cap Excel on the web sets on it (office-js #4654: one call's payload is at most 5 MB; above it the
 * cell ends in #CALC! or #BUSY!). The report passes whole data columns to its functions, so a call
 * receives rows × columns cells; where that could pass the cap the report writes the figures as values.
 */

/** Excel on the web's cap on the payload of one custom-function call: 5 MB, read as 5,000,000 bytes. */
export const CALL_PAYLOAD_LIMIT = 5_000_000;

/**
 * The bytes one cell of a passed column is counted as, in the JSON of a call (`[[v],[v],…]`): the `[…],`
 * of its row (3) and at most 21 for its value — an amount of up to 17 significant digits with its sign
 * and point (1234567.8900000001: 18 characters), an Excel date (5 digits), or a stage label with its
 * quotes of up to 6 Chinese characters in UTF-8 (20 bytes) or 19 ASCII ones ("Project established").
 * A bound for the report's columns, not a measure of one cell: the sample pipeline's columns take 8
 * (dates) to 15 (stage labels) bytes a cell (docs/performance.md).
 */
export const BYTES_PER_CELL = 24;

/**
 * The bytes a call receives when passed `columns` whole columns of `rows` data rows.
 * @example callPayloadBytes(100_000, 3) // 7_200_000
 */
export function callPayloadBytes(rows: number, columns: number): number {
  return rows * columns * BYTES_PER_CELL;
}

/**
 * Whether a call passed `columns` columns of `rows` rows stays within `limit` bytes (by default
 * {@link CALL_PAYLOAD_LIMIT}).
 * @example fitsCallPayload(10_000, 4) // true (0.96 MB)
 * @example fitsCallPayload(100_000, 3) // false (7.2 MB)
 */
export function fitsCallPayload(rows: number, columns: number, limit = CALL_PAYLOAD_LIMIT): boolean {
  return callPayloadBytes(rows, columns) <= limit;
}

/**
 * The most rows a call passed `columns` columns may have within the cap.
 * @example maxRowsWithinPayload(3) // 69_444
 */
export function maxRowsWithinPayload(columns: number): number {
  return Math.floor(CALL_PAYLOAD_LIMIT / (columns * BYTES_PER_CELL));
}
