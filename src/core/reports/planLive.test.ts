/**
 * When the plan sheet's figures are live FUNNEL.PLAN / FUNNEL.REQUIRED calls, and when they are values with the
 * reason said: the arguments by name, the stage list, stage histories, copies of rows, the basis, the payload cap.
 */
import { HEALTH, SOURCE } from "./testing/healthFixture";
import { planCall, planLive } from "./planLive";
import { PLAN_VALUES_BECAUSE } from "./planText";
import { DEFAULT_SCHEME } from "../stages";

describe("planCall", () => {
  it("refuses an argument the function does not have", () => {
    expect(() => planCall("FUNNEL.PLAN", { dealIds: "X" })).toThrow(RangeError);
  });

  it("leaves the arguments not given empty and drops the trailing ones", () => {
    expect(
      planCall("FUNNEL.REQUIRED", {
        target: "B2",
        stage: '"谈判"',
        stages: "S",
        amounts: "A",
        badRows: '"skip"',
      }),
    ).toBe('FUNNEL.REQUIRED(B2,"谈判",S,A,,,"skip")');
  });
});

describe("planLive", () => {
  it("spills FUNNEL.PLAN from the target cell over the data names, passing the stage list and skipping bad rows", () => {
    const live = planLive(HEALTH, SOURCE, { basis: "data", stageListName: "FUNNEL_STAGE_LIST" });
    expect(live.plan?.("$B$8")).toMatch(
      /^=FUNNEL\.PLAN\(\$B\$8,FUNNEL_DATA_STAGE,FUNNEL_DATA_AMOUNT,[A-Z_]*,FUNNEL_STAGE_LIST,"skip"\)$/,
    );
    expect(live.required?.("B20", '"Target"')).toMatch(/^=FUNNEL\.REQUIRED\(B20,"Target",FUNNEL_DATA_STAGE,/);
    expect(live.valuesBecause).toBeUndefined();
  });

  it("tells copies of rows by the deal-id column when the read skipped copies", () => {
    const health = {
      ...HEALTH,
      skipped: [{ row: 3, kind: "duplicate" as const, reason: { zh: "", en: "" } }],
    };
    const source = { ...SOURCE, mapping: { ...SOURCE.mapping, dealId: 0 } };
    expect(planLive(health, source, { basis: "data" }).plan?.("B8")).toMatch(/,FUNNEL_DATA_ID\)$/);
  });

  it.each([
    [
      "the rates are the stage settings' probabilities",
      HEALTH,
      SOURCE,
      "settings",
      PLAN_VALUES_BECAUSE.basis,
    ],
    [
      "the data has no amount column",
      HEALTH,
      { ...SOURCE, mapping: { stage: 3 } },
      "data",
      PLAN_VALUES_BECAUSE.noAmount,
    ],
    [
      "the data holds stage histories",
      { ...HEALTH, rowsUsed: HEALTH.overall.deals + 3 },
      SOURCE,
      "data",
      PLAN_VALUES_BECAUSE.history,
    ],
    [
      "the stage list is not the workbook's",
      { ...HEALTH, scheme: { ...DEFAULT_SCHEME, stages: DEFAULT_SCHEME.stages.slice(1) } },
      SOURCE,
      "data",
      PLAN_VALUES_BECAUSE.foreignScheme,
    ],
  ] as const)("writes values, saying why, when %s", (_, health, source, basis, reason) => {
    const live = planLive(health, source, { basis });
    expect(live.plan).toBeUndefined();
    expect(live.required).toBeUndefined();
    expect(live.valuesBecause).toEqual(reason);
  });

  it("writes values when one call would receive more than the payload cap", () => {
    expect(planLive(HEALTH, SOURCE, { basis: "data", payloadLimit: 10 }).valuesBecause).toEqual(
      PLAN_VALUES_BECAUSE.payload,
    );
  });
});
