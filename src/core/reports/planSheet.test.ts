/**
 * The sales-plan sheet over the workbench's sample pipeline, planned by the real core (salesPlan,
 * stageLevers): a sheet a renderer accepts, its target an input cell FUNNEL.PLAN spills from, per-owner
 * FUNNEL.REQUIRED over the owner's quota cell, values where no function computes a figure (and the sheet says
 * so), and values with the reason where the functions do not read the data as the plan did.
 */
import { checkSheetSpec } from "../sheet";
import { cellAt, cellsWithText, formulasOf, theCell } from "../sheet/testing/specQueries";
import { valueOf } from "../kernel/testing/results";
import { sampleHealth } from "../health/testing/sampleHealth";
import { DEFAULT_SAMPLE_AS_OF } from "../../workbench/samplePipeline";
import { calendarPeriods } from "../forecast";
import { salesPlan, stageLevers, type PlanOptions } from "../planning";
import { DEFAULT_SCHEME } from "../stages";
import { buildPlanSheet, PLAN_TARGET_CELL, type PlanSheetInput } from "./planSheet";
import { PLAN_TEXT, PLAN_VALUES_BECAUSE } from "./planText";

const { health, source, read } = sampleHealth("en", "Deals");
const [next] = calendarPeriods(DEFAULT_SAMPLE_AS_OF + 100, DEFAULT_SAMPLE_AS_OF + 100, "quarter");
const options: PlanOptions = {
  target: 3_000_000,
  periodStart: next.from,
  periodEnd: next.to,
  asOf: DEFAULT_SAMPLE_AS_OF,
  basis: "data",
};
const levers = valueOf(stageLevers(read.deals, DEFAULT_SCHEME, options));

function input(planOptions: PlanOptions = options, changes: Partial<PlanSheetInput> = {}): PlanSheetInput {
  return {
    plan: valueOf(salesPlan(read.deals, DEFAULT_SCHEME, planOptions)),
    levers,
    health,
    source,
    ...changes,
  };
}
const LEVER = { points: 5, days: 7 };

