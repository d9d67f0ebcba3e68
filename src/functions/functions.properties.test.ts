/**
 * Property-based tests of every FUNNEL custom function, called as Excel calls them with Excel-shaped
 * random input (./testing/excelArbitraries): whatever it is given, each function answers with a value
 * Excel shows as intended (a finite number, text, a boolean, a rectangular array or an error with a
 * planned, readable message), gives the same answer for the same input, and leaves its input as it was.
 * On valid input, each answer also keeps its function's invariant (a probability in 0..1, P10 ≤ P50 ≤
 * P90 …).
 *
 * FUZZ_RUNS sets the runs per property (default 1,000) and FUZZ_SEED the seed (default fixed, so CI is
 * reproducible); a failure prints the seed, the path and the smallest input that fails.
 */
import fc from "fast-check";
import { isoDate } from "../core/kernel";
import { salesPlan } from "../core/planning";
import { deal } from "../core/pipeline/testing/dealFixtures";
import { DEFAULT_SCHEME, LOST_POSITION, positionAt } from "../core/stages";
import * as functions from "./functions";
import {
  ACTIONS,
  CONVERSION,
  COVERAGE,
  CYCLETIME,
  DAYSINSTAGE,
  FORECAST,
  MARKERS,
  PLAN,
  PROBABILITY,
  REQUIRED,
  STAGE,
  VELOCITY,
  WEIGHTED,
  WINRATE,
  WINWORTH,
} from "./functions";
import { excelCall, withDisplayLanguage } from "./testing/cells";
import {
  CustomFunctionError,
  ErrorCode,
  installCustomFunctionsRuntime,
} from "../workbench/engine/customFunctionsRuntime";
import {
  alignedLines,
  alignedRows,
  amountCell,
  answerCell,
  anyShape,
  asLine,
  blankCell,
  cleanAmountCell,
  customStageList,
  dateCell,
  displayLocale,
  excelCell,
  excelNumber,
  fuzzSettings,
  largeAlignedRows,
  mostly,
  numericText,
  ratingCell,
  stageLabel,
  OPEN_STAGE_LABELS,
  STAGE_LABELS,
  type FuzzSettings,
  type Orientation,
} from "./testing/excelArbitraries";
import { cloneArgument, excelResultProblem, fingerprint } from "./testing/excelResults";
import { historyTable, snapshotTable } from "./testing/snapshotTables";

beforeAll(() => installCustomFunctionsRuntime());

type Arbitrary<T> = fc.Arbitrary<T>;
type CustomFunction = (...args: never[]) => unknown;

// ───────────────────────────── running ─────────────────────────────

const SETTINGS = fuzzSettings();
/** Large ranges cost more per case: a twentieth of the runs. */
const LARGE_SETTINGS = fuzzSettings(process.env, 0.02);
/** jest's time limit for one property: generous, as FUZZ_RUNS may ask for long runs. */
const timeoutFor = (settings: FuzzSettings) => Math.max(60_000, settings.numRuns * 100);

/** Calls `fn` with `args` as Excel does, under Office's display language `locale` (none: outside Office). */
function callIn(locale: string | undefined, fn: CustomFunction, args: readonly unknown[]): unknown {
  return locale === undefined
    ? excelCall(fn, ...args)
    : withDisplayLanguage(locale, () => excelCall(fn, ...args));
}

/** Fails with what is wrong when `result` is not an answer Excel shows as intended. */
function expectExcelAnswer(result: unknown): void {
  const problem = excelResultProblem(result);
  if (problem !== null) throw new Error(`not an Excel answer: ${problem}`);
}

/**
 * Properties 1–3 for one call: the answer is an Excel answer, the same input (a deep copy, passed
 * again) gives the same answer, and the input is unchanged.
 */
function checkCall(fn: CustomFunction, args: readonly unknown[], locale: string | undefined): void {
  const before = fingerprint(args);
  const first = callIn(locale, fn, args);
  expect(fingerprint(args)).toBe(before);
  expectExcelAnswer(first);
  const second = callIn(locale, fn, cloneArgument(args));
  expect(fingerprint(second)).toBe(fingerprint(first));
}

/** A single answer, unwrapped from the 1×1 array a spilling function returns it in. */
function single(result: unknown): unknown {
  return Array.isArray(result) && result.length === 1 && result[0].length === 1 ? result[0][0] : result;
}

/**
 * Whether a cell of a spilled answer is the answer one call gives: the same value, or an error of the same
 * code whose message ends with that call's (a table's cell names its row first, e.g. "Period 2: …").
 */
function sameAnswer(cell: unknown, alone: unknown): boolean {
  if (alone instanceof CustomFunctionError) {
    return (
      cell instanceof CustomFunctionError && cell.code === alone.code && cell.message.endsWith(alone.message)
    );
  }
  return fingerprint(cell) === fingerprint(alone);
}

/** Whether `value` is a custom-function error (with one of `codes`, when given). */
function isError(value: unknown, ...codes: ErrorCode[]): value is CustomFunctionError {
  return value instanceof CustomFunctionError && (codes.length === 0 || codes.includes(value.code));
}

/** A number, or the failure of the property saying what came instead. */
function numberOf(value: unknown, what: string): number {
  if (typeof value !== "number") throw new Error(`${what}: expected a number, got ${fingerprint(value)}`);
  return value;
}

