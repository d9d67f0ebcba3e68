import { NEGOTIATION_CONDITIONS } from "../templates";
import { enabledGateRules, GATE_RULES, gateRule, STAGES, type StagePosition } from "../stages";
import { checkGates, type DealEvidence } from "./gates";

const AS_OF = 45900; // 2025-09-01
const open = (index: number): StagePosition => ({ kind: "open", index });
const at = (index: number, closeDate: number | null = null) => ({ position: open(index), closeDate });
const ids = (index: number, evidence: DealEvidence, closeDate: number | null = null) =>
  checkGates(at(index, closeDate), evidence, { asOf: AS_OF }).map((failure) => failure.rule.id);
const ALL_YES = Array<boolean>(7).fill(true);
const WORTH = { secondary: { verdict: "worth" as const } };

describe("the gate rules", () => {
  it("each cite the deck and have their own switch in the stage settings", () => {
    for (const rule of GATE_RULES) {
      expect(rule.source.zh).toMatch(/^讲义·/);
      expect(rule.source.en).toMatch(/^The deck, /);
      expect(rule.settingName).toMatch(/^FUNNEL_GATE_[A-Z_]+$/);
    }
    expect(new Set(GATE_RULES.map((rule) => rule.settingName)).size).toBe(GATE_RULES.length);
  });
});

describe("stageEarned — the deck: each stage is marked by the customer's features in the project", () => {
  it("cites the seven stages' markers", () => {
    expect(gateRule("stageEarned").source.zh).toContain("以客户在项目中的特征为标志");
  });

  it("fails a claimed stage beyond the markers, naming the markers still missing", () => {
    const [failure] = checkGates(at(2), { markers: [true, false, null] }, { asOf: AS_OF });
    expect(failure.rule.id).toBe("stageEarned");
    expect(failure.missing).toEqual([
      { zh: STAGES[1].markers[0].zh, en: STAGES[1].markers[0].en },
      { zh: "符合产品应用特征；有需求", en: `${STAGES[2].markers[0].en}; ${STAGES[2].markers[1].en}` },
    ]);
    expect(failure.detail.zh).toContain(`只支持到${STAGES[0].name.zh}`);
  });

  it("passes when every marker up to the claimed stage holds", () => {
    expect(ids(1, { markers: [true, true, false] })).toEqual([]);
  });

  it("is not checked without a stage check sheet", () => {
    expect(ids(2, {})).toEqual([]);
  });
});

describe("negotiationEntry — the deck: 进入商务谈判阶段的条件, all must hold", () => {
  it("cites the conditions", () => {
    expect(gateRule("negotiationEntry").source.zh).toContain("进入商务谈判阶段的条件");
  });

  it("fails a deal in negotiation with 5 of 7 conditions, naming the two missing", () => {
    const conditions = [true, true, true, false, true, true, null];
    const [failure] = checkGates(at(5), { ...WORTH, conditions }, { asOf: AS_OF });
    expect(failure.rule.id).toBe("negotiationEntry");
    expect(failure.missing).toEqual([NEGOTIATION_CONDITIONS[3], NEGOTIATION_CONDITIONS[6]]);
    expect(failure.detail.zh).toContain("只具备 5 项");
    expect(failure.detail.en).toContain("5 of 7");
  });

  it("fails a deal in negotiation with no readiness sheet, all seven missing", () => {
    const [failure] = checkGates(at(5), WORTH, { asOf: AS_OF });
    expect(failure.missing).toHaveLength(7);
    expect(failure.detail.zh).toContain("没有“谈判条件”评估表");
  });

  it("passes with all seven, and does not apply before negotiation", () => {
    expect(ids(5, { ...WORTH, conditions: ALL_YES })).toEqual([]);
    expect(ids(4, WORTH)).toEqual([]);
  });
});

describe("worthPursuing — the deck: 二次评估, 值得赢吗? at 立项", () => {
  it("cites the secondary assessment", () => {
    expect(gateRule("worthPursuing").source.zh).toContain("值得赢吗？");
  });

  it("fails a deal at 立项 or later with no secondary assessment", () => {
    expect(ids(3, {})).toEqual(["worthPursuing"]);
    expect(ids(2, {})).toEqual([]);
  });

  it("fails a deal pursued past 立项 though not worth winning, not one at 立项", () => {
    const notWorth = { secondary: { verdict: "not-worth" as const } };
    expect(ids(4, notWorth)).toEqual(["worthPursuing"]);
    expect(ids(3, notWorth)).toEqual([]);
    expect(ids(4, { secondary: { verdict: null } })).toEqual([]);
  });
});

describe("acknowledgedNear — the deck: 认可, more than 50% likely to close within 90 days", () => {
  it("cites the 90 days", () => {
    expect(gateRule("acknowledgedNear").source.zh).toContain("未来90天内成交可能超过50%");
  });

  it("fails an acknowledged deal expected to close more than 90 days after the as-of date", () => {
    expect(ids(4, WORTH, AS_OF + 91)).toEqual(["acknowledgedNear"]);
    expect(ids(4, WORTH, AS_OF + 90)).toEqual([]);
    expect(ids(4, WORTH, null)).toEqual([]);
  });
});

describe("enabledGateRules", () => {
  it("turns a rule off only when its switch says no", () => {
    expect([...enabledGateRules(["是", "否", "maybe"])]).toEqual([
      "stageEarned",
      "worthPursuing",
      "acknowledgedNear",
    ]);
    expect(enabledGateRules([]).size).toBe(GATE_RULES.length);
    expect(enabledGateRules([false, "No", "FALSE", "×"]).size).toBe(0);
  });
});

describe("checkGates", () => {
  it("checks only open deals", () => {
    const won = { position: { kind: "won" as const, index: 6 }, closeDate: null };
    expect(checkGates(won, {}, { asOf: AS_OF })).toEqual([]);
    expect(checkGates({ position: { kind: "lost" }, closeDate: null }, {}, { asOf: AS_OF })).toEqual([]);
  });

  it("checks only the rules the workbook switched on", () => {
    const evidence = { markers: [true], conditions: [] };
    expect(ids(5, evidence)).toEqual(["stageEarned", "negotiationEntry", "worthPursuing"]);
    const enabled = new Set(["worthPursuing"] as const);
    const failures = checkGates(at(5), evidence, { asOf: AS_OF, enabled });
    expect(failures.map((failure) => failure.rule.id)).toEqual(["worthPursuing"]);
  });
});
