/**
 * The gates: the deck's rules, checked against a pipeline (domain note §5; docs/gates.md). Each rule is named,
 * cites its source in the deck, and has a workbook name in the stage settings (阶段设置) that switches it on or
 * off for the workbook. The checks themselves are in ./gates.
 */
import type { Bilingual } from "../kernel";
import { parseAnswer } from "./evidence";
import { STAGES } from "./stages";

/** The gate rules, by stable id. */
export type GateRuleId = "stageEarned" | "negotiationEntry" | "worthPursuing" | "acknowledgedNear";

/** One gate rule: its name, its source in the deck, and the workbook name of its on/off switch. */
export interface GateRule {
  readonly id: GateRuleId;
  readonly name: Bilingual;
  /** Where the deck says it (the deck's own words in Chinese). */
  readonly source: Bilingual;
  /** The workbook name of its switch (是/否) in the stage settings. */
  readonly settingName: string;
}

const [, , , project, acknowledged, negotiation] = STAGES;

/**
 * Days within which an acknowledged deal is expected to close: the deck's "未来90天内成交可能超过50%" (认可客户).
 */
export const ACKNOWLEDGED_CLOSE_DAYS = 90;

/**
 * The gate rules in the order they are checked and listed.
 * - stageEarned: each stage is "以客户在项目中的特征为标志" (the deck's seven stages; domain note §2, §3).
 * - negotiationEntry: 进入商务谈判阶段的条件, all seven must hold (谈判客户).
 * - worthPursuing: 二次评估 "值得赢吗？" (立项客户).
 * - acknowledgedNear: 认可客户 "未来90天内成交可能超过50%".
 */
export const GATE_RULES: readonly GateRule[] = Object.freeze([
  {
    id: "stageEarned",
    name: { zh: "阶段须有标志支持", en: "Stage earned by its markers" },
    source: {
      zh: "讲义·七个阶段：各阶段“以客户在项目中的特征为标志”",
      en: "The deck, the seven stages: each stage is marked by the customer's features in the project",
    },
    settingName: "FUNNEL_GATE_STAGE_EARNED",
  },
  {
    id: "negotiationEntry",
    name: {
      zh: `进入${negotiation.shortName.zh}须七项条件齐备`,
      en: `All seven conditions before ${negotiation.name.en}`,
    },
    source: {
      zh: `讲义·${negotiation.name.zh}：进入商务谈判阶段的条件`,
      en: `The deck, ${negotiation.name.en}: the conditions for entering commercial negotiation`,
    },
    settingName: "FUNNEL_GATE_NEGOTIATION_ENTRY",
  },
  {
    id: "worthPursuing",
    name: {
      zh: `${project.shortName.zh}后须经二次评估且值得赢`,
      en: `Worth winning from ${project.name.en} on`,
    },
    source: {
      zh: `讲义·${project.name.zh}：销售机会二次评估“值得赢吗？”`,
      en: `The deck, ${project.name.en}: the secondary assessment, “Is it worth winning?”`,
    },
    settingName: "FUNNEL_GATE_WORTH_PURSUING",
  },
  {
    id: "acknowledgedNear",
    name: {
      zh: `${acknowledged.name.zh}须在90天内成交`,
      en: `${acknowledged.name.en} closes within 90 days`,
    },
    source: {
      zh: `讲义·${acknowledged.name.zh}：未来90天内成交可能超过50%`,
      en: `The deck, ${acknowledged.name.en}: more than 50% likely to close within 90 days`,
    },
    settingName: "FUNNEL_GATE_ACKNOWLEDGED_NEAR",
  },
] satisfies GateRule[]);

/**
 * The rule with this id.
 * @example gateRule("negotiationEntry").settingName // "FUNNEL_GATE_NEGOTIATION_ENTRY"
 */
export function gateRule(id: GateRuleId): GateRule {
  return GATE_RULES.find((rule) => rule.id === id)!;
}

/**
 * The rules switched on, from the switches of the stage settings in {@link GATE_RULES}' order: a rule is on
 * unless its switch says no (否, No, FALSE …); blank, missing or unreadable leaves it on.
 * @example enabledGateRules(["是", "否", "", undefined]) // Set { "stageEarned", "worthPursuing", "acknowledgedNear" }
 */
export function enabledGateRules(switches: readonly unknown[]): Set<GateRuleId> {
  return new Set(
    GATE_RULES.filter((_, i) => {
      const answer = parseAnswer(switches[i] ?? "");
      return !(answer.ok && answer.value === false);
    }).map((rule) => rule.id),
  );
}
