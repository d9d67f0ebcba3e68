/**
 * 客户全貌信息 (customer profile, stage 2 潜在): the deck shows this form only as pictures — 客户全貌信息(一)
 * with 客户经理 and 时间, and (二) 组织结构图 — so the fields are ours, taken from the deck's context: part 1
 * the company's facts (what 掌握客户资料 lists, and the 特征 of a prospect), part 2 the organisation chart as a
 * table of people (name, title, department, reports to, buying role, relationship to us), with counts of
 * the buying roles filled in by formula. The sheet says its layout is ours.
 */
import type { Bilingual } from "../kernel";
import {
  type SheetSpec,
  columnRange,
  formulaText,
  rangeAddress,
  LABELS,
  sectionWithHeads,
  STYLES,
  closeForm,
  openDealForm,
  type TemplateOptions,
} from "../sheet";
import { BUYING_ROLES } from "./deckAssessments";
import { writeOurLayoutAndFacts } from "./pictureForms";

/**
 * Rows for the people of the organisation chart.
 * Tested surface: exported for its tests.
 */
export const ORG_CHART_ROWS = 15;

/**
 * The company facts of part 1: what 客户拜访前的准备 says to know (掌握客户资料), then what tells a prospect
 * (管理需要, 经济效益, 现用系统).
 * Tested surface: exported for its tests.
 */
export const PROFILE_FIELDS: readonly Bilingual[] = Object.freeze([
  { zh: "行业", en: "Industry" },
  { zh: "营运状况", en: "How the business is doing" },
  { zh: "产品/服务", en: "Products / services" },
  { zh: "主要市场/客户", en: "Main markets / customers" },
  { zh: "采购历史", en: "Purchasing history" },
  { zh: "企业规模（员工、营业额）", en: "Size (staff, revenue)" },
  { zh: "经济效益", en: "Financial health" },
  { zh: "管理需要", en: "Management needs" },
  { zh: "现用系统及使用效果", en: "Systems in use, and how well they work" },
  { zh: "地址、网址", en: "Address, website" },
]);

/**
 * How a person stands towards us (our scale; the deck names "与我们的关系" without levels).
 * Tested surface: exported for its tests.
 */
export const RELATIONSHIP_TO_US: readonly Bilingual[] = Object.freeze([
  { zh: "支持", en: "Supporter" },
  { zh: "友好", en: "Friendly" },
  { zh: "中立", en: "Neutral" },
  { zh: "不友好", en: "Unfriendly" },
  { zh: "反对", en: "Opposed" },
  { zh: "未接触", en: "Not met yet" },
]);

const TEXT = {
  sheet: { zh: "客户全貌", en: "Customer profile" },
  title: { zh: "客户全貌信息", en: "Customer profile" },
  facts: { zh: "一、企业概况", en: "1. The company" },
  chart: { zh: "二、组织结构图", en: "2. Organisation chart" },
  name: { zh: "姓名", en: "Name" },
  position: { zh: "职务", en: "Title" },
  department: { zh: "部门", en: "Department" },
  reportsTo: { zh: "直接上级", en: "Reports to" },
  role: { zh: "采购角色", en: "Buying role" },
  relation: { zh: "与我们的关系", en: "Relationship to us" },
  roles: { zh: "已填角色人数", en: "People per buying role" },
} satisfies Record<string, Bilingual>;

const C = {
  number: 0,
  name: 1,
  position: 2,
  department: 3,
  reportsTo: 4,
  role: 5,
  relation: 6,
  notes: 7,
} as const;

/**
 * The customer profile sheet.
 * Tested surface: exported for its tests.
 * @example buildCustomerProfile({ language: "zh" }).name // "客户全貌"
 */
export function buildCustomerProfile(options: TemplateOptions): SheetSpec {
  const form = openDealForm(options, {
    name: TEXT.sheet,
    title: TEXT.title,
    lastCol: C.notes,
    moreFields: [{ label: LABELS.customerManager }],
    columns: { labelCol: C.name, valueCol: C.position, lastCol: C.department },
  });
  const { sheet, inputs } = form;
  const noteRow = 1 + inputs.length;
  const afterFacts = writeOurLayoutAndFacts(
    sheet,
    noteRow,
    { first: C.number, label: C.name, input: C.position, last: C.notes },
    TEXT.facts,
    PROFILE_FIELDS,
  );

  const chartRow = afterFacts + 1;
  const heads = [
    LABELS.number,
    TEXT.name,
    TEXT.position,
    TEXT.department,
    TEXT.reportsTo,
    TEXT.role,
    TEXT.relation,
    LABELS.notes,
  ];
  const first = sectionWithHeads(sheet, chartRow, TEXT.chart, heads, C.number, C.notes);
  for (let i = 0; i < ORG_CHART_ROWS; i++) {
    sheet.value(first + i, C.number, i + 1, STYLES.number);
    for (const col of [C.name, C.position, C.department, C.reportsTo, C.notes])
      sheet.input(first + i, col, STYLES.input);
    for (const col of [C.role, C.relation]) sheet.input(first + i, col, STYLES.choice);
  }
  const roles = columnRange(first, C.role, ORG_CHART_ROWS);
  const roleNames = BUYING_ROLES.map((role) => sheet.text(role.name));
  sheet.validate({ range: roles, kind: "list", values: roleNames });
  sheet.validate({
    range: columnRange(first, C.relation, ORG_CHART_ROWS),
    kind: "list",
    values: RELATIONSHIP_TO_US.map((level) => sheet.text(level)),
  });

  const countRow = first + ORG_CHART_ROWS + 1;
  sheet.value(countRow, C.name, sheet.text(TEXT.roles), STYLES.label);
  roleNames.forEach((name, i) => {
    const at = countRow + 1 + i;
    sheet.value(at, C.name, name, STYLES.text);
    sheet.formula(
      at,
      C.position,
      `=COUNTIF(${rangeAddress(roles, true)},${formulaText(name)})`,
      STYLES.output,
    );
  });

  return closeForm(form, {
    columnWidths: {
      [C.number]: 30,
      [C.name]: 110,
      [C.position]: 100,
      [C.department]: 100,
      [C.reportsTo]: 100,
      [C.role]: 110,
      [C.relation]: 90,
      [C.notes]: 180,
    },
    rows: countRow + 1 + roleNames.length,
    orientation: "landscape",
  });
}
