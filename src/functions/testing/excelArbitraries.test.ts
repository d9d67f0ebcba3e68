/**
 * The arbitraries of Excel-shaped input generate what the property tests promise to cover: every kind
 * of cell value, every shape of range, lines that line up, and stage lists FUNNEL accepts.
 */
import fc from "fast-check";
import { schemeFromList } from "../../core/stages";
import { CustomFunctionError } from "../../workbench/engine/customFunctionsRuntime";
import {
  alignedLines,
  alignedRows,
  anyShape,
  asLine,
  customStageList,
  DEFAULT_FUZZ_RUNS,
  DEFAULT_FUZZ_SEED,
  excelCell,
  fuzzSettings,
  largeAlignedRows,
  MAX_CELLS,
} from "./excelArbitraries";

/** A fixed sample of an arbitrary: the same every run. */
const sampleOf = <T>(arbitrary: fc.Arbitrary<T>, numRuns = 3000): T[] =>
  fc.sample(arbitrary, { seed: 7, numRuns });

describe("fuzzSettings", () => {
  it("runs 1,000 cases from a fixed seed unless FUZZ_RUNS or FUZZ_SEED say otherwise", () => {
    expect(fuzzSettings({})).toEqual({ numRuns: DEFAULT_FUZZ_RUNS, seed: DEFAULT_FUZZ_SEED });
    expect(DEFAULT_FUZZ_RUNS).toBe(1000);
    expect(fuzzSettings({ FUZZ_RUNS: "100000", FUZZ_SEED: "-42" })).toEqual({ numRuns: 100_000, seed: -42 });
  });

  it("scales the runs by a share, never below one", () => {
    expect(fuzzSettings({}, 0.02).numRuns).toBe(20);
    expect(fuzzSettings({ FUZZ_RUNS: "1" }, 0.02).numRuns).toBe(1);
  });

  it("refuses settings that are not whole numbers, or no runs at all", () => {
    expect(() => fuzzSettings({ FUZZ_RUNS: "lots" })).toThrow("FUZZ_RUNS");
    expect(() => fuzzSettings({ FUZZ_RUNS: "0" })).toThrow("FUZZ_RUNS");
    expect(() => fuzzSettings({ FUZZ_SEED: "1.5" })).toThrow("FUZZ_SEED");
  });
});

describe("excelCell", () => {
  const cells = sampleOf(excelCell, 20_000);
  const has = (test: (cell: unknown) => boolean) => cells.some(test);
  const isText = (cell: unknown): cell is string => typeof cell === "string";

  it.each([
    ["NaN", (cell: unknown) => Number.isNaN(cell)],
    ["+∞", (cell: unknown) => cell === Infinity],
    ["−∞", (cell: unknown) => cell === -Infinity],
    ["−0", (cell: unknown) => Object.is(cell, -0)],
    ["a negative number", (cell: unknown) => typeof cell === "number" && cell < 0],
    ["1e308", (cell: unknown) => cell === 1e308],
    ["5e-324", (cell: unknown) => cell === 5e-324],
    ["a date serial", (cell: unknown) => Number.isInteger(cell) && (cell as number) > 40000],
    ["Chinese text", (cell: unknown) => isText(cell) && /^\p{Script=Han}+$/u.test(cell)],
    [
      "an emoji (a surrogate pair)",
      (cell: unknown) => isText(cell) && /[\ud800-\udbff][\udc00-\udfff]/.test(cell),
    ],
    ["text of 10,000 characters", (cell: unknown) => isText(cell) && cell.length >= 9000],
    ["formula-like text", (cell: unknown) => isText(cell) && /^[=+@-]/.test(cell)],
    ["a Chinese stage name", (cell: unknown) => cell === "谈判客户"],
    ["an English stage name", (cell: unknown) => cell === "Negotiation"],
    ["a date as text", (cell: unknown) => isText(cell) && /^\d{4}年\d{1,2}月\d{1,2}日$/.test(cell)],
    ["TRUE", (cell: unknown) => cell === true],
    ["FALSE", (cell: unknown) => cell === false],
    ["null", (cell: unknown) => cell === null],
    ["undefined", (cell: unknown) => cell === undefined],
    ["empty text", (cell: unknown) => cell === ""],
    ["a CustomFunctions.Error", (cell: unknown) => cell instanceof CustomFunctionError],
    ["an Excel.ErrorCellValue", (cell: unknown) => (cell as { type?: unknown })?.type === "Error"],
    ["a data-type value", (cell: unknown) => (cell as { type?: unknown })?.type === "Double"],
  ])("includes %s", (_kind, test) => {
    expect(has(test)).toBe(true);
  });
});

