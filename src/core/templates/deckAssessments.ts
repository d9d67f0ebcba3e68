/**
 * The deck's assessment forms as data (domain note §2, stages 3 and 4): the questions of 初步销售机会评估,
 * the ten groups of 销售竞争力的评估, the four buying roles, and the items of 销售竞争力的自我SWOT分析.
 * Chinese is the deck's wording (full-width punctuation); English is our translation. The criteria of
 * 值得赢吗? live in metrics/winworth.ts (WORTH_CRITERIA), the stages in stages/stages.ts.
 */
import { type Bilingual, bilingual as t } from "../kernel";

/** A titled group of the deck's questions. */
export interface QuestionGroup {
  readonly id: string;
  readonly name: Bilingual;
  readonly questions: readonly Bilingual[];
}

const group = (id: string, name: Bilingual, questions: Bilingual[]): QuestionGroup =>
  Object.freeze({ id, name, questions: Object.freeze(questions) });

/** 初步销售机会评估 (preliminary opportunity assessment): five groups, 21 questions. */
export const PRELIMINARY_GROUPS: readonly QuestionGroup[] = Object.freeze([
  group("needAndProject", t("需求与项目", "Need and project"), [
    t("什么是客户需求？", "What does the customer need?"),
    t("什么是客户的关键问题和项目目的？", "What are the customer's key problems and the project's purpose?"),
    t("谁是计划的发起人？", "Who initiated the plan?"),
    t("谁将参与到这项工作中来？", "Who will take part in this work?"),
    t("这项计划如何适应客户的经营策略？", "How does the plan fit the customer's business strategy?"),
  ]),
  group("business", t("客户业务", "The customer's business"), [
    t("客户产品和服务是什么？", "What are the customer's products and services?"),
    t("他们的主要市场是什么？", "What are their main markets?"),
    t("他们主要客户是谁？", "Who are their main customers?"),
    t(
      "什么是驱动客户经营的内在和外在动力？",
      "What internal and external forces drive the customer's business?",
    ),
  ]),
  group("finances", t("财务状况", "Financial position"), [
    t("他们的收入和获利趋势为何？", "How are their revenue and profit trending?"),
    t(
      "和他们相似的公司对比，财务状况如何？",
      "How does their financial position compare with similar companies?",
    ),
    t("什么是客户关键业绩的评判指标？", "What are the customer's key performance indicators?"),
  ]),
  group("budget", t("预算", "Budget"), [
    t(
      "这个计划的预算是多少？（定预算的时间及执行时间）",
      "What is the plan's budget? (When is it set, and when is it spent?)",
    ),
    t("客户预算申请程序为何？", "What is the customer's budget approval process?"),
    t(
      "与其他项目比，本项目的优先顺序为何？",
      "How does this project rank in priority against other projects?",
    ),
    t("客户的资金还有什么其他的用途？", "What else could the customer spend the money on?"),
  ]),
  group("urgency", t("紧迫性", "Urgency"), [
    t("客户为什么必须行动？", "Why must the customer act?"),
    t("作出决定的最终期限？", "What is the deadline for the decision?"),
    t("如果项目被延误了会有什么结果？", "What happens if the project is delayed?"),
    t("如果项目如期完成会有什么回报？", "What is the return if the project is completed on time?"),
    t("项目会给我们的经营带来什么影响？", "How will the project affect our business?"),
  ]),
]);

