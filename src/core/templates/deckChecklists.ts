/**
 * The deck's checklists as data (domain note §2, stages 2 and 3): the three customer-visit checklists and the
 * analysis of the customer's difficulties with the three dimensions of need (stage 6's conditions for commercial
 * negotiation are in ./negotiationConditions). Chinese is the deck's wording (full-width punctuation; slips corrected
 * per stages/deckWording.ts); English is our translation.
 */
import { type Bilingual, bilingual as t } from "../kernel";

/** A titled checklist of the deck. */
export interface Checklist {
  readonly id: string;
  readonly name: Bilingual;
  readonly items: readonly Bilingual[];
}

const checklist = (id: string, name: Bilingual, items: Bilingual[]): Checklist =>
  Object.freeze({ id, name, items: Object.freeze(items) });

/** 客户拜访 (stage 2): before the visit (7), winning goodwill (16), after the visit (8). */
export const VISIT_CHECKLISTS: readonly Checklist[] = Object.freeze([
  checklist("preparation", t("客户拜访前的准备", "Preparing the customer visit"), [
    t(
      "预约拜访日期及所需时间：根据客户情况而定，并于拜访前一天再次确认",
      "Book the visit date and the time needed: as suits the customer; confirm again the day before",
    ),
    t("明确拜访目的及主要议程：双方达成共识", "Make the purpose and main agenda clear: agreed by both sides"),
    t(
      "掌握客户资料：行业、营运状况、产品/服务、主要市场/客户、采购历史等",
      "Know the customer: industry, operations, products/services, main markets/customers, purchasing history …",
    ),
    t(
      "了解客户出席人员：部门，职位，背景，项目中的角色与我们的关系等",
      "Know the customer's attendees: department, position, background, role in the project, relationship with us …",
    ),
    t("组织自己的出席人员，分配会议角色及任务", "Organise our own attendees; assign meeting roles and tasks"),
    t(
      "做好充分准备：需要触及的问题，公司/产品资料，交通工具等",
      "Prepare thoroughly: the questions to raise, company/product material, transport …",
    ),
    t(
      "检查临行装备：笔记本，记录笔及名片，自我形象",
      "Check what you take before leaving: notebook, pen and business cards, your own appearance",
    ),
  ]),
  checklist("goodwill", t("拜访客户取得客户的好感", "Winning the customer's goodwill on the visit"), [
    t("专业的形象", "A professional image"),
    t("规范的礼仪及态度", "Proper etiquette and attitude"),
    t("沉着稳重的言行举止", "Calm, steady words and manner"),
    t("适当的拜访时间与周全的准备", "A suitable visiting time and thorough preparation"),
    t("正确的入座顺序与互换名片", "The right seating order and exchange of business cards"),
    t("尊敬的客户称谓与交际用语", "Respectful forms of address and courteous language"),
    t("笑脸迎人，目光接触", "Greet with a smile; make eye contact"),
    t("良好的人际关系", "Good interpersonal relations"),
    t("寻找共同的沟通话题", "Find common topics to talk about"),
    t("多让客户讲话，做个好听众", "Let the customer talk; be a good listener"),
    t(
      "掌握说话的时机，言语措辞，语速语调及语气",
      "Master the timing, wording, pace, intonation and tone of what you say",
    ),
    t("发自内心的赞美，并虚心向客户求教", "Praise sincerely and humbly ask the customer for advice"),
    t("适宜的肢体语言与表情回馈", "Fitting body language and facial feedback"),
    t("告诉客户一些他感兴趣的问题", "Tell the customer about things that interest them"),
    t("真诚为客户解决问题", "Sincerely solve the customer's problems"),
    t("灵活运用小礼品", "Use small gifts wisely"),
  ]),
  checklist("summary", t("总结客户拜访情况", "Summing up the customer visit"), [
    t("确认目标是否达成", "Check whether the goals were met"),
    t("回顾会议内容并做分析", "Review and analyse what was discussed"),
    t("检讨成功与失利", "Review what went well and what did not"),
    t("归纳对客户的认识与判断", "Sum up what we now know and judge about the customer"),
    t("制定再次拜访的改进计划", "Plan improvements for the next visit"),
    t("履行承诺并采取行动", "Keep our promises and act on them"),
    t("致信感谢对方的招待和时间", "Write to thank them for their hospitality and time"),
    t("所得信息输入客户关系管理系统CRM", "Enter the information gathered into the CRM system"),
  ]),
]);

