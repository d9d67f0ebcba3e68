/**
 * The deck's coaching under each stage (domain note §2): what the slides say beyond 标志, 特征 and 动作 —
 * how to find targets, how to read needs and persuade (FAB), the relationship phases, how to reach and win
 * over the customer's executives, negotiation tactics and what to watch when closing. Chinese is the deck's
 * wording (full-width punctuation, slips corrected per deckWording.ts); English is how a sales manager says it.
 * Each stage also names the templates that carry its forms, and which of its actions a template serves.
 */
import { type Bilingual, bilingual as t } from "../kernel";
import { RELATIONSHIP_PHASES } from "./relationshipPhases";
import type { StageId } from "./stages";

/** A titled piece of the deck's coaching. */
export interface CoachingTopic {
  readonly id: string;
  readonly title: Bilingual;
  /** The lines that introduce or describe the topic, when the deck gives them. */
  readonly note: readonly Bilingual[];
  /** The points of the topic, in the deck's order. */
  readonly items: readonly Bilingual[];
}

/** An action of a stage, and the template that helps the rep do it. */
export interface ActionForm {
  /** The action's Chinese text, exactly as in the stage's actions. */
  readonly action: string;
  /** Id of the template (see templates/index.ts TEMPLATES). */
  readonly template: string;
}

/** A stage's coaching: its topics, its templates and which of its actions a template serves. */
export interface StageCoaching {
  readonly topics: readonly CoachingTopic[];
  /** Ids of the templates that belong to the stage, in the order a rep meets them. */
  readonly templates: readonly string[];
  readonly actionForms: readonly ActionForm[];
}

const topic = (id: string, title: Bilingual, items: Bilingual[], note: Bilingual[] = []): CoachingTopic =>
  Object.freeze({ id, title, note: Object.freeze(note), items: Object.freeze(items) });

/** 定位和挖掘目标客户 (stage 1). */
export const TARGETING: CoachingTopic = topic(
  "targeting",
  t("定位和挖掘目标客户", "Finding target customers"),
  [
    t(
      "通过区域行业的分布及目标客户特征分析，挑选出重要行业（考虑企业赢利、排名、支柱行业）",
      "Pick the key industries from how industries spread across your region and what a target customer looks like (weigh profitability, ranking, pillar industries)",
    ),
    t(
      "针对公司的产品和解决方案、典型案例，在区域内，全局性的思考、筛选目标客户",
      "Think region-wide: screen target customers against our products, solutions and reference cases",
    ),
    t(
      "特别关注具备发展潜力的老客户、竞争对手客户",
      "Watch especially for existing customers with room to grow, and for competitors' customers",
    ),
  ],
);

/** 看透客户的需求 (stage 3): needs seen and unseen, conscious and not. */
export const SEEING_NEEDS: CoachingTopic = topic(
  "seeingNeeds",
  t("看透客户的需求", "Seeing through to the customer's needs"),
  [
    t("看得到的、意识到的、表面的、明确的", "Needs you can see: conscious, on the surface, explicit"),
    t("看不到的、意识不到的、潜在的、含糊的", "Needs you can't see: unconscious, latent, vague"),
  ],
  [
    t(
      "客户需求有些是意识到的，有些是没有意识到的。",
      "Some needs the customer knows it has; some it doesn't.",
    ),
  ],
);

/** The two purposes of every purchase (了解客户购买的目的, stage 3); dropdown choices, so no ASCII comma. */
export const BUYING_PURPOSES: readonly Bilingual[] = Object.freeze([
  t("脱离痛苦，解决问题", "Get out of pain — solve a problem"),
  t("追求快乐，获得利益", "Go after a gain — get a benefit"),
]);

/** 了解客户购买的目的 (stage 3). */
export const BUYING_PURPOSE: CoachingTopic = topic(
  "buyingPurpose",
  t("了解客户购买的目的", "Why the customer buys"),
  [...BUYING_PURPOSES],
  [
    t(
      "每个人或企业购买产品或服务的最终目的是：",
      "In the end, every person or company buys a product or service to:",
    ),
  ],
);

/** 了解客户的购买意向 (stage 3). */
export const BUYING_INTENT: CoachingTopic = topic(
  "buyingIntent",
  t("了解客户的购买意向", "Reading the customer's intent to buy"),
  [
    t(
      "客户是基于想脱离痛苦，解决问题，才做出购买的决定",
      "Customers decide to buy because they want out of pain — to get a problem solved",
    ),
    t("客户需求＝脱离痛苦，解决问题", "Customer need = getting out of pain, solving a problem"),
    t(
      "痛苦/问题愈大，需求愈高，需求愈高，愈易成交，而且客户愿意支付的价格就愈高",
      "The bigger the pain or problem, the stronger the need; the stronger the need, the easier the close — and the higher the price the customer will pay",
    ),
    t("人们不爱解决小问题，只爱解决大问题", "Nobody buys to fix a small problem, only a big one"),
  ],
);