/** a ≤ b, allowing for the rounding of sums of many amounts. */
function atMost(a: number, b: number): boolean {
  return a <= b + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const sumOf = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const cellsOf = (line: unknown[][]) => line.flat();

// ───────────────────────────── arguments ─────────────────────────────

/** Any argument at all: omitted, a scalar, a range of any shape of any cells. */
const anyArg: Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(undefined, null), weight: 1 },
  { arbitrary: anyShape(excelCell), weight: 4 },
);

/** Omitted, or from `arb`. */
const optional = (arb: Arbitrary<unknown>): Arbitrary<unknown> =>
  fc.oneof({ arbitrary: fc.constantFrom(undefined, null), weight: 1 }, { arbitrary: arb, weight: 2 });

/** A stage scheme to call with: the deck's (stageList omitted or blank) or a team's own list. */
interface SchemeCase {
  readonly list: unknown;
  /** Labels that resolve in the scheme (any stage, won, lost). */
  readonly labels: readonly unknown[];
  /** Labels of its open stages. */
  readonly openLabels: readonly unknown[];
  readonly isDeck: boolean;
}

const deckScheme: Arbitrary<SchemeCase> = fc
  .constantFrom(undefined, null, [[null]], [[""], [" "]])
  .map((list) => ({ list, labels: STAGE_LABELS, openLabels: OPEN_STAGE_LABELS, isDeck: true }));

const schemeCase: Arbitrary<SchemeCase> = fc.oneof(
  { arbitrary: deckScheme, weight: 3 },
  {
    arbitrary: customStageList.map((list) => ({
      list: list.range,
      labels: list.labels,
      openLabels: list.openLabels,
      isDeck: false,
    })),
    weight: 2,
  },
);

/** A scheme, followed by values made for it. */
function inScheme<T extends unknown[]>(
  values: (scheme: SchemeCase) => Arbitrary<T>,
): Arbitrary<[SchemeCase, ...T]> {
  return schemeCase.chain((scheme) => values(scheme).map((rest): [SchemeCase, ...T] => [scheme, ...rest]));
}

/** A stage label of the scheme (the deck's as people type them), or a blank. */
const labelIn = (scheme: SchemeCase): Arbitrary<unknown> =>
  scheme.isDeck
    ? fc.oneof({ arbitrary: stageLabel, weight: 8 }, { arbitrary: blankCell, weight: 1 })
    : fc.oneof(
        { arbitrary: fc.constantFrom(...scheme.labels), weight: 8 },
        { arbitrary: blankCell, weight: 1 },
      );

/** An open stage label of the scheme. */
const openLabelIn = (scheme: SchemeCase): Arbitrary<unknown> => fc.constantFrom(...scheme.openLabels);

/** An open stage of the scheme (the lost outcome is no stage to convert from or to), or a blank cell. */
const funnelLabel = (scheme: SchemeCase): Arbitrary<unknown> =>
  fc.oneof({ arbitrary: openLabelIn(scheme), weight: 6 }, { arbitrary: fc.constant(null), weight: 1 });

/** An argument from `valid`, from `valid` with noise, or anything at all. */
function argsOf(
  valid: (scheme: SchemeCase, noisy: boolean) => Arbitrary<readonly unknown[]>,
  arity: number,
): Arbitrary<readonly unknown[]> {
  return fc.oneof(
    { arbitrary: schemeCase.chain((scheme) => valid(scheme, false)), weight: 3 },
    { arbitrary: schemeCase.chain((scheme) => valid(scheme, true)), weight: 3 },
    { arbitrary: fc.array(anyArg, { minLength: 0, maxLength: arity }), weight: 2 },
  );
}

/** `cell`, with noise when `noisy`. */
const noise = (cell: Arbitrary<unknown>, noisy: boolean) => (noisy ? mostly(cell) : cell);

/** A stageList argument: the scheme's, or (rarely) anything. */
const stageListArgument = (scheme: SchemeCase, noisy: boolean): Arbitrary<unknown> =>
  noisy
    ? fc.oneof({ arbitrary: fc.constant(scheme.list), weight: 6 }, { arbitrary: anyArg, weight: 1 })
    : fc.constant(scheme.list);

/** One value from `cell`, or a column of 1 to 6 of them (one per row of a spilled answer). */
const oneOrColumn = (cell: Arbitrary<unknown>): Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: cell, weight: 2 },
    {
      arbitrary: fc.array(cell, { minLength: 1, maxLength: 6 }).map((cells) => cells.map((c) => [c])),
      weight: 1,
    },
  );

/** A single-value argument from `choices`, now and then anything. */
const choice = (choices: readonly unknown[], noisy: boolean): Arbitrary<unknown> =>
  noise(fc.constantFrom(...choices), noisy);

const FORMS = [undefined, null, "zh", "en", "id", "number", "中文", "English", "序号"];
const LANGUAGES = [undefined, null, "zh", "en", "中文", "English", "zh-CN", "en-US"];
const MEASURES = [
  undefined,
  "expected",
  "p10",
  "p50",
  "p90",
  "stdev",
  "commit",
  "bestCase",
  "pipeline",
  "won",
  "probability",
  "标准差",
];
const OUTCOMES = ["won", "lost", "", null, "成交", "丢单", "Won", "Lost"];

/**
 * A deal's stage and outcome that agree: an open stage with any outcome (lost: lost at that stage), or
 * any stage with no outcome or won.
 */
const stageAndOutcome = (scheme: SchemeCase): Arbitrary<readonly unknown[]> =>
  fc.oneof(
    fc.tuple(openLabelIn(scheme), fc.constantFrom(...OUTCOMES)),
    fc.tuple(labelIn(scheme), fc.constantFrom("", null, "won", "成交", "Won")),
  );

