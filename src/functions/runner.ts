/**
 * The one runner of the custom functions, in the manner of HyperFormula's function plugins. Each function
 * is declared once, as data (./declarations): its arguments' names and kinds, which are optional, what a
 * blank means, which ranges line up, its own check across arguments, and the core computation. Its
 * adapter in ./functions is one line, `return run(DECLARATION, …its parameters)`. The runner reads and
 * checks every argument with the reader of its kind (./args, ./options), naming the argument in any
 * message, and runs it all inside the one error boundary (./errors).
 *
 * A function that spills one row per period (or per pair of stages) declares those arguments as "…s"
 * kinds (dates, funnelStages, choices): each is one value, as its single kind reads it, or one row or
 * column of them ({@link OneOrList}); one cell is one value, so a call with single values answers exactly
 * as the single kind would.
 *
 * Order of reading, and so which of two mistakes is reported: the stage list first (stage arguments are
 * read in it); then every other argument in order, each as a whole (a range's shape, a single value);
 * then the ranges that line up; then the declaration's check; then the computation, which reads the
 * ranges' cells in one pass. A blank argument declared `blank: "answersBlank"` ends the reading there:
 * the function answers blank.
 *
 * Names follow the rule written in ./errors: `read…` gives a value or stops the call, `check…` stops it
 * or gives nothing, and only the boundary catches a stop.
 */
import type { Bilingual, Language } from "../core/kernel";
import { DEFAULT_SCHEME, type StagePosition, type StageScheme } from "../core/stages";
import {
  argumentText,
  asRange,
  type CellList,
  checkLinedUp,
  isBlankRange,
  isSingleCell,
  type OneOrList,
  readList,
  stopBlank,
} from "./args";
import { excelArray, excelFunction, type ExcelValue, stopWith } from "./errors";
import {
  type Choice,
  LANGUAGES,
  readAmount,
  readChoice,
  readDate,
  readFunnelStage,
  readStage,
  readStageList,
} from "./options";
import { readStageCells, readStageInput, type StageCells } from "./stageInput";
import { type BadRowsSetting, readBadRows } from "./badRows";
import { readStageDates, type StageDates } from "./stageDates";
import { readTable, type TableArgument } from "./tables";

/**
 * The kinds of range argument: one row or one column (a {@link CellList}) whose cells the computation
 * reads in one pass — stages, numbers (amounts, weights), dates, 值得赢吗? ratings, deal ids, or yes/no answers
 * (the evidence checklist, the negotiation conditions).
 */
export type RangeKind =
  "stageRange" | "numberRange" | "dateRange" | "ratingRange" | "idRange" | "answerRange";

/** The value each kind of argument is read as (a choice: its own meaning type). */
interface KindValues {
  readonly stageRange: CellList;
  readonly numberRange: CellList;
  readonly dateRange: CellList;
  readonly ratingRange: CellList;
  readonly idRange: CellList;
  readonly answerRange: CellList;
  /** Per-stage date columns, one per stage of the stage list (./stageDates); `undefined` when blank. */
  readonly stageDates: StageDates | undefined;
  /** The user's stage list, or the deck's stages when omitted or blank. */
  readonly stageList: StageScheme;
  /**
   * One stage cell, an evidence checklist, or a range of stage labels answered one per cell
   * (FUNNEL.STAGE's input); `null` when blank.
   */
  readonly stageInput: StageCells;
  /** One stage, or a range of stage labels answered one per cell; `null` when one blank cell. */
  readonly stageCells: StageCells;
  /** One stage or the lost outcome; `null` when blank. */
  readonly stage: StagePosition | null;
  /** One stage of the funnel, not the lost outcome, as its 0-based index; `null` when blank. */
  readonly funnelStage: number | null;
  /** One date as a serial; `null` when blank. */
  readonly date: number | null;
  /** One date, or a list of dates (one per row of the answer); `null` when a single value is blank. */
  readonly dates: OneOrList<number> | null;
  /** One funnel stage, or a list of them (one per row of the answer); `null` when a single value is blank. */
  readonly funnelStages: OneOrList<number> | null;
  /** One amount; `undefined` when blank. */
  readonly amount: number | undefined;
  /** The answer's language; Office's when blank. Its text also picks the language of error messages. */
  readonly language: Language;
  /** What to do with a row that cannot be read ("error" when blank), and the ids whose copies count once. */
  readonly badRows: BadRowsSetting;
  /** A table with its header row, its cells as the pane reads them (./tables). */
  readonly table: TableArgument;
}