describe("anyShape", () => {
  const shapes = sampleOf(anyShape(excelCell));
  const ranges = shapes.filter(
    (shape): shape is unknown[][] => Array.isArray(shape) && shape.every(Array.isArray),
  );
  const rowLengths = (range: unknown[][]) => new Set(range.map((row) => row.length));

  it("gives scalars where a range belongs, empty arrays, 1×N, N×1, blocks and ragged arrays", () => {
    expect(shapes.some((shape) => !Array.isArray(shape) && shape !== null && shape !== undefined)).toBe(true);
    expect(shapes.some((shape) => Array.isArray(shape) && shape.length === 0)).toBe(true);
    expect(ranges.some((range) => range.length === 1 && range[0].length === 0)).toBe(true);
    expect(ranges.some((range) => range.length === 1 && range[0].length > 1)).toBe(true);
    expect(ranges.some((range) => range.length > 1 && range.every((row) => row.length === 1))).toBe(true);
    expect(
      ranges.some((range) => range.length > 1 && range[0].length > 1 && rowLengths(range).size === 1),
    ).toBe(true);
    expect(ranges.some((range) => rowLengths(range).size > 1)).toBe(true);
  });

  it("keeps ranges to at most MAX_CELLS cells", () => {
    for (const range of ranges) expect(range.flat().length).toBeLessThanOrEqual(MAX_CELLS);
  });
});

describe("lines that line up", () => {
  const sameShape = (lines: unknown[][][]) =>
    new Set(lines.map((line) => `${line.length}×${line[0]?.length ?? 0}`)).size <= 1;

  it("gives every list the same shape, one row or one column", () => {
    for (const lines of sampleOf(alignedLines([excelCell, excelCell, excelCell]), 500)) {
      expect(lines).toHaveLength(3);
      expect(sameShape(lines)).toBe(true);
      for (const line of lines) expect(line.length === 1 || line.every((row) => row.length === 1)).toBe(true);
    }
  });

  it("keeps each generated row's cells together, row by row", () => {
    const pairs = fc.integer().map((n) => [n, -n] as const);
    for (const [first, second] of sampleOf(alignedRows(pairs, 2), 200)) {
      expect(first.flat().map((n) => -(n as number))).toEqual(second.flat());
    }
  });

  it("builds large ranges from a repeated run of rows", () => {
    for (const [line] of sampleOf(largeAlignedRows(fc.tuple(excelCell), 1, 1000, 2000), 20)) {
      expect(line.flat().length).toBeGreaterThanOrEqual(1000);
      expect(line.flat().length).toBeLessThanOrEqual(2000);
    }
  });

  it("lays cells out as a row or a column", () => {
    expect(asLine([1, 2], "row")).toEqual([[1, 2]]);
    expect(asLine([1, 2], "column")).toEqual([[1], [2]]);
  });
});

describe("customStageList", () => {
  it("gives lists FUNNEL accepts, whose labels all resolve and whose open labels are open", () => {
    for (const list of sampleOf(customStageList, 500)) {
      const scheme = schemeFromList(list.range);
      if (!scheme.ok) throw new Error(`${JSON.stringify(list.range)}: ${scheme.error.message.en}`);
      for (const label of list.labels) expect(scheme.value.resolve(label).ok).toBe(true);
      for (const label of list.openLabels) {
        const position = scheme.value.resolve(label);
        expect(position.ok && position.value.kind).toBe("open");
      }
    }
  });
});
