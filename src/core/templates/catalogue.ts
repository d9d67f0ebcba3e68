/**
 * The templates as the pane names them (id, title, purpose, what they require), without their sheet builders:
 * the stage guide shows these on the pane's first view, which so loads none of the builders (index.ts adds
 * them in {@link TEMPLATES}).
 */
import type { Bilingual } from "../kernel";

/** Stable ids of the templates. */
export type TemplateId =
  | "pipeline"
  | "stageSettings"
  | "stageCheck"
  | "customerVisit"
  | "customerProfile"
  | "customerSwot"
  | "customerProblems"
  | "fab"
  | "preliminary"
  | "projectInfo"
  | "secondary"
  | "swot"
  | "executiveTrust"
  | "negotiationReadiness"
  | "closing";

/** One template as the task pane lists it: what it is called and what it is for (its sheet builder aside). */
export interface TemplateInfo {
  readonly id: TemplateId;
  /** The form's name, e.g. 初步销售机会评估 / Preliminary opportunity assessment. */
  readonly title: Bilingual;
  /** What it is for, in one line. */
  readonly purpose: Bilingual;
  /** Templates whose workbook names this one uses: generate them first if the workbook lacks them. */
  readonly requires?: readonly TemplateId[];
  /**
   * One per workbook: its sheet defines the workbook names the other sheets' formulas read, so only the first
   * copy drives them (a second one, "阶段设置 (2)", drives nothing); the pane asks before making another.
   */
  readonly onePerWorkbook?: boolean;
}

/** The name of the pipeline tracker's sheet (its title). */
export const PIPELINE_NAME: Bilingual = Object.freeze({ zh: "商机管线", en: "Pipeline tracker" });

/** A catalogue entry, frozen. */
const info = (definition: TemplateInfo): TemplateInfo =>
  Object.freeze({
    ...definition,
    title: Object.freeze(definition.title),
    purpose: Object.freeze(definition.purpose),
  });

/** The templates in the order of {@link TEMPLATES} (index.ts). */
export const TEMPLATE_CATALOGUE: readonly TemplateInfo[] = Object.freeze([
  info({
    id: "pipeline",
    title: PIPELINE_NAME,
    purpose: {
      zh: "跟踪所有商机的阶段、金额与日期，按阶段设置的概率计算加权管线。",
      en: "Track every deal's stage, amount and dates; weighted pipeline from the stage settings' probabilities.",
    },
    requires: ["stageSettings"],
  }),
  info({
    id: "stageSettings",
    title: { zh: "阶段设置", en: "Stage settings" },
    purpose: {
      zh: "团队的阶段顺序、概率及成交/丢单/承诺标记，供管线与 FUNNEL 函数引用。",
      en: "Your stages in order with probabilities and won / lost / commit flags, used by the pipeline and FUNNEL functions.",
    },
    onePerWorkbook: true,
  }),
  info({
    id: "stageCheck",
    title: { zh: "阶段判定", en: "Stage check" },
    purpose: {
      zh: "逐项确认七个阶段标志，得出商机所处阶段和下一步动作。",
      en: "Answer the seven stage markers in order to find the deal's stage and its next actions.",
    },
  }),
  info({
    id: "customerVisit",
    title: { zh: "客户拜访", en: "Customer visit" },
    purpose: {
      zh: "拜访前准备、取得客户好感、拜访后总结三张检查表。",
      en: "Checklists for preparing a visit, winning goodwill and summing up afterwards.",
    },
  }),
  info({
    id: "customerProfile",
    title: { zh: "客户全貌信息", en: "Customer profile" },
    purpose: {
      zh: "潜在阶段：企业概况与组织结构图（姓名、职务、部门、采购角色、与我们的关系）。",
      en: "Prospect stage: the company's facts and its org chart (name, title, department, buying role, relationship to us).",
    },
  }),
  info({
    id: "customerSwot",
    title: { zh: "分析客户的SWOT", en: "The customer's SWOT" },
    purpose: {
      zh: "潜在阶段：客户自身的优势、劣势、机会与威胁——不同于立项阶段的自我SWOT。",
      en: "Prospect stage: the customer's own strengths, weaknesses, opportunities and threats — not our own SWOT.",
    },
  }),
  info({
    id: "customerProblems",
    title: { zh: "客户困难/问题的分析", en: "Customer problem analysis" },
    purpose: {
      zh: "现状、困难/问题、影响与改进效益，并对照三维的客户需求。",
      en: "Situation, problems, impact and benefit, checked against the three dimensions of need.",
    },
  }),
  info({
    id: "fab",
    title: { zh: "说服客户购买（FAB）", en: "FAB worksheet" },
    purpose: {
      zh: "意向阶段：对客户表示过的每项需求写出特点（F）、优点（A）和利益（B）。",
      en: "Interested stage: for each need the customer has stated, the feature, the advantage and the benefit.",
    },
  }),
  info({
    id: "preliminary",
    title: { zh: "初步销售机会评估", en: "Preliminary opportunity assessment" },
    purpose: {
      zh: "意向阶段的五组问题，记录答案与掌握程度，自动计算完成度。",
      en: "The five question groups of the intent stage, with answers, status and completeness.",
    },
  }),
  info({
    id: "projectInfo",
    title: { zh: "收集立项信息", en: "Project information" },
    purpose: {
      zh: "立项阶段：项目概况、项目采购时间表与ERP项目采购评审内容。",
      en: "Project stage: the project's facts, the procurement timetable and what the customer will review.",
    },
  }),
  info({
    id: "secondary",
    title: { zh: "销售机会二次评估", en: "Secondary opportunity assessment" },
    purpose: {
      zh: "值得赢吗？能赢吗？四种采购角色——立项阶段的再次评估。",
      en: "Is it worth winning? Can we win? Who are the four buying roles? — the stage-4 reassessment.",
    },
  }),
  info({
    id: "swot",
    title: { zh: "销售竞争力的自我SWOT分析", en: "Competitive SWOT analysis" },
    purpose: {
      zh: "立项阶段：按讲义的十项与九项评估我们自己的强项、弱项、机会与威胁。",
      en: "Project stage: our own strengths, weaknesses, opportunities and threats against the deck's ten and nine items.",
    },
  }),
  info({
    id: "executiveTrust",
    title: { zh: "赢得客户高层信任", en: "Executive trust checklist" },
    purpose: {
      zh: "认可阶段“客户高层拜访，赢得其信任”：会面方法、赢得信任、建立信任的要素三张检查表。",
      en: "For “meet the executives and win their trust”: how to get the meeting, what earns trust, what builds it.",
    },
  }),
  info({
    id: "negotiationReadiness",
    title: { zh: "进入商务谈判阶段的条件", en: "Negotiation readiness" },
    purpose: {
      zh: "七项条件全部具备才进入商务谈判。",
      en: "Seven conditions that must all hold before commercial negotiation.",
    },
  }),
  info({
    id: "closing",
    title: { zh: "成交注意事项", en: "Closing checklist" },
    purpose: {
      zh: "成交阶段的注意事项，以及签约、付款、交货是否都已完成——签署合同不代表成交。",
      en: "The watch-outs when closing, and whether signing, payment and delivery are all done: signing is not closing.",
    },
  }),
]);

/**
 * The catalogue entry of the template with this id, or undefined.
 * @example templateInfoById("secondary")?.title.zh // "销售机会二次评估"
 */
export function templateInfoById(id: string): TemplateInfo | undefined {
  return TEMPLATE_CATALOGUE.find((definition) => definition.id === id);
}