/** Every kind of argument. */
export type ArgumentKind = keyof KindValues | "choice" | "choices";

/**
 * How each kind arrives from Excel, as functions.json declares its parameter: a range (`matrix`) or a
 * single value (`scalar`).
 */
export const ARGUMENT_DIMENSIONS: Readonly<Record<ArgumentKind, "matrix" | "scalar">> = {
  stageRange: "matrix",
  numberRange: "matrix",
  dateRange: "matrix",
  ratingRange: "matrix",
  idRange: "matrix",
  answerRange: "matrix",
  stageDates: "matrix",
  stageList: "matrix",
  stageInput: "matrix",
  stageCells: "matrix",
  stage: "scalar",
  funnelStage: "scalar",
  date: "scalar",
  dates: "matrix",
  funnelStages: "matrix",
  amount: "scalar",
  language: "scalar",
  badRows: "matrix",
  table: "matrix",
  choice: "scalar",
  choices: "matrix",
};

/**
 * What a blank single value means: the function answers blank ("answersBlank"), or the call stops with
 * "“name” is blank: <hint>." (a hint, in both languages, saying what to give).
 */
export type BlankRule = "answersBlank" | Bilingual;

/** An argument's name (as in the adapter's signature) and whether Excel may omit it. */
interface Named {
  readonly name: string;
  readonly optional?: boolean;
}

/** One argument of a declared function. */
export type ArgumentSpec =
  | (Named & {
      readonly kind:
        RangeKind | "stageList" | "language" | "funnelStages" | "badRows" | "stageDates" | "table";
    })
  | (Named & {
      readonly kind: "stageInput" | "stageCells" | "stage" | "funnelStage" | "date" | "dates";
      readonly blank?: BlankRule;
    })
  | (Named & {
      readonly kind: "amount";
      readonly blank?: BlankRule;
      readonly positive?: boolean;
    })
  | (Named & {
      readonly kind: "choice" | "choices";
      readonly choice: Choice<unknown>;
    });

/** The value an argument of spec `S` is read as. */
type ValueOf<S extends ArgumentSpec> = S extends {
  kind: "choice";
  choice: Choice<infer T>;
}
  ? T
  : S extends { kind: "choices"; choice: Choice<infer T> }
    ? OneOrList<T>
    : S extends { kind: RangeKind; optional: true }
      ? CellList | undefined
      : S extends { kind: infer K extends keyof KindValues }
        ? S extends { blank: BlankRule } | { positive: true }
          ? NonNullable<KindValues[K]>
          : KindValues[K]
        : never;

/** The arguments of a declared function as its check and computation receive them, by name. */
export type ArgumentValues<A extends readonly ArgumentSpec[]> = {
  readonly [S in A[number] as S["name"]]: ValueOf<S>;
};

/** Whether a function answers with one value or spills an array (as its JSDoc return type says). */
export type ResultShape = "scalar" | "array";

/** A custom function declared as data, as {@link declare} takes it. */
export interface FunctionDeclaration<A extends readonly ArgumentSpec[], R extends ResultShape> {
  /** The function's id: the adapter's name in ./functions. */
  readonly name: string;
  /** The arguments, in the adapter's order. */
  readonly args: A;
  readonly result: R;
  /**
   * Groups of range arguments that line up cell for cell; each is checked against the first of its
   * group (an optional range left blank is not checked).
   */
  readonly linedUp?: readonly (readonly A[number]["name"][])[];
  /** A check across arguments, run before the computation. */
  readonly check?: (args: ArgumentValues<A>) => void;
  /** The answer, computed by core from the arguments read. */
  readonly run: (args: ArgumentValues<A>) => unknown;
}

