/** The review board's words, in both languages (the deck's terms, the product's fixed vocabulary). */
import type { Bilingual } from "../kernel";

/** Every label and note of the review board. */
export const REVIEW_TEXT = Object.freeze({
  sheet: { zh: "商机评估汇总", en: "Deal reviews" },
  title: { zh: "商机评估汇总：评估表与阶段关口", en: "Deal reviews: evaluation sheets and stage gates" },
  note: {
    zh: "客户、得分、结论等为实时公式，直接引用各评估表；关口检查与未能读取的单元格以上次更新时为准，点“生成/更新评估汇总”刷新。",
    en: "Customer, scores and verdicts are live formulas over each evaluation sheet; gate checks and unreadable cells are as of the last update — use Build / update review board to refresh them.",
  },
  deal: { zh: "商机编号", en: "Deal ID" },
  customer: { zh: "客户", en: "Customer" },
  opportunity: { zh: "商机", en: "Opportunity" },
  owner: { zh: "负责人", en: "Owner" },
  supported: { zh: "证据支持的阶段", en: "Stage by evidence" },
  claimed: { zh: "管线阶段", en: "Pipeline stage" },
  gate: { zh: "阶段关口", en: "Gate" },
  score: { zh: "值得赢吗？得分", en: "Worth winning? score" },
  verdict: { zh: "结论", en: "Verdict" },
  competitive: { zh: "竞争力总分", en: "Competitive total" },
  weakest: { zh: "最弱项", en: "Weakest area" },
  roles: { zh: "采购角色", en: "Buying roles" },
  risks: { zh: "风险预警", en: "Risk warnings" },
  readiness: { zh: "谈判条件", en: "Negotiation readiness" },
  gates: { zh: "关口检查", en: "Gate checks" },
  completeness: { zh: "完成度", en: "Completeness" },
  unread: { zh: "未能读取的单元格", en: "Cells not read" },
  notInPipeline: { zh: "管线中没有此商机", en: "Not in the pipeline table" },
  noEvaluations: {
    zh: "工作簿中还没有评估表：在管线中选中一行，点“评估此商机”。",
    en: "No evaluation sheets yet: select a row of the pipeline and use Evaluate this deal.",
  },
  unrecognised: { zh: "未能识别的评估表", en: "Evaluation sheets not recognised" },
  removed: { zh: "上次更新后已移除的评估表", en: "Evaluation sheets removed since the last update" },
  none: { zh: "无", en: "None" },
  rulesNote: {
    zh: "关口规则及其讲义出处见 docs/gates.md；可在“阶段设置”中逐条开关。",
    en: "The gate rules and their sources in the deck are in docs/gates.md; switch each on or off in Stage settings.",
  },
} satisfies Record<string, Bilingual>);