/** A close or created date: a serial of 2023–2026, its ISO text, or a blank. */
const nearDate: Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: 45000, max: 46000 }), weight: 6 },
  { arbitrary: fc.integer({ min: 45000, max: 46000 }).map(isoDate), weight: 2 },
  { arbitrary: blankCell, weight: 1 },
);

/** A created date and a close date on or after it (either may be blank). */
const datePair: Arbitrary<readonly [unknown, unknown]> = fc
  .tuple(
    fc.integer({ min: 45000, max: 46000 }),
    fc.integer({ min: 0, max: 720 }),
    fc.integer({ min: 0, max: 9 }),
  )
  .map(([created, days, blanks]): readonly [unknown, unknown] => [
    blanks === 0 ? null : created,
    blanks === 1 ? "" : blanks === 2 ? isoDate(created + days) : created + days,
  ]);

/** A weight of 值得赢吗?: ordinary, zero, blank, or at the edges of floating point. */
const weightCell: Arbitrary<unknown> = fc.oneof(
  fc.double({ min: 0, max: 10, noNaN: true }),
  fc.constantFrom(0, 1, 3, null, 1e308, Number.MAX_VALUE, 5e-324, 1e-300),
);

// ───────────────────────────── the functions ─────────────────────────────

/** Each function's arguments, valid, noisy or anything. */
const ARGUMENTS: Readonly<Record<string, Arbitrary<readonly unknown[]>>> = {
  STAGE: argsOf(
    (scheme, noisy) =>
      fc.tuple(
        fc.oneof(
          labelIn(scheme),
          labelIn(scheme).map((label) => [[label]]),
          fc
            .tuple(
              fc.array(noise(answerCell, noisy), { maxLength: 9 }),
              fc.constantFrom<Orientation>("row", "column"),
            )
            .map(([answers, orientation]) => asLine(answers, orientation)),
        ),
        choice(FORMS, noisy),
        stageListArgument(scheme, noisy),
      ),
    3,
  ),
  PROBABILITY: argsOf(
    (scheme, noisy) => fc.tuple(noise(labelIn(scheme), noisy), stageListArgument(scheme, noisy)),
    2,
  ),
  CONVERSION: argsOf(
    (scheme, noisy) =>
      fc
        .tuple(
          alignedLines([noise(labelIn(scheme), noisy), noise(fc.constantFrom(...OUTCOMES), noisy)]),
          optional(oneOrColumn(noise(labelIn(scheme), noisy))),
          optional(oneOrColumn(noise(labelIn(scheme), noisy))),
          fc.boolean(),
          stageListArgument(scheme, noisy),
        )
        .map(([[stages, outcomes], from, to, withOutcomes, list]) => [
          stages,
          from,
          to,
          withOutcomes ? outcomes : undefined,
          list,
        ]),
    9,
  ),
  WINRATE: argsOf(
    (scheme, noisy) =>
      fc
        .tuple(
          alignedLines([noise(labelIn(scheme), noisy), noise(fc.constantFrom(...OUTCOMES), noisy)]),
          fc.boolean(),
          stageListArgument(scheme, noisy),
        )
        .map(([[stages, outcomes], withOutcomes, list]) => [
          stages,
          withOutcomes ? outcomes : undefined,
          list,
        ]),
    5,
  ),
  WEIGHTED: argsOf(
    (scheme, noisy) =>
      fc
        .tuple(
          alignedLines([noise(amountCell, noisy), noise(labelIn(scheme), noisy)]),
          stageListArgument(scheme, noisy),
        )
        .map(([[amounts, stages], list]) => [amounts, stages, list]),
    3,
  ),
  WINWORTH: argsOf(
    (_scheme, noisy) =>
      fc
        .tuple(
          alignedLines([noise(ratingCell, noisy)], 7),
          optional(alignedLines([noise(weightCell, noisy)], 6)),
          choice([undefined, "score", "verdict", "结论", "分数"], noisy),
        )
        .map(([[ratings], weights, output]) => [
          ratings,
          Array.isArray(weights) ? weights[0] : weights,
          output,
        ]),
    3,
  ),
  CYCLETIME: argsOf(
    (scheme, noisy) =>
      fc
        .tuple(
          alignedRows(
            fc
              .tuple(noise(datePair, noisy), noise(labelIn(scheme), noisy))
              .map(([dates, stage]) =>
                Array.isArray(dates) ? [dates[0], dates[1], stage] : [dates, dates, stage],
              ),
            3,
          ),
          fc.boolean(),
          stageListArgument(scheme, noisy),
        )
        .map(([[created, closed, stages], withStages, list]) => [
          created,
          closed,
          withStages ? stages : undefined,
          list,
        ]),
    4,
  ),
  DAYSINSTAGE: argsOf((_scheme, noisy) => fc.tuple(noise(dateCell, noisy), noise(dateCell, noisy)), 2),
  VELOCITY: argsOf(
    (scheme, noisy) =>
      fc
        .tuple(
          alignedRows(
            fc
              .tuple(noise(amountCell, noisy), noise(labelIn(scheme), noisy), noise(datePair, noisy))
              .map(([amount, stage, dates]) =>
                Array.isArray(dates) ? [amount, stage, dates[0], dates[1]] : [amount, stage, dates, dates],
              ),
            4,
          ),
          stageListArgument(scheme, noisy),
        )
        .map(([[amounts, stages, created, closed], list]) => [amounts, stages, created, closed, list]),
    5,
  ),
  FORECAST: argsOf(
    (scheme, noisy) =>
      fc
        .tuple(
          alignedLines([noise(amountCell, noisy), noise(labelIn(scheme), noisy), noise(nearDate, noisy)]),
          oneOrColumn(noise(nearDate, noisy)),
          oneOrColumn(noise(nearDate, noisy)),
          fc.oneof(
            choice(MEASURES, noisy),
            fc.array(choice(MEASURES, noisy), { minLength: 1, maxLength: 5 }).map((measures) => [measures]),
          ),
          optional(noise(fc.oneof(excelNumber, numericText), noisy)),
          stageListArgument(scheme, noisy),
          optional(noise(labelIn(scheme), noisy)),
          optional(noise(labelIn(scheme), noisy)),
        )
        .map(([[amounts, stages, closeDates], from, to, measure, target, list, commit, bestCase]) => [
          amounts,
          stages,
          closeDates,
          from,
          to,
          measure,
          target,
          list,
          commit,
          bestCase,
        ]),
    10,
  ),
  COVERAGE: argsOf(
    (scheme, noisy) =>
      fc
        .tuple(
          alignedLines([noise(amountCell, noisy), noise(labelIn(scheme), noisy)]),
          noise(fc.oneof(excelNumber, numericText, fc.integer({ min: 1, max: 1e7 })), noisy),
          optional(noise(fc.oneof(excelNumber, numericText, fc.integer({ min: 0, max: 1e7 })), noisy)),
          choice([undefined, true, false, "TRUE", "加权", 1, 0], noisy),
          stageListArgument(scheme, noisy),
        )
        .map(([[amounts, stages], target, wonToDate, weighted, list]) => [
          amounts,
          stages,
          target,
          wonToDate,
          weighted,
          list,
        ]),
    6,
  ),
  REQUIRED: argsOf(
    (scheme, noisy) =>
      fc
        .tuple(
          noise(fc.oneof(excelNumber, numericText, fc.integer({ min: 1, max: 1e7 })), noisy),
          noise(labelIn(scheme), noisy),
          alignedLines([
            noise(labelIn(scheme), noisy),
            noise(amountCell, noisy),
            noise(fc.constantFrom(...OUTCOMES), noisy),
          ]),
          fc.boolean(),
          stageListArgument(scheme, noisy),
          choice([undefined, "error", "skip"], noisy),
        )
        .map(([target, stage, [stages, amounts, outcomes], withOutcomes, list, badRows]) => [
          target,
          stage,
          stages,
          amounts,
          withOutcomes ? outcomes : undefined,
          list,
          badRows,
        ]),
    7,
  ),
  PLAN: argsOf(
    (scheme, noisy) =>
      fc
        .tuple(
          noise(fc.oneof(excelNumber, numericText, fc.integer({ min: 1, max: 1e7 })), noisy),
          alignedLines([
            noise(labelIn(scheme), noisy),
            noise(amountCell, noisy),
            noise(fc.constantFrom(...OUTCOMES), noisy),
          ]),
          fc.boolean(),
          stageListArgument(scheme, noisy),
          choice([undefined, "error", "skip"], noisy),
        )
        .map(([target, [stages, amounts, outcomes], withOutcomes, list, badRows]) => [
          target,
          stages,
          amounts,
          withOutcomes ? outcomes : undefined,
          list,
          badRows,
        ]),
    6,
  ),
  ACTIONS: argsOf((_scheme, noisy) => fc.tuple(noise(stageLabel, noisy), choice(LANGUAGES, noisy)), 2),
  MARKERS: argsOf((_scheme, noisy) => fc.tuple(noise(stageLabel, noisy), choice(LANGUAGES, noisy)), 2),
  GAPS: argsOf(
    (_scheme, noisy) =>
      fc
        .tuple(
          noise(stageLabel, noisy),
          alignedLines([noise(answerCell, noisy)], 9),
          choice(LANGUAGES, noisy),
        )
        .map(([stage, [evidence], language]) => [stage, evidence, language]),
    3,
  ),
  GATE: argsOf(
    (_scheme, noisy) =>
      fc
        .tuple(noise(stageLabel, noisy), alignedLines([noise(answerCell, noisy)], 9))
        .map(([stage, [evidence]]) => [stage, evidence]),
    2,
  ),
  READY: argsOf(
    (_scheme, noisy) =>
      fc
        .tuple(
          alignedLines([noise(answerCell, noisy)], 9),
          choice([undefined, "count", "ready", "就绪"], noisy),
        )
        .map(([[conditions], output]) => [conditions, output]),
    2,
  ),
  BRIDGE: argsOf(
    (scheme, noisy) =>
      fc.tuple(
        snapshotTable(labelIn(scheme), noisy),
        snapshotTable(labelIn(scheme), noisy),
        noise(fc.constantFrom(undefined, 45839, "2025-07-01"), noisy),
        noise(fc.constantFrom(undefined, 45930, 45800), noisy),
        choice([undefined, "both", "count", "amount", "金额"], noisy),
        stageListArgument(scheme, noisy),
        choice(LANGUAGES, noisy),
      ),
    7,
  ),
  PUSHCOUNT: argsOf(
    (scheme, noisy) =>
      fc.tuple(
        historyTable(labelIn(scheme), noisy),
        fc
          .array(noise(fc.constantFrom("D1", "D2", 7, null), noisy), { minLength: 1, maxLength: 5 })
          .map((ids) => ids.map((id) => [id])),
        stageListArgument(scheme, noisy),
      ),
    3,
  ),
};

