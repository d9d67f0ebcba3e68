/**
 * The seven stages of the sales funnel, as the 2011 deck "销售漏斗各阶段定义与行动标准" defines them
 * (see docs: domain/funnel-model.md §2). Chinese is the deck's wording; English is our translation.
 * Each stage has 标志 (markers: the evidence that puts a deal in the stage), 特征 (characteristics seen
 * at the stage) and 动作 (actions the rep takes). Actions list the stage slide's actions first, then
 * those the overview slide (the funnel's one-page summary) adds for stages 2, 4, 5, 6 and 7, each under the
 * column it stands in on that slide (a bare "-" there starts the next column): 拜访客户高层领导，赢得信任 is
 * 立项's, 解释客户疑虑 and 借必要的参观来增加客户信心 are 谈判's, 审批合同 is 成交's. The goal of each stage is the
 * heading of its column on the overview slide. The English names are the ones a sales manager uses (Target
 * account … Closed won); the earlier ones (Target, Intent, Project established, Acknowledged, Won) are still
 * read as labels (stageScheme.ts).
 */
import { type Bilingual, bilingual as t } from "../kernel";

/** Stable ids of the seven stages, in order. */
export type StageId = "target" | "prospect" | "intent" | "project" | "acknowledged" | "negotiation" | "won";

/** One stage of the deck's funnel. */
export interface StageDefinition {
  readonly id: StageId;
  /** 1..7 */
  readonly number: number;
  /** Full name, e.g. 目标客户 / Target account. */
  readonly name: Bilingual;
  /** Short name, e.g. 目标 / Target. */
  readonly shortName: Bilingual;
  /** The stage's goal: the heading of its column on the deck's overview slide, e.g. 定位及挖掘目标客户. */
  readonly goal: Bilingual;
  /** 标志: what must hold for a deal to be in this stage. */
  readonly markers: readonly Bilingual[];
  /** 特征: what is typically seen at this stage (supporting evidence). */
  readonly characteristics: readonly Bilingual[];
  /** 动作: what the rep does in this stage. */
  readonly actions: readonly Bilingual[];
  /** Default probability of winning from this stage, 0..1 (see {@link DEFAULT_PROBABILITIES}). */
  readonly defaultProbability: number;
}

/**
 * Default probability of winning from each stage, 0..1: target 5 %, prospect 10 %, intent 20 %,
 * project 35 %, acknowledged 55 %, negotiation 75 %, won 100 %, lost 0 %.
 *
 * Not in source, except that the deck says an acknowledged deal is >50% likely in 90 days. These are
 * our defaults; a workbook may override them or replace them with rates measured from its own history.
 */
export const DEFAULT_PROBABILITIES: Readonly<Record<StageId | "lost", number>> = Object.freeze({
  target: 0.05,
  prospect: 0.1,
  intent: 0.2,
  project: 0.35,
  acknowledged: 0.55,
  negotiation: 0.75,
  won: 1,
  lost: 0,
});

/** A stage's words: its definition without the number and probability that come from its place. */
type StageText = Omit<StageDefinition, "number" | "defaultProbability">;

