/**
 * The one typo policy for the deck's wording: the deck's Chinese is carried as it is written, except for the
 * slips listed here, which are corrected everywhere the product shows the deck's text (stages, coaching,
 * templates, functions). docs/deck-coverage.md lists the same table; a test checks that no product text
 * still holds a slip.
 */
import { type Bilingual, bilingual as t } from "../kernel";

/** One slip in the deck and how the product writes it. */
export interface DeckCorrection {
  /** As the deck writes it. */
  readonly deck: string;
  /** As the product writes it. */
  readonly ours: string;
  /** Where the deck has it, in its own words. */
  readonly where: string;
  /** Why it is a slip. */
  readonly why: Bilingual;
}

/** The deck's slips, each corrected everywhere the product carries the text. */
export const DECK_CORRECTIONS: readonly DeckCorrection[] = Object.freeze([
  {
    deck: "那位",
    ours: "哪位",
    where: "销售竞争力的评估：那位决策者的关系有利于我们的竞争？",
    why: t("疑问句应用“哪位”", "A question asks “which one”: 哪位, not “that one” 那位"),
  },
  {
    deck: "定单",
    ours: "订单",
    where: "销售机会二次评估：定单数量是多少？",
    why: t("规范写法为“订单”", "The standard form of “order” is 订单"),
  },
  {
    deck: "连络",
    ours: "联络",
    where: "影响企业采购决定的四种角色：Coach（连络沟通、协调厂家与客户之间的连络）",
    why: t("规范写法为“联络”", "The standard form of “liaison” is 联络"),
  },
  {
    deck: "作个",
    ours: "做个",
    where: "拜访客户取得客户的好感：多让客户讲话，作个好听众",
    why: t("“做个好听众”用“做”", "“Be a good listener” takes 做, not 作"),
  },
  {
    deck: "自已",
    ours: "自己",
    where: "客户拜访前的准备：组织自已的出席人员",
    why: t("“自己”的笔误", "A slip of the pen for 自己 (oneself)"),
  },
]);

/**
 * A text of the deck with its slips corrected.
 * @example correctDeckWording("那位决策者的关系有利于我们的竞争？") // "哪位决策者的关系有利于我们的竞争？"
 */
export function correctDeckWording(text: string): string {
  return DECK_CORRECTIONS.reduce(
    (fixed, correction) => fixed.split(correction.deck).join(correction.ours),
    text,
  );
}