/** 销售竞争力的评估 (competitive assessment, "can we win?"): ten question groups. */
export const COMPETITIVE_GROUPS: readonly QuestionGroup[] = Object.freeze([
  group("criteria", t("评选标准", "Selection criteria"), [
    t("什么是评选的标准？", "What are the selection criteria?"),
    t("什么是正式的决策过程？", "What is the formal decision process?"),
    t("哪个评选标准最重要？为什么？", "Which selection criterion matters most? Why?"),
    t("谁来主导评选标准？", "Who drives the selection criteria?"),
  ]),
  group("solution", t("方案能力", "Solution capability"), [
    t("我们的方案如何很好的解决客户的问题？", "How well does our solution solve the customer's problems?"),
    t(
      "客户怎么认为我们能满足他需求的综合能力（性能，价格，技术，服务，经验，品牌，信誉等）？",
      "How does the customer rate our overall ability to meet its needs (performance, price, technology, service, experience, brand, reputation …)?",
    ),
    t("什么是我们需要改进和加强的？", "What do we need to improve and strengthen?"),
    t(
      "我们需要什么样的外部资源来满足客户需求？",
      "What outside resources do we need to meet the customer's needs?",
    ),
  ]),
  group("resources", t("销售资源", "Sales resources"), [
    t("销售队伍需要投入多少时间？", "How much time must the sales team put in?"),
    t("需要什么样额外的外部资源才能赢？", "What extra outside resources do we need to win?"),
    t("预计销售成本是多少？", "What is the expected cost of sale?"),
    t("机会成本为何？", "What is the opportunity cost?"),
    t("客户经理轮换的频率比较？", "How often do account managers rotate, compared with competitors?"),
    t("销售团队的素质比较？", "How does our sales team's calibre compare?"),
  ]),
  group("relationship", t("客户关系", "Customer relationship"), [
    t(
      "与客户关系目前处于什么层次与发展状态？",
      "At what level and stage of development is our relationship with the customer?",
    ),
    t("你的竞争对手与客户的关系？", "What is your competitors' relationship with the customer?"),
    t("哪位决策者的关系有利于我们的竞争？", "Which decision maker's relationship helps us compete?"),
    t("双方高层领导的互访频率？", "How often do the senior leaders of both sides visit each other?"),
    t("客户的忠诚度", "The customer's loyalty"),
  ]),
  group("uniqueValue", t("独特价值", "Unique value"), [
    t("什么是我们能交付给客户的独特商业价值？", "What unique business value can we deliver to the customer?"),
    t("客户是如何定义价值的？怎样衡量？", "How does the customer define value? How is it measured?"),
    t("用客户的衡量尺度来看，我们的价值是多少？", "By the customer's own measure, what is our value?"),
    t("客户是否已经确认他们理解我们的价值？", "Has the customer confirmed that it understands our value?"),
    t(
      "我们给客户带来的价值和竞争对手有什么不同？",
      "How does the value we bring differ from our competitors'?",
    ),
  ]),
  group("insideSupport", t("内线支持", "Inside support"), [
    t("在客户的团队中谁希望我们获胜？", "Who in the customer's team wants us to win?"),
    t("内线如何表明他们的支持？", "How do our insiders show their support?"),
    t("他们愿意而且能够帮忙吗？", "Are they willing and able to help?"),
    t("他们在自己的团队中是否有说服力？", "Are they persuasive within their own team?"),
  ]),
  group("influencers", t("影响者", "Influencers"), [
    t("谁会对这项目有影响或被影响？", "Who will influence the project, or be affected by it?"),
    t("你如何与他们建立相互的信任？", "How will you build mutual trust with them?"),
    t("你如何接近这些关键决策人？", "How will you reach these key decision makers?"),
  ]),
  group("culture", t("企业文化", "Corporate culture"), [
    t("客户的企业文化和价值观是什么？", "What are the customer's corporate culture and values?"),
    t("和我们相比有什么不同？", "How do they differ from ours?"),
    t("客户平常如何看待供应商？", "How does the customer usually see its suppliers?"),
    t("我们可不可以或愿不愿意调整自己的文化？", "Can we, or will we, adapt our own culture?"),
  ]),
  group("decisionMaking", t("决策方式", "How decisions are made"), [
    t("客户如何作出真正的决定？", "How does the customer really make the decision?"),
    t(
      "有哪些个人主观的，无形的因素会影响这个决定？",
      "What personal, subjective, intangible factors will influence the decision?",
    ),
    t("未阐述的事项是什么？", "What has been left unsaid?"),
  ]),
  group("authority", t("权威人物", "People with authority"), [
    t(
      "在与决策相关人中谁最具权威？",
      "Among the people involved in the decision, who has the most authority?",
    ),
    t("他们希望我们获胜吗？为什么？", "Do they want us to win? Why?"),
    t("他能影响或改变评选标准吗？", "Can they influence or change the selection criteria?"),
    t("他们是否有能力去制造紧迫感？", "Can they create a sense of urgency?"),
  ]),
]);

/** Ids of the four roles that influence a company's purchase decision. */
export type BuyingRoleId = "economicBuyer" | "technicalBuyer" | "user" | "coach";

/** One of the four buying roles (影响企业采购决定的四种角色). */
export interface BuyingRole {
  readonly id: BuyingRoleId;
  /** The deck's name for the role: it uses the English terms in the Chinese text too. */
  readonly name: Bilingual;
  /** 出发点: what the role starts from. */
  readonly basis: Bilingual;
  /** How many a project usually has. */
  readonly count: Bilingual;
  /** 职责 */
  readonly duties: readonly Bilingual[];
  /** 关注事项 */
  readonly focus: Bilingual;
}

const role = (r: BuyingRole): BuyingRole => Object.freeze({ ...r, duties: Object.freeze([...r.duties]) });

