import { mulberry32 } from "../kernel";
import { errorOf, valueOf } from "../kernel/testing/results";
import { PipelineTotals } from "../metrics";
import { DEFAULT_SCHEME, LOST_POSITION, positionAt } from "../stages";
import {
  coverage,
  coverageMeasures,
  openAmounts,
  periodCoverage,
  pipelineCoverage,
  type PeriodCoverageFigures,
} from "./coverage";
import { forecastOf, periodFigures } from "./forecastPeriod";
import type { ForecastDeal } from "./types";

/** 2025-Q3: 2025-07-01 … 2025-09-30. */
const Q3 = { from: 45839, to: 45930 };
const at = (index: number) => positionAt(DEFAULT_SCHEME, index);
const deal = (
  amount: number,
  position: ForecastDeal["position"],
  closeDate: number | null,
): ForecastDeal => ({
  amount,
  position,
  closeDate,
});

/** Open deals in Q3 (谈判 200, 意向 100), after it (认可 400), without a date (立项 50); won 150 in Q3, won 70 before, lost 90. */
const DEALS: ForecastDeal[] = [
  deal(200, at(5), 45900),
  deal(100, at(2), 45850),
  deal(400, at(4), 46000),
  deal(50, at(3), null),
  deal(150, at(6), 45860),
  deal(70, at(6), 45700),
  deal(90, LOST_POSITION, 45870),
];

describe("coverage", () => {
  it("rejects inputs that are not finite numbers", () => {
    expect(() => coverage({ openPipeline: NaN, weightedPipeline: 1, target: 1 })).toThrow(/openPipeline/);
    expect(() => coverage({ openPipeline: 1, weightedPipeline: 1, target: Infinity })).toThrow(/target/);
    expect(() => coverage({ openPipeline: 1, weightedPipeline: 1, target: 5, wonToDate: NaN })).toThrow(
      /wonToDate/,
    );
  });

  it("has nothing to cover once won to date reaches the target", () => {
    expect(coverage({ openPipeline: 900, weightedPipeline: 300, target: 500, wonToDate: 500 })).toEqual({
      coverage: null,
      weightedCoverage: null,
    });
    expect(
      coverage({ openPipeline: 900, weightedPipeline: 300, target: 500, wonToDate: 800 }).coverage,
    ).toBeNull();
  });

  it("divides the open and the weighted pipeline by what remains of the target", () => {
    expect(coverage({ openPipeline: 900, weightedPipeline: 300, target: 500, wonToDate: 200 })).toEqual({
      coverage: 3,
      weightedCoverage: 1,
    });
    expect(coverage({ openPipeline: 900, weightedPipeline: 300, target: 600 })).toEqual({
      coverage: 1.5,
      weightedCoverage: 0.5,
    });
  });
});

describe("openAmounts", () => {
  it("refuses probabilities that are not one per stage, as a forecast does", () => {
    expect(errorOf(openAmounts(DEALS, DEFAULT_SCHEME, { probabilities: [0.5] })).code).toBe("VALUE");
  });

  it("adds up every open deal, whatever its close date, won and lost deals left out", () => {
    const open = valueOf(openAmounts(DEALS, DEFAULT_SCHEME));
    expect(open.open).toBe(750);
    expect(open.weighted).toBeCloseTo(200 * 0.75 + 100 * 0.2 + 400 * 0.55 + 50 * 0.35, 9);
  });

  it("weights with the probabilities given instead of the scheme's", () => {
    const probabilities = DEFAULT_SCHEME.stages.map(() => 0.5);
    expect(valueOf(openAmounts(DEALS, DEFAULT_SCHEME, { probabilities })).weighted).toBeCloseTo(375, 9);
  });
});

describe("pipelineCoverage and periodCoverage", () => {
  it("has nothing to cover once the won amount reaches the target", () => {
    expect(pipelineCoverage({ open: 750, weighted: 300 }, 100, 100).coverage).toBeNull();
    const figures = valueOf(periodFigures(DEALS, DEFAULT_SCHEME, Q3));
    expect(periodCoverage(figures, 150)).toEqual({ coverage: null, weightedCoverage: null });
  });

  it("covers the target less the won amount with all open deals, or with the period's", () => {
    expect(pipelineCoverage({ open: 1200, weighted: 405 }, 800, 200)).toEqual({
      coverage: 2,
      weightedCoverage: 0.675,
    });
    const figures = valueOf(periodFigures(DEALS, DEFAULT_SCHEME, Q3));
    const period = periodCoverage(figures, 450);
    expect(period.coverage).toBeCloseTo(300 / 300, 12);
    expect(period.weightedCoverage).toBeCloseTo((200 * 0.75 + 100 * 0.2) / 300, 12);
    expect(periodCoverage(figures, 450, 0).coverage).toBeCloseTo(300 / 450, 12);
  });
});

describe("coverageMeasures", () => {
  it("gives pipeline coverage over every open deal and period coverage over the period's", () => {
    const figures = valueOf(forecastOf(DEALS, DEFAULT_SCHEME, Q3));
    const measures = valueOf(coverageMeasures(DEALS, DEFAULT_SCHEME, figures, 450));
    expect(measures.pipeline.coverage).toBeCloseTo(750 / 300, 12);
    expect(measures.period.coverage).toBeCloseTo(300 / 300, 12);
  });

  it("agrees with the streaming reading FUNNEL.COVERAGE answers from, on the same deals and options", () => {
    const random = mulberry32(7);
    const stages = DEFAULT_SCHEME.stages.length;
    const deals = Array.from({ length: 500 }, () => {
      const kind = random();
      const position = kind < 0.1 ? LOST_POSITION : at(Math.floor(random() * stages));
      const closeDate = kind > 0.95 ? null : Q3.from - 60 + Math.floor(random() * 180);
      return deal(Math.round(random() * 1e6) / 100, position, closeDate);
    });
    const probabilities = DEFAULT_SCHEME.stages.map((_, k) => (k === stages - 1 ? 1 : random()));
    const options = { probabilities, commitIndex: 5, bestCaseIndex: 4 };
    const target = 2e6;

    // The view: the period's forecast of every deal, then both measures.
    const figures = valueOf(forecastOf(deals, DEFAULT_SCHEME, Q3, options));
    const view = valueOf(coverageMeasures(deals, DEFAULT_SCHEME, figures, target, options));

    // FUNNEL.COVERAGE: the columns streamed into PipelineTotals (pipeline), or the deals a forecast of the
    // period keeps (not lost, closing in it) through periodFigures (period).
    const weightedScheme = {
      stages: DEFAULT_SCHEME.stages.map((s, k) => ({ ...s, probability: probabilities[k] })),
    };
    const totals = new PipelineTotals(weightedScheme);
    for (const d of deals) totals.add(d.amount, d.position);
    const inPeriod = deals.filter(
      (d) =>
        d.position.kind !== "lost" && d.closeDate !== null && d.closeDate >= Q3.from && d.closeDate <= Q3.to,
    );
    const periodOnly: PeriodCoverageFigures = valueOf(periodFigures(inPeriod, DEFAULT_SCHEME, Q3, options));

    expect(view.pipeline).toEqual(pipelineCoverage(totals, target, periodOnly.won));
    expect(view.period).toEqual(periodCoverage(periodOnly, target));
    expect(view.pipeline.coverage).not.toBeNull();
    expect(view.period.weightedCoverage).not.toBeNull();
  });
});