/** The three steps of FAB (说服客户购买, stage 3), F, A, B. */
export const FAB_STEPS: readonly Bilingual[] = Object.freeze([
  t("描述产品或服务的性能及功能（F）", "Feature (F): what the product or service is and does"),
  t("描述产品或服务的功能，如何能帮助一般的用户（A）", "Advantage (A): how that helps users in general"),
  t(
    "描述产品或服务，如何能满足客户已经表示过的需求（B）",
    "Benefit (B): how it meets the need this customer has told you about",
  ),
]);

/** 说服客户购买（FAB） (stage 3). */
export const PERSUADING: CoachingTopic = topic(
  "fab",
  t("说服客户购买（FAB）", "Persuading the customer to buy (FAB)"),
  [...FAB_STEPS],
  [t("说服法", "How to persuade")],
);

/** The relationship phases (stage 4) as coaching topics, one per phase. */
const RELATIONSHIP_TOPICS: readonly CoachingTopic[] = RELATIONSHIP_PHASES.map((phase) =>
  topic(
    `relationship.${phase.id}`,
    t(`客户关系发展阶段：${phase.name.zh}`, `Relationship phase: ${phase.name.en}`),
    [...phase.actions],
    [...phase.description],
  ),
);

/** 争取客户高层会面方法 (stage 5). */
export const EXECUTIVE_MEETING: CoachingTopic = topic(
  "executiveMeeting",
  t("争取客户高层会面方法", "Ways to get a meeting with the customer's executives"),
  [
    t("与企业已有合作关系", "We already work with their company"),
    t("企业很有名望", "Our company has a strong name"),
    t("企业能提供产品满足领导单位的需求", "We can supply what the executive's own unit needs"),
    t("领导单位内部建议", "Someone inside the executive's unit suggests the meeting"),
    t("领导单位外部有影响者建议", "An influential outsider suggests the meeting"),
  ],
);

/** 赢得客户高层信任 (stage 5): character, then capability. */
export const EXECUTIVE_TRUST: CoachingTopic = topic(
  "executiveTrust",
  t("赢得客户高层信任", "Earning the executives' trust"),
  [
    t("优秀的品格/性格：正直", "Character: integrity"),
    t("优秀的品格/性格：积极主动，自告奋勇", "Character: takes the initiative, volunteers"),
    t("优秀的品格/性格：勤奋耐劳", "Character: hard-working, stays the course"),
    t("能力：丰富的行业，产品及技术知识", "Capability: deep industry, product and technical knowledge"),
    t("能力：广泛的实战经验与成功案例", "Capability: broad field experience and success stories"),
    t(
      "能力：明了客户目标，策略和困难",
      "Capability: understands the customer's goals, strategy and difficulties",
    ),
    t("能力：业界的好名声", "Capability: a good name in the industry"),
    t("能力：解决问题的机智", "Capability: resourceful at solving problems"),
    t("能力：建立良好的人际关系", "Capability: builds good relationships"),
  ],
);

/** 与客户高层领导建立信任的要素 (stage 5): eleven. */
export const EXECUTIVE_TRUST_ELEMENTS: CoachingTopic = topic(
  "executiveTrustElements",
  t("与客户高层领导建立信任的要素", "What builds trust with the customer's top leaders"),
  [
    t("积极主动承担责任", "Step up and take responsibility"),
    t("对高层领导的要求做快速反应", "Respond fast to what the executives ask for"),
    t("明了客户企业的文化、目标、策略和挑战", "Know the customer's culture, goals, strategy and challenges"),
    t("熟悉自己行业的动态", "Know what is happening in our own industry"),
    t("解决问题的能力", "Be able to solve problems"),
    t("调动自己公司资源的能力", "Be able to bring our own company's resources to bear"),
    t("熟悉自己公司的产品", "Know our own products"),
    t("与客户有关人员的良好关系", "Have good relationships with the customer's people involved"),
    t("熟悉客户行业的动态", "Know what is happening in the customer's industry"),
    t("明了高层领导个人有关事项", "Know the executive's personal concerns"),
    t("对自己竞争对手的了解", "Know our competitors"),
  ],
);

