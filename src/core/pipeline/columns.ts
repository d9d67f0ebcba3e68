/**
 * Recognises what the columns of a user's pipeline table mean from their headers, in 中文 and English,
 * including the column names of common CRM exports (Salesforce, HubSpot, the Maven "CRM sales
 * opportunities" set: opportunity_id, sales_agent, account, deal_stage, engage_date, close_date,
 * close_value).
 */
import { type Bilingual, normaliseLabel } from "../kernel";
import type { ColumnMapping, ColumnRole } from "./types";

/** Every role, in the order the task pane lists them. */
export const COLUMN_ROLES: readonly ColumnRole[] = Object.freeze([
  "stage",
  "amount",
  "owner",
  "closeDate",
  "createdDate",
  "stageEnteredDate",
  "outcome",
  "lostAt",
  "lastActivity",
  "dealId",
  "opportunity",
  "customer",
]);

/** The roles a table must have for a pipeline to be read. */
export const REQUIRED_ROLES: readonly ColumnRole[] = Object.freeze(["stage"]);

/** What each role is called in the task pane and in messages. */
export const COLUMN_ROLE_NAMES: Readonly<Record<ColumnRole, Bilingual>> = Object.freeze({
  dealId: { zh: "商机编号", en: "Deal ID" },
  opportunity: { zh: "商机", en: "Opportunity" },
  customer: { zh: "客户", en: "Customer" },
  owner: { zh: "负责人", en: "Owner" },
  stage: { zh: "阶段", en: "Stage" },
  amount: { zh: "金额", en: "Amount" },
  closeDate: { zh: "预计成交日期", en: "Expected close" },
  createdDate: { zh: "创建日期", en: "Created" },
  stageEnteredDate: { zh: "进入当前阶段日期", en: "Stage entered" },
  outcome: { zh: "结果（赢/输）", en: "Outcome (won/lost)" },
  lostAt: { zh: "丢单阶段", en: "Lost at" },
  lastActivity: { zh: "最近活动", en: "Last activity" },
});

/** Header texts per role (our choice, not in source), compared after {@link headerKey}. */
// prettier-ignore
const HEADER_ALIASES: Readonly<Record<ColumnRole, readonly string[]>> = {
  dealId: [
    "Deal ID", "Opportunity ID", "opportunity_id", "id", "Deal Number", "Deal No", "Record ID",
    "商机编号", "商机ID", "机会编号", "商机号", "编号",
  ],
  opportunity: [
    "Opportunity", "Opportunity Name", "deal", "Deal Name", "Name",
    "商机", "商机名称", "机会", "销售机会", "机会名称", "项目名称",
  ],
  customer: [
    "Customer", "Customer Name", "Account", "Account Name", "Company", "Company Name", "Client",
    "客户", "客户名称", "公司", "公司名称", "客户单位",
  ],
  owner: [
    "Owner", "Opportunity Owner", "Deal Owner", "sales_agent", "Sales Agent", "Sales Rep", "Salesperson",
    "Rep", "Assigned To",
    "负责人", "销售", "销售代表", "销售人员", "客户经理", "业务员", "跟进人", "商机负责人",
  ],
  stage: [
    "Stage", "StageName", "Stage Name", "deal_stage", "Deal Stage", "Sales Stage", "Opportunity Stage",
    "Pipeline Stage", "Current Stage",
    "阶段", "销售阶段", "商机阶段", "当前阶段", "阶段名称", "漏斗阶段",
  ],
  amount: [
    "Amount", "close_value", "Deal Value", "Value", "Deal Amount", "Opportunity Amount", "Deal Size",
    "金额", "预计金额", "商机金额", "合同金额", "成交金额", "销售额",
  ],
  closeDate: [
    "Close Date", "close_date", "CloseDate", "Expected close", "Expected Close Date", "Closing Date",
    "预计成交日期", "成交日期", "预计签约日期", "签约日期", "预计成交时间",
  ],
  createdDate: [
    "Created", "Created Date", "Create Date", "Created On", "Date Created", "engage_date", "Engage Date",
    "创建日期", "创建时间", "录入日期", "立项日期",
  ],
  stageEnteredDate: [
    "Stage entered", "stage_entered", "Stage Entered Date", "Stage Date", "Stage Start Date",
    "Stage Change Date", "Last Stage Change Date", "Changed On", "Change Date", "Date Changed",
    "Stage Changed On", "Last Modified Stage Date",
    "进入当前阶段日期", "进入阶段日期", "阶段日期", "阶段变更日期", "阶段开始日期", "变更日期", "变更时间",
    "阶段变更时间", "阶段变更日", "阶段更新日期",
  ],
  outcome: [
    "Outcome", "Result", "Won/Lost", "Win/Loss", "Won Lost",
    "结果", "赢输", "输赢", "成交结果", "赢单/丢单",
  ],
  lostAt: [
    "Lost at", "Lost Stage", "Stage Lost", "Lost at Stage", "Loss Stage",
    "丢单阶段", "输单阶段", "丢单时阶段",
  ],
  lastActivity: [
    "Last activity", "Last Activity Date", "Last Contact", "Last Contacted",
    "最近活动", "最近活动日期", "最后跟进日期", "最近跟进", "最近跟进日期", "最后活动时间",
  ],
};

