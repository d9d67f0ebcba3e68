/**
 * The one-pass readers behind the range functions on large ranges: FUNNEL.WEIGHTED and FUNNEL.COVERAGE sum
 * as they read (readPipelineTotals), and FUNNEL.FORECAST keeps only the deals its period counts
 * (readForecastDeals within the period) — with the same figures as reading every deal first.
 */
import { forecastOf, periodFigures } from "../core/forecast";
import { DEFAULT_SCHEME, type StagePosition } from "../core/stages";
import { openPipeline, weightedPipeline } from "../core/metrics";
import { valueOf } from "../core/kernel/testing/results";
import { readList } from "./args";
import { readPipelineTotals } from "./deals";
import { readForecastDeals } from "./forecast";

const column = (...cells: unknown[]) => cells.map((cell) => [cell]);

const AMOUNTS = readList(column(100, null, "250", 80, 40, "", 60, 1e6), "amounts");
const STAGES = readList(
  column("意向", "谈判", "Negotiation", "成交", "丢单", "认可", null, "目标客户"),
  "stages",
);
const CLOSES = readList(column(45870, 45870, "2025-09-30", 45850, 45860, 45870, 45870, 46100), "closeDates");
const Q3 = { from: 45839, to: 45930 };

describe("readPipelineTotals", () => {
  it("sums the open and the weighted pipeline of the deals read one by one, skipping blank rows", () => {
    const amounts: number[] = [];
    const positions: StagePosition[] = [];
    for (let i = 0; i < AMOUNTS.length; i++) {
      const [amount, position] = [AMOUNTS.numberAt(i), STAGES.stageAt(i, DEFAULT_SCHEME)];
      if (amount === null || position === null) continue;
      amounts.push(amount);
      positions.push(position);
    }
    const totals = readPipelineTotals(AMOUNTS, STAGES, DEFAULT_SCHEME);
    expect(totals.open).toBe(openPipeline(Float64Array.from(amounts), positions));
    expect(totals.weighted).toBe(weightedPipeline(Float64Array.from(amounts), positions, DEFAULT_SCHEME));
    expect(totals.open).toBe(100 + 250 + 1e6);
  });
});

describe("readForecastDeals within a period", () => {
  it("keeps only the deals closing in the period that are not lost, in row order", () => {
    const deals = readForecastDeals(AMOUNTS, STAGES, CLOSES, DEFAULT_SCHEME, Q3);
    expect([...deals.amounts]).toEqual([100, 250, 80]);
  });

  it("gives every figure of the period that all the deals give", () => {
    const all = readForecastDeals(AMOUNTS, STAGES, CLOSES, DEFAULT_SCHEME);
    const deals = readForecastDeals(AMOUNTS, STAGES, CLOSES, DEFAULT_SCHEME, Q3);
    expect(valueOf(forecastOf(deals, DEFAULT_SCHEME, Q3, { target: 300 }))).toEqual(
      valueOf(forecastOf(all, DEFAULT_SCHEME, Q3, { target: 300 })),
    );
    expect(valueOf(periodFigures(deals, DEFAULT_SCHEME, Q3))).toEqual(
      valueOf(periodFigures(all, DEFAULT_SCHEME, Q3)),
    );
  });
});
