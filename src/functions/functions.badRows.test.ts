/**
 * The badRows argument of the range functions, called as Excel calls them: "error" stops at a cell it
 * cannot read, as before; "skip" (or a column of deal ids) gives the figures Pipeline health computes from
 * the same messy table (readPipeline → pipelineHealth), never an error where the pane shows a figure.
 */
import { pipelineHealth } from "../core/health";
import { readPipeline } from "../core/pipeline";
import { DEFAULT_SCHEME } from "../core/stages";
import { CONVERSION, COVERAGE, CYCLETIME, FORECAST, VELOCITY, WEIGHTED, WINRATE } from "./functions";
import { column, excelCall, expectExcelError } from "./testing/cells";
import {
  CustomFunctionError,
  ErrorCode,
  installCustomFunctionsRuntime,
} from "../workbench/engine/customFunctionsRuntime";

beforeAll(() => installCustomFunctionsRuntime());

const HEADER = ["Deal ID", "Stage", "Amount", "Created", "Close Date"];
/**
 * A messy table: an unknown stage, text in an amount, a percentage, an amount in yuan text, a date that
 * is not a date, an Excel error, an exact copy of a row, a blank row.
 */
const ROWS: readonly (readonly unknown[])[] = [
  ["D1", "意向", 1000, "2025-01-10", "2025-09-01"],
  ["D2", "banana", 5000, "2025-01-12", "2025-08-01"],
  ["D3", "谈判", "n/a", "2025-02-01", "2025-08-15"],
  ["D4", "认可", "50%", "2025-02-03", "2025-07-20"],
  ["D5", "成交", "¥2,000", "2025-01-05", "2025-03-06"],
  ["D6", "成交", 3000, "2025-01-20", "TBD"],
  ["D7", "丢单", 800, "2025-02-10", "2025-04-01"],
  ["D8", "#N/A", 700, "2025-02-11", "2025-09-10"],
  ["D5", "成交", "¥2,000", "2025-01-05", "2025-03-06"],
  ["", "", "", "", ""],
  ["D9", "谈判 Negotiation", 4000, "2025-03-01", "2025-08-20"],
];

/** Column c of the table as Excel passes it (an error cell as an error value). */
const data = (c: number) =>
  column(
    ...ROWS.map((cells) =>
      cells[c] === "#N/A"
        ? new CustomFunctionError(ErrorCode.notAvailable)
        : cells[c] === ""
          ? null
          : cells[c],
    ),
  );
const [ids, stages, amounts, created, closed] = [0, 1, 2, 3, 4].map(data);

const read = readPipeline({ header: HEADER, rows: ROWS }, { scheme: DEFAULT_SCHEME });
if (!read.ok) throw new Error(read.error.message.en);
const pane = pipelineHealth(read.value, DEFAULT_SCHEME, { asOf: 45838 });

describe("bad arguments", () => {
  it("rejects a badRows word it does not know, listing error and skip", () => {
    expectExcelError(
      excelCall(WINRATE, stages, null, null, null, "maybe"),
      ErrorCode.invalidValue,
      "error (stop",
    );
  });

  it("rejects a column of ids that does not line up with the data, naming both", () => {
    expectExcelError(
      excelCall(WINRATE, stages, null, null, null, column("D1", "D2")),
      ErrorCode.invalidValue,
      "“badRows”",
    );
  });

  it("stops at a percentage typed as text among the amounts by default, as the pane lists it", () => {
    for (const text of ["50%", "５０％"]) {
      expectExcelError(
        WEIGHTED(column(100, text), column("意向", "谈判")),
        ErrorCode.invalidValue,
        "“amounts” row 2",
      );
    }
  });

  it("stops at the unknown stage by default, naming the cell, as before", () => {
    expectExcelError(WEIGHTED(amounts, stages), ErrorCode.invalidValue, "“stages” row 2");
    expectExcelError(excelCall(WEIGHTED, amounts, stages, null, "error"), ErrorCode.invalidValue, "row 2");
  });
});

describe("badRows skip, by deal id", () => {
  const skip = (fn: (...args: never[]) => unknown, ...args: unknown[]) => excelCall(fn, ...args, ids);

  it("gives the pane's weighted pipeline and win rate", () => {
    expect(skip(WEIGHTED, amounts, stages, null)).toBeCloseTo(pane.overall.weightedPipeline, 6);
    expect(skip(WINRATE, stages, null, null, null)).toBeCloseTo(pane.overall.winRate as number, 9);
  });

  it("gives the pane's average sales cycle and velocity", () => {
    expect(skip(CYCLETIME, created, closed, stages, null)).toBeCloseTo(
      pane.overall.averageCycleDays as number,
      9,
    );
    expect(skip(VELOCITY, amounts, stages, created, closed, null)).toBeCloseTo(
      pane.overall.velocityPerDay as number,
      9,
    );
  });

  it("gives the pane's next-step conversions, one per stage", () => {
    const names = DEFAULT_SCHEME.stages.map((stage) => stage.name.zh);
    const rates = skip(
      CONVERSION,
      stages,
      column(...names.slice(0, -1)),
      column(...names.slice(1)),
      null,
      null,
      null,
      null,
      null,
    );
    const expected = pane.stages.slice(0, -1).map((stage) => [stage.nextStepConversion ?? ""]);
    (rates as unknown[][]).forEach((cell, k) => {
      if (typeof expected[k][0] === "number") expect(cell[0]).toBeCloseTo(expected[k][0], 9);
      else expect(cell[0]).toBe("");
    });
  });

  it("gives the pane's open pipeline as coverage of a target of 1", () => {
    expect(skip(COVERAGE, amounts, stages, 1, null, null, null, null, null, null)).toBeCloseTo(
      pane.overall.openPipeline,
      6,
    );
  });

  it("forecasts the deals the pane forecasts: unreadable amounts left out", () => {
    const expected = skip(
      FORECAST,
      amounts,
      stages,
      closed,
      "2025-07-01",
      "2025-09-30",
      "pipeline",
      null,
      null,
      null,
      null,
    );
    // Open deals closing in Q3 with an amount read: D1 (1000, 意向) and D9 (4000, 谈判) → pipeline (not commit: 意向 only).
    expect(expected).toEqual([[1000]]);
  });
});

describe("badRows skip without ids", () => {
  it("counts the copy of a row twice: only ids tell a copy from a second deal", () => {
    const once = excelCall(WINRATE, stages, null, null, null, ids) as number;
    const twice = excelCall(WINRATE, stages, null, null, null, "skip") as number;
    // Won D5 (and its copy), D6; lost D7: 2 / 3 with ids, 3 / 4 without.
    expect([once, twice]).toEqual([2 / 3, 3 / 4]);
  });

  it("reads an outcomes column of won / lost / in progress as the pane's outcome column", () => {
    const rate = excelCall(
      WINRATE,
      column("谈判", "谈判", "意向", "立项"),
      column("won", "lost", "进行中", "lost"),
      null,
      null,
      "跳过",
    );
    expect(rate).toBe(1 / 3);
  });

  it("reads a lost-at column beside lost deals, and passes over a stage of loss beside an open deal", () => {
    const table = excelCall(
      CONVERSION,
      column("丢单", "谈判", "成交"),
      "目标",
      "谈判",
      column("认可", "立项", null),
      null,
      null,
      null,
      null,
      "skip",
    );
    // Reached 谈判: the open 谈判 deal and the won deal; the deal lost at 认可 did not.
    expect(table).toEqual([[2 / 3]]);
  });
});