/** 谈判的技巧 (stage 6). */
export const NEGOTIATION_TACTICS: CoachingTopic = topic(
  "negotiationTactics",
  t("谈判的技巧", "Negotiation tactics"),
  [
    t(
      "重视商务谈判环节，积极推进合同的签定，防止节外生枝（对不同角色采用不同战略）",
      "Take the negotiation seriously: push the contract to signature and head off surprises (a different approach for each role)",
    ),
    t(
      "心态平和，让客户感到你很重视他，不要急于求成",
      "Stay calm, make the customer feel valued, don't rush it",
    ),
    t(
      "不要轻易和没有决策权的人谈价格，防止谈判没有退路",
      "Don't talk price with people who can't decide — it leaves you nowhere to fall back",
    ),
    t(
      "给老总留出谈判的余地，只有老总拍板了，才会有更大的成功性",
      "Leave room for the boss to negotiate: the deal is far likelier to close once the boss signs off",
    ),
    t(
      "充分利用内部支持人员的信息反馈，但要有分寸的利用",
      "Make full use of what your inside supporters tell you, but with discretion",
    ),
    t(
      "赞扬对方谈价能力，请求他的支持，谈判的结果体现双赢",
      "Praise their bargaining, ask for their support, make the outcome a win-win",
    ),
  ],
);

/** 成交客户阶段 注意事项 (stage 7). */
export const CLOSING_CAUTIONS: CoachingTopic = topic(
  "closingCautions",
  t("注意事项", "Watch-outs when closing"),
  [
    t(
      "提供标准的合同模板（产品、实施、服务）",
      "Use our standard contract templates (product, implementation, services)",
    ),
    t(
      "特别注意双方的约束条件和条款、补充内容、付款方式",
      "Check closely both sides' conditions and clauses, any supplements, and the payment terms",
    ),
    t(
      "签署合同不代表成交，合同送审过程仍然需要跟踪",
      "A signed contract is not a closed deal: keep tracking the contract through review",
    ),
    t("首付款要尽快、注意不要节外生枝", "Get the first payment in fast, and don't let anything derail it"),
    t("项目交接、内部启动会", "Hand the project over and hold the internal kick-off"),
    t("跟踪订货、发货和验收", "Track ordering, shipping and customer acceptance"),
  ],
);

const coaching = (c: StageCoaching): StageCoaching =>
  Object.freeze({
    topics: Object.freeze([...c.topics]),
    templates: Object.freeze([...c.templates]),
    actionForms: Object.freeze(c.actionForms.map((form) => Object.freeze({ ...form }))),
  });

/** The coaching of each stage. */
export const STAGE_COACHING: Readonly<Record<StageId, StageCoaching>> = Object.freeze({
  target: coaching({ topics: [TARGETING], templates: [], actionForms: [] }),
  prospect: coaching({
    topics: [],
    templates: ["customerVisit", "customerProfile", "customerSwot"],
    actionForms: [
      { action: "客户拜访前的准备", template: "customerVisit" },
      { action: "拜访客户，取得客户好感", template: "customerVisit" },
      { action: "收集客户全貌信息", template: "customerProfile" },
      { action: "总结发掘潜在的销售机会", template: "customerVisit" },
      { action: "分析客户的SWOT", template: "customerSwot" },
    ],
  }),
  intent: coaching({
    topics: [SEEING_NEEDS, BUYING_PURPOSE, BUYING_INTENT, PERSUADING],
    templates: ["customerProblems", "fab", "preliminary"],
    actionForms: [
      { action: "了解客户的困难、问题和影响，探索客户需求", template: "customerProblems" },
      { action: "说服客户对我们的产品感兴趣", template: "fab" },
      { action: "初步分析和评估销售机会", template: "preliminary" },
    ],
  }),
  project: coaching({
    topics: RELATIONSHIP_TOPICS,
    templates: ["projectInfo", "secondary", "swot"],
    actionForms: [
      { action: "收集客户立项及关键人物信息", template: "projectInfo" },
      { action: "再次分析及评估销售机会", template: "secondary" },
      { action: "分析与竞争对手的优劣势", template: "swot" },
      { action: "制定销售竞争策略和客户决策者关系策略", template: "secondary" },
      { action: "拜访客户高层领导，赢得信任", template: "executiveTrust" },
    ],
  }),
  acknowledged: coaching({
    topics: [EXECUTIVE_MEETING, EXECUTIVE_TRUST, EXECUTIVE_TRUST_ELEMENTS],
    templates: ["executiveTrust"],
    actionForms: [{ action: "客户高层拜访，赢得其信任", template: "executiveTrust" }],
  }),
  negotiation: coaching({
    topics: [NEGOTIATION_TACTICS],
    templates: ["negotiationReadiness"],
    actionForms: [],
  }),
  won: coaching({
    topics: [CLOSING_CAUTIONS],
    templates: ["closing"],
    actionForms: [
      { action: "收款", template: "closing" },
      { action: "订货和发货", template: "closing" },
      { action: "做实施准备和项目交接", template: "closing" },
    ],
  }),
});

/**
 * The coaching of a stage.
 * @example coachingOf("negotiation").topics[0].title.zh // "谈判的技巧"
 */
export function coachingOf(id: StageId): StageCoaching {
  return STAGE_COACHING[id];
}
