/**
 * Section 8: the custom-function calls of a pipeline-health report — how many it makes and what the largest
 * one receives, at 10,000 and 100,000 rows, against Excel on the web's cap on one call's payload (5 MB,
 * office-js #4654). Each call receives whole data columns; the report spills one call per table and writes
 * as values the figures whose call would pass the cap (src/core/reports/callPayload.ts). Baseline from the
 * same run: the report as it was, one call per live cell and no cap (the same spec built without the cap,
 * its live cells counted one call each).
 */
import { pipelineHealth } from "../../../src/core/health";
import { readPipeline, type ColumnRole } from "../../../src/core/pipeline";
import {
  BYTES_PER_CELL,
  buildHealthReport,
  CALL_PAYLOAD_LIMIT,
  callPayloadBytes,
  DATA_NAMES,
  LIVE_FILL,
} from "../../../src/core/reports";
import type { SheetSpec } from "../../../src/core/sheet";
import { DEFAULT_SCHEME } from "../../../src/core/stages";
import { DEFAULT_SAMPLE_AS_OF } from "../../../src/workbench/samplePipeline";
import { pipelineTable, type PipelineTableData } from "../support/pipelineTable";
import { count, times, verdict, type BenchRow, type BenchSection } from "../support/report";

const SIZES = [10_000, 100_000] as const;
const SHEET = "商机";

/** The role each data name stands for. */
const ROLE_OF: ReadonlyMap<string, ColumnRole> = new Map(
  (Object.entries(DATA_NAMES) as [ColumnRole, string][]).map(([role, name]) => [name, role]),
);

/** One FUNNEL call of a report: its function and the data roles it is passed. */
interface ReportCall {
  readonly fn: string;
  readonly roles: readonly ColumnRole[];
}

/** The FUNNEL calls of a spec: one per formula holding one (the report's formulas hold one call each). */
function reportCalls(spec: SheetSpec): ReportCall[] {
  return spec.cells.flatMap((cell) => {
    const fn = /FUNNEL\.[A-Z]+/.exec(cell.formula ?? "")?.[0];
    if (fn === undefined) return [];
    const names = (cell.formula ?? "").match(/FUNNEL_DATA_[A-Z]+/g) ?? [];
    return [{ fn, roles: names.map((name) => ROLE_OF.get(name) as ColumnRole) }];
  });
}

/** The bytes of the JSON of a column as Excel passes it: `[[v],[v],…]`, a blank cell as null. */
function columnJsonBytes(table: PipelineTableData, col: number): number {
  return Buffer.byteLength(JSON.stringify(table.rows.map((row) => [row[col] ?? null])));
}

/** The report of a `rows`-row sample table, with the cap and without it, and what its calls receive. */
function reportFigures(rows: number) {
  const table = pipelineTable(rows);
  const cells = table.rows.map((row) => row.map((cell) => cell ?? ""));
  const pipeline = readPipeline({ header: table.header, rows: cells }, { scheme: DEFAULT_SCHEME });
  if (!pipeline.ok) throw new Error(pipeline.error.message.en);
  const health = pipelineHealth(pipeline.value, DEFAULT_SCHEME, { asOf: DEFAULT_SAMPLE_AS_OF });
  const { mapping } = pipeline.value;
  const source = { sheet: SHEET, headerRow: 0, firstCol: 0, rowCount: rows, mapping };
  const build = (payloadLimit?: number) =>
    buildHealthReport(health, source, {
      language: "zh",
      forecast: { deals: pipeline.value.deals },
      ...(payloadLimit !== undefined ? { payloadLimit } : {}),
    });
  const [spec, uncapped] = [build(), build(Infinity)];
  const liveCells = (sheet: SheetSpec) => sheet.cells.filter((cell) => cell.style?.fill === LIVE_FILL).length;
  const measured = new Map<ColumnRole, number>();
  const jsonBytes = (call: ReportCall) =>
    call.roles.reduce((sum, role) => {
      if (!measured.has(role)) measured.set(role, columnJsonBytes(table, mapping[role] as number));
      return sum + (measured.get(role) as number);
    }, 0);
  const largest = (calls: readonly ReportCall[]) => {
    let top: ReportCall | undefined;
    for (const call of calls) if (top === undefined || call.roles.length > top.roles.length) top = call;
    return top === undefined
      ? { fn: "none", estimate: 0, json: 0 }
      : { fn: top.fn, estimate: callPayloadBytes(rows, top.roles.length), json: jsonBytes(top) };
  };
  const calls = reportCalls(spec);
  // What a cell of each column the report passes takes in the JSON, for the notes.
  for (const call of reportCalls(uncapped)) jsonBytes(call);
  return {
    rows,
    calls: calls.length,
    perCell: liveCells(uncapped),
    asValues: liveCells(uncapped) - liveCells(spec),
    largest: largest(calls),
    uncappedLargest: largest(reportCalls(uncapped)),
    bytesPerCell: [...measured.entries()].map(([role, bytes]) => `${role} ${(bytes / rows).toFixed(1)}`),
  };
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;

/**
 * Counts a report's custom-function calls and sizes the largest at each size.
 * @example (await functionCallsSection()).rows.length // 4
 */
export function functionCallsSection(): BenchSection {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  for (const size of SIZES) {
    const report = reportFigures(size);
    rows.push({
      figure: "Report: FUNNEL calls (one per table or tile)",
      size: `${count(size)} rows`,
      value: `${report.calls} calls`,
      baseline: `per cell: ${report.perCell} calls`,
      ratio: times(report.calls / report.perCell),
      target: "",
      verdict: "",
    });
    const { largest, uncappedLargest } = report;
    rows.push({
      figure: `Report: largest payload of one call (${largest.fn}; JSON ${megabytes(largest.json)})`,
      size: `${count(size)} rows`,
      value: `${megabytes(largest.estimate)} est.`,
      baseline: `per cell, no cap: ${megabytes(uncappedLargest.estimate)} (${uncappedLargest.fn}; JSON ${megabytes(uncappedLargest.json)})`,
      ratio: times(largest.estimate / CALL_PAYLOAD_LIMIT),
      target: `≤ ${megabytes(CALL_PAYLOAD_LIMIT)}`,
      verdict: verdict(largest.estimate <= CALL_PAYLOAD_LIMIT),
    });
    notes.push(
      `${count(size)} rows: ${report.asValues} live cells written as values for the cap; JSON bytes a cell: ${report.bytesPerCell.join(", ")}.`,
    );
  }
  return {
    title: "Custom-function calls of a pipeline-health report (sample pipeline, with the forecast section)",
    rows,
    notes: [
      `Payload estimate = rows × data columns passed × ${BYTES_PER_CELL} B (callPayload.ts); JSON = the passed columns as`,
      "Excel passes them ([[v],…], UTF-8). Baseline: the same report built without the cap, each live cell one call",
      "(the report before it spilled one call per table). Ratio of the payload: estimate ÷ the 5 MB cap.",
      ...notes,
    ],
  };
}