/** 影响企业采购决定的四种角色 (Economic Buyer, Technical Buyer, User, Coach). */
export const BUYING_ROLES: readonly BuyingRole[] = Object.freeze([
  role({
    id: "economicBuyer",
    name: t("经济决策者", "Economic Buyer"),
    basis: t("以经济效益为出发点", "Starts from economic results"),
    count: t("通常一个项目只有一位", "Usually only one per project"),
    duties: [
      t("最后拍板采购决定", "Makes the final purchase decision"),
      t("控制预算支出", "Controls budget spending"),
      t("能调配企业的资源", "Can allocate the company's resources"),
      t("有否决权", "Has the power of veto"),
    ],
    focus: t("企业经济效益要达成", "The company's economic results must be achieved"),
  }),
  role({
    id: "technicalBuyer",
    name: t("技术把关者", "Technical Buyer"),
    basis: t("以技术把关为出发点", "Starts from technical gatekeeping"),
    count: t("通常一个项目有多位", "Usually several per project"),
    duties: [
      t("把关", "Acts as gatekeeper"),
      t("具体评估每个解决方案", "Evaluates each solution in detail"),
      t("不能拍板做采购的决定", "Cannot make the purchase decision"),
      t("从技术角度出发，可以否定方案", "Can reject a solution on technical grounds"),
    ],
    focus: t("企业技术规格要保证", "The company's technical specifications must be met"),
  }),
  role({
    id: "user",
    name: t("使用者", "User Buyer"),
    basis: t("以用户运作为出发点", "Starts from the users' daily operations"),
    count: t("通常一个项目有多位", "Usually several per project"),
    duties: [
      t("评估对用户平日运作的影响", "Judges the impact on the users' daily operations"),
      t("最终使用解决方案者", "Is the end user of the solution"),
      t("有切身的关系", "Is personally affected"),
      t("直接影响解决方案的成败", "Directly affects whether the solution succeeds"),
    ],
    focus: t("每天的工作必须完成", "The daily work must get done"),
  }),
  role({
    id: "coach",
    name: t("内线（Coach）", "Coach"),
    basis: t(
      "以双方（厂家与客户）联络沟通为出发点",
      "Starts from liaison between the two sides (vendor and customer)",
    ),
    count: t("至少要安排或培养一位", "At least one must be arranged or developed"),
    duties: [
      t("协调厂家与客户之间的联络", "Coordinates contact between the vendor and the customer"),
      t(
        "提供厂家有关客户采购项目的所需信息",
        "Gives the vendor the information it needs about the customer's purchase project",
      ),
      t("要注意在客户组织内不失去公允性", "Must take care to stay fair within the customer's organisation"),
    ],
    focus: t("厂家及客户的双赢", "A win-win for vendor and customer"),
  }),
]);

/** 销售竞争力的自我SWOT分析: the items strengths and weaknesses (强项与弱项) are assessed on. */
export const SWOT_STRENGTH_ITEMS: readonly Bilingual[] = Object.freeze([
  t("产品和服务如何满足客户需求", "How our products and services meet the customer's needs"),
  t("客户认为你的特点", "What the customer sees as your distinctive features"),
  t("与客户企业的关系层次", "The level of our relationship with the customer's company"),
  t(
    "与客户高层、中层和技术人员等关键人物的关系",
    "Relationships with key people: senior and middle managers, technical staff",
  ),
  t("获有客户内部及机密信息", "Access to the customer's internal and confidential information"),
  t("参与客户的规划制定", "Taking part in the customer's planning"),
  t(
    "参与客户业务流程，改进质量及竞争力提升等项目",
    "Taking part in the customer's business-process, quality and competitiveness projects",
  ),
  t(
    "客户经理及公司高层管理对客户的承诺及影响",
    "The commitment to, and influence on, the customer of the account manager and our senior management",
  ),
  t("客户的忠诚度", "The customer's loyalty"),
  t("客户体验", "The customer's experience"),
]);

/** 销售竞争力的自我SWOT分析: the items opportunities and threats (机会与威胁) are assessed on. */
export const SWOT_OPPORTUNITY_ITEMS: readonly Bilingual[] = Object.freeze([
  t(
    "与客户企业的关系层次及其影响",
    "The level of our relationship with the customer's company, and its influence",
  ),
  t(
    "客户内部及外部变革带来的需求变化",
    "Changes in needs brought by changes inside and outside the customer",
  ),
  t("客户内部关键人物的变动", "Changes of key people inside the customer"),
  t(
    "客户购买产品和服务的过程及评审标准的变化",
    "Changes in how the customer buys products and services, and in its evaluation criteria",
  ),
  t(
    "竞争对手的人员（客户经理/高层领导）的变动",
    "Changes in competitors' people (account managers / senior leaders)",
  ),
  t("竞争对手企业的变革", "Changes within competitors' companies"),
  t("竞争对手最近与客户的合作及动态", "Competitors' recent cooperation and activity with the customer"),
  t(
    "政治、经济、法律、文化等外部环境的变化",
    "Changes in the external environment: political, economic, legal, cultural …",
  ),
  t("科技、管理模式的变化", "Changes in technology and management models"),
]);
