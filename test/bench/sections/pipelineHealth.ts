/**
 * Section 4: pipeline-health analytics (readPipeline + pipelineHealth, as the task pane runs them) on 100,000
 * rows, against one pass over the table's cells; and the peak memory on 1,048,576 rows of a child process
 * (healthMemory.ts) that reads and analyses the table chunk by chunk as the gateway hands it (issue 19), and of
 * one that analyses the whole table it holds (the path before), against a child holding only the table.
 */
import { execFileSync } from "child_process";
import path from "path";
import { pipelineHealth } from "../../../src/core/health";
import { readPipeline } from "../../../src/core/pipeline";
import { DEFAULT_SAMPLE_AS_OF } from "../../../src/workbench/samplePipeline";
import { DEFAULT_SCHEME } from "../../../src/core/stages";
import { medianMs } from "../support/measure";
import { pipelineTable, type PipelineTableData } from "../support/pipelineTable";
import { count, mb, ms, times, verdict, type BenchSection } from "../support/report";

const TIMED_ROWS = 100_000;
const MEMORY_ROWS = 1_048_576;
const TIME_TARGET_MS = 500;
const MEMORY_TARGET_BYTES = 350 * 2 ** 20;

/** The health of a table, as the task pane computes it. */
function analyse(table: PipelineTableData) {
  const read = readPipeline(table, { scheme: DEFAULT_SCHEME });
  if (!read.ok) throw new Error(read.error.message.en);
  return pipelineHealth(read.value, DEFAULT_SCHEME, { asOf: DEFAULT_SAMPLE_AS_OF });
}

/** One pass over every cell of the table (the least any reading of it costs). */
function touchEveryCell(table: PipelineTableData): number {
  let filled = 0;
  for (const row of table.rows)
    for (let c = 0; c < row.length; c++) if (row[c] !== null && row[c] !== "") filled++;
  return filled;
}

/** The peak resident memory and V8 heap of a child that holds, analyses, or streams `rows` rows. */
function childPeak(rows: number, mode: "table" | "health" | "stream"): { rss: number; heap: number } {
  const script = path.join(__dirname, "healthMemory.js");
  const out = execFileSync(process.execPath, ["--expose-gc", script, String(rows), mode], {
    encoding: "utf8",
  });
  const peak = JSON.parse(out.trim().split("\n").pop() ?? "{}") as {
    peakBytes: number;
    peakHeapBytes: number;
  };
  return { rss: peak.peakBytes, heap: peak.peakHeapBytes };
}

/**
 * Measures pipeline health's time on 100k rows and its peak memory on 1M rows.
 * @example pipelineHealthSection().rows.length // 2
 */
export function pipelineHealthSection(): BenchSection {
  const table = pipelineTable(TIMED_ROWS);
  const healthMs = medianMs(() => analyse(table), { runs: 5, warmup: 1 });
  const passMs = medianMs(() => touchEveryCell(table), { runs: 5, warmup: 1 });
  const baseline = childPeak(MEMORY_ROWS, "table");
  const whole = childPeak(MEMORY_ROWS, "health");
  const stream = childPeak(MEMORY_ROWS, "stream");
  return {
    title: "Pipeline health analytics (readPipeline + pipelineHealth on the sample pipeline's columns, 中文)",
    rows: [
      {
        figure: "Pipeline health, time",
        size: `${count(TIMED_ROWS)} rows`,
        value: ms(healthMs),
        baseline: `one pass over the cells ${ms(passMs)}`,
        ratio: times(healthMs / passMs),
        target: `≤ ${TIME_TARGET_MS} ms`,
        verdict: verdict(healthMs <= TIME_TARGET_MS),
      },
      {
        figure: "Pipeline health, peak memory: read chunk by chunk + analysis (RSS / heap)",
        size: `${count(MEMORY_ROWS)} rows`,
        value: `${mb(stream.rss)} / ${mb(stream.heap)}`,
        baseline: `table only ${mb(baseline.rss)} / ${mb(baseline.heap)}`,
        ratio: times(stream.rss / baseline.rss),
        target: `≤ ${mb(MEMORY_TARGET_BYTES)}`,
        verdict: verdict(stream.rss <= MEMORY_TARGET_BYTES),
      },
      {
        figure: "The same, whole table held then analysed (before issue 19)",
        size: `${count(MEMORY_ROWS)} rows`,
        value: `${mb(whole.rss)} / ${mb(whole.heap)}`,
        baseline: `table only ${mb(baseline.rss)} / ${mb(baseline.heap)}`,
        ratio: times(whole.rss / baseline.rss),
        target: "—",
        verdict: "",
      },
    ],
    notes: [
      "Peak memory: the most resident memory (and V8 heap) of a child process. Read chunk by chunk: the rows come as Excel's chunked JSON replies (planned as the gateway plans them), each analysed and dropped, peak counted from before the first chunk, reading included. Whole table: the child analyses the table (9 columns) it holds, peak reset once the table is built. The baseline child only holds the table.",
    ],
  };
}