const FUNCTIONS: ReadonlyMap<string, CustomFunction> = new Map(
  Object.entries(functions as Record<string, unknown>).filter(
    (entry): entry is [string, CustomFunction] => typeof entry[1] === "function",
  ),
);

describe("every custom function, with Excel-shaped random input", () => {
  it("has arguments to be called with, for every function functions.ts exports", () => {
    expect(Object.keys(ARGUMENTS).sort()).toEqual([...FUNCTIONS.keys()].sort());
  });

  it.each(Object.keys(ARGUMENTS))(
    "%s answers with an Excel value, the same one for the same input, and leaves its input unchanged",
    (name) => {
      const fn = FUNCTIONS.get(name) as CustomFunction;
      fc.assert(
        fc.property(ARGUMENTS[name], displayLocale, (args, locale) => checkCall(fn, args, locale)),
        SETTINGS,
      );
    },
    timeoutFor(SETTINGS),
  );
});

// ───────────────────────────── large ranges ─────────────────────────────

/** Amount, stage, created and close date of one deal of the deck's funnel, sometimes blank or odd. */
const dealRow: Arbitrary<readonly unknown[]> = fc
  .tuple(mostly(amountCell), mostly(stageLabel), datePair)
  .map(([amount, stage, [created, closed]]) => [amount, stage, created, closed]);