describe("buildPlanSheet", () => {
  it("is a sheet a renderer accepts, named in the sheet's language", () => {
    const en = buildPlanSheet(input(), { language: "en", lever: LEVER });
    const zh = buildPlanSheet(input(), { language: "zh", lever: LEVER });
    expect(valueOf(checkSheetSpec(en))).toBe(en);
    expect(valueOf(checkSheetSpec(zh))).toBe(zh);
    expect([en.name, zh.name]).toEqual(["Sales plan", "销售计划"]);
  });

  it("holds the target in an input cell and spills FUNNEL.PLAN from it over the data names", () => {
    const spec = buildPlanSheet(input(), { language: "en", lever: LEVER });
    const target = cellAt(spec, PLAN_TARGET_CELL.row, PLAN_TARGET_CELL.col);
    expect(target).toMatchObject({ input: true, value: 3_000_000 });
    const plan = formulasOf(spec).filter((f) => f.startsWith("=FUNNEL.PLAN("));
    expect(plan).toEqual([
      '=FUNNEL.PLAN($B$8,FUNNEL_DATA_STAGE,FUNNEL_DATA_AMOUNT,FUNNEL_DATA_LOSTAT,,"skip")',
    ]);
    expect(spec.names?.map((n) => n.name)).toEqual(
      expect.arrayContaining(["FUNNEL_DATA_STAGE", "FUNNEL_DATA_AMOUNT"]),
    );
  });

  it("leaves the cells FUNNEL.PLAN spills into empty: its header row and one row per open stage", () => {
    const spec = buildPlanSheet(input(), { language: "en", lever: LEVER });
    const heads = theCell(spec, "Win rate").row;
    expect(cellAt(spec, heads, 0)?.formula).toMatch(/^=FUNNEL\.PLAN/);
    for (let r = heads; r < heads + DEFAULT_SCHEME.stages.length; r++) {
      for (let c = 0; c < 5; c++) {
        if (r === heads && c === 0) continue;
        expect(cellAt(spec, r, c)?.value).toBeUndefined();
        expect(cellAt(spec, r, c)?.formula).toBeUndefined();
      }
      // The plan's own columns beside the spill are values.
      if (r > heads) expect(cellAt(spec, r, 7)?.value).toMatch(/^(Yes|No)$/);
    }
  });

  it("recomputes what new deals must bring from the target cell, and says which figures are values", () => {
    const spec = buildPlanSheet(input(), { language: "en", lever: LEVER });
    const shortfall = theCell(spec, PLAN_TEXT.shortfall.en);
    expect(cellAt(spec, shortfall.row, 1)?.formula).toBe(`=MAX(0,$B$8-B${shortfall.row})`);
    expect(cellsWithText(spec, PLAN_TEXT.valuesNote.en)).toHaveLength(1);
  });

  it("gives each owner on the team's rates FUNNEL.REQUIRED at the first stage over their quota cell", () => {
    const owners = ["Chen Jie", "Li Na"].map((owner) => ({ owner, quota: 1_000_000 }));
    const spec = buildPlanSheet(input({ ...options, quotas: owners }), { language: "en", lever: LEVER });
    const plan = input({ ...options, quotas: owners }).plan;
    const required = formulasOf(spec).filter((f) => f.startsWith("=FUNNEL.REQUIRED("));
    const team = plan.owners?.filter((owner) => owner.ratesFrom === "team") ?? [];
    expect(required).toHaveLength(team.length);
    for (const owner of plan.owners ?? []) {
      const row = theCell(spec, owner.owner).row;
      expect(cellAt(spec, row, 1)).toMatchObject({ input: true, value: 1_000_000 });
      if (owner.ratesFrom === "team") {
        expect(cellAt(spec, row, 4)?.formula).toBe(
          `=FUNNEL.REQUIRED(B${row + 1},"Target account",FUNNEL_DATA_STAGE,FUNNEL_DATA_AMOUNT,FUNNEL_DATA_LOSTAT,,"skip")`,
        );
      } else expect(cellAt(spec, row, 4)?.value).toBe(owner.stages[0].needed);
    }
  });

  it("makes an even split's quotas the target cell's share, so editing the target moves them", () => {
    const spec = buildPlanSheet(input({ ...options, quotas: "even" }), {
      language: "en",
      lever: LEVER,
      evenQuotas: true,
    });
    const owners = input({ ...options, quotas: "even" }).plan.owners ?? [];
    expect(owners.length).toBeGreaterThan(1);
    const row = theCell(spec, owners[0].owner).row;
    expect(cellAt(spec, row, 1)?.formula).toBe(`=$B$8/${owners.length}`);
  });

  it("writes the plan's values, saying why, when the rates are the stage settings' probabilities", () => {
    const spec = buildPlanSheet(input({ ...options, basis: "settings" }), { language: "zh", lever: LEVER });
    expect(formulasOf(spec).some((f) => f.includes("FUNNEL.PLAN"))).toBe(false);
    expect(cellAt(spec, 3, 0)?.value).toContain(PLAN_VALUES_BECAUSE.basis.zh);
    const head = theCell(spec, "需要商机数");
    const plan = input({ ...options, basis: "settings" }).plan;
    expect(cellAt(spec, head.row + 1, 1)?.value).toBe(plan.stages[0].needed);
  });

  it("ranks the stage levers and marks the bottleneck Pipeline health names, with a chart over them", () => {
    const spec = buildPlanSheet(input(), { language: "en", lever: LEVER });
    const head = theCell(spec, "+5 pts conversion");
    const first = [...levers].sort((a, b) => a.rank - b.rank)[0];
    expect(cellAt(spec, head.row + 1, 0)?.value).toBe(DEFAULT_SCHEME.stages[first.stage].name.en);
    expect(cellAt(spec, head.row + 1, 3)?.value).toBe(1);
    const marks = spec.cells.filter((c) => String(c.value ?? "").includes(PLAN_TEXT.lowestConversion.en));
    expect(marks.map((c) => c.col)).toEqual([4]);
    expect(spec.charts?.[0]).toMatchObject({ kind: "bar", title: PLAN_TEXT.leversChart.en });
  });
});