const STAGE_TEXT: readonly StageText[] = [
  {
    id: "target",
    name: t("目标客户", "Target account"),
    shortName: t("目标", "Target"),
    goal: t("定位及挖掘目标客户", "Find and qualify target customers"),
    markers: [t("产品能适应或满足", "Our product can fit or satisfy the customer")],
    characteristics: [],
    actions: [
      t("选择目标市场", "Choose the target market"),
      t("挖掘符合描述的目标客户群", "Find the customer groups that fit the target profile"),
      t("筛选合格的目标客户", "Screen for qualified target customers"),
    ],
  },
  {
    id: "prospect",
    name: t("潜在客户", "Prospect"),
    shortName: t("潜在", "Prospect"),
    goal: t("发现潜在销售机会", "Uncover potential sales opportunities"),
    markers: [t("有销售机会", "There is a sales opportunity")],
    characteristics: [
      t("有管理需要", "Has a management need"),
      t("经济效益好", "Is financially healthy"),
      t("未使用或使用效果不佳", "Does not use such a system, or uses one with poor results"),
    ],
    actions: [
      t("客户拜访前的准备", "Prepare the customer visit"),
      t("拜访客户，取得客户好感", "Visit the customer and win their goodwill"),
      t("收集客户全貌信息", "Collect the full customer profile"),
      t("总结发掘潜在的销售机会", "Summarise the visit and uncover the potential sales opportunity"),
      t("分析客户的SWOT", "Analyse the customer's SWOT"),
    ],
  },
  {
    id: "intent",
    name: t("意向客户", "Interested"),
    shortName: t("意向", "Interested"),
    goal: t("引导及确认客户意向", "Shape and confirm the customer's intent to buy"),
    markers: [t("符合产品应用特征", "Fits our product's application profile"), t("有需求", "Has a need")],
    characteristics: [
      t("对产品/服务感兴趣", "Is interested in the product/service"),
      t("认同外购", "Accepts buying from an outside vendor"),
      t("有需求", "Has a need"),
      t("接触厂商", "Is talking to vendors"),
    ],
    actions: [
      t(
        "了解客户的困难、问题和影响，探索客户需求",
        "Learn the customer's difficulties, problems and their impact; explore the customer's needs",
      ),
      t("引导客户认识其问题并鼓励采取行动", "Lead the customer to see its problems and encourage it to act"),
      t("说服客户对我们的产品感兴趣", "Persuade the customer to take an interest in our product"),
      t("初步分析和评估销售机会", "Make a first analysis and assessment of the sales opportunity"),
    ],
  },
  {
    id: "project",
    name: t("立项客户", "Project approved"),
    shortName: t("立项", "Project"),
    goal: t("影响及跟进客户立项", "Influence the customer's project approval and follow it up"),
    markers: [
      t("评估符合项目要求", "The assessment meets the project's requirements"),
      t("成立小组跟进", "A team is set up to follow up"),
    ],
    characteristics: [
      t("对公司一定认同", "Some recognition of our company"),
      t("有明确需求", "Has a clear need"),
      t("有初步预算", "Has a preliminary budget"),
      t("成立小组或有专人", "Has set up a team or named a person in charge"),
      t("有时间计划", "Has a timetable"),
      t("有第三方介入", "A third party is involved"),
    ],
    actions: [
      t("确认客户需求", "Confirm the customer's needs"),
      t("收集客户立项及关键人物信息", "Collect information on the customer's project and key people"),
      t("再次分析及评估销售机会", "Analyse and assess the sales opportunity again"),
      t("分析与竞争对手的优劣势", "Analyse our strengths and weaknesses against competitors"),
      t(
        "制定销售竞争策略和客户决策者关系策略",
        "Set the competitive sales strategy and the relationship strategy for the decision makers",
      ),
      t("组建项目销售团队", "Form the project sales team"),
      t("编写销售计划", "Write the sales plan"),
      t("拜访客户高层领导，赢得信任", "Visit the customer's senior leaders and win their trust"),
    ],
  },
  {
    id: "acknowledged",
    name: t("认可客户", "Shortlisted"),
    shortName: t("认可", "Shortlisted"),
    goal: t("赢得客户初步认可", "Win the customer's preliminary approval"),
    markers: [t("小组跟进后客户基本认可", "After the team's follow-up the customer basically approves")],
    characteristics: [
      t("初步认可产品或方案", "Gives preliminary approval to the product or solution"),
      t("作为备选", "We are on the shortlist"),
      t("初步商务报价", "A preliminary commercial quote has been made"),
      t("未来90天内成交可能超过50%", "More than 50% likely to close within the next 90 days"),
    ],
    actions: [
      t("组织项目团队并分配任务", "Organise the project team and assign tasks"),
      t("客户高层拜访，赢得其信任", "Visit the customer's senior executives and win their trust"),
      t(
        "收集客户项目解决方案并做效益分析",
        "Collect the customer's project solution and analyse its benefits",
      ),
      t(
        "突出解决方案与竞争对手差异并做方案验证以获得客户认可",
        "Highlight how our solution differs from competitors' and validate it to win the customer's approval",
      ),
      t("项目小组全面跟进", "The project team follows up on every front"),
      t("强化客户关系", "Strengthen the customer relationship"),
      t("提供个性化解决方案及初步报价", "Provide a tailored solution and a preliminary quote"),
      t("安排大客户简报，答辩", "Arrange key-account briefings and Q&A sessions"),
      t("赢得客户初步认可", "Win the customer's preliminary approval"),
    ],
  },
  {
    id: "negotiation",
    name: t("谈判客户", "Negotiation"),
    shortName: t("谈判", "Negotiation"),
    goal: t("进行商务谈判", "Negotiate the commercial terms"),
    markers: [t("确定作为重要备选之一", "Confirmed as one of the important candidates")],
    characteristics: [
      t("认可公司", "Approves of our company"),
      t("作为主要备选", "We are a main candidate"),
      t(
        "确定项目操作时间进度表（投标、谈判、签约）",
        "The project timetable is set (bidding, negotiation, signing)",
      ),
    ],
    actions: [
      t("异议排队和沟通及必要的演示", "List and address objections; demonstrate where needed"),
      t("正式商务报价", "Make the formal commercial quote"),
      t("商务合同条款谈判", "Negotiate the contract terms"),
      t("合同送审", "Submit the contract for review"),
      t("解释客户疑虑", "Answer the customer's doubts"),
      t("借必要的参观来增加客户信心", "Use site visits where needed to build the customer's confidence"),
      t("确定商务进度表", "Set the commercial timetable"),
      t("协商及谈判", "Consult and negotiate"),
    ],
  },
  {
    id: "won",
    name: t("成交客户", "Closed won"),
    shortName: t("成交", "Won"),
    goal: t("完成销售成交", "Close the sale"),
    markers: [t("完成签约、付款、交货", "Contract signed, payment made, goods delivered")],
    characteristics: [
      t(
        "合同签署、支付首期及相关款项并得到财务确认",
        "The contract is signed, the first and related payments are made and confirmed by finance",
      ),
      t("已经办理订货和发货", "Ordering and shipping are done"),
    ],
    actions: [
      t("收款", "Collect payment"),
      t("订货和发货", "Order and ship"),
      t("做实施准备和项目交接", "Prepare the implementation and hand the project over"),
      t("审批合同", "Approve the contract"),
      t("签约", "Sign the contract"),
    ],
  },
];