/** An argument as the runner reads it: every field present, so that each is read the same way. */
interface ArgumentPlan {
  readonly name: string;
  readonly kind: ArgumentKind;
  readonly optional: boolean;
  readonly blank: BlankRule | undefined;
  readonly positive: boolean;
  readonly choice: Choice<unknown> | undefined;
}

type Values = Record<string, unknown>;

/** A declared function, ready for {@link run}. */
export interface DeclaredFunction<R extends ResultShape = ResultShape> {
  readonly name: string;
  readonly args: readonly ArgumentPlan[];
  readonly result: R;
  /** Where the stage list and the language argument are, or −1. */
  readonly stageListAt: number;
  readonly languageAt: number;
  /** {@link FunctionDeclaration.linedUp} as argument positions. */
  readonly linedUp: readonly (readonly number[])[];
  readonly check: ((values: Values) => void) | undefined;
  readonly compute: (values: Values) => unknown;
}

function argumentPlan(spec: ArgumentSpec): ArgumentPlan {
  return {
    name: spec.name,
    kind: spec.kind,
    optional: spec.optional === true,
    blank: "blank" in spec ? spec.blank : undefined,
    positive: "positive" in spec && spec.positive === true,
    choice: "choice" in spec ? spec.choice : undefined,
  };
}

const RANGE_KINDS: ReadonlySet<ArgumentKind> = new Set<RangeKind>([
  "stageRange",
  "numberRange",
  "dateRange",
  "ratingRange",
  "idRange",
  "answerRange",
]);

/**
 * Declares a custom function as data. Throws an Error (a programming error, caught by the tests) when
 * two arguments share a name, when there are two stage lists or two language arguments, or when a
 * lined-up group names an argument that is not a range.
 * @example
 * const WEIGHTED = declare({
 *   name: "WEIGHTED",
 *   args: [{ name: "amounts", kind: "numberRange" }, { name: "stages", kind: "stageRange" }, { name: "stageList", kind: "stageList", optional: true }],
 *   result: "scalar",
 *   linedUp: [["amounts", "stages"]],
 *   run: ({ amounts, stages, stageList }) => readPipelineTotals(amounts, stages, stageList).weighted,
 * });
 */
export function declare<const A extends readonly ArgumentSpec[], const R extends ResultShape>(
  declaration: FunctionDeclaration<A, R>,
): DeclaredFunction<R> {
  const args = declaration.args.map(argumentPlan);
  const names = args.map((arg) => arg.name);
  const problem = (text: string) => new Error(`The declaration of ${declaration.name}: ${text}.`);
  if (new Set(names).size !== names.length) throw problem("two arguments share a name");
  const only = (kind: ArgumentKind): number => {
    const at = args.filter((arg) => arg.kind === kind);
    if (at.length > 1) throw problem(`more than one ${kind} argument`);
    return at.length === 0 ? -1 : args.indexOf(at[0]);
  };
  const linedUp = (declaration.linedUp ?? []).map((group) =>
    group.map((name) => {
      const at = names.indexOf(name);
      if (at < 0 || !RANGE_KINDS.has(args[at].kind)) throw problem(`“${name}” is not a range argument`);
      return at;
    }),
  );
  return {
    name: declaration.name,
    args,
    result: declaration.result,
    stageListAt: only("stageList"),
    languageAt: only("language"),
    linedUp,
    check: declaration.check as ((values: Values) => void) | undefined,
    compute: declaration.run as (values: Values) => unknown,
  };
}

/**
 * An argument of a "…s" kind: one value read by `single` (`null` when blank: the runner's blank rule then
 * applies), or a row or column of values, each cell read by `cell` and `null` when blank.
 */
function readOneOrList<T>(
  raw: unknown,
  name: string,
  single: (raw: unknown) => T | null,
  cell: (list: CellList, i: number) => T | null,
): OneOrList<T> | null {
  if (isSingleCell(raw)) {
    const value = single(raw);
    return value === null ? null : [value];
  }
  const list = readList(raw, name);
  const values: (T | null)[] = new Array<T | null>(list.length);
  for (let i = 0; i < list.length; i++) values[i] = cell(list, i);
  return values;
}

