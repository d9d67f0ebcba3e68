/**
 * FUNNEL.FORECAST and FUNNEL.COVERAGE, called as Excel calls them.
 */
import { COVERAGE, FORECAST, WEIGHTED } from "./functions";
import { column, excelCall, expectExcelError, row, singleAnswer, withDisplayLanguage } from "./testing/cells";
import {
  CustomFunctionError,
  ErrorCode,
  installCustomFunctionsRuntime,
} from "../workbench/engine/customFunctionsRuntime";

beforeAll(() => installCustomFunctionsRuntime());

/** Q3 2025 as Excel passes dates: serials, or text. */
const [FROM, TO] = [45839, 45930];

/**
 * 100 at 谈判 and 200 at 意向 closing in Q3, 50 won in Q3; outside Q3 or uncounted: 999 won in June, 999 at
 * 谈判 in October, 999 at 谈判 without a close date, a lost deal, and a blank row.
 */
const AMOUNTS = column(100, 200, 50, 999, 999, 999, 999, null);
const STAGES = column("谈判", "意向", "成交", "Won", "negotiation", "谈判", "丢单", null);
const CLOSE = column(45870, "2025-09-30", 45839, 45838, 45931, null, 45870, null);

/** FUNNEL.FORECAST of Q3 over the columns above: one figure (a spilled answer of one cell). */
const forecast = (...rest: unknown[]) =>
  singleAnswer(excelCall(FORECAST, AMOUNTS, STAGES, CLOSE, FROM, TO, ...rest));

