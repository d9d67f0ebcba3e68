import { teamDeals, AS_OF, Q3 } from "../../core/planning/testing/planDeals";
import { salesPlan, stageLevers } from "../../core/planning";
import { DEFAULT_SCHEME } from "../../core/stages";
import { valueOf } from "../../core/kernel/testing/results";
import {
  bottleneckLine,
  dealsText,
  leverBars,
  newDealLines,
  ownerRows,
  planFigures,
  stageRows,
} from "./planDisplay";

const plan = valueOf(
  salesPlan(teamDeals(), DEFAULT_SCHEME, { target: 3000, ...Q3, asOf: AS_OF, basis: "data", quotas: "even" }),
);
const health = { scheme: DEFAULT_SCHEME, bottleneck: { conversion: 2, time: 5 } };

describe("the plan as the pane shows it", () => {
  it("reads a deal count to one decimal, and an unknown one as n/a / 暂无", () => {
    expect([
      dealsText(12.34, "en"),
      dealsText(1200, "en"),
      dealsText(null, "en"),
      dealsText(null, "zh"),
    ]).toEqual(["12.3", "1,200", "n/a", "暂无"]);
  });

  it("leads with the target, what the open deals bring, what new deals must, and when to create them by", () => {
    const figures = planFigures(plan, "en");
    expect(figures.map((f) => [f.id, f.value])).toEqual([
      ["target", "3,000"],
      ["expected", "193"],
      ["shortfall", "2,807"],
      ["newDeals", "113"],
      ["createBy", "2025-08-01"],
    ]);
  });

  it("marks the stages whose deals cannot close inside the period", () => {
    const rows = stageRows(plan.stages, DEFAULT_SCHEME, "zh");
    expect(rows[0]).toEqual({
      stage: "目标客户",
      needed: "120",
      have: "4",
      gap: "116",
      neededAmount: "18,000",
      inTime: true,
    });
  });

  it("says each month's new deals in words, English plurals included", () => {
    expect(newDealLines({ newDeals: [{ month: "2025-07", deals: 1, amount: 150 }] }, "en")).toEqual([
      "2025-07: 1 deal, 150",
    ]);
  });

  it("says whose rates each owner is planned on, with the closed deals they rest on", () => {
    expect(ownerRows(plan, "zh").map((row) => [row.owner, row.rates])).toEqual([
      ["Ann", "自己的 (8)"],
      ["Bob", "团队的 (10)"],
    ]);
  });

  it("ranks the levers, the one adding most first, marking the stages Pipeline health names its bottleneck", () => {
    const levers = valueOf(stageLevers(teamDeals(), DEFAULT_SCHEME, { asOf: AS_OF, ...Q3 }));
    const bars = leverBars(levers, health, "en");
    expect(bars.map((bar) => bar.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(
      bars
        .filter((bar) => bar.bottleneck)
        .map((bar) => bar.stage)
        .sort(),
    ).toEqual(["Interested", "Negotiation"]);
    expect(bottleneckLine(health, "en")).toBe(
      "Pipeline health's bottleneck: Interested (lowest conversion), Negotiation (longest in stage).",
    );
    expect(bottleneckLine({ ...health, bottleneck: { conversion: null, time: null } }, "en")).toBeUndefined();
  });
});
