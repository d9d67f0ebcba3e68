/**
 * 收集立项信息 (project information, stage 4 立项): the deck shows 项目采购时间表 and ERP项目采购评审内容 only as
 * pictures, so the fields are ours, from their titles and the stage's context: the project's facts (the 特征
 * of 立项 — a named owner or team, a preliminary budget, a timetable, a third party), the procurement
 * timetable (milestone, planned and actual dates, owner, status), and the review items the customer will
 * score vendors on, with weights and our and the main competitor's scores, weighted by formula. The sheet
 * says its layout is ours.
 */
import type { Bilingual } from "../kernel";
import {
  type SheetSpec,
  columnRange,
  rangeAddress,
  LABELS,
  sectionWithHeads,
  STYLES,
  closeForm,
  openDealForm,
  type TemplateOptions,
} from "../sheet";
import { writeOurLayoutAndFacts } from "./pictureForms";

/**
 * The project's facts: the 特征 of 立项, as questions to fill.
 * Tested surface: exported for its tests.
 */
export const PROJECT_FACTS: readonly Bilingual[] = Object.freeze([
  { zh: "项目名称与目标", en: "Project name and goal" },
  { zh: "明确的需求", en: "The needs, made explicit" },
  { zh: "初步预算", en: "Preliminary budget" },
  { zh: "项目小组或专人（负责人）", en: "Project team or named owner" },
  { zh: "决策人与决策方式", en: "Who decides, and how" },
  { zh: "第三方介入（咨询、监理等）", en: "Third parties involved (consultants, supervisors …)" },
  { zh: "参与的竞争对手", en: "Competitors in the running" },
]);

/**
 * The milestones of a procurement, in order (ours; 谈判's 特征 names 投标、谈判、签约).
 * Tested surface: exported for its tests.
 */
export const PROCUREMENT_MILESTONES: readonly Bilingual[] = Object.freeze([
  { zh: "立项、成立项目小组", en: "Project approved, team set up" },
  { zh: "需求调研与确认", en: "Needs surveyed and confirmed" },
  { zh: "方案交流与演示", en: "Solution presentations and demos" },
  { zh: "发出招标/邀标文件", en: "Tender or invitation to bid issued" },
  { zh: "投标", en: "Bids submitted" },
  { zh: "评标、选型评审", en: "Bids evaluated, vendor selected" },
  { zh: "商务谈判", en: "Commercial negotiation" },
  { zh: "合同签订", en: "Contract signed" },
  { zh: "项目启动", en: "Project kick-off" },
]);

/**
 * What an ERP procurement reviews (ours, from the deck's 三维的客户需求 and its 综合能力 list).
 * Tested surface: exported for its tests.
 */
export const REVIEW_ITEMS: readonly Bilingual[] = Object.freeze([
  { zh: "功能与业务需求满足度", en: "Fit to functional and business needs" },
  {
    zh: "技术与系统（数据库、平台、接口、可扩展性）",
    en: "Technology and system (database, platform, interfaces, scalability)",
  },
  { zh: "实施方法与实施能力", en: "Implementation method and capability" },
  { zh: "售后服务与培训", en: "After-sales service and training" },
  { zh: "行业经验与典型案例", en: "Industry experience and reference customers" },
  { zh: "厂商实力、品牌与信誉", en: "Vendor strength, brand and reputation" },
  { zh: "价格与总体拥有成本", en: "Price and total cost of ownership" },
  { zh: "付款方式", en: "Payment terms" },
]);

/**
 * The status of a milestone.
 * Tested surface: exported for its tests.
 */
export const MILESTONE_STATUS: readonly Bilingual[] = Object.freeze([
  { zh: "未开始", en: "Not started" },
  { zh: "进行中", en: "Under way" },
  { zh: "已完成", en: "Done" },
  { zh: "已推迟", en: "Delayed" },
]);

const TEXT = {
  sheet: { zh: "立项信息", en: "Project information" },
  title: { zh: "收集立项信息", en: "Project information" },
  facts: { zh: "一、项目概况", en: "1. The project" },
  timetable: { zh: "二、项目采购时间表", en: "2. Procurement timetable" },
  review: { zh: "三、ERP项目采购评审内容", en: "3. What the ERP procurement reviews" },
  milestone: { zh: "节点", en: "Milestone" },
  planned: { zh: "计划日期", en: "Planned" },
  actual: { zh: "实际日期", en: "Actual" },
  owner: { zh: "负责人", en: "Owner" },
  status: { zh: "状态", en: "Status" },
  item: { zh: "评审内容", en: "Review item" },
  weight: { zh: "权重（%）", en: "Weight (%)" },
  ours: { zh: "我方得分（0–10）", en: "Our score (0–10)" },
  rival: { zh: "主要对手得分（0–10）", en: "Main rival's score (0–10)" },
  weighted: { zh: "加权得分", en: "Weighted score" },
} satisfies Record<string, Bilingual>;

