/**
 * FUNNEL.FORECAST and FUNNEL.COVERAGE, called as Excel calls them.
 */
import { COVERAGE, FORECAST, WEIGHTED } from "./functions";
import { column, excelCall, expectExcelError, withDisplayLanguage } from "./testing/cells";
import { ErrorCode, installCustomFunctionsRuntime } from "../workbench/engine/customFunctionsRuntime";

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

const forecast = (...rest: unknown[]) => excelCall(FORECAST, AMOUNTS, STAGES, CLOSE, FROM, TO, ...rest);

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
    expect(result).toBe(59);
  });

  it("equals FUNNEL.WEIGHTED when the period covers every close date and nothing is won", () => {
    const amounts = column(120, 340.5, 78, 1000, 55);
    const stages = column("目标", "潜在", "立项", "认可", "谈判");
    const dates = column(40000, 45000, 45870, 50000, 2958465);
    expect(excelCall(FORECAST, amounts, stages, dates, 1, 2958465)).toBe(
      excelCall(WEIGHTED, amounts, stages),
    );
  });

  it("answers in Chinese when Office is in Chinese", () => {
    const message = withDisplayLanguage("zh-CN", () =>
      expectExcelError(forecastWith(TO, FROM), ErrorCode.invalidValue),
    );
    expect(message).toContain("交换");
  });
});

function forecastWith(from: unknown, to: unknown, ...rest: unknown[]): unknown {
  return excelCall(FORECAST, AMOUNTS, STAGES, CLOSE, from, to, ...rest);
}

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