/** Reads one argument (not the stage list) by its kind; `null` or `undefined` when blank. */
function readArgument(arg: ArgumentPlan, raw: unknown, scheme: StageScheme): unknown {
  switch (arg.kind) {
    case "stageRange":
    case "numberRange":
    case "dateRange":
    case "ratingRange":
    case "idRange":
    case "answerRange":
      return arg.optional && isBlankRange(asRange(raw)) ? undefined : readList(raw, arg.name);
    case "stageInput":
      return readStageInput(raw, arg.name, scheme);
    case "stageCells":
      return readStageCells(raw, arg.name, scheme);
    case "stage":
      return readStage(raw, arg.name, scheme);
    case "funnelStage":
      return readFunnelStage(raw, arg.name, scheme);
    case "date":
      return readDate(raw, arg.name);
    case "dates":
      return readOneOrList(
        raw,
        arg.name,
        (value) => readDate(value, arg.name),
        (list, i) => list.dateAt(i),
      );
    case "funnelStages":
      return readOneOrList(
        raw,
        arg.name,
        (value) => readFunnelStage(value, arg.name, scheme),
        (list, i) => readFunnelStage(list.valueAt(i), arg.name, scheme),
      );
    case "amount": {
      const amount = readAmount(raw, arg.name);
      if (!arg.positive || (amount !== undefined && amount > 0)) return amount;
      const name = argumentText(arg.name);
      return stopWith("VALUE", {
        en: `${name.en} must be a positive amount.`,
        zh: `${name.zh}必须是正数金额。`,
      });
    }
    case "language":
      return readChoice(raw, arg.name, LANGUAGES);
    case "choice":
      return readChoice(raw, arg.name, arg.choice as Choice<unknown>);
    case "choices": {
      const choice = arg.choice as Choice<unknown>;
      return readOneOrList(
        raw,
        arg.name,
        (value) => readChoice(value, arg.name, choice),
        (list, i) => {
          const value = list.valueAt(i);
          return value === null ? null : choice.read(value, arg.name);
        },
      );
    }
    case "stageList":
      return readStageList(raw, arg.name);
    case "badRows":
      return readBadRows(raw, arg.name);
    case "stageDates":
      return readStageDates(raw, arg.name);
    case "table":
      return readTable(raw, arg.name);
  }
}

/** Reads and checks the arguments in the order the header describes, then computes the answer. */
function answer(fn: DeclaredFunction, raw: readonly unknown[]): unknown {
  const { args } = fn;
  const scheme =
    fn.stageListAt < 0 ? DEFAULT_SCHEME : readStageList(raw[fn.stageListAt], args[fn.stageListAt].name);
  const values: Values = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = i === fn.stageListAt ? scheme : readArgument(arg, raw[i], scheme);
    if ((value === null || value === undefined) && arg.blank !== undefined) {
      if (arg.blank === "answersBlank") return "";
      stopBlank(arg.name, arg.blank);
    }
    values[arg.name] = value;
  }
  for (const group of fn.linedUp) {
    const first = values[args[group[0]].name] as CellList | undefined;
    for (let g = 1; g < group.length; g++) {
      const other = values[args[group[g]].name] as CellList | undefined;
      if (first !== undefined && other !== undefined) checkLinedUp(first, other);
    }
  }
  fn.check?.(values);
  return fn.compute(values);
}

/**
 * Runs a declared function on the arguments Excel passed (in the declaration's order) and hands Excel
 * its answer: a value, an array for a function that spills, or a `CustomFunctions.Error` naming what is
 * wrong, in the language of the function's language argument if it has one, else of Office.
 * @example run(WEIGHTED, [[100], [200]], [["意向"], ["成交"]]) // 20
 */
export function run<R extends ResultShape>(
  fn: DeclaredFunction<R>,
  ...raw: unknown[]
): R extends "array" ? ExcelValue[][] : ExcelValue {
  const language = fn.languageAt < 0 ? undefined : raw[fn.languageAt];
  const compute = () => answer(fn, raw);
  const excel = fn.result === "array" ? excelArray(compute, language) : excelFunction(compute, language);
  return excel as R extends "array" ? ExcelValue[][] : ExcelValue;
}