/** Each range-taking function with 1×N or N×1 ranges of 1,000 to 20,000 cells. */
const LARGE_ARGUMENTS: Readonly<Record<string, Arbitrary<readonly unknown[]>>> = {
  STAGE: largeAlignedRows(fc.tuple(answerCell), 1, 1000, 20_000).map(([answers]) => [answers]),
  CONVERSION: largeAlignedRows(dealRow, 4, 1000, 20_000).map(([, stages]) => [stages]),
  WINRATE: largeAlignedRows(dealRow, 4, 1000, 20_000).map(([, stages]) => [stages]),
  WEIGHTED: largeAlignedRows(dealRow, 4, 1000, 20_000).map(([amounts, stages]) => [amounts, stages]),
  WINWORTH: largeAlignedRows(fc.tuple(ratingCell), 1, 1000, 20_000).map(([ratings]) => [ratings]),
  CYCLETIME: largeAlignedRows(dealRow, 4, 1000, 20_000).map(([, stages, created, closed]) => [
    created,
    closed,
    stages,
  ]),
  VELOCITY: largeAlignedRows(dealRow, 4, 1000, 20_000),
  // The range figures of many deals are a simulation of 20,000 runs: the large cases ask for the others.
  FORECAST: fc
    .tuple(
      largeAlignedRows(dealRow, 4, 1000, 20_000),
      fc.constantFrom("expected", "stdev", "commit", "bestCase", "pipeline", "won"),
    )
    .map(([[amounts, stages, , closeDates], measure]) => [
      amounts,
      stages,
      closeDates,
      45000,
      45400,
      measure,
    ]),
  COVERAGE: largeAlignedRows(dealRow, 4, 1000, 20_000).map(([amounts, stages]) => [amounts, stages, 1e6, 0]),
  REQUIRED: largeAlignedRows(dealRow, 4, 1000, 20_000).map(([amounts, stages]) => [
    1e6,
    "意向",
    stages,
    amounts,
  ]),
  PLAN: largeAlignedRows(dealRow, 4, 1000, 20_000).map(([amounts, stages]) => [1e6, stages, amounts]),
};

describe("the range-taking functions, with large 1×N and N×1 ranges", () => {
  it.each(Object.keys(LARGE_ARGUMENTS))(
    "%s answers a large range with an Excel value, the same one twice, leaving the range unchanged",
    (name) => {
      const fn = FUNCTIONS.get(name) as CustomFunction;
      fc.assert(
        fc.property(LARGE_ARGUMENTS[name], (args) => checkCall(fn, args, undefined)),
        LARGE_SETTINGS,
      );
    },
    timeoutFor(SETTINGS),
  );
});

// ───────────────────────────── invariants on valid input ─────────────────────────────

/** Runs an invariant over valid input (any display language) with the shared settings. */
function holds<T>(input: Arbitrary<T>, invariant: (value: T) => void): void {
  fc.assert(
    fc.property(input, displayLocale, (value, locale) => {
      if (locale === undefined) invariant(value);
      else withDisplayLanguage(locale, () => invariant(value));
    }),
    SETTINGS,
  );
}

const inTimeout = timeoutFor(SETTINGS);

