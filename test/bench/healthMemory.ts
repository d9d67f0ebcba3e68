/**
 * The child process whose peak memory the benchmark measures (section 4): it builds a pipeline table of N rows
 * and, with "health", reads it and computes its health (readPipeline + pipelineHealth), keeping everything
 * alive to the end; then it prints its peak resident memory as JSON. With "table" it only holds the table: the
 * baseline. Building the table (generating the sample) has a peak of its own that is not the analysis': on Linux
 * the peak is reset once the table is built (writing 5 to /proc/self/clear_refs resets VmHWM), so `peakBytes` is
 * the most memory held while the table is analysed, the table included. Elsewhere it falls back to maxRSS.
 * Usage: node --expose-gc healthMemory.js <rows> <table|health>
 */
import { readFileSync, writeFileSync } from "fs";
import { pipelineHealth } from "../../src/core/health";
import { readPipeline } from "../../src/core/pipeline";
import { DEFAULT_SAMPLE_AS_OF } from "../../src/workbench/samplePipeline";
import { DEFAULT_SCHEME } from "../../src/core/stages";
import { pipelineTable } from "./support/pipelineTable";

const [rowsArg, mode] = process.argv.slice(2);
const rows = Number(rowsArg);
if (!Number.isInteger(rows) || rows < 1 || (mode !== "table" && mode !== "health")) {
  throw new Error("Usage: node --expose-gc healthMemory.js <rows> <table|health>");
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
console.log(
  JSON.stringify({
    rows: table.rows.length,
    deals,
    kept: kept.length,
    peakBytes: peakBytes(reset),
    peakSince: reset ? "table built" : "process start",
  }),
);
