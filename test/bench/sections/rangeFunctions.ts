/**
 * Section 1: every range function on 10k, 100k and 1,048,576 rows as Excel passes them, through the built
 * functions.js, as milliseconds per call and as a multiple of the reading floor (reading the same Excel
 * arrays, nothing else: support/floors.ts' readFloor), which the target is set against (issue 19 §3) — and,
 * for reference, of its floor (the same arithmetic on resolved typed arrays). Each function's answer is
 * checked against its floor's first.
 */
import { answer, type BuiltFunctions } from "../support/builtFunctions";
import {
  FORECAST_PERIOD,
  firstRows,
  pipelineColumns,
  type Column,
  type PipelineColumns,
} from "../support/excelColumns";
import {
  conversionFloor,
  coverageFloor,
  cycleTimeFloor,
  forecastExpectedFloor,
  forecastP90Floor,
  reachedFloor,
  readFloor,
  velocityFloor,
  weightedFloor,
  winRateFloor,
} from "../support/floors";
import { medianMsSideBySide, type RunCounts } from "../support/measure";
import { count, ms, times, verdict, type BenchRow, type BenchSection } from "../support/report";

/** The sizes measured: 10k, 100k and Excel's whole column. */
export const RANGE_SIZES = [10_000, 100_000, 1_048_576] as const;
const FULL_COLUMN = 1_048_576;
/** A function may take at most this multiple of the reading floor at 1M rows (issue 19 §3). */
const READ_TARGET = 1.5;
const COVERAGE_TARGET = 1e9;
const COVERAGE_WON = 1e8;
/** Runs by size: the median of 7 runs after 10, 2 and 2 warm-up runs (the first size warms the code up). */
const RUNS: readonly RunCounts[] = [
  { runs: 7, warmup: 10 },
  { runs: 7, warmup: 2 },
  { runs: 7, warmup: 2 },
];

/** One function call of the table, with its floor. */
interface RangeCase {
  readonly figure: string;
  /** Calls the built function on the columns. */
  readonly call: (c: PipelineColumns) => unknown;
  /** The Excel columns the function reads. */
  readonly reads: (c: PipelineColumns) => Column[];
  /** The floor's answer on the resolved columns. */
  readonly floor: (c: PipelineColumns) => number;
  /** The function's answer as the number to compare with the floor's. */
  readonly figureOf?: (answer: unknown) => number;
}

function cases(built: BuiltFunctions): RangeCase[] {
  const [weighted, conversion, winrate, forecast, coverage, cycletime, velocity] = [
    "WEIGHTED",
    "CONVERSION",
    "WINRATE",
    "FORECAST",
    "COVERAGE",
    "CYCLETIME",
    "VELOCITY",
  ].map((id) => built.fn(id));
  const { from, to } = FORECAST_PERIOD;
  const dealColumns = (c: PipelineColumns) => [c.amounts, c.stages];
  const forecastColumns = (c: PipelineColumns) => [c.amounts, c.stages, c.closeDates];
  const all: RangeCase[] = [
    {
      figure: "FUNNEL.WEIGHTED",
      call: (c) => weighted(c.amounts, c.stages),
      reads: dealColumns,
      floor: weightedFloor,
    },
    {
      figure: "FUNNEL.CONVERSION rate (意向→成交)",
      call: (c) => conversion(c.stages, "意向", "成交"),
      reads: (c) => [c.stages],
      floor: (c) => conversionFloor(c, 2, 6),
    },
    {
      figure: "FUNNEL.CONVERSION table",
      call: (c) => conversion(c.stages),
      reads: (c) => [c.stages],
      floor: (c) => reachedFloor(c)[0],
      // The table's first stage row: the deals that reached the first stage.
      figureOf: (table) => (table as unknown[][])[1][1] as number,
    },
    {
      figure: "FUNNEL.WINRATE",
      call: (c) => winrate(c.stages),
      reads: (c) => [c.stages],
      floor: winRateFloor,
    },
    {
      figure: "FUNNEL.FORECAST expected",
      call: (c) => forecast(c.amounts, c.stages, c.closeDates, from, to),
      reads: forecastColumns,
      floor: forecastExpectedFloor,
    },
    {
      figure: "FUNNEL.FORECAST p90",
      call: (c) => forecast(c.amounts, c.stages, c.closeDates, from, to, "p90"),
      reads: forecastColumns,
      floor: forecastP90Floor,
    },
    {
      figure: "FUNNEL.COVERAGE",
      call: (c) => coverage(c.amounts, c.stages, COVERAGE_TARGET, COVERAGE_WON),
      reads: dealColumns,
      floor: (c) => coverageFloor(c, COVERAGE_TARGET, COVERAGE_WON),
    },
    {
      figure: "FUNNEL.CYCLETIME (won deals)",
      call: (c) => cycletime(c.created, c.closeDates, c.stages),
      reads: (c) => [c.created, c.closeDates, c.stages],
      floor: cycleTimeFloor,
    },
    {
      figure: "FUNNEL.VELOCITY",
      call: (c) => velocity(c.amounts, c.stages, c.created, c.closeDates),
      reads: (c) => [c.amounts, c.stages, c.created, c.closeDates],
      floor: velocityFloor,
    },
  ];
  // RANGE_CASE=<part of a figure> measures only the cases it names (e.g. to profile one function).
  const only = process.env.RANGE_CASE;
  return only ? all.filter((c) => c.figure.includes(only)) : all;
}

