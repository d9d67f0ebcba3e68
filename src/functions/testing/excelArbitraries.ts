/**
 * fast-check arbitraries of what Excel hands a custom function: cell values (numbers at the edges of
 * floating point, Chinese and emoji text, very long and formula-like text, stage labels and dates in
 * both languages, booleans, blanks, error and data-type values) and the shapes they arrive in (scalars,
 * 1×N and N×1 ranges, blocks, ragged and empty arrays), plus the settings every property runs with.
 * Used by the property tests only; never shipped.
 */
import fc from "fast-check";
import { normaliseLabel } from "../../core/kernel";
import { STAGES, LOST, LOST_WORDS, WON_WORDS } from "../../core/stages";
import { CustomFunctionError, ErrorCode } from "../../workbench/engine/customFunctionsRuntime";

type Arbitrary<T> = fc.Arbitrary<T>;

/** Most cells of a generated range: keeps the default run of every property well under a minute. */
export const MAX_CELLS = 60;

/** The seed the properties run with unless `FUZZ_SEED` says otherwise: CI runs are reproducible. */
export const DEFAULT_FUZZ_SEED = 20250801;

/** Runs per property unless `FUZZ_RUNS` says otherwise (CI needs at least 1,000 per function). */
export const DEFAULT_FUZZ_RUNS = 1000;

/** The settings of one property run: how many cases, and the seed they come from. */
export interface FuzzSettings {
  readonly numRuns: number;
  readonly seed: number;
}

/**
 * The settings from the environment: `FUZZ_RUNS` (runs per property, default {@link DEFAULT_FUZZ_RUNS})
 * and `FUZZ_SEED` (an integer, default {@link DEFAULT_FUZZ_SEED}); `share` scales the runs for the
 * costlier properties (large ranges), never below one run.
 * @example fuzzSettings({ FUZZ_RUNS: "100000" }).numRuns // 100000
 * @example fuzzSettings({}, 0.1).numRuns // 100
 */
export function fuzzSettings(env: NodeJS.ProcessEnv = process.env, share = 1): FuzzSettings {
  const runs = positiveInteger(env.FUZZ_RUNS, "FUZZ_RUNS") ?? DEFAULT_FUZZ_RUNS;
  const seed = integer(env.FUZZ_SEED, "FUZZ_SEED") ?? DEFAULT_FUZZ_SEED;
  return { numRuns: Math.max(1, Math.round(runs * share)), seed };
}