/** The seven stages of the deck, in order (目标 → 潜在 → 意向 → 立项 → 认可 → 谈判 → 成交). */
export const STAGES: readonly StageDefinition[] = Object.freeze(
  STAGE_TEXT.map((stage, i): StageDefinition =>
    Object.freeze({
      ...stage,
      number: i + 1,
      markers: Object.freeze([...stage.markers]),
      characteristics: Object.freeze([...stage.characteristics]),
      actions: Object.freeze([...stage.actions]),
      defaultProbability: DEFAULT_PROBABILITIES[stage.id],
    }),
  ),
);

/** The terminal lost outcome (not in source: the deck does not name it, but every win rate needs it). */
export const LOST: { readonly id: "lost"; readonly name: Bilingual; readonly defaultProbability: 0 } =
  Object.freeze({ id: "lost", name: t("丢单", "Closed lost"), defaultProbability: 0 });

const BY_ID: ReadonlyMap<StageId, StageDefinition> = new Map(STAGES.map((stage) => [stage.id, stage]));

/**
 * The stage with this id.
 * @throws RangeError for an id outside {@link StageId} (a programming error: user input goes through a
 * scheme's `resolve`).
 * @example stageById("intent").name.zh // "意向客户"
 */
export function stageById(id: StageId): StageDefinition {
  const stage = BY_ID.get(id);
  if (!stage) throw new RangeError(`Unknown stage id "${String(id)}"`);
  return stage;
}
