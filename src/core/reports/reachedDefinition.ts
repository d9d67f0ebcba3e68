/**
 * The report's definition line of "reached": what counts as a stage reached, how many lost deals have an
 * unknown stage of loss and the rule in force for them (metrics' FunnelTally and UnknownLossRule).
 */
import type { Bilingual } from "../kernel";
import type { PipelineHealth } from "../health";
import { DEFAULT_UNKNOWN_LOSS, UNKNOWN_LOSS_RULE_NAMES } from "../metrics";

/**
 * The definition line of the stage figures, naming the rule for unknown stages of loss and how many deals it
 * applies to.
 * @example
 * reachedDefinition(health).en
 * // "Reached: a deal reached every stage up to where it stands, where it was lost, or where its stage history or stage dates show it went. 3 lost deals with unknown stage of loss are counted as: reached only the first stage."
 */
export function reachedDefinition(health: Pick<PipelineHealth, "unknownLoss">): Bilingual {
  const count = health.unknownLoss?.count ?? 0;
  const rule = UNKNOWN_LOSS_RULE_NAMES[health.unknownLoss?.rule ?? DEFAULT_UNKNOWN_LOSS];
  const zh =
    "到达：商机到达了它当前所在、丢单时所在，以及其阶段历史或阶段日期显示到过的每个阶段及之前各阶段。";
  const en =
    "Reached: a deal reached every stage up to where it stands, where it was lost, or where its stage history or stage dates show it went.";
  return {
    zh: `${zh}丢单阶段未知的丢单商机 ${count} 个，${rule.zh}。`,
    en: `${en} ${count} lost ${count === 1 ? "deal" : "deals"} with unknown stage of loss ${count === 1 ? "is" : "are"} counted as: ${rule.en}.`,
  };
}
