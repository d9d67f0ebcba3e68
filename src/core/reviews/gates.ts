/**
 * The gate checks (core/stages/gateRules.ts): a pipeline deal's claimed stage held to the evidence of its evaluation sheets.
 * Pure: the deal's stage and close date come from the pipeline table, the evidence from the sheets' cells, and
 * what is checked from the workbook's switches. A failure names its rule (with the deck's source) and what is
 * missing.
 */
import { type Bilingual, daysBetween, isoDate } from "../kernel";
import type { WorthVerdict } from "../metrics";
import {
  ACKNOWLEDGED_CLOSE_DAYS,
  evidenceGaps,
  GATE_RULES,
  type GateRule,
  type GateRuleId,
  gateRule,
  STAGES,
  type StagePosition,
} from "../stages";
import { conditionTexts, negotiationReadiness } from "./readiness";

/** A deal as the pipeline claims it: its stage (in the deck's seven stages) and expected close date. */
export interface GateDeal {
  readonly position: StagePosition;
  /** Expected close date (serial), `null` when the table has none. */
  readonly closeDate: number | null;
}

/** What a deal's evaluation sheets say; a part is absent when the deal has no such sheet. */
export interface DealEvidence {
  /** The seven stage markers of 阶段判定, answered TRUE/FALSE/null. */
  readonly markers?: readonly (boolean | null)[];
  /** The seven conditions of 进入商务谈判阶段的条件, answered TRUE/FALSE/null. */
  readonly conditions?: readonly (boolean | null)[];
  /** The deal has a 二次评估; its 值得赢吗? verdict, `null` while not rated. */
  readonly secondary?: { readonly verdict: WorthVerdict | null };
}

/** One failed gate: the rule, what is wrong, and what is missing (markers or conditions, in the deck's words). */
export interface GateFailure {
  readonly rule: GateRule;
  readonly detail: Bilingual;
  readonly missing: readonly Bilingual[];
}

/** When the checks run and which rules are on. */
export interface GateOptions {
  /** The as-of date (serial) the 90 days count from. */
  readonly asOf: number;
  /** The rules switched on; all when absent. */
  readonly enabled?: ReadonlySet<GateRuleId>;
}

const [, , , PROJECT, ACKNOWLEDGED, NEGOTIATION] = STAGES.map((_, i) => i);

const stageName = (index: number): Bilingual => STAGES[index].name;

/** A stage's markers as one line, in each language. */
const markersOf = (index: number): Bilingual => ({
  zh: STAGES[index].markers.map((m) => m.zh).join("；"),
  en: STAGES[index].markers.map((m) => m.en).join("; "),
});

const list = (items: readonly Bilingual[]): Bilingual => ({
  zh: items.map((item) => item.zh).join("；"),
  en: items.map((item) => item.en).join("; "),
});

/** stageEarned: the claimed stage is beyond the furthest stage whose markers (and all before) hold. */
function stageEarned(index: number, evidence: DealEvidence): GateFailure | undefined {
  if (evidence.markers === undefined) return undefined;
  const gaps = evidenceGaps(index, evidence.markers);
  if (gaps.length === 0) return undefined;
  const missing = gaps.map((stage) => markersOf(stage.number - 1));
  const claimed = stageName(index);
  const supported = gaps[0].number - 2;
  const upTo: Bilingual =
    supported < 0
      ? { zh: "标志 1 尚不成立，尚不是目标客户", en: "marker 1 does not hold yet: not yet a target customer" }
      : {
          zh: `阶段判定只支持到${stageName(supported).zh}`,
          en: `the stage check supports only ${stageName(supported).en}`,
        };
  const shown = list(missing);
  return {
    rule: gateRule("stageEarned"),
    detail: {
      zh: `管线阶段为${claimed.zh}，但${upTo.zh}；尚缺标志：${shown.zh}`,
      en: `The pipeline says ${claimed.en}, but ${upTo.en}; markers still missing: ${shown.en}`,
    },
    missing,
  };
}

