/**
 * FUNNEL.CYCLETIME, FUNNEL.DAYSINSTAGE and FUNNEL.VELOCITY, called as Excel calls them.
 */
import { headlineFigures } from "../core/metrics";
import { readPipeline } from "../core/pipeline";
import { SAMPLE_COLUMN, samplePipeline } from "../workbench/samplePipeline";
import { DEFAULT_SCHEME } from "../core/stages";
import { CYCLETIME, DAYSINSTAGE, VELOCITY } from "./functions";
import { column, excelCall, expectExcelError, row } from "./testing/cells";
import { ErrorCode, installCustomFunctionsRuntime } from "../workbench/engine/customFunctionsRuntime";

beforeAll(() => installCustomFunctionsRuntime());

/**
 * Ten deals (the same as core's health fixture), as columns. Won: rows 5, 6, 7 (row 7 has no amount and
 * no created date); lost: rows 8, 9; open: rows 1, 2, 3, 4, 10. Dates partly as text (45600 = 2024-11-04).
 */
const STAGES = column("意向", "意向", "意向", "谈判", "成交", "成交", "成交", "丢单", "丢单", "目标");
const AMOUNTS = column(100, 200, null, 1000, 500, 300, null, 400, null, 50);
const CREATED = column(45700, 45700, 45750, 45600, "2024-11-04", 45700, null, 45500, null, null);
const CLOSED = column(45900, 45850, null, 45800, 45660, "2025年3月4日", 45800, null, null, 45870);

describe("FUNNEL.CYCLETIME", () => {
  it("rejects created and closed ranges of different sizes, naming both", () => {
    const result = excelCall(CYCLETIME, column(45600, 45700), column(45660));
    expectExcelError(
      result,
      ErrorCode.invalidValue,
      "“created” (2 rows × 1 column)",
      "“closed” (1 row × 1 column)",
    );
  });

  it("rejects stages that do not line up with the dates", () => {
    expectExcelError(
      excelCall(CYCLETIME, CREATED, CLOSED, column("成交")),
      ErrorCode.invalidValue,
      "“stages”",
    );
  });

  it("rejects a cell that is not a date, naming it", () => {
    const result = excelCall(CYCLETIME, column(45600, "soon"), column(45660, 45700));
    expectExcelError(result, ErrorCode.invalidValue, "“created” row 2", "soon");
  });

  it("rejects TRUE/FALSE where a date belongs", () => {
    expectExcelError(excelCall(CYCLETIME, column(true), column(45660)), ErrorCode.invalidValue, "“created”");
  });

  it("rejects a close date before its created date, naming the cell", () => {
    const result = excelCall(CYCLETIME, column(45600, 45700), column(45660, 45690));
    expectExcelError(result, ErrorCode.invalidValue, "“closed” row 2", "10 days before");
  });

  it("rejects an unknown stage, naming the row", () => {
    const result = excelCall(
      CYCLETIME,
      column(45600, 45600),
      column(45660, 45660),
      column("成交", "Closing"),
    );
    expectExcelError(result, ErrorCode.invalidValue, "“stages” row 2", "Closing");
  });

  it("rejects a stage list that is not a list of stages", () => {
    const result = excelCall(CYCLETIME, CREATED, CLOSED, STAGES, [["A", "x"]]);
    expectExcelError(result, ErrorCode.invalidValue, "“stageList”");
  });

  it("answers #DIV/0! when no row has both dates", () => {
    expectExcelError(
      excelCall(CYCLETIME, column(45600, null), column(null, 45700)),
      ErrorCode.divisionByZero,
    );
    expectExcelError(excelCall(CYCLETIME, column(null), column(null)), ErrorCode.divisionByZero);
  });

  it("answers #DIV/0! when no won deal has both dates", () => {
    const result = excelCall(CYCLETIME, column(45600, null), column(45660, 45700), column("丢单", "成交"));
    expectExcelError(result, ErrorCode.divisionByZero);
  });

  it("averages the won deals' cycles when given stages", () => {
    // won rows: 60 and 20 days; the third won deal has no created date
    expect(excelCall(CYCLETIME, CREATED, CLOSED, STAGES)).toBe(40);
  });

  it("averages every row with both dates when stages are omitted", () => {
    // rows 1, 2, 4, 5, 6: 200 + 150 + 200 + 60 + 20 days
    expect(excelCall(CYCLETIME, CREATED, CLOSED)).toBe(630 / 5);
  });

  it("ignores the time of day and reads a row as well as a column", () => {
    expect(excelCall(CYCLETIME, row(45600.9, 45700), row(45610.1, 45730))).toBe(20);
  });

  it("works with a custom stage list, whose last stage is won", () => {
    const list = column("Lead", "Deal", "Signed");
    const result = excelCall(
      CYCLETIME,
      column(45600, 45600),
      column(45610, 45700),
      column("Signed", "Deal"),
      list,
    );
    expect(result).toBe(10);
  });
});