function integer(text: string | undefined, name: string): number | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be an integer, not “${text}”.`);
  return value;
}

function positiveInteger(text: string | undefined, name: string): number | undefined {
  const value = integer(text, name);
  if (value !== undefined && value < 1) throw new RangeError(`${name} must be 1 or more, not ${value}.`);
  return value;
}

// ───────────────────────────── cell values ─────────────────────────────

/** The last day Excel shows (9999-12-31) as a serial. */
const LAST_SERIAL = 2958465;

/** Numbers at the edges: NaN, ±∞, −0, the largest and smallest doubles, and their negatives. */
export const edgeNumber: Arbitrary<number> = fc.constantFrom(
  NaN,
  Infinity,
  -Infinity,
  -0,
  0,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  5e-324,
  -5e-324,
  Number.MAX_SAFE_INTEGER,
  0.1 + 0.2,
);

/** Any number a cell can hold, edges included: doubles, small integers, fractions and date serials. */
export const excelNumber: Arbitrary<number> = fc.oneof(
  edgeNumber,
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: 1, max: LAST_SERIAL }),
);

const fromCodePoints = (min: number, max: number, maxLength: number) =>
  fc.string({
    unit: fc.integer({ min, max }).map((code) => String.fromCodePoint(code)),
    minLength: 1,
    maxLength,
  });

/** Chinese text (CJK unified ideographs). */
export const chineseText: Arbitrary<string> = fromCodePoints(0x4e00, 0x9fff, 12);

/** Emoji: surrogate pairs, skin tones, ZWJ sequences, flags, variation selectors and a lone surrogate. */
export const emojiText: Arbitrary<string> = fc.oneof(
  fc.constantFrom("😀", "👍🏽", "👨‍👩‍👧", "🇨🇳", "❤️", "✔️", "1️⃣", "\ud83d", "意向😀", "😀 Won"),
  fromCodePoints(0x1f300, 0x1faff, 6),
);

/**
 * Very long text (about 10,000 characters): repeated letters, Chinese, emoji, spaces, digits, a stage,
 * or a date whose parts a long run of spaces keeps apart.
 */
export const longText: Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("", "2024-03-05 12:00", "2024年3月5", "Mar 5", "意向"),
    fc.constantFrom("x", "意", "😀", " ", "9", "意向", "2025-01-01 ", "+", "-"),
    fc.integer({ min: 9000, max: 10000 }),
    fc.constantFrom("", "x", " x", "1", "日", " PM"),
  )
  .map(([head, unit, length, tail]) => head + unit.repeat(Math.ceil(length / unit.length)) + tail);

/** Text a spreadsheet would read as a formula or a command. */
export const formulaText: Arbitrary<string> = fc.constantFrom(
  "=1+1",
  '=HYPERLINK("http://example.com","click")',
  "+cmd|' /C calc'!A0",
  "@SUM(A1:A9)",
  "-2+3",
  "=FUNNEL.WEIGHTED(A1:A3,B1:B3)",
  "'=1+1",
  "#N/A",
  "#DIV/0!",
);

/** Numbers written as text, the plain ones FUNNEL reads and the ones it must refuse. */
export const numericText: Arbitrary<string> = fc.oneof(
  fc.constantFrom(" 1200 ", "1.5e3", "-0", "0", "1e999", "-1e999", "NaN", "Infinity", "35%", "1,200"),
  fc.constantFrom("¥1,200", "$99", "（100）", "0x10", "１２３", "3.", ".5", "1".repeat(400)),
  excelNumber.map((value) => String(value)),
);

/** Every label of the deck's stages and outcomes: names, short names, ids, numbers, won and lost words. */
export const STAGE_LABELS: readonly (string | number)[] = Object.freeze([
  ...STAGES.flatMap((stage) => [
    stage.id,
    stage.name.zh,
    stage.name.en,
    stage.shortName.zh,
    stage.shortName.en,
    `${stage.shortName.zh}阶段`,
    stage.number,
    String(stage.number),
  ]),
  LOST.id,
  LOST.name.zh,
  LOST.name.en,
  ...WON_WORDS,
  ...LOST_WORDS,
]);

/** The labels of the deck's open stages (not won, not lost). */
export const OPEN_STAGE_LABELS: readonly (string | number)[] = Object.freeze(
  STAGES.slice(0, -1).flatMap((stage) => [stage.id, stage.name.zh, stage.name.en, stage.number]),
);

/** A label written as people type it: as is, upper case, full-width, padded, or with spaces inside (between Chinese characters, or doubled). */
function typedAs(label: string | number): Arbitrary<string | number> {
  if (typeof label === "number") return fc.constantFrom(label, String(label), ` ${label} `);
  const fullWidth = [...label]
    .map((ch) => (ch >= "!" && ch <= "~" ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch))
    .join("");
  const spaced = /^\p{Script=Han}+$/u.test(label) ? [...label].join(" ") : label.replace(" ", "  ");
  return fc.constantFrom(label, label.toUpperCase(), fullWidth, `  ${label} `, spaced);
}

/** A stage label of the deck's funnel (any stage, won or lost), as typed. */
export const stageLabel: Arbitrary<string | number> = fc.constantFrom(...STAGE_LABELS).chain(typedAs);

/** Dates as Excel serials, with a time of day, and as the texts people type; some not dates at all. */
export const dateCell: Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 1, max: LAST_SERIAL }),
  fc.integer({ min: 43000, max: 47000 }),
  fc.double({ min: 43000, max: 47000, noNaN: true }),
  fc
    .date({
      min: new Date("1900-03-01T00:00:00Z"),
      max: new Date("9999-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .chain((date) => {
      const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      const pad = (n: number) => String(n).padStart(2, "0");
      return fc.constantFrom(
        `${y}-${pad(m)}-${pad(d)}`,
        `${y}/${m}/${d}`,
        `${y}年${m}月${d}日`,
        `${y}${pad(m)}${pad(d)}`,
        `${y}-${pad(m)}-${pad(d)}T14:30:00Z`,
      );
    }),
  fc.constantFrom("2024-02-30", "1899-12-31", "10000-01-01", "05/03/2024", "Mar 5, 2024", "5 Mar 24"),
  fc.constantFrom(0, -1, LAST_SERIAL + 1, 60, 61, 59),
);

/** An Excel error as a custom function receives it: a `CustomFunctions.Error` or an `Excel.ErrorCellValue`. */
export const excelErrorValue: Arbitrary<object> = fc.oneof(
  fc
    .constantFrom(...Object.values(ErrorCode))
    .chain((code) =>
      fc.constantFrom(new CustomFunctionError(code), new CustomFunctionError(code, "upstream")),
    ),
  fc.constantFrom(
    { type: "Error", errorType: "Div0", basicValue: "#DIV/0!" },
    { type: "Error", errorType: "NotAvailable", basicValue: "#N/A" },
    { type: "Error", errorType: "Value", basicValue: "#VALUE!" },
    { type: "Error", basicValue: "#SPILL!" },
  ),
);

/** A data-type (rich) value with a basic value: a number, text, a stage, a boolean. */
export const dataTypeValue: Arbitrary<object> = fc.oneof(
  excelNumber.map((basicValue) => ({ type: "Double", basicValue })),
  stageLabel.map((basicValue) => ({ type: "String", basicValue: String(basicValue) })),
  fc.boolean().map((basicValue) => ({ type: "Boolean", basicValue })),
  fc.constant({ type: "Empty", basicValue: "" }),
);

/** A blank cell as Excel may pass it: null, undefined, "" or spaces. */
export const blankCell: Arbitrary<unknown> = fc.constantFrom(null, undefined, "", "   ", "\u3000");

/** Any text a cell can hold. */
export const excelText: Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ maxLength: 12 }), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }), weight: 2 },
  { arbitrary: chineseText, weight: 2 },
  { arbitrary: emojiText, weight: 2 },
  { arbitrary: longText, weight: 1 },
  { arbitrary: formulaText, weight: 2 },
  { arbitrary: numericText, weight: 2 },
  { arbitrary: stageLabel.map(String), weight: 3 },
  {
    arbitrary: fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\u200b", "－", "_"), maxLength: 6 }),
    weight: 1,
  },
);

/** Anything a single cell can hold. */
export const excelCell: Arbitrary<unknown> = fc.oneof(
  { arbitrary: excelNumber, weight: 4 },
  { arbitrary: excelText, weight: 5 },
  { arbitrary: stageLabel, weight: 3 },
  { arbitrary: dateCell, weight: 2 },
  { arbitrary: fc.boolean(), weight: 2 },
  { arbitrary: blankCell, weight: 3 },
  { arbitrary: excelErrorValue, weight: 1 },
  { arbitrary: dataTypeValue, weight: 1 },
);

// ───────────────────────────── shapes ─────────────────────────────

/** How a list of cells is laid out: down a column (N×1) or across a row (1×N). */
export type Orientation = "column" | "row";

/**
 * Cells laid out as a range: N×1 for a column, 1×N for a row.
 * @example asLine(["a", "b"], "row") // [["a", "b"]]
 */
export function asLine(cells: readonly unknown[], orientation: Orientation): unknown[][] {
  return orientation === "row" ? [[...cells]] : cells.map((cell) => [cell]);
}

/** Every shape an argument may arrive in, filled with `cell`: scalars where a range belongs included. */
export function anyShape(cell: Arbitrary<unknown>, maxCells: number = MAX_CELLS): Arbitrary<unknown> {
  const side = Math.max(1, Math.floor(Math.sqrt(maxCells)));
  return fc.oneof(
    { arbitrary: cell, weight: 2 },
    { arbitrary: fc.constantFrom([], [[]], [[], []], null, undefined), weight: 1 },
    {
      arbitrary: fc
        .tuple(fc.array(cell, { maxLength: maxCells }), fc.constantFrom<Orientation>("column", "row"))
        .map(([cells, orientation]) => asLine(cells, orientation)),
      weight: 4,
    },
    {
      arbitrary: fc.array(fc.array(cell, { minLength: 1, maxLength: side }), {
        minLength: 1,
        maxLength: side,
      }),
      weight: 2,
    },
    {
      arbitrary: fc
        .integer({ min: 1, max: side })
        .chain((width) =>
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: side }),
        ),
      weight: 1,
    },
    { arbitrary: fc.array(cell, { maxLength: side }), weight: 1 },
  );
}

/**
 * Lists of cells that line up (one per deal), each from its own arbitrary, all laid out the same way,
 * N×1 or 1×N. Shapes that do not line up come from {@link anyShape}.
 * @example alignedLines([amountCell, stageCell]) // e.g. [[[100], [5]], [["意向"], ["成交"]]]
 */
export function alignedLines(
  cells: readonly Arbitrary<unknown>[],
  maxLength: number = MAX_CELLS,
): Arbitrary<unknown[][][]> {
  return alignedRows(fc.tuple(...cells), cells.length, maxLength);
}

/**
 * Deals generated a row at a time (so that columns can depend on each other, as a close date on its
 * created date), returned as `width` lists that line up, all N×1 or all 1×N.
 * @example alignedRows(fc.tuple(amountCell, stageCell), 2) // e.g. [[[100], [5]], [["意向"], ["成交"]]]
 */
export function alignedRows(
  row: Arbitrary<readonly unknown[]>,
  width: number,
  maxLength: number = MAX_CELLS,
): Arbitrary<unknown[][][]> {
  return fc
    .tuple(fc.array(row, { maxLength }), fc.constantFrom<Orientation>("column", "row"))
    .map(([rows, orientation]) => columnsOf(rows, width, orientation));
}

/**
 * Like {@link alignedRows}, for large ranges: a short run of generated rows repeated to `minLength` …
 * `maxLength` rows, so a range of tens of thousands of cells costs little to generate.
 */
export function largeAlignedRows(
  row: Arbitrary<readonly unknown[]>,
  width: number,
  minLength: number,
  maxLength: number,
): Arbitrary<unknown[][][]> {
  return fc
    .tuple(
      fc.array(row, { minLength: 1, maxLength: 16 }),
      fc.integer({ min: minLength, max: maxLength }),
      fc.constantFrom<Orientation>("column", "row"),
    )
    .map(([pattern, length, orientation]) =>
      columnsOf(
        Array.from({ length }, (_, i) => pattern[i % pattern.length]),
        width,
        orientation,
      ),
    );
}

function columnsOf(
  rows: readonly (readonly unknown[])[],
  width: number,
  orientation: Orientation,
): unknown[][][] {
  return Array.from({ length: width }, (_, k) =>
    asLine(
      rows.map((cells) => cells[k]),
      orientation,
    ),
  );
}

/** Mostly `clean` cells, now and then any cell at all (noise that FUNNEL must report, not crash on). */
export function mostly(clean: Arbitrary<unknown>): Arbitrary<unknown> {
  return fc.oneof({ arbitrary: clean, weight: 30 }, { arbitrary: excelCell, weight: 1 });
}

// ───────────────────────────── pipeline columns ─────────────────────────────

/** An amount a pipeline holds: mostly plain numbers, sometimes numeric text, a blank or an edge. */
export const amountCell: Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 5_000_000 }), weight: 6 },
  { arbitrary: fc.double({ min: 0, max: 1e7, noNaN: true }), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map((n) => ` ${n} `), weight: 1 },
  { arbitrary: blankCell, weight: 1 },
  { arbitrary: fc.constantFrom(-500, 1e300, 5e-324, -0), weight: 1 },
);

/** A non-negative amount that is a plain number (for invariants), or a blank. */
export const cleanAmountCell: Arbitrary<number | null> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 5_000_000 }), weight: 6 },
  { arbitrary: fc.double({ min: 0, max: 1e7, noNaN: true }), weight: 2 },
  { arbitrary: fc.constant(null), weight: 1 },
);

/** A stage cell of the deck's funnel: a label as typed, or a blank. */
export const stageCell: Arbitrary<unknown> = fc.oneof(
  { arbitrary: stageLabel, weight: 8 },
  { arbitrary: blankCell, weight: 1 },
);

/** An evidence answer: TRUE/FALSE and the words and marks the deck's checklist accepts, or a blank. */
export const answerCell: Arbitrary<unknown> = fc.constantFrom(
  true,
  false,
  1,
  0,
  "是",
  "否",
  "Y",
  "n",
  "✓",
  "×",
  "TRUE",
  "",
  null,
);

/** A 值得赢吗? rating: 0–10, its text, + / − marks in both scripts, or a blank. */
export const ratingCell: Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 0, max: 10 }),
  fc.double({ min: 0, max: 10, noNaN: true }),
  fc.constantFrom("+", "-", "−", "＋", "✓", "×", "高", "低", "有", "无", " 7 ", "10", null, ""),
);

// ───────────────────────────── stage lists ─────────────────────────────

/** Stage names teams use in their CRM, in order. */
const CRM_STAGE_NAMES: readonly string[] = Object.freeze([
  "Lead",
  "Prospecting",
  "Qualification",
  "Needs Analysis",
  "Value Proposition",
  "Proposal",
  "Negotiation/Review",
  "线索",
  "初访",
  "方案",
  "报价",
  "合同评审",
]);

/** A team's own stage list and the labels its cells may hold. */
export interface GeneratedStageList {
  /** The range as Excel passes it: a column of names, optionally with a probability column. */
  readonly range: unknown[][];
  /** Labels it resolves: its names, numbers 1..n, won and lost words. */
  readonly labels: readonly (string | number)[];
  /** Labels of its open stages (names and numbers). */
  readonly openLabels: readonly (string | number)[];
}

const RESERVED_NAMES: ReadonlySet<string> = new Set([...WON_WORDS, ...LOST_WORDS, "signed"]);

/** Whether `name` can be an open stage of a list: not blank, not a number, not a won or lost word. */
const isOpenStageName = (name: string) => {
  const key = normaliseLabel(name);
  return key !== "" && !/^\d+(\.\d+)?$/.test(key) && !RESERVED_NAMES.has(key);
};

/** Open stage names nobody would choose, but a sheet may hold: Chinese, emoji, very long or formula-like. */
const oddStageNames: Arbitrary<string[]> = fc.uniqueArray(
  fc
    .oneof(chineseText, emojiText, longText, formulaText, fc.string({ minLength: 1, maxLength: 10 }))
    .filter(isOpenStageName),
  { minLength: 1, maxLength: 5, selector: normaliseLabel },
);

/**
 * A valid stage list: 2–7 stages in order (CRM names from {@link CRM_STAGE_NAMES}, or odd ones), the
 * last named Closed Won (or left as the won stage), sometimes a Closed Lost row, sometimes a
 * probability column (fractions, percentages or "35%" text) rising to 100 %.
 */
export const customStageList: Arbitrary<GeneratedStageList> = fc
  .tuple(
    fc.oneof(
      { arbitrary: fc.subarray([...CRM_STAGE_NAMES], { minLength: 1, maxLength: 6 }), weight: 3 },
      { arbitrary: oddStageNames, weight: 1 },
    ),
    fc.boolean(),
    fc.boolean(),
    fc.constantFrom<"none" | "fraction" | "percent" | "text">("none", "fraction", "percent", "text"),
    fc.array(fc.integer({ min: 1, max: 99 }), { minLength: 6, maxLength: 6 }),
  )
  .map(([open, namedWon, withLost, probabilities, percents]) => {
    const names = [...open, namedWon ? "Closed Won" : "Signed"];
    const sorted = [...percents].sort((a, b) => a - b);
    const cell = (percent: number) =>
      probabilities === "fraction" ? percent / 100 : probabilities === "percent" ? percent : `${percent}%`;
    const rows: unknown[][] = names.map((name, i) => {
      if (probabilities === "none") return [name];
      return [name, cell(i === names.length - 1 ? 100 : sorted[i])];
    });
    if (withLost) rows.push(probabilities === "none" ? ["Closed Lost"] : ["Closed Lost", cell(0)]);
    const numbers = names.map((_, i) => i + 1);
    const openLabels = [...open, ...numbers.slice(0, -1)];
    return {
      range: rows,
      labels: [...names, ...numbers, "Won", "成交", "Lost", "丢单", ...(withLost ? ["Closed Lost"] : [])],
      openLabels,
    };
  });

/** Office's display language while a function runs: none (outside Office), Chinese or English. */
export const displayLocale: Arbitrary<string | undefined> = fc.constantFrom(undefined, "zh-CN", "en-US");
