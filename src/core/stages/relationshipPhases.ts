/**
 * 客户关系发展阶段 (stage 4, 立项): the deck's four phases of a customer relationship — 关系突破期, 关系巩固期,
 * 关系收获期, 关系防御期 — each with what marks it and what the rep does in it. They answer the 能赢吗 question
 * "与客户关系目前处于什么层次与发展状态？" in 二次评估, and show under 立项 in the stage guide.
 */
import { type Bilingual, bilingual as t } from "../kernel";

/** Ids of the four phases, in the deck's order. */
export type RelationshipPhaseId = "breakthrough" | "consolidation" | "harvest" | "defence";

/** One phase of the customer relationship. */
export interface RelationshipPhase {
  readonly id: RelationshipPhaseId;
  readonly name: Bilingual;
  /** What the phase is like, in the deck's words. */
  readonly description: readonly Bilingual[];
  /** What the rep does in it, in the deck's words. */
  readonly actions: readonly Bilingual[];
}

const phase = (p: RelationshipPhase): RelationshipPhase =>
  Object.freeze({
    ...p,
    description: Object.freeze([...p.description]),
    actions: Object.freeze([...p.actions]),
  });

/** The four phases of a customer relationship, breakthrough to defence. */
export const RELATIONSHIP_PHASES: readonly RelationshipPhase[] = Object.freeze([
  phase({
    id: "breakthrough",
    name: t("关系突破期", "Breakthrough"),
    description: [t("整个客户关系发展中最困难的阶段", "The hardest phase of the whole relationship")],
    actions: [
      t("确立你的形象及品牌", "Establish your image and your brand"),
      t("了解和掌握客户的全貌", "Get to know the whole customer"),
      t(
        "分析竞争对手的状况、优势及弱点",
        "Size up the competitors: where they stand, their strengths and weak spots",
      ),
      t("制定建立双方信任的策略", "Plan how the two sides will come to trust each other"),
      t(
        "建立和发展客户决策者的关系",
        "Build and grow your relationships with the customer's decision makers",
      ),
      t("设法获得第一笔销售", "Find a way to land the first sale"),
    ],
  }),
  phase({
    id: "consolidation",
    name: t("关系巩固期", "Consolidation"),
    description: [
      t(
        "由普通客户发展为重点客户过程中极为重要的阶段",
        "The make-or-break phase in turning an ordinary customer into a key account",
      ),
      t("完美的客户体验是全力以赴的目标", "A flawless customer experience is what you go all out for"),
      t("任何闪失都会导致出局", "One slip and you are out"),
    ],
    actions: [
      t(
        "客户经理需努力巩固客户和自己企业中的各种关系",
        "The account manager works to firm up every relationship, at the customer and inside our own company",
      ),
      t("建立良好的口碑", "Build a good name"),
    ],
  }),
  phase({
    id: "harvest",
    name: t("关系收获期", "Harvest"),
    description: [
      t("已经获得了可能的最大客户份额", "We already have the biggest share of the account we can get"),
    ],
    actions: [
      t(
        "和客户双方找到最佳提供/购买产品或服务的最经济做法",
        "Work out with the customer the most economical way for us to supply and for them to buy",
      ),
      t(
        "最可能建立正式或非正式的伙伴关系，使双方关系更加亲密",
        "The best time for a formal or informal partnership that brings the two sides closer",
      ),
      t(
        "通过不断提高产品和服务的质量，与客户密切合作，从而提供客户更大价值",
        "Keep raising the quality of product and service and work closely with the customer to give it more value",
      ),
    ],
  }),
  phase({
    id: "defence",
    name: t("关系防御期", "Defence"),
    description: [
      t(
        "与客户关系受到竞争对手以低价格或新技术的挑战",
        "Competitors are going after the account with lower prices or newer technology",
      ),
      t(
        "问题出在自满得意而忽略了下降的产品或服务质量，及双方的关系上",
        "The trouble is complacency: we let product or service quality slip and neglected the relationship",
      ),
      t("如果成功，可重返成长期", "If the rebuild works, the relationship is back to growing"),
    ],
    actions: [
      t("应与客户重建关系，并注重质量和服务", "Rebuild the relationship; put quality and service first"),
    ],
  }),
]);

/**
 * The phase with this Chinese or English name, or undefined.
 * @example relationshipPhaseByName("Harvest")?.name.zh // "关系收获期"
 */
export function relationshipPhaseByName(name: string): RelationshipPhase | undefined {
  const wanted = name.trim().toLowerCase();
  return RELATIONSHIP_PHASES.find((p) => p.name.zh === wanted || p.name.en.toLowerCase() === wanted);
}