describe("FUNNEL.FORECAST", () => {
  it("rejects columns that do not line up, naming both", () => {
    const result = excelCall(FORECAST, AMOUNTS, STAGES, column(45870), FROM, TO);
    expectExcelError(
      result,
      ErrorCode.invalidValue,
      "“amounts” (8 rows × 1 column)",
      "“closeDates” (1 row × 1 column)",
    );
  });

  it("rejects a close date that is not a date, naming the row", () => {
    const result = excelCall(FORECAST, column(1, 2), column("意向", "意向"), column(45870, "soon"), FROM, TO);
    expectExcelError(result, ErrorCode.invalidValue, "“closeDates” row 2");
  });

  it("rejects text in amounts and an unknown stage", () => {
    expectExcelError(
      excelCall(FORECAST, column("lots"), column("意向"), column(45870), FROM, TO),
      ErrorCode.invalidValue,
      "“amounts”",
    );
    expectExcelError(
      excelCall(FORECAST, column(1), column("Closing"), column(45870), FROM, TO),
      ErrorCode.invalidValue,
      "Closing",
    );
  });

  it("rejects a blank period bound and a period that ends before it starts", () => {
    expectExcelError(forecastWith(null, TO), ErrorCode.invalidValue, "“from”", "first day");
    expectExcelError(forecastWith(FROM, ""), ErrorCode.invalidValue, "“to”");
    expectExcelError(forecastWith(TO, FROM), ErrorCode.invalidValue, "swap");
  });

  it("rejects an unknown measure, listing the accepted ones", () => {
    expectExcelError(forecast("p95"), ErrorCode.invalidValue, "“measure”", "p10, p50, p90");
  });

  it("asks for a target for the probability, and rejects a target that is not a number", () => {
    expectExcelError(forecast("probability"), ErrorCode.invalidValue, "“target”", "needs the target");
    expectExcelError(forecast("probability", "a lot"), ErrorCode.invalidValue, "“target”", "not a number");
  });

  it("answers an Excel error in a data column with its own message, naming the column and the row", () => {
    // Excel passes error cells in (allowErrorForDataTypeAny) as error values or error cell values.
    const notAvailable = { type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" };
    const close = column(45870, notAvailable);
    const result = excelCall(FORECAST, column(1, 2), column("意向", "意向"), close, FROM, TO);
    expectExcelError(result, ErrorCode.invalidValue, "“closeDates” row 2 holds an Excel error (#N/A)");
    const error = new CustomFunctionError(ErrorCode.divisionByZero);
    const amounts = excelCall(
      FORECAST,
      column(1, error),
      column("意向", "意向"),
      column(45870, 45870),
      FROM,
      TO,
    );
    expectExcelError(amounts, ErrorCode.invalidValue, "“amounts” row 2", "#DIV/0!");
  });

  it("rejects the lost outcome and a best case after commit as category stages", () => {
    expectExcelError(forecast("commit", null, null, "丢单"), ErrorCode.invalidValue, "“commitStage”");
    expectExcelError(
      forecast("commit", null, null, "立项", "谈判"),
      ErrorCode.invalidValue,
      "at or before commit",
    );
  });

  it("answers each figure of the period's forecast", () => {
    // Open outcomes: +0 (0.2), +100 (0.6), +200 (0.05), +300 (0.15) on top of 50 won
    expect(forecast()).toBe(165);
    expect(forecast("expected")).toBe(165);
    expect([forecast("p10"), forecast("p50"), forecast("P90")]).toEqual([50, 150, 350]);
    expect(forecast("stdev")).toBeCloseTo(Math.sqrt(100 ** 2 * 0.75 * 0.25 + 200 ** 2 * 0.2 * 0.8), 9);
    expect([forecast("commit"), forecast("best case"), forecast("pipeline"), forecast("won")]).toEqual([
      150, 150, 200, 50,
    ]);
    expect(forecast("probability", 200)).toBeCloseTo(0.2, 12);
    expect(forecast("概率", "250")).toBeCloseTo(0.2, 12);
  });

  it("reads text dates and Chinese measure names", () => {
    expect(forecastWith("2025-07-01", "2025年9月30日", "最佳情况")).toBe(150);
    expect(forecastWith("2025-07-01", "2025-07-31", "期望")).toBe(50);
  });

  it("moves deals between categories with the commit and best-case stages", () => {
    expect(forecast("bestCase", null, null, "谈判", "意向")).toBe(350);
    expect(forecast("commit", null, null, "意向")).toBe(350);
    expect(forecast("pipeline", null, null, "意向")).toBe(0);
  });

  it("uses the probabilities of a stage list", () => {
    const list = [
      ["Lead", 0.5],
      ["Deal", 0.9],
      ["Won", 1],
    ];
    const result = excelCall(
      FORECAST,
      column(100, 10),
      column("Lead", "Deal"),
      column(45870, 45870),
      FROM,
      TO,
      null,
      null,
      list,
    );
    expect(result).toEqual([[59]]);
  });

  it("equals FUNNEL.WEIGHTED when the period covers every close date and nothing is won", () => {
    const amounts = column(120, 340.5, 78, 1000, 55);
    const stages = column("目标", "潜在", "立项", "认可", "谈判");
    const dates = column(40000, 45000, 45870, 50000, 2958465);
    expect(excelCall(FORECAST, amounts, stages, dates, 1, 2958465)).toEqual([
      [excelCall(WEIGHTED, amounts, stages)],
    ]);
  });

  it("answers in Chinese when Office is in Chinese", () => {
    const message = withDisplayLanguage("zh-CN", () =>
      expectExcelError(forecastWith(TO, FROM), ErrorCode.invalidValue),
    );
    expect(message).toContain("交换");
  });
});

function forecastWith(from: unknown, to: unknown, ...rest: unknown[]): unknown {
  return singleAnswer(excelCall(FORECAST, AMOUNTS, STAGES, CLOSE, from, to, ...rest));
}

describe("FUNNEL.FORECAST spilled over periods and measures", () => {
  /** July, August and September 2025, one row each; Q3 as a whole. */
  const MONTHS = { from: column(45839, 45870, 45901), to: column(45869, 45900, 45930) };
  const table = (...rest: unknown[]) =>
    excelCall(FORECAST, AMOUNTS, STAGES, CLOSE, MONTHS.from, MONTHS.to, ...rest) as unknown[][];

  it("rejects period lists of different lengths, naming both", () => {
    const result = excelCall(FORECAST, AMOUNTS, STAGES, CLOSE, column(FROM, FROM), column(TO, TO, TO));
    expectExcelError(result, ErrorCode.invalidValue, "“from” gives 2 values", "“to” 3");
  });

  it("rejects a block of several rows and columns of dates, and an unknown measure in a row", () => {
    const block = [
      [FROM, FROM],
      [TO, TO],
    ];
    expectExcelError(
      excelCall(FORECAST, AMOUNTS, STAGES, CLOSE, block, TO),
      ErrorCode.invalidValue,
      "“from” must be a single row or column",
    );
    expectExcelError(table(row("won", "p95")), ErrorCode.invalidValue, "“measure”", "p95");
  });

  it("rejects a date list cell that is not a date, naming the row", () => {
    const result = excelCall(FORECAST, AMOUNTS, STAGES, CLOSE, column(FROM, "soon"), TO);
    expectExcelError(result, ErrorCode.invalidValue, "“from” row 2");
  });

  it("asks for a target when any measure of the row is the probability", () => {
    expectExcelError(table(row("won", "probability")), ErrorCode.invalidValue, "“target”");
  });

  it("spills one row per period and one column per measure, each the figure one call per cell gives", () => {
    const measures = ["won", "expected", "commit", "bestCase", "p10", "p50", "p90", "probability"];
    const spilled = table(row(...measures), 200);
    expect(spilled).toHaveLength(3);
    for (let r = 0; r < 3; r++) {
      const from = MONTHS.from[r][0];
      const to = MONTHS.to[r][0];
      expect(spilled[r]).toEqual(measures.map((measure) => forecastWith(from, to, measure, 200)));
    }
    // August: only the 谈判 deal (100, 0.75) closes in it.
    expect(spilled[1].slice(0, 4)).toEqual([0, 75, 100, 100]);
  });

  it("spills expected, P10, P50 and P90 for the measure range, as the four measures one by one give", () => {
    const four = ["expected", "p10", "p50", "p90"].map((measure) => forecast(measure));
    expect(excelCall(FORECAST, AMOUNTS, STAGES, CLOSE, FROM, TO, "range")).toEqual([four]);
    expect(excelCall(FORECAST, AMOUNTS, STAGES, CLOSE, FROM, TO, "区间")).toEqual([four]);
    // Within a row of measures it takes four columns; down a list of periods, four per row.
    expect(excelCall(FORECAST, AMOUNTS, STAGES, CLOSE, FROM, TO, row("won", "range"))).toEqual([
      [50, ...four],
    ]);
    const spilled = table(row("range", "won"));
    expect(spilled).toHaveLength(3);
    for (let r = 0; r < 3; r++) {
      const [from, to] = [MONTHS.from[r][0], MONTHS.to[r][0]];
      expect(spilled[r]).toEqual(
        ["expected", "p10", "p50", "p90", "won"].map((m) => forecastWith(from, to, m)),
      );
    }
  });

  it("spills the expected figure down the periods when no measure is given", () => {
    expect(table()).toEqual([[50], [75], [40]]);
  });

  it("spills one row of measures across for a single period", () => {
    expect(excelCall(FORECAST, AMOUNTS, STAGES, CLOSE, FROM, TO, row("won", "expected", "p90"))).toEqual([
      [50, 165, 350],
    ]);
  });

  it("uses a single from for every row of a to list", () => {
    const cumulative = excelCall(FORECAST, AMOUNTS, STAGES, CLOSE, FROM, MONTHS.to);
    expect(cumulative).toEqual([[50], [125], [165]]);
  });

  it("answers a blank row for a blank cell of a list, and a blank column for a blank measure", () => {
    const result = excelCall(
      FORECAST,
      AMOUNTS,
      STAGES,
      CLOSE,
      column(FROM, null, FROM),
      column(TO, TO, ""),
      row("won", null),
    );
    expect(result).toEqual([
      [50, ""],
      ["", ""],
      ["", ""],
    ]);
  });

  it("answers a period that ends before it starts as that row's error, keeping the other rows", () => {
    const result = excelCall(
      FORECAST,
      AMOUNTS,
      STAGES,
      CLOSE,
      column(FROM, TO),
      column(TO, FROM),
    ) as unknown[][];
    expect(result[0]).toEqual([165]);
    expectExcelError(result[1][0], ErrorCode.invalidValue, "Period 2", "swap");
  });

  it("counts in each period the deals one call per period counts, though it reads the columns once", () => {
    const quarters = excelCall(
      FORECAST,
      AMOUNTS,
      STAGES,
      CLOSE,
      column(45748, FROM, 45931),
      column(45838, TO, 46022),
      row("won", "pipeline"),
    );
    // Q2: 999 won in June; Q3: 50 won, 200 at 意向; Q4: 999 at 谈判 (commit, not pipeline).
    expect(quarters).toEqual([
      [999, 0],
      [50, 200],
      [0, 0],
    ]);
  });
});

describe("FUNNEL.COVERAGE", () => {
  const amounts = column(900, 300, 100, 400);
  const stages = column("意向", "谈判", "成交", "丢单");

  it("rejects a missing, non-numeric or non-positive target", () => {
    expectExcelError(excelCall(COVERAGE, amounts, stages), ErrorCode.invalidValue, "“target”", "positive");
    expectExcelError(excelCall(COVERAGE, amounts, stages, "quota"), ErrorCode.invalidValue, "not a number");
    expectExcelError(excelCall(COVERAGE, amounts, stages, -5), ErrorCode.invalidValue, "positive");
  });

  it("rejects a weighted flag it cannot read and columns that do not line up", () => {
    expectExcelError(
      excelCall(COVERAGE, amounts, stages, 800, 0, "maybe"),
      ErrorCode.invalidValue,
      "“weighted”",
    );
    expectExcelError(excelCall(COVERAGE, column(1), stages, 800), ErrorCode.invalidValue, "“stages”");
  });

  it("answers #N/A when won to date already reaches the target", () => {
    expectExcelError(
      excelCall(COVERAGE, amounts, stages, 800, 800),
      ErrorCode.notAvailable,
      "nothing remains",
    );
  });

  it("divides the open pipeline by what remains of the target", () => {
    expect(excelCall(COVERAGE, amounts, stages, 800, 200)).toBe(2);
    expect(excelCall(COVERAGE, amounts, stages, 600)).toBe(2);
    expect(excelCall(COVERAGE, amounts, stages, 800, 200, false)).toBe(2);
  });

  it("divides the weighted pipeline (as FUNNEL.WEIGHTED) when weighted is TRUE", () => {
    // 900 × 0.2 + 300 × 0.75 = 405
    expect(excelCall(COVERAGE, amounts, stages, 605, 200, true)).toBeCloseTo(1, 12);
    expect(excelCall(COVERAGE, amounts, stages, 605, 200, "加权")).toBeCloseTo(1, 12);
  });
});

describe("FUNNEL.COVERAGE of a period", () => {
  const coverage = (weighted: unknown = null) =>
    excelCall(COVERAGE, AMOUNTS, STAGES, 350, null, weighted, null, CLOSE, FROM, TO);

  it("counts only the open deals closing in the period, against the target less the period's won amount", () => {
    // Open in Q3: 100 at 谈判 + 200 at 意向 = 300; won in Q3: 50, so 350 − 50 = 300 remains.
    expect(coverage()).toBeCloseTo(1, 12);
    // Weighted: 100 × 0.75 + 200 × 0.2 = 115.
    expect(coverage(true)).toBeCloseTo(115 / 300, 12);
  });

  it("agrees with FUNNEL.FORECAST: weighted period coverage = (expected − won) ÷ (target − won)", () => {
    const expected = forecast("expected") as number;
    const won = forecast("won") as number;
    expect(coverage(true)).toBeCloseTo((expected - won) / (350 - won), 12);
  });

  it("uses won to date when it is given", () => {
    expect(excelCall(COVERAGE, AMOUNTS, STAGES, 350, 150, false, null, CLOSE, FROM, TO)).toBeCloseTo(1.5, 12);
  });

  it("asks for all three of closeDates, from and to", () => {
    expectExcelError(
      excelCall(COVERAGE, AMOUNTS, STAGES, 350, null, null, null, CLOSE, FROM),
      ErrorCode.invalidValue,
      "closeDates, from and to",
    );
    expectExcelError(
      excelCall(COVERAGE, AMOUNTS, STAGES, 350, null, null, null, null, FROM, TO),
      ErrorCode.invalidValue,
      "closeDates, from and to",
    );
  });

  it("rejects close dates that do not line up with the amounts", () => {
    expectExcelError(
      excelCall(COVERAGE, AMOUNTS, STAGES, 350, null, null, null, column(45870), FROM, TO),
      ErrorCode.invalidValue,
      "“closeDates”",
    );
  });
});