/** The four columns of 客户困难/问题的分析 (stage 3), in the deck's order. */
export const PROBLEM_ANALYSIS_COLUMNS: readonly Bilingual[] = Object.freeze([
  t("现状", "Current situation"),
  t("困难/问题", "Difficulty / problem"),
  t("产生的影响", "Impact"),
  t("改进后的效益", "Benefit after improvement"),
]);

/** 发现客户困难/问题和需求的流程: the four steps, and how (interviews across departments). */
export const PROBLEM_DISCOVERY: { readonly steps: readonly Bilingual[]; readonly how: Bilingual } =
  Object.freeze({
    steps: Object.freeze([
      t("了解现状", "Understand the current situation"),
      t("发现问题/困难", "Find the problems / difficulties"),
      t("分析影响", "Analyse their impact"),
      t("确认并归类需求", "Confirm and classify the needs"),
    ]),
    how: t(
      "与客户不同部门的相关人员进行访谈",
      "Interview the people concerned in the customer's different departments",
    ),
  });

/** 三维的客户需求 (stage 3): application and service, technical and system, relationship and partnership. */
export const NEED_DIMENSIONS: readonly Checklist[] = Object.freeze([
  checklist("application", t("应用及服务的需求", "Application and service needs"), [
    t(
      "行业应用：制造、金融、电信、证券、保险、政府……",
      "Industry applications: manufacturing, finance, telecoms, securities, insurance, government …",
    ),
    t(
      "专项应用：财务集中，采购集中，产供销一体化……",
      "Special applications: centralised finance, centralised purchasing, integrated production, supply and sales …",
    ),
    t(
      "模块功能：销售过程管理，库存配送管理……",
      "Module functions: sales process management, inventory and distribution management …",
    ),
    t(
      "经济效益：增加：利润，营业额，生产力，竞争力……；减低：库存，风险，成本，交货期……",
      "Economic benefit: increase profit, revenue, productivity, competitiveness …; reduce inventory, risk, cost, delivery time …",
    ),
    t("ERP项目投资收益", "Return on the ERP project investment"),
    t(
      "售前服务：售前咨询，典型用户参观……",
      "Pre-sales service: pre-sales consulting, visits to reference users …",
    ),
    t(
      "售后服务：实施服务、培训、安装、系统初始化、托管、升级换代、替换其他厂家系统……",
      "After-sales service: implementation, training, installation, system initialisation, hosting, upgrades, replacing other vendors' systems …",
    ),
    t("付款：信贷，付款方式", "Payment: credit, payment terms"),
  ]),
  checklist("technical", t("技术及系统的需求", "Technical and system needs"), [
    t("数据库及接口：Oracle，SQL Server，……", "Database and interfaces: Oracle, SQL Server, …"),
    t("操作平台：Unix，Windows，……", "Operating platform: Unix, Windows, …"),
    t(
      "硬件及网络：服务器（HP，IBM……），Intranet，局域网……",
      "Hardware and network: servers (HP, IBM …), intranet, LAN …",
    ),
    t(
      "系统管理：可扩展性，紧急情况处理，客户化及二次开发能力……",
      "System management: scalability, emergency handling, customisation and further development …",
    ),
  ]),
  checklist("relationship", t("关系及合作的需求", "Relationship and partnership needs"), [
    t(
      "打破平均化的客户关系：大客户与一般客户不同",
      "No one-size-fits-all relationship: key accounts are treated differently from ordinary customers",
    ),
    t(
      "特殊待遇：高层专人负责、最优折扣、服务响应……",
      "Special treatment: a named senior person in charge, the best discount, service response …",
    ),
    t(
      "合作伙伴，双赢关系：战略合作伙伴，树立典型用户……",
      "Partnership, a win-win relationship: strategic partner, becoming a reference customer …",
    ),
    t(
      "个人需求：名誉，地位，权利，发展，成就，稳定……",
      "Personal needs: reputation, status, power, growth, achievement, stability …",
    ),
    t("心理需求：受重视、被关怀", "Psychological needs: being valued and cared for"),
  ]),
]);