/** Throws when the function's figure and the floor's differ beyond rounding: then the floor is not a floor. */
function checkSameFigure(figure: string, rows: number, got: number, expected: number): void {
  if (Math.abs(got - expected) <= 1e-9 * Math.max(1, Math.abs(expected))) return;
  throw new Error(`${figure} on ${rows} rows gave ${got}; its floor gave ${expected}.`);
}

/** The whole column, its Excel arrays copied as Excel passes them (the generated ones are let go). */
function excelColumns(built: BuiltFunctions): PipelineColumns {
  const generated = pipelineColumns(FULL_COLUMN);
  return {
    ...generated,
    amounts: built.excelCopy(generated.amounts),
    stages: built.excelCopy(generated.stages),
    created: built.excelCopy(generated.created),
    closeDates: built.excelCopy(generated.closeDates),
  };
}

/**
 * Measures every range function at every size.
 * @example const section = rangeFunctionsSection(loadBuiltFunctions(dir));
 */
export function rangeFunctionsSection(built: BuiltFunctions): BenchSection {
  const all = excelColumns(built);
  // Warm up on the middle size first, so that even the smallest size runs optimised code.
  const warmUp = firstRows(all, RANGE_SIZES[1]);
  for (const test of cases(built)) for (let i = 0; i < 3; i++) test.call(warmUp);
  const rows: BenchRow[] = [];
  RANGE_SIZES.forEach((size, s) => {
    const columns = firstRows(all, size);
    const full = size === FULL_COLUMN;
    for (const test of cases(built)) {
      const reads = test.reads(columns);
      const { ms: medians, last } = medianMsSideBySide(
        [() => test.call(columns), () => test.floor(columns), () => readFloor(reads)],
        RUNS[s],
      );
      const [fnMs, floorMs, readMs] = medians;
      const got = answer(last[0], test.figure);
      checkSameFigure(test.figure, size, (test.figureOf ?? Number)(got), last[1] as number);
      const ratio = fnMs / readMs;
      rows.push({
        figure: test.figure,
        size: `${count(size)} rows`,
        value: ms(fnMs),
        baseline: `read ${ms(readMs)} · floor ${ms(floorMs)}`,
        ratio: `${times(ratio)} read (${times(fnMs / floorMs)} floor)`,
        target: full ? `≤ ${READ_TARGET}× read` : "",
        verdict: full ? verdict(ratio <= READ_TARGET) : "",
      });
    }
  });
  return {
    title:
      "Range functions through the built functions.js (ms per call; read: reading Excel's arrays, the target's baseline; floor: the same arithmetic on resolved typed arrays, for reference)",
    rows,
    notes: [
      'Columns as Excel passes them: 2-D arrays of one column, ~2% blank rows (null and ""), stage labels mixed 中文/English,',
      "amounts as numbers, dates as serials. read: the reading floor — the same Excel arrays read, each cell's type checked",
      "and each label looked up in a Map, no arithmetic. FORECAST asks about 2026-01-01…2026-03-31 (p90: the amount grid",
      "at 10k and 100k rows, the normal approximation at 1M rows, where its Berry–Esseen bound is 0.005 ≤ 0.015;",
      "its floor is core's grid on the resolved columns, or μ + σ·Φ⁻¹(0.9) where the bound allows).",
    ],
  };
}
