/**
 * Section: the sales plan of a 100,000-row pipeline table as the Plan view computes it (src/taskpane/Plan/planRun's
 * planOf: core's salesPlan and stageLevers over the deals read), against reading the table into deals
 * (core/pipeline's readPipeline), which every view does first. The plan follows every change of target, period or
 * basis in the pane, so it should take a fraction of the reading.
 */
import { quartersAround } from "../../../src/core/forecast";
import { readPipeline } from "../../../src/core/pipeline";
import { DEFAULT_SCHEME } from "../../../src/core/stages";
import { DEFAULT_SAMPLE_AS_OF } from "../../../src/workbench/samplePipeline";
import { planOf } from "../../../src/taskpane/Plan/planRun";
import { medianMsSideBySide } from "../support/measure";
import { pipelineTable } from "../support/pipelineTable";
import { count, ms, times, verdict, type BenchSection } from "../support/report";

const ROWS = 100_000;
/** The plan is recomputed on each change in the pane: a figure for an answer that feels immediate. */
const TARGET_MS = 200;

/**
 * Measures the plan of 100,000 rows against reading them.
 * @example salesPlanSection().rows.length // 1
 */
export function salesPlanSection(): BenchSection {
  const { header, rows } = pipelineTable(ROWS);
  const read = () => readPipeline({ header, rows }, { scheme: DEFAULT_SCHEME });
  const first = read();
  if (!first.ok) throw new Error(first.error.message.en);
  const deals = first.value.deals;
  const asOf = DEFAULT_SAMPLE_AS_OF;
  const period = quartersAround(asOf).find((quarter) => quarter.from <= asOf && asOf <= quarter.to);
  if (period === undefined) throw new Error("No quarter holds the sample's as-of date.");
  const choice = { target: 50_000_000, period, asOf, basis: "data" as const };
  const plan = () => {
    const shown = planOf(deals, DEFAULT_SCHEME, choice);
    if (!shown.ok) throw new Error(shown.error.message.en);
    return shown.value;
  };
  const {
    ms: [planMs, readMs],
  } = medianMsSideBySide([plan, read], { runs: 5, warmup: 1 });
  return {
    title: "Sales plan (Plan view's planOf: salesPlan and stageLevers over the deals read)",
    rows: [
      {
        figure: "Sales plan of a quarter",
        size: `${count(ROWS)} rows`,
        value: ms(planMs),
        baseline: `reading the table into deals ${ms(readMs)}`,
        ratio: times(planMs / readMs),
        target: `≤ ${TARGET_MS} ms`,
        verdict: verdict(planMs <= TARGET_MS),
      },
    ],
    notes: [
      "The sample pipeline; target ¥50,000,000 for the quarter holding the as-of date, on the rates measured from the data.",
    ],
  };
}