describe("invariants on valid input", () => {
  it(
    "STAGE: every form of the stage names the same stage; the evidence gives the furthest stage all markers up to hold",
    () => {
      holds(
        inScheme((scheme) => fc.tuple(fc.constantFrom(...scheme.labels))),
        ([scheme, label]) => {
          const number = single(excelCall(STAGE, [[label]], "number", scheme.list));
          expect(Number.isInteger(number)).toBe(true);
          for (const form of ["zh", "en", "id"]) {
            const written = single(excelCall(STAGE, label, form, scheme.list));
            expect(single(excelCall(STAGE, written, "number", scheme.list))).toBe(number);
          }
        },
      );
      holds(fc.array(answerCell, { minLength: 2, maxLength: 7 }), (answers) => {
        const yes = new Set<unknown>([true, 1, "是", "Y", "✓", "TRUE"]);
        let held = 0;
        while (held < answers.length && yes.has(answers[held])) held++;
        const stage = single(excelCall(STAGE, asLine(answers, "row"), "number"));
        if (held === 0) expect(isError(stage, ErrorCode.notAvailable)).toBe(true);
        else expect(stage).toBe(held);
      });
    },
    inTimeout,
  );

  it(
    "PROBABILITY is in 0..1: 1 for won, 0 for lost",
    () => {
      holds(
        inScheme((scheme) => fc.tuple(fc.constantFrom(...scheme.labels))),
        ([scheme, label]) => {
          const p = numberOf(single(excelCall(PROBABILITY, label, scheme.list)), "probability");
          expect(p >= 0 && p <= 1).toBe(true);
          const number = single(excelCall(STAGE, label, "number", scheme.list));
          if (number === 0) expect(p).toBe(0);
          if (number === single(excelCall(STAGE, "won", "number", scheme.list))) expect(p).toBe(1);
        },
      );
    },
    inTimeout,
  );

  it(
    "CONVERSION: the table's reached and cumulative columns never rise; every rate is in 0..1",
    () => {
      holds(
        inScheme((scheme) =>
          fc.tuple(
            alignedRows(stageAndOutcome(scheme), 2),
            fc.boolean(),
            optional(openLabelIn(scheme)),
            optional(labelIn(scheme)),
          ),
        ),
        ([scheme, [stages, outcomes], withOutcomes, from, to]) => {
          const table = excelCall(
            CONVERSION,
            stages,
            null,
            null,
            withOutcomes ? outcomes : null,
            scheme.list,
          );
          expectExcelAnswer(table);
          const rows = (table as unknown[][]).slice(1);
          expect((table as unknown[][])[0]).toHaveLength(4);
          for (let k = 0; k < rows.length; k++) {
            const [, reached, next, cumulative] = rows[k];
            expect(Number.isInteger(reached)).toBe(true);
            for (const rate of [next, cumulative])
              if (rate !== "") expect(numberOf(rate, "rate") >= 0 && (rate as number) <= 1).toBe(true);
            if (k === 0) continue;
            expect(atMost(reached as number, rows[k - 1][1] as number)).toBe(true);
            if (cumulative !== "") expect(atMost(cumulative as number, rows[k - 1][3] as number)).toBe(true);
          }
          const answer = excelCall(CONVERSION, stages, from, to, withOutcomes ? outcomes : null, scheme.list);
          if ((answer as unknown[][]).length > 1) return; // both stages blank: the table again
          const rate = single(answer);
          if (isError(rate))
            expect(isError(rate, ErrorCode.divisionByZero, ErrorCode.invalidValue)).toBe(true);
          else expect(numberOf(rate, "conversion") >= 0 && (rate as number) <= 1).toBe(true);
        },
      );
    },
    inTimeout,
  );

  it(
    "WINRATE is in 0..1, or #DIV/0! when no deal is closed",
    () => {
      holds(
        inScheme((scheme) => fc.tuple(alignedRows(stageAndOutcome(scheme), 2), fc.boolean())),
        ([scheme, [stages, outcomes], withOutcomes]) => {
          const rate = excelCall(WINRATE, stages, withOutcomes ? outcomes : null, scheme.list);
          if (isError(rate)) expect(rate.code).toBe(ErrorCode.divisionByZero);
          else expect(numberOf(rate, "win rate") >= 0 && (rate as number) <= 1).toBe(true);
        },
      );
    },
    inTimeout,
  );

  it(
    "WEIGHTED lies between 0 and the amounts' sum × the highest open-stage probability",
    () => {
      holds(
        inScheme((scheme) => fc.tuple(alignedLines([cleanAmountCell, labelIn(scheme)]))),
        ([scheme, [amounts, stages]]) => {
          const weighted = numberOf(excelCall(WEIGHTED, amounts, stages, scheme.list), "weighted");
          const highest = Math.max(
            0,
            ...scheme.openLabels.map((label) =>
              numberOf(single(excelCall(PROBABILITY, label, scheme.list)), "probability"),
            ),
          );
          const total = sumOf(
            cellsOf(amounts).filter((amount): amount is number => typeof amount === "number"),
          );
          expect(weighted >= 0).toBe(true);
          expect(atMost(weighted, total * highest)).toBe(true);
        },
      );
    },
    inTimeout,
  );

  it(
    "WINWORTH: the score is in 0..100 and the verdict is the one its score earns",
    () => {
      holds(
        fc.tuple(
          fc.array(ratingCell, { minLength: 5, maxLength: 5 }),
          fc.option(fc.array(weightCell, { minLength: 5, maxLength: 5 }), { nil: undefined }),
        ),
        ([ratings, weights]) => {
          const [ratingRange, weightRange] = [asLine(ratings, "column"), weights && asLine(weights, "row")];
          const score = excelCall(WINWORTH, ratingRange, weightRange);
          const verdict = excelCall(WINWORTH, ratingRange, weightRange, "verdict");
          expectExcelAnswer(score);
          if (isError(score)) {
            expect(fingerprint(verdict)).toBe(fingerprint(score));
            return;
          }
          const value = numberOf(score, "score");
          expect(value >= 0 && value <= 100).toBe(true);
          const band = value >= 70 ? 0 : value >= 50 ? 1 : 2;
          expect(
            [
              ["Worth winning", "值得赢"],
              ["Review", "需复核"],
              ["Not worth it", "不值得"],
            ][band],
          ).toContain(verdict);
        },
      );
    },
    inTimeout,
  );

  it(
    "CYCLETIME lies between the shortest and the longest cycle",
    () => {
      holds(
        inScheme((scheme) =>
          fc.tuple(
            alignedRows(
              fc
                .tuple(datePair, labelIn(scheme))
                .map(([[created, closed], stage]) => [created, closed, stage]),
              3,
            ),
            fc.boolean(),
          ),
        ),
        ([scheme, [created, closed, stages], withStages]) => {
          const average = excelCall(CYCLETIME, created, closed, withStages ? stages : null, scheme.list);
          if (isError(average)) {
            expect(average.code).toBe(ErrorCode.divisionByZero);
            return;
          }
          expect(numberOf(average, "cycle") >= 0 && (average as number) <= 720).toBe(true);
        },
      );
    },
    inTimeout,
  );

  it(
    "DAYSINSTAGE counts the days from the stage-entered date to the as-of date, however the dates are written",
    () => {
      holds(
        fc.tuple(
          fc.integer({ min: 61, max: 2_900_000 }),
          fc.integer({ min: 0, max: 50_000 }),
          fc.constantFrom("serial", "time", "text"),
        ),
        ([entered, days, written]) => {
          const asOf = entered + days;
          const cell =
            written === "serial" ? entered : written === "time" ? entered + 0.75 : isoDate(entered);
          expect(excelCall(DAYSINSTAGE, cell, asOf)).toBe(days);
        },
      );
    },
    inTimeout,
  );

  it(
    "VELOCITY is never negative on non-negative amounts",
    () => {
      holds(
        inScheme((scheme) =>
          fc.tuple(
            alignedRows(
              fc
                .tuple(cleanAmountCell, labelIn(scheme), datePair)
                .map(([amount, stage, [created, closed]]) => [amount, stage, created, closed]),
              4,
            ),
          ),
        ),
        ([scheme, [amounts, stages, created, closed]]) => {
          const velocity = excelCall(VELOCITY, amounts, stages, created, closed, scheme.list);
          if (isError(velocity)) expect(velocity.code).toBe(ErrorCode.divisionByZero);
          else expect(numberOf(velocity, "velocity") >= 0).toBe(true);
        },
      );
    },
    inTimeout,
  );

  it(
    "FORECAST: won ≤ commit ≤ best case; won ≤ P10 ≤ P50 ≤ P90 ≤ won + open; expected within the same bounds",
    () => {
      holds(
        inScheme((scheme) =>
          fc.tuple(
            alignedLines([cleanAmountCell, labelIn(scheme), nearDate], 40),
            fc.integer({ min: 45000, max: 46000 }),
            fc.integer({ min: 0, max: 400 }),
            fc.integer({ min: 0, max: 1e7 }),
          ),
        ),
        ([scheme, [amounts, stages, closeDates], from, length, target]) => {
          const figure = (measure: string) =>
            numberOf(
              single(
                excelCall(
                  FORECAST,
                  amounts,
                  stages,
                  closeDates,
                  from,
                  from + length,
                  measure,
                  target,
                  scheme.list,
                ),
              ),
              measure,
            );
          const [won, commit, bestCase, pipeline] = ["won", "commit", "bestCase", "pipeline"].map(figure);
          const [p10, p50, p90, expected, stdev, chance] = [
            "p10",
            "p50",
            "p90",
            "expected",
            "stdev",
            "probability",
          ].map(figure);
          const ceiling = bestCase + pipeline;
          for (const [low, high] of [
            [0, won],
            [won, commit],
            [commit, bestCase],
            [won, p10],
            [p10, p50],
            [p50, p90],
            [p90, ceiling],
            [won, expected],
            [expected, ceiling],
            [0, stdev],
            [0, chance],
            [chance, 1],
          ])
            expect(atMost(low, high)).toBe(true);
        },
      );
    },
    inTimeout,
  );

  it(
    "FORECAST spilled over periods and measures: each cell is what one call for its period and measure answers",
    () => {
      holds(
        inScheme((scheme) =>
          fc.tuple(
            alignedLines([cleanAmountCell, labelIn(scheme), nearDate], 30),
            fc.array(
              fc.tuple(fc.integer({ min: 45000, max: 46000 }), fc.integer({ min: -20, max: 400 }), fc.nat(9)),
              { minLength: 2, maxLength: 5 },
            ),
            fc.array(fc.constantFrom(...MEASURES.filter((m) => m !== undefined), null), {
              minLength: 1,
              maxLength: 4,
            }),
          ),
        ),
        ([scheme, [amounts, stages, closeDates], periods, measures]) => {
          // A period's row: its first and last day, now and then a blank one (a blank row).
          const from = periods.map(([start, , blank]) => [blank === 0 ? null : start]);
          const to = periods.map(([start, length, blank]) => [blank === 1 ? "" : start + length]);
          const target = 1000;
          const call = (f: unknown, t: unknown, m: unknown) =>
            excelCall(FORECAST, amounts, stages, closeDates, f, t, m, target, scheme.list);
          const table = call(from, to, [measures]);
          expectExcelAnswer(table);
          expect((table as unknown[][]).length).toBe(periods.length);
          periods.forEach((_period, r) => {
            const cells = (table as unknown[][])[r];
            const blankRow = from[r][0] === null || to[r][0] === "";
            measures.forEach((measure, c) => {
              // A blank cell of a row of measures is a blank column; one blank measure is the default.
              const blankColumn = measure === null && measures.length > 1;
              const expected = blankRow || blankColumn ? "" : single(call(from[r][0], to[r][0], measure));
              expect(sameAnswer(cells[c], expected)).toBe(true);
            });
          });
        },
      );
    },
    inTimeout,
  );

  it(
    "CONVERSION spilled over lists of stages: each row is what one call for its stages answers (#DIV/0! as a blank)",
    () => {
      holds(
        inScheme((scheme) =>
          fc.tuple(
            alignedRows(stageAndOutcome(scheme), 2),
            fc.boolean(),
            fc.array(fc.tuple(funnelLabel(scheme), funnelLabel(scheme)), { minLength: 2, maxLength: 6 }),
          ),
        ),
        ([scheme, [stages, outcomes], withOutcomes, pairs]) => {
          const call = (from: unknown, to: unknown) =>
            excelCall(CONVERSION, stages, from, to, withOutcomes ? outcomes : null, scheme.list);
          const [from, to] = [pairs.map(([f]) => [f]), pairs.map(([, t]) => [t])];
          const column = call(from, to);
          expectExcelAnswer(column);
          expect((column as unknown[][]).length).toBe(pairs.length);
          pairs.forEach(([f, t], r) => {
            const cell = (column as unknown[][])[r][0];
            const alone = f === null || t === null ? "" : single(call(f, t));
            expect(sameAnswer(cell, isError(alone, ErrorCode.divisionByZero) ? "" : alone)).toBe(true);
          });
        },
      );
    },
    inTimeout,
  );

  it(
    "COVERAGE is never negative, and the weighted coverage never exceeds the open one",
    () => {
      holds(
        inScheme((scheme) =>
          fc.tuple(
            alignedLines([cleanAmountCell, labelIn(scheme)]),
            fc.integer({ min: 1, max: 1e7 }),
            fc.double({ min: 0, max: 0.99, noNaN: true }),
          ),
        ),
        ([scheme, [amounts, stages], target, wonShare]) => {
          const wonToDate = Math.floor(target * wonShare);
          const open = numberOf(
            excelCall(COVERAGE, amounts, stages, target, wonToDate, false, scheme.list),
            "open",
          );
          const weighted = numberOf(
            excelCall(COVERAGE, amounts, stages, target, wonToDate, true, scheme.list),
            "weighted",
          );
          expect(weighted >= 0).toBe(true);
          expect(atMost(weighted, open)).toBe(true);
        },
      );
    },
    inTimeout,
  );

  it.each([
    ["ACTIONS", ACTIONS, 1],
    ["MARKERS", MARKERS, 2],
  ] as const)(
    "%s spills a column of texts for every stage of the deck, and #N/A for lost",
    (_name, fn, width) => {
      holds(fc.tuple(stageLabel, fc.constantFrom(undefined, "zh", "en")), ([label, language]) => {
        const list = excelCall(fn, label, language) as unknown[][];
        expectExcelAnswer(list);
        if (single(excelCall(STAGE, label, "number")) === 0) {
          expect(isError(single(list), ErrorCode.notAvailable)).toBe(true);
          return;
        }
        for (const row of list) {
          expect(row).toHaveLength(width);
          for (const text of row) expect(typeof text === "string" && text.trim() !== "").toBe(true);
        }
      });
    },
    inTimeout,
  );
});