/** A trailing unit or note in parentheses: "Amount (USD)", "金额（元）". */
const PARENTHESISED = /\([^)]*\)/g;
/** Marks of required fields and trailing colons: "Stage *", "阶段：". */
const DECORATION = /[*:：]/g;

/**
 * The form a header is compared in: {@link normaliseLabel} (case, full-width, line breaks, _ and -),
 * then without parenthesised notes, "*" and ":" marks, and without any spaces ("Close Date",
 * "close_date" and "CloseDate" are the same).
 * @example headerKey(" Close_Date\n(UTC) ") // "closedate"
 */
export function headerKey(header: unknown): string {
  if (typeof header !== "string") return header === null || header === undefined ? "" : String(header);
  return normaliseLabel(header).replace(PARENTHESISED, "").replace(DECORATION, "").replace(/ /g, "");
}

const ROLE_BY_HEADER: ReadonlyMap<string, ColumnRole> = new Map(
  (Object.keys(HEADER_ALIASES) as ColumnRole[]).flatMap((role) =>
    HEADER_ALIASES[role].map((alias): [string, ColumnRole] => [headerKey(alias), role]),
  ),
);

/** Where a two-language header splits: "/", "|", and between Chinese and other characters. */
const HEADER_PARTS =
  /[/|]+|(?<=\p{Script=Han})(?=[^\p{Script=Han}])|(?<=[^\p{Script=Han}])(?=\p{Script=Han})/u;

/**
 * The role a header names: one of the aliases, or a header in two languages ("金额 Amount",
 * "Close Date / 预计成交日期") whose parts all name the same role.
 */
function roleOfHeader(header: unknown): ColumnRole | undefined {
  const role = ROLE_BY_HEADER.get(headerKey(header));
  if (role !== undefined || typeof header !== "string") return role;
  const parts = normaliseLabel(header)
    .replace(PARENTHESISED, "")
    .split(HEADER_PARTS)
    .map(headerKey)
    .filter((part) => part !== "");
  const roles = new Set(parts.map((part) => ROLE_BY_HEADER.get(part)));
  const [only] = roles;
  return parts.length > 1 && roles.size === 1 ? only : undefined;
}

/** The mapping found, and the columns it does not use. */
export interface RecognisedColumns {
  readonly mapping: ColumnMapping;
  /** 0-based indices of the columns no role was given to (unknown headers, blanks, repeats of a role). */
  readonly unrecognised: number[];
}

/**
 * Recognises the role of each column from its header (an alias, or the same alias in two languages:
 * "金额 Amount"). Each role goes to the first column whose header names it; a later column naming the same role is unrecognised. A missing stage column is not an
 * error here: {@link REQUIRED_ROLES} lists what the reader insists on.
 * @example
 * recogniseColumns(["Deal Stage", "Amount (USD)", "备注"])
 * // { mapping: { stage: 0, amount: 1 }, unrecognised: [2] }
 */
export function recogniseColumns(header: readonly unknown[]): RecognisedColumns {
  const mapping: Partial<Record<ColumnRole, number>> = {};
  const unrecognised: number[] = [];
  header.forEach((text, column) => {
    const role = roleOfHeader(text);
    if (role !== undefined && mapping[role] === undefined) mapping[role] = column;
    else unrecognised.push(column);
  });
  return { mapping, unrecognised };
}