/** negotiationEntry: in 谈判 while any of the seven conditions is unmet (or none is recorded). */
function negotiationEntry(index: number, evidence: DealEvidence): GateFailure | undefined {
  if (index !== NEGOTIATION) return undefined;
  const readiness = negotiationReadiness(evidence.conditions ?? []);
  if (readiness.ready) return undefined;
  const missing = conditionTexts(readiness.missing);
  const stage = stageName(NEGOTIATION);
  const shown = list(missing);
  const detail: Bilingual =
    evidence.conditions === undefined
      ? {
          zh: `处于${stage.zh}，但没有“谈判条件”评估表：七项条件都没有记录`,
          en: `In ${stage.en}, but there is no negotiation readiness sheet: none of the seven conditions is recorded`,
        }
      : {
          zh: `处于${stage.zh}，七项条件只具备 ${readiness.met} 项；尚缺：${shown.zh}`,
          en: `In ${stage.en} with ${readiness.met} of ${readiness.of} conditions met; missing: ${shown.en}`,
        };
  return { rule: gateRule("negotiationEntry"), detail, missing };
}

/** worthPursuing: at 立项 or later with no 二次评估, or pursued past 立项 though "not worth winning". */
function worthPursuing(index: number, evidence: DealEvidence): GateFailure | undefined {
  if (index < PROJECT) return undefined;
  const stage = stageName(index);
  if (evidence.secondary === undefined)
    return {
      rule: gateRule("worthPursuing"),
      detail: {
        zh: `已到${stage.zh}，但没有二次评估（值得赢吗？）`,
        en: `At ${stage.en}, but there is no secondary assessment (is it worth winning?)`,
      },
      missing: [],
    };
  if (index > PROJECT && evidence.secondary.verdict === "not-worth")
    return {
      rule: gateRule("worthPursuing"),
      detail: {
        zh: `值得赢吗？结论为“不值得”，商机却仍推进到${stage.zh}`,
        en: `“Is it worth winning?” says not worth it, yet the deal is pursued to ${stage.en}`,
      },
      missing: [],
    };
  return undefined;
}

/** acknowledgedNear: at 认可 with an expected close more than 90 days after the as-of date. */
function acknowledgedNear(index: number, deal: GateDeal, asOf: number): GateFailure | undefined {
  if (index !== ACKNOWLEDGED || deal.closeDate === null) return undefined;
  const days = daysBetween(asOf, deal.closeDate);
  if (days <= ACKNOWLEDGED_CLOSE_DAYS) return undefined;
  const stage = stageName(ACKNOWLEDGED);
  const date = isoDate(deal.closeDate);
  return {
    rule: gateRule("acknowledgedNear"),
    detail: {
      zh: `处于${stage.zh}，但预计成交日期 ${date} 在 ${days} 天之后，超出 ${ACKNOWLEDGED_CLOSE_DAYS} 天`,
      en: `In ${stage.en}, but expected to close on ${date}, ${days} days away — beyond ${ACKNOWLEDGED_CLOSE_DAYS}`,
    },
    missing: [],
  };
}

/**
 * The gates an open deal fails, in the order of {@link GATE_RULES}; none for a won or lost deal (the gates hold an
 * open deal's stage to its evidence), and only the enabled rules.
 * @example checkGates({ position: { kind: "open", index: 5 }, closeDate: null }, { conditions: [true, true, true, true, true, false, false] }, { asOf: 45900 })
 * // [{ rule: { id: "negotiationEntry", … }, detail: { zh: "处于谈判客户，七项条件只具备 5 项；尚缺：…", … }, missing: [two conditions] }]
 */
export function checkGates(deal: GateDeal, evidence: DealEvidence, options: GateOptions): GateFailure[] {
  if (deal.position.kind !== "open") return [];
  const index = deal.position.index;
  const found: Record<GateRuleId, GateFailure | undefined> = {
    stageEarned: stageEarned(index, evidence),
    negotiationEntry: negotiationEntry(index, evidence),
    worthPursuing: worthPursuing(index, evidence),
    acknowledgedNear: acknowledgedNear(index, deal, options.asOf),
  };
  return GATE_RULES.filter((rule) => options.enabled?.has(rule.id) ?? true)
    .map((rule) => found[rule.id])
    .filter((failure): failure is GateFailure => failure !== undefined);
}
