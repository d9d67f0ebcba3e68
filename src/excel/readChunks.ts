/**
 * How many rows of a table to read per request so that each stays well under Excel on the web's 5 MB
 * payload limit: a budget of 4 MB divided by an estimate of the bytes a row takes in the JSON reply
 * (columns × bytes per cell, 100 B a cell until a chunk has been read, then what the last chunk measured with a
 * 8 % margin). The first request is a small probe, so long cells are measured before large chunks are asked for.
 */

/**
 * The bytes a read request may take: 4 MB, a margin under Excel on the web's 5 MB.
 * Tested surface: exported for its tests.
 */
export const READ_BUDGET_BYTES = 4_000_000;

/** The bytes a cell is assumed to take in the reply before any has been measured. */
const ESTIMATED_BYTES_PER_CELL = 100;

/**
 * The rows per request for `cols` columns of cells taking `bytesPerCell` each: ⌊budget ÷ (cols × bytes)⌋,
 * at least 1. A table with no columns reads as if it had one.
 * @example chunkRows(9) // 4444
 * @example chunkRows(9, 500) // 888
 * @example chunkRows(100_000, 100) // 1
 */
export function chunkRows(
  cols: number,
  bytesPerCell: number = ESTIMATED_BYTES_PER_CELL,
  budget: number = READ_BUDGET_BYTES,
): number {
  const width = Math.max(1, Math.floor(cols));
  const perCell = Number.isFinite(bytesPerCell) && bytesPerCell > 0 ? bytesPerCell : ESTIMATED_BYTES_PER_CELL;
  return Math.max(1, Math.floor(budget / (width * perCell)));
}

/**
 * The rows of the first request at most: a probe that measures the cells before larger chunks follow.
 * Tested surface: exported for its tests.
 */
export const PROBE_ROWS = 256;

/**
 * The rows of the first request: {@link chunkRows} at the estimate, at most {@link PROBE_ROWS}, so a table of
 * long texts is measured before a chunk of thousands of its rows is asked for.
 * @example firstChunkRows(9) // 256
 * @example firstChunkRows(20_000) // 2
 */
export function firstChunkRows(cols: number): number {
  return Math.min(PROBE_ROWS, chunkRows(cols));
}

/** The fewest bytes a cell is planned with: a short number and its separator in the JSON reply. */
const MIN_BYTES_PER_CELL = 8;

/**
 * The margin a chunk is planned with over the bytes per cell the chunk before it measured: its reply is planned at
 * 4 MB ÷ 1.08 ≈ 3.7 MB, so 100k rows of the sample's nine columns (11 MB) take three chunks after the probe.
 * Tested surface: exported for its tests.
 */
export const PLAN_MARGIN = 1.08;

/**
 * The bytes per cell to plan the next chunk with, given a chunk just read: what it measured (its JSON size over its
 * cells, see {@link jsonBytes}) times {@link PLAN_MARGIN}, at least {@link MIN_BYTES_PER_CELL}. Rows a little
 * longer than those just read still fit under 4 MB; a run of much longer ones can take a reply over it, up to
 * Excel on the web's 5 MB; beyond, Excel refuses it and readTable reads that chunk again in halves (readTable.ts).
 * With nothing measured, the estimate.
 * @example observedBytesPerCell(JSON.stringify([["a", 1]]).length, 2) // 8
 * @example observedBytesPerCell(900_000, 3_000) // 315
 */
export function observedBytesPerCell(jsonLength: number, cells: number): number {
  if (!(cells > 0) || !(jsonLength > 0)) return ESTIMATED_BYTES_PER_CELL;
  return Math.max(MIN_BYTES_PER_CELL, (PLAN_MARGIN * jsonLength) / cells);
}

/**
 * The bytes `value` takes as JSON in UTF-8, as a request carries it (a Chinese character takes three).
 * @example jsonBytes([["阶段", 1]]) // 14
 */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one four-byte character
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
