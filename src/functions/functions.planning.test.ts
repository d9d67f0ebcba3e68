/**
 * FUNNEL.REQUIRED and FUNNEL.PLAN (目标倒推), called as Excel calls them, on the team of core's planning
 * tests (core/planning/testing/planDeals): win rates [1/6, 0.2, 0.2, 0.4, 0.4, 0.4], average won size 150.
 */
import { DEFAULT_SCHEME } from "../core/stages";
import { valueOf } from "../core/kernel/testing/results";
import { salesPlan } from "../core/planning";
import { AS_OF, Q3, teamDeals } from "../core/planning/testing/planDeals";
import { PLAN, REQUIRED } from "./functions";
import { column, excelCall, expectExcelError, withDisplayLanguage } from "./testing/cells";
import { installCustomFunctionsRuntime, ErrorCode } from "../workbench/engine/customFunctionsRuntime";

beforeAll(() => installCustomFunctionsRuntime());

/** The team's deals as a table's columns: stage number (or 成交 / 丢单), amount, stage of loss. */
function teamColumns(): { stages: unknown[][]; amounts: unknown[][]; lostAt: unknown[][] } {
  const deals = teamDeals();
  return {
    stages: column(
      ...deals.map((d) =>
        d.position.kind === "open" ? d.position.index + 1 : d.position.kind === "won" ? "成交" : "丢单",
      ),
    ),
    amounts: column(...deals.map((d) => d.amount)),
    lostAt: column(...deals.map((d) => (d.lostAtIndex === null ? "" : d.lostAtIndex + 1))),
  };
}

describe("FUNNEL.REQUIRED", () => {
  const { stages, amounts, lostAt } = teamColumns();

  it("counts the deals needed at a stage: target ÷ (conversion to won × average won size), rounded up", () => {
    expect(REQUIRED(3000, "negotiation" as never, stages, amounts, lostAt)).toBe(50);
    expect(REQUIRED(3000, "目标" as never, stages, amounts, lostAt)).toBe(120);
    expect(excelCall(REQUIRED, "3000", 3, stages, amounts, lostAt)).toBe(100);
  });

  it("agrees with the sales plan at every stage", () => {
    const plan = valueOf(
      salesPlan(teamDeals(), DEFAULT_SCHEME, { target: 2500, ...Q3, asOf: AS_OF, basis: "data" }),
    );
    for (const stage of plan.stages) {
      expect(excelCall(REQUIRED, 2500, stage.stage + 1, stages, amounts, lostAt)).toBe(stage.needed);
    }
  });

  it("gives the example of its help", () => {
    const example = excelCall(
      REQUIRED,
      3000,
      "negotiation",
      column("成交", "成交", "丢单", "谈判"),
      column(100, 200, 50, 80),
      column("", "", "谈判", ""),
    );
    expect(example).toBe(40);
  });

  it("says what to give instead of a target of 0 or less", () => {
    expectExcelError(
      REQUIRED(0, "negotiation" as never, stages, amounts, lostAt),
      ErrorCode.invalidValue,
      "give the amount to win",
    );
    expectExcelError(
      REQUIRED(null, "negotiation" as never, stages, amounts),
      ErrorCode.invalidValue,
      "“target” is blank",
    );
  });

  it("asks for an open stage instead of the won stage or lost", () => {
    expectExcelError(REQUIRED(3000, "won" as never, stages, amounts), ErrorCode.invalidValue, "open stage");
    expectExcelError(REQUIRED(3000, "lost" as never, stages, amounts), ErrorCode.invalidValue, "“stage”");
  });

  it("names a stage no deal has left, and asks for won amounts when there are none", () => {
    expectExcelError(
      REQUIRED(3000, "intent" as never, column("谈判", "意向"), column(100, 100)),
      ErrorCode.invalidValue,
      "No deal has ever left stage “Negotiation”",
    );
    expectExcelError(
      REQUIRED(3000, "intent" as never, column("成交", "意向"), column(null, 100)),
      ErrorCode.invalidValue,
      "No won deal has an amount",
    );
  });

  it("answers in the language of Excel", () => {
    const message = withDisplayLanguage("zh-CN", () =>
      expectExcelError(
        REQUIRED(-1, "negotiation" as never, stages, amounts),
        ErrorCode.invalidValue,
        "目标必须大于 0",
      ),
    );
    expect(message).toContain("请给出");
  });

  it("stops at a cell it cannot read, or passes over the row with badRows skip", () => {
    const [withBad, moreAmounts] = [
      [...stages, ["banana"]],
      [...amounts, [999]],
    ];
    expectExcelError(
      REQUIRED(3000, "negotiation" as never, withBad, moreAmounts),
      ErrorCode.invalidValue,
      "banana",
    );
    expect(
      REQUIRED(
        3000,
        "negotiation" as never,
        withBad,
        moreAmounts,
        [...lostAt, [""]],
        undefined,
        "skip" as never,
      ),
    ).toBe(50);
  });

  it("wants the columns lined up", () => {
    expectExcelError(
      REQUIRED(3000, "negotiation" as never, stages, column(1, 2)),
      ErrorCode.invalidValue,
      "same size",
    );
  });
});

describe("FUNNEL.PLAN", () => {
  const { stages, amounts, lostAt } = teamColumns();

  it("spills a header row and, per open stage, needed, have, gap and needed amount", () => {
    const table = withDisplayLanguage("en-US", () => PLAN(3000, stages, amounts, lostAt));
    expect(table).toEqual([
      ["Stage", "Needed", "Have", "Gap", "Needed amount"],
      ["Target account", 120, 4, 116, 18000],
      ["Prospect", 100, 0, 100, 15000],
      ["Interested", 100, 0, 100, 15000],
      ["Project approved", 50, 0, 50, 7500],
      ["Shortlisted", 50, 0, 50, 7500],
      ["Negotiation", 50, 2, 48, 7500],
    ]);
  });

  it("agrees with the sales plan", () => {
    const plan = valueOf(
      salesPlan(teamDeals(), DEFAULT_SCHEME, { target: 7777, ...Q3, asOf: AS_OF, basis: "data" }),
    );
    const table = PLAN(7777, stages, amounts, lostAt) as unknown[][];
    expect(table.slice(1).map((row) => row.slice(1))).toEqual(
      plan.stages.map((s) => [s.needed, s.have, s.gap, s.neededAmount]),
    );
  });

  it("writes its header and stages in Chinese in a Chinese Excel", () => {
    const table = withDisplayLanguage("zh-CN", () => PLAN(3000, stages, amounts, lostAt)) as unknown[][];
    expect(table[0]).toEqual(["阶段", "所需商机数", "现有商机数", "缺口", "所需金额"]);
    expect(table[6][0]).toBe("谈判客户");
  });

  it("answers a planner's mistake with one error saying what to give instead", () => {
    expectExcelError(PLAN(-5, stages, amounts), ErrorCode.invalidValue, "give the amount to win");
    expectExcelError(PLAN(3000, column("意向"), column(10)), ErrorCode.invalidValue, "No deal has ever left");
  });
});