const C = { number: 0, item: 1, a: 2, b: 3, c: 4, d: 5, notes: 6 } as const;

/**
 * The project information sheet.
 * Tested surface: exported for its tests.
 * @example buildProjectInfo({ language: "zh" }).name // "立项信息"
 */
export function buildProjectInfo(options: TemplateOptions): SheetSpec {
  const form = openDealForm(options, {
    name: TEXT.sheet,
    title: TEXT.title,
    lastCol: C.notes,
    moreFields: [{ label: LABELS.customerManager }],
    columns: { labelCol: C.item, valueCol: C.a, lastCol: C.b },
  });
  const { sheet, inputs } = form;
  const noteRow = 1 + inputs.length;
  const afterFacts = writeOurLayoutAndFacts(
    sheet,
    noteRow,
    { first: C.number, label: C.item, input: C.a, last: C.notes },
    TEXT.facts,
    PROJECT_FACTS,
  );

  const timetableRow = afterFacts + 1;
  const timeHeads = [
    LABELS.number,
    TEXT.milestone,
    TEXT.planned,
    TEXT.actual,
    TEXT.owner,
    TEXT.status,
    LABELS.notes,
  ];
  const firstMilestone = sectionWithHeads(sheet, timetableRow, TEXT.timetable, timeHeads, C.number, C.notes);
  PROCUREMENT_MILESTONES.forEach((milestone, i) => {
    const at = firstMilestone + i;
    sheet.value(at, C.number, i + 1, STYLES.number);
    sheet.value(at, C.item, sheet.text(milestone), STYLES.text);
    sheet.input(at, C.a, STYLES.date);
    sheet.input(at, C.b, STYLES.date);
    sheet.input(at, C.c, STYLES.input);
    sheet.input(at, C.d, STYLES.choice);
    sheet.input(at, C.notes, STYLES.input);
  });
  sheet.validate({
    range: columnRange(firstMilestone, C.d, PROCUREMENT_MILESTONES.length),
    kind: "list",
    values: MILESTONE_STATUS.map((status) => sheet.text(status)),
  });

  const reviewRow = firstMilestone + PROCUREMENT_MILESTONES.length + 1;
  const reviewHeads = [LABELS.number, TEXT.item, TEXT.weight, TEXT.ours, TEXT.rival];
  const firstItem = sectionWithHeads(sheet, reviewRow, TEXT.review, reviewHeads, C.number, C.notes);
  sheet.value(reviewRow + 1, C.notes, sheet.text(LABELS.notes), STYLES.head);
  const n = REVIEW_ITEMS.length;
  REVIEW_ITEMS.forEach((item, i) => {
    const at = firstItem + i;
    sheet.value(at, C.number, i + 1, STYLES.number);
    sheet.value(at, C.item, sheet.text(item), STYLES.text);
    for (const col of [C.a, C.b, C.c]) sheet.input(at, col, STYLES.choice);
    sheet.input(at, C.notes, STYLES.input);
  });
  const weights = columnRange(firstItem, C.a, n);
  sheet.validate({ range: weights, kind: "decimal", min: 0, max: 100 });
  for (const col of [C.b, C.c])
    sheet.validate({ range: columnRange(firstItem, col, n), kind: "wholeNumber", min: 0, max: 10 });
  const total = firstItem + n;
  const w = rangeAddress(weights);
  sheet.value(total, C.item, sheet.text(TEXT.weighted), STYLES.label);
  sheet.formula(total, C.a, `=SUM(${w})`, STYLES.output);
  for (const col of [C.b, C.c]) {
    const scores = rangeAddress(columnRange(firstItem, col, n));
    sheet.formula(total, col, `=IF(SUM(${w})=0,"",SUMPRODUCT(${w},${scores})/SUM(${w}))`, {
      ...STYLES.output,
      numberFormat: "0.0",
    });
  }

  return closeForm(form, {
    columnWidths: {
      [C.number]: 30,
      [C.item]: 230,
      [C.a]: 90,
      [C.b]: 90,
      [C.c]: 100,
      [C.d]: 80,
      [C.notes]: 200,
    },
    rows: total + 1,
    orientation: "landscape",
  });
}
