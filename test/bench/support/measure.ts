/**
 * Timing for the benchmark: the median of several runs after warm-up runs, with a garbage collection
 * before the timed runs when Node runs with --expose-gc (so earlier garbage is not collected during them;
 * not before each run: with a million-row table in memory a full collection takes longer than most runs).
 * The last run's result stays in {@link sink}. Timings are printed, never asserted: machines are noisy.
 */
import os from "os";

/** How many runs to time and how many to run first untimed (so V8 has optimised the code). */
export interface RunCounts {
  readonly runs: number;
  readonly warmup: number;
}

/** Results are kept here so that no computation can be optimised away. */
export const sink: unknown[] = [];

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

/**
 * The median of a list of numbers.
 * @example median([3, 1, 2]) // 2
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The median time of `run` in milliseconds, after `counts.warmup` untimed runs.
 * @example medianMs(() => weighted(amounts, stages), { runs: 5, warmup: 2 }) // 12.3
 */
export function medianMs(run: () => unknown, counts: RunCounts): number {
  for (let i = 0; i < counts.warmup; i++) sink[0] = run();
  collect();
  const times: number[] = [];
  for (let i = 0; i < counts.runs; i++) {
    const start = process.hrtime.bigint();
    sink[0] = run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/**
 * The median times of several computations measured side by side: after the warm-up runs, each round runs
 * each of them once, in turn, so that a slow moment of a noisy machine weighs on all of them alike (the
 * table reads their ratios). Also the last result of each.
 * @example const { ms, last } = medianMsSideBySide([() => fn(columns), () => floor(columns)], { runs: 5, warmup: 2 });
 */
export function medianMsSideBySide(
  runs: readonly (() => unknown)[],
  counts: RunCounts,
): { ms: number[]; last: unknown[] } {
  const last = runs.map(() => undefined as unknown);
  for (let i = 0; i < counts.warmup; i++) runs.forEach((run, k) => (last[k] = run()));
  collect();
  const times = runs.map((): number[] => []);
  for (let i = 0; i < counts.runs; i++) {
    runs.forEach((run, k) => {
      const start = process.hrtime.bigint();
      last[k] = run();
      times[k].push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  return { ms: times.map(median), last };
}

/**
 * {@link medianMs} for an asynchronous run.
 * @example await medianMsAsync(() => gateway.readTable(source), { runs: 3, warmup: 1 })
 */
export async function medianMsAsync(run: () => Promise<unknown>, counts: RunCounts): Promise<number> {
  for (let i = 0; i < counts.warmup; i++) sink[0] = await run();
  collect();
  const times: number[] = [];
  for (let i = 0; i < counts.runs; i++) {
    const start = process.hrtime.bigint();
    sink[0] = await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/**
 * The machine and Node version the figures were measured on, and when.
 * @example machineLine() // "Intel(R) Xeon(R) Processor, 2 cores · Node v20.20.2 · 2025-11-27 10:57 UTC"
 */
export function machineLine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? "unknown CPU";
  const when = new Date().toISOString().slice(0, 16).replace("T", " ");
  return `${model}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB · Node ${process.version} (${process.arch}) · ${when} UTC`;
}