describe("FUNNEL.DAYSINSTAGE", () => {
  it("asks for an as-of date when it is blank", () => {
    expectExcelError(excelCall(DAYSINSTAGE, 45700, null), ErrorCode.invalidValue, "“asOf”", "TODAY()");
    expectExcelError(excelCall(DAYSINSTAGE, 45700, ""), ErrorCode.invalidValue, "“asOf”");
  });

  it("rejects a stage-entered date that is not a date", () => {
    expectExcelError(
      excelCall(DAYSINSTAGE, "last week", 45838),
      ErrorCode.invalidValue,
      "“stageEntered”",
      "last week",
    );
  });

  it("rejects an as-of date that is not a date", () => {
    expectExcelError(excelCall(DAYSINSTAGE, 45700, true), ErrorCode.invalidValue, "“asOf”");
  });

  it("rejects a stage-entered date after the as-of date", () => {
    expectExcelError(excelCall(DAYSINSTAGE, 45839, 45838), ErrorCode.invalidValue, "“stageEntered”", "after");
  });

  it("rejects a range of several cells", () => {
    expectExcelError(
      excelCall(DAYSINSTAGE, column(45700, 45701), 45838),
      ErrorCode.invalidValue,
      "single value",
    );
  });

  it("gives blank for a blank stage-entered date", () => {
    expect(excelCall(DAYSINSTAGE, null, 45838)).toBe("");
    expect(excelCall(DAYSINSTAGE, "", null)).toBe("");
  });

  it("counts whole days from entering the stage to the as-of date", () => {
    expect(excelCall(DAYSINSTAGE, 45700, 45838)).toBe(138);
    expect(excelCall(DAYSINSTAGE, "2025-03-01", "2025-06-29")).toBe(120);
    expect(excelCall(DAYSINSTAGE, [[45838.8]], [[45838.2]])).toBe(0);
  });
});

describe("FUNNEL.VELOCITY", () => {
  it("rejects columns that do not line up, naming both", () => {
    const result = excelCall(VELOCITY, AMOUNTS, STAGES, CREATED, column(45660));
    expectExcelError(
      result,
      ErrorCode.invalidValue,
      "“amounts” (10 rows × 1 column)",
      "“closed” (1 row × 1 column)",
    );
  });

  it("rejects an unknown stage, naming the row", () => {
    const result = excelCall(
      VELOCITY,
      column(1, 2),
      column("成交", "Closing"),
      column(45600, 45600),
      column(45660, 45660),
    );
    expectExcelError(result, ErrorCode.invalidValue, "“stages” row 2", "Closing");
  });

  it("rejects text in a won deal's amount", () => {
    const result = excelCall(VELOCITY, column("12k"), column("成交"), column(45600), column(45660));
    expectExcelError(result, ErrorCode.invalidValue, "“amounts”", "12k");
  });

  it("rejects a won deal closed before it was created", () => {
    const result = excelCall(
      VELOCITY,
      column(5, 1),
      column("成交", "意向"),
      column(45700, null),
      column(45600, null),
    );
    expectExcelError(result, ErrorCode.invalidValue, "“closed” row 1");
  });

  it("answers #DIV/0! naming the missing figure", () => {
    const noClosed = excelCall(VELOCITY, column(1), column("意向"), column(45600), column(null));
    expectExcelError(noClosed, ErrorCode.divisionByZero, "win rate");
    const noAmount = excelCall(
      VELOCITY,
      column(null, 1),
      column("成交", "意向"),
      column(45600, null),
      column(45660, null),
    );
    expectExcelError(noAmount, ErrorCode.divisionByZero, "average won size");
    const noDates = excelCall(
      VELOCITY,
      column(5, 1),
      column("成交", "意向"),
      column(null, null),
      column(45660, null),
    );
    expectExcelError(noDates, ErrorCode.divisionByZero, "average sales cycle");
  });

  it("is open deals × win rate × average won size ÷ average cycle days", () => {
    // 5 open × (3 won / 5 closed) × 400 average won ÷ 40 days = 30 a day
    expect(excelCall(VELOCITY, AMOUNTS, STAGES, CREATED, CLOSED)).toBe(30);
  });

  it("skips rows with a blank stage and reads only won rows' amounts and dates", () => {
    const result = excelCall(
      VELOCITY,
      column(100, 500, 300, "n/a", 7),
      column("意向", "成交", "丢单", "谈判", null),
      column("?", 45600, "?", null, 45000),
      column(null, 45660, null, null, 44000),
    );
    // 2 open × (1 won / 2 closed) × 500 ÷ 60
    expect(result).toBeCloseTo(500 / 60, 12);
  });

  it("is 0 when no deal is open", () => {
    expect(
      excelCall(VELOCITY, column(500, 1), column("成交", "丢单"), column(45600, null), column(45660, null)),
    ).toBe(0);
  });

  it("works with a custom stage list", () => {
    const list = column("Lead", "Signed");
    const result = excelCall(
      VELOCITY,
      column(1, 600),
      column("Lead", "Signed"),
      column(null, 45600),
      column(null, 45630),
      list,
    );
    expect(result).toBe(20); // 1 × 1 × 600 ÷ 30
  });
});

describe("the cell functions and the pipeline-health analytics", () => {
  it("give the same sales cycle and velocity on the sample pipeline", () => {
    const sample = samplePipeline({ language: "zh" });
    const read = readPipeline({ header: sample.header, rows: sample.rows }, { scheme: DEFAULT_SCHEME });
    if (!read.ok) throw new Error(read.error.message.en);
    const overall = headlineFigures(read.value.deals, DEFAULT_SCHEME);
    const columnOf = (index: number) => sample.rows.map((cells) => [cells[index]]);
    const [amounts, stages] = [columnOf(SAMPLE_COLUMN.amount), columnOf(SAMPLE_COLUMN.stage)];
    const [created, closed] = [columnOf(SAMPLE_COLUMN.created), columnOf(SAMPLE_COLUMN.expectedClose)];
    expect(overall.averageCycleDays).not.toBeNull();
    expect(excelCall(CYCLETIME, created, closed, stages)).toBeCloseTo(overall.averageCycleDays ?? NaN, 9);
    expect(excelCall(VELOCITY, amounts, stages, created, closed)).toBeCloseTo(
      overall.velocityPerDay ?? NaN,
      6,
    );
  });
});
