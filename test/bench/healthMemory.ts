/**
 * The child process whose peak memory the benchmark measures (section 4). Modes:
 * - "table": it builds a pipeline table of N rows and holds it: the baseline;
 * - "health": it builds the table, then reads it and computes its health (readPipeline + pipelineHealth), keeping
 *   everything alive to the end — the whole-table path, as before issue 19;
 * - "stream": the reading included: the rows come as Excel's chunked replies would (each chunk a JSON reply of the
 *   rows the gateway's chunk planning asks for, parsed into arrays and turned into cells as readTable does), each
 *   chunk is analysed (core's openHealthStream, told the table's row count as Excel gives it before the first
 *   chunk) and dropped, so the table is never held whole.
 * Building the table (generating the sample) has a peak of its own that is not the analysis': on Linux the peak is
 * reset once the table is built (writing 5 to /proc/self/clear_refs resets VmHWM), so `peakBytes` is the most
 * memory held while the table is analysed, the table included; in "stream" it is reset before the first chunk,
 * so generating the chunks counts too. Elsewhere it falls back to maxRSS. `peakHeapBytes` is the most V8 heap used
 * seen (after each chunk, and at the end).
 * Usage: node --expose-gc healthMemory.js <rows> <table|health|stream>
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { type HealthStream, openHealthStream, pipelineHealth } from "../../src/core/health";
import { readPipeline, recogniseColumns } from "../../src/core/pipeline";
import { DEFAULT_SAMPLE_AS_OF, samplePipeline } from "../../src/workbench/samplePipeline";
import { DEFAULT_SCHEME } from "../../src/core/stages";
import { cellValue, headerText } from "../../src/excel/readTable";
import { chunkRows, firstChunkRows, jsonBytes, observedBytesPerCell } from "../../src/excel/readChunks";
import { PIPELINE_BLOCK, pipelineTable } from "./support/pipelineTable";

const [rowsArg, mode] = process.argv.slice(2);
const rows = Number(rowsArg);
if (!Number.isInteger(rows) || rows < 1 || (mode !== "table" && mode !== "health" && mode !== "stream")) {
  throw new Error("Usage: node --expose-gc healthMemory.js <rows> <table|health|stream>");
}
/** Resets the process's peak resident memory to its current size; false where the OS cannot. */
function resetPeak(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

/** The peak resident memory in bytes: VmHWM since the last reset, else maxRSS. */
function peakBytes(reset: boolean): number {
  if (reset) {
    const hwm = /VmHWM:\s*(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]) * 1024;
  }
  return process.resourceUsage().maxRSS * 1024; // maxRSS is in kilobytes
}

const HEADER = samplePipeline({ language: "zh", seed: 1, deals: 1 }).header;
let peakHeap = 0;
const sampleHeap = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};

/**
 * Excel's replies to the chunked read of `rows` rows (the sample's blocks, as pipelineTable builds them), planned
 * as the gateway plans its chunks: each chunk's JSON text, written to a file of `dir` (Excel holds the workbook, not
 * the pane: its replies are made before the peak is reset). Returns the files in order.
 */
function writeReplies(dir: string): string[] {
  const files: string[] = [];
  let perChunk = firstChunkRows(HEADER.length);
  let first = true;
  for (let block = 0, made = 0; made < rows; block++) {
    const cells = samplePipeline({
      language: "zh",
      seed: block + 1,
      deals: Math.min(PIPELINE_BLOCK, rows - made),
    }).rows as unknown[][];
    for (let at = 0; at < cells.length;) {
      const count = Math.min(perChunk, cells.length - at);
      // The first reply holds the header row too, as readTable's first chunk does.
      const values = first ? [HEADER, ...cells.slice(at, at + count)] : cells.slice(at, at + count);
      const file = path.join(dir, `${files.length}.json`);
      writeFileSync(file, JSON.stringify(values));
      files.push(file);
      perChunk = chunkRows(
        HEADER.length,
        observedBytesPerCell(jsonBytes(values), values.length * HEADER.length),
      );
      first = false;
      at += count;
    }
    made += cells.length;
  }
  return files;
}

/**
 * Reads and analyses the replies as the pane does with a table read chunk by chunk: each reply's text parsed into
 * arrays, its cells turned into the table's cells as readTable does, pushed to the analysis and dropped.
 */
function streamed(files: readonly string[]) {
  let stream: HealthStream | undefined;
  let read = 0;
  for (const file of files) {
    const values = JSON.parse(readFileSync(file, "utf8")) as unknown[][];
    let data = values;
    if (stream === undefined) {
      const header = values[0].map(headerText);
      // Excel says how many rows the table has before the first chunk (readTableInExcel's total).
      const opened = openHealthStream(
        { header, expectedRows: rows },
        {
          mapping: recogniseColumns(header).mapping,
          scheme: DEFAULT_SCHEME,
          asOf: DEFAULT_SAMPLE_AS_OF,
          dateOrder: "ymd",
        },
      );
      if (!opened.ok) throw new Error(opened.error.message.en);
      stream = opened.value;
      data = values.slice(1);
    }
    for (const row of data) for (let c = 0; c < row.length; c++) row[c] = cellValue(row[c]);
    stream.push(data);
    read += data.length;
    sampleHeap();
  }
  if (stream === undefined) throw new Error("No reply.");
  const analysed = stream.finish();
  sampleHeap();
  return { rows: read, deals: analysed.deals.length, health: analysed.health };
}

if (mode === "stream") {
  const dir = mkdtempSync(path.join(tmpdir(), "funnel-replies-"));
  try {
    const files = writeReplies(dir);
    (globalThis as { gc?: () => void }).gc?.();
    const reset = resetPeak();
    const result = streamed(files);
    console.log(
      JSON.stringify({
        rows: result.rows,
        deals: result.deals,
        kept: result.health.rowsRead,
        peakBytes: peakBytes(reset),
        peakHeapBytes: peakHeap,
        peakSince: reset ? "replies made" : "process start",
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(0);
}

const table = pipelineTable(rows);
(globalThis as { gc?: () => void }).gc?.();
const reset = resetPeak();
const kept: unknown[] = [table];
let deals = 0;
if (mode === "health") {
  const read = readPipeline(table, { scheme: DEFAULT_SCHEME });
  if (!read.ok) throw new Error(read.error.message.en);
  const health = pipelineHealth(read.value, DEFAULT_SCHEME, { asOf: DEFAULT_SAMPLE_AS_OF });
  deals = read.value.deals.length;
  kept.push(read, health);
}
sampleHeap();
console.log(
  JSON.stringify({
    rows: table.rows.length,
    deals,
    kept: kept.length,
    peakBytes: peakBytes(reset),
    peakHeapBytes: peakHeap,
    peakSince: reset ? "table built" : "process start",
  }),
);
