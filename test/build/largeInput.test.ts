/**
 * Full-column input: the BUILT functions.js, given ranges as Excel passes a full column (1,048,576 rows:
 * the sample pipeline's 360 deals on top, blank cells below), answers exactly as it does for the 360 rows
 * alone, in a child Node process whose heap is capped.
 *
 * The cap, measured (Node 20, x64): the four full columns the calls share (amounts, stages, created,
 * closed) take 259 MB of heap by themselves, each 1,048,576 one-cell row arrays; every call below then
 * passes with the heap capped at 336 MB or more (a full GC that leaves the heap within ~10% of the cap
 * counts as out of memory for V8, which is why 288 MB is not enough even for the input alone). 384 MB
 * leaves the calls ~125 MB for their own work, while a reader that copies the columns into per-cell
 * objects twice needs over 640 MB: the control run proves that such a reader fails under this cap.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { SAMPLE_COLUMN, samplePipeline } from "../../src/workbench/samplePipeline";
import { LOST, STAGES } from "../../src/core/stages";
import * as FUNNEL from "../../src/functions/functions";
import { installCustomFunctionsRuntime } from "../../src/workbench/engine/customFunctionsRuntime";
import { productionBuild } from "./productionBuild";

jest.setTimeout(300_000);

const HEAP_CAP_MB = 384;
const WON = STAGES[STAGES.length - 1].name.zh;
const CHILD = path.join(__dirname, "fullColumnRun.cjs");

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CALLS, EXCEL_ROWS } = require("./fullColumnRun.cjs") as {
  CALLS: Record<string, (columns: Columns) => [keyof typeof FUNNEL, ...unknown[]]>;
  EXCEL_ROWS: number;
};

type Columns = Record<"amounts" | "stages" | "created" | "closed", unknown[][]>;
type Values = Record<keyof Columns, (string | number | null)[]>;

interface ChildReport {
  rows: number;
  results: Record<string, unknown>;
  heapWithInput: number;
}

/** The sample pipeline's deal columns (360 deals, 中文 stage names). */
function sampleDeals(): Values {
  const { rows } = samplePipeline({ language: "zh" });
  const column = (index: number) => rows.map((row) => row[index]);
  return {
    amounts: column(SAMPLE_COLUMN.amount),
    stages: column(SAMPLE_COLUMN.stage),
    created: column(SAMPLE_COLUMN.created),
    closed: column(SAMPLE_COLUMN.expectedClose),
  };
}

/** Runs the child under the cap; returns its exit status, report and error output. */
function runChild(mode: "functions" | "control", dealsFile: string) {
  const functionsJs = path.join(productionBuild(), "functions.js");
  const child = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_CAP_MB}`, "--expose-gc", CHILD, functionsJs, dealsFile, mode],
    { encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" }, maxBuffer: 16 * 2 ** 20 },
  );
  const line = child.stdout.trim().split("\n").pop() ?? "";
  return {
    status: child.status,
    stderr: child.stderr,
    report: line ? (JSON.parse(line) as ChildReport) : null,
  };
}

/** A result as the child prints it: errors as code and message, arrays as rows. */
function plain(result: unknown): unknown {
  if (result instanceof Error) return { error: (result as { code?: string }).code, message: result.message };
  if (Array.isArray(result)) return result.map((row: unknown[]) => row.map(plain));
  return result;
}

const deals = sampleDeals();
let dealsFile = "";
let report: ChildReport;

beforeAll(() => {
  installCustomFunctionsRuntime();
  dealsFile = path.join(mkdtempSync(path.join(os.tmpdir(), "funnel-full-column-")), "deals.json");
  writeFileSync(dealsFile, JSON.stringify(deals));
  const run = runChild("functions", dealsFile);
  if (run.status !== 0 || run.report === null)
    throw new Error(`the full-column run failed (exit ${run.status}):\n${run.stderr.slice(0, 2000)}`);
  report = run.report;
});

describe(`FUNNEL functions over full columns (${EXCEL_ROWS.toLocaleString("en")} rows) with the heap capped at ${HEAP_CAP_MB} MB`, () => {
  it("received full columns", () => {
    expect(report.rows).toBe(1_048_576);
  });

  // STAGE spills one stage per label, as far as the last filled cell: the deal rows' stages.
  it.each(Object.keys(CALLS))("%s answers as it does for the deal rows alone", (name) => {
    const trimmed = Object.fromEntries(
      Object.entries(deals).map(([key, values]) => [key, values.map((value) => [value])]),
    ) as Columns;
    const [id, ...args] = CALLS[name](trimmed);
    const fn = FUNNEL[id] as (...a: unknown[]) => unknown;
    expect(report.results[name]).toEqual(plain(fn(...args)));
  });

  it("weights the open deals by the default probabilities", () => {
    const open = new Map(STAGES.slice(0, -1).map((stage) => [stage.name.zh, stage.defaultProbability]));
    let expected = 0;
    deals.stages.forEach((stage, i) => {
      if (stage !== WON && stage !== LOST.name.zh)
        expected += Number(deals.amounts[i]) * open.get(String(stage))!;
    });
    expect(report.results.WEIGHTED).toBeCloseTo(expected, 6);
  });

  it("counts the won and lost deals for the win rate and the won deals' cycle", () => {
    const won = deals.stages.flatMap((stage, i) => (stage === WON ? [i] : []));
    const lost = deals.stages.filter((stage) => stage === LOST.name.zh).length;
    expect(won.length).toBeGreaterThan(10);
    expect(report.results.WINRATE).toBeCloseTo(won.length / (won.length + lost), 12);
    const days = won.map((i) => Number(deals.closed[i]) - Number(deals.created[i]));
    expect(report.results.CYCLETIME).toBeCloseTo(days.reduce((a, b) => a + b, 0) / days.length, 9);
  });

  it("holds the columns themselves within the cap", () => {
    expect(report.heapWithInput).toBeLessThan(HEAP_CAP_MB * 0.75);
  });
});

describe("the heap cap (control)", () => {
  it("stops a reader that copies the full columns into per-cell objects twice", () => {
    const run = runChild("control", dealsFile);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/heap out of memory/i);
  });
});