// ───────────────────────────── the plan agrees with core's salesPlan ─────────────────────────────

/** A deal of the deck's funnel: 0–5 open, 6 won, 7 lost at a known stage, 8 lost at an unknown one. */
const planDeal: Arbitrary<readonly [number, number, number | null]> = fc.tuple(
  fc.integer({ min: 0, max: 8 }),
  fc.integer({ min: 0, max: 5 }),
  fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null }),
);

describe("FUNNEL.REQUIRED and FUNNEL.PLAN agree with core's salesPlan", () => {
  it(
    "answer the plan's needed, have, gap and needed amount, or its error, for any deals and target",
    () => {
      holds(
        fc.tuple(
          fc.array(planDeal, { minLength: 1, maxLength: 40 }),
          fc.oneof(fc.integer({ min: -100, max: 1e7 }), fc.double({ min: -1e3, max: 1e7, noNaN: true })),
          fc.integer({ min: 0, max: 5 }),
        ),
        ([rows, target, stage]) => {
          const deals = rows.map(([kind, lostAt, amount], i) =>
            deal(i, kind <= 6 ? positionAt(DEFAULT_SCHEME, kind) : LOST_POSITION, {
              amount,
              lostAtIndex: kind === 7 ? lostAt : null,
            }),
          );
          const stages = rows.map(([kind]) => [kind <= 6 ? kind + 1 : "丢单"]);
          const outcomes = rows.map(([kind, lostAt]) => [kind === 7 ? lostAt + 1 : ""]);
          const amounts = rows.map(([, , amount]) => [amount]);
          const plan = salesPlan(deals, DEFAULT_SCHEME, {
            target,
            periodStart: 45839,
            periodEnd: 45930,
            asOf: 45838,
            basis: "data",
          });
          const table = excelCall(PLAN, target, stages, amounts, outcomes);
          const required = excelCall(REQUIRED, target, stage + 1, stages, amounts, outcomes);
          expectExcelAnswer(table);
          expectExcelAnswer(required);
          if (!plan.ok) {
            const error = single(table);
            expect(isError(error, ErrorCode.invalidValue)).toBe(true);
            expect([plan.error.message.en, plan.error.message.zh]).toContain(
              (error as CustomFunctionError).message,
            );
            expect(isError(required, ErrorCode.invalidValue)).toBe(true);
            return;
          }
          const figures = plan.value.stages.map((s) => [
            s.needed ?? "",
            s.have,
            s.gap ?? "",
            s.neededAmount ?? "",
          ]);
          expect((table as unknown[][]).slice(1).map((row) => row.slice(1))).toEqual(figures);
          expect(required).toBe(plan.value.stages[stage].needed);
        },
      );
    },
    inTimeout,
  );
});
