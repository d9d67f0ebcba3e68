/**
 * A blank cell is the same to the custom functions as to Pipeline health (core's isBlankCell): the same
 * cells give the same figures whether typed into FUNNEL.WEIGHTED or read from the pipeline table.
 */
import { analysePipeline } from "../core/health";
import { valueOf } from "../core/kernel/testing/results";
import { DEFAULT_SCHEME } from "../core/stages";
import { WEIGHTED } from "./functions";
import { column } from "./testing/cells";
import { installCustomFunctionsRuntime } from "../workbench/engine/customFunctionsRuntime";

beforeAll(() => installCustomFunctionsRuntime());

/** The weighted pipeline Pipeline health computes from the same amount and stage cells. */
function healthWeighted(amounts: readonly unknown[], stages: readonly unknown[]): number {
  const table = { header: ["Amount", "Stage"], rows: amounts.map((amount, i) => [amount, stages[i]]) };
  const options = {
    mapping: { amount: 0, stage: 1 },
    scheme: DEFAULT_SCHEME,
    asOf: 45838,
    dateOrder: "ymd" as const,
  };
  return valueOf(analysePipeline(table, options)).health.overall.weightedPipeline;
}

describe("a blank cell in FUNNEL.WEIGHTED and in Pipeline health", () => {
  it('skips a stage of "-": =FUNNEL.WEIGHTED({100;200},{"意向";"-"}) is 100 × 20 %, as Pipeline health', () => {
    expect(WEIGHTED(column(100, 200), column("意向", "-"))).toBeCloseTo(20, 9);
    expect(healthWeighted([100, 200], ["意向", "-"])).toBeCloseTo(20, 9);
  });

  it("skips placeholder dashes, underscores and invisible text in either column alike", () => {
    const amounts = [100, "—", 300, 400, " ", 600];
    const stages = ["意向", "谈判", "－", "_", "认可", "\u200b"];
    expect(WEIGHTED(column(...amounts), column(...stages))).toBeCloseTo(20, 9);
    expect(healthWeighted(amounts, stages)).toBeCloseTo(20, 9);
  });

  it("counts a zero amount as zero, not as blank, in both", () => {
    expect(WEIGHTED(column(0, 100), column("谈判", "意向"))).toBeCloseTo(20, 9);
    expect(healthWeighted([0, 100], ["谈判", "意向"])).toBeCloseTo(20, 9);
  });
});
