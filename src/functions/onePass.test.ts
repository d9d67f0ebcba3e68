/**
 * The one-pass readers behind the range functions on large ranges: FUNNEL.WEIGHTED and FUNNEL.COVERAGE sum
 * as they read (pipelineTotalsOf), and FUNNEL.FORECAST keeps only the deals its period counts
 * (periodDealsArg) — with the same figures and the same errors as reading every deal first.
 */
import { forecastOf, periodFigures } from "../core/forecast";
import { DEFAULT_SCHEME } from "../core/stages";
import { openPipeline, weightedPipeline } from "../core/metrics";
import { valueOf } from "../core/kernel/testing/results";
import { dealColumns, pipelineTotalsOf } from "./deals";
import { forecastDealsArg, periodArg, periodDealsArg } from "./forecast";
import { failureOf } from "./testing/failure";

const column = (...cells: unknown[]) => cells.map((cell) => [cell]);

const AMOUNTS = column(100, null, "250", 80, 40, "", 60, 1e6);
const STAGES = column("意向", "谈判", "Negotiation", "成交", "丢单", "认可", null, "目标客户");
const CLOSES = column(45870, 45870, "2025-09-30", 45850, 45860, 45870, 45870, 46100);
const Q3 = { from: "2025-07-01", to: "2025-09-30" };

describe("pipelineTotalsOf", () => {
  it("reports text in amounts and an unknown stage as dealColumns does, naming the cell", () => {
    for (const [amounts, stages] of [
      [column(1, "n/a"), column("意向", "意向")],
      [column(1, 2), column("意向", "Someday")],
      [column(1, 2), column("意向")],
    ]) {
      expect(failureOf(() => pipelineTotalsOf(amounts, stages, DEFAULT_SCHEME))).toEqual(
        failureOf(() => dealColumns(amounts, stages, DEFAULT_SCHEME)),
      );
    }
  });

  it("sums the open and the weighted pipeline of the deals dealColumns reads, skipping blank rows", () => {
    const totals = pipelineTotalsOf(AMOUNTS, STAGES, DEFAULT_SCHEME);
    const deals = dealColumns(AMOUNTS, STAGES, DEFAULT_SCHEME);
    expect(totals.open).toBe(openPipeline(deals.amounts, deals.positions));
    expect(totals.weighted).toBe(weightedPipeline(deals.amounts, deals.positions, DEFAULT_SCHEME));
    expect(totals.open).toBe(100 + 250 + 1e6);
  });
});

describe("periodDealsArg", () => {
  it("reports a bad cell of the columns before a missing period, as reading every deal first does", () => {
    const badAmounts = column(100, "n/a");
    const stages = column("意向", "意向");
    const closes = column(45870, 45870);
    expect(failureOf(() => periodDealsArg(badAmounts, stages, closes, null, null, DEFAULT_SCHEME))).toEqual(
      failureOf(() => forecastDealsArg(badAmounts, stages, closes, DEFAULT_SCHEME)),
    );
    const badDate = column(45870, "next week");
    expect(
      failureOf(() => periodDealsArg(column(1, 2), stages, badDate, Q3.from, Q3.to, DEFAULT_SCHEME)).message
        .en,
    ).toContain("closeDates");
    expect(
      failureOf(() =>
        periodDealsArg(column(1), column("意向"), column(45870), Q3.from, null, DEFAULT_SCHEME),
      ),
    ).toEqual(failureOf(() => periodArg(Q3.from, null)));
  });

  it("keeps only the deals closing in the period that are not lost, in row order", () => {
    const { deals, period } = periodDealsArg(AMOUNTS, STAGES, CLOSES, Q3.from, Q3.to, DEFAULT_SCHEME);
    expect(period).toEqual(periodArg(Q3.from, Q3.to));
    expect(deals.map((deal) => deal.amount)).toEqual([100, 250, 80]);
  });

  it("gives every figure of the period that all the deals give", () => {
    const all = forecastDealsArg(AMOUNTS, STAGES, CLOSES, DEFAULT_SCHEME);
    const { deals, period } = periodDealsArg(AMOUNTS, STAGES, CLOSES, Q3.from, Q3.to, DEFAULT_SCHEME);
    expect(valueOf(forecastOf(deals, DEFAULT_SCHEME, period, { target: 300 }))).toEqual(
      valueOf(forecastOf(all, DEFAULT_SCHEME, period, { target: 300 })),
    );
    expect(valueOf(periodFigures(deals, DEFAULT_SCHEME, period))).toEqual(
      valueOf(periodFigures(all, DEFAULT_SCHEME, period)),
    );
  });
});
