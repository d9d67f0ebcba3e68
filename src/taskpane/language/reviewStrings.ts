/**
 * The Deal reviews view's texts (商机评估), in 中文 and English, kept apart from paneStrings.ts so the views'
 * texts do not collide; looked up through the same `t` (paneStrings.ts merges them). Same rules as UI_STRINGS.
 */
import type { Bilingual } from "../../core/kernel";

export const REVIEW_STRINGS = {
  viewDealReviews: { zh: "评估", en: "Reviews" },
  reviewsHeading: { zh: "商机评估", en: "Deal reviews" },
  reviewsIntro: {
    zh: "为管线中的商机生成评估表，再把所有评估表汇总到一张评估汇总表：每个商机的得分、结论，以及阶段是否有证据支撑。",
    en: "Start evaluation sheets from the deals of the pipeline, then roll them all up on one review board: each deal's scores, verdicts, and whether its stage is supported by evidence.",
  },
  reviewsEvaluateHeading: { zh: "评估这个商机", en: "Evaluate this deal" },
  reviewsEvaluateHint: {
    zh: "在管线表格中选中一个商机所在的行，选择评估表，再点击“评估这个商机”。",
    en: "Select a deal's row in the pipeline table, choose the form, then select “Evaluate this deal”.",
  },
  reviewsKindLabel: { zh: "评估表", en: "Evaluation form" },
  reviewsEvaluate: { zh: "评估这个商机", en: "Evaluate this deal" },
  reviewsEvaluated: {
    zh: "已为商机 {deal} 生成“{sheet}”。",
    en: "“{sheet}” was started for the deal {deal}.",
  },
  reviewsEvaluatedTitle: { zh: "评估表已生成", en: "Evaluation sheet started" },
  reviewsEvaluateFailureTitle: { zh: "未能生成评估表", en: "The evaluation sheet was not started" },
  reviewsBoardHeading: { zh: "评估汇总表", en: "Review board" },
  reviewsBuild: { zh: "生成/更新评估汇总", en: "Build / update review board" },
  reviewsBuilt: { zh: "评估汇总表已写入“{sheet}”。", en: "The review board was written to “{sheet}”." },
  reviewsBuiltTitle: { zh: "评估汇总已更新", en: "Review board updated" },
  reviewsBuildFailureTitle: { zh: "未能生成评估汇总表", en: "The review board was not written" },
  reviewsSheetsFound: {
    zh: "找到 {count} 张评估表",
    en: "{count} evaluation {count|sheet|sheets} found",
  },
  reviewsNoSheets: {
    zh: "工作簿中还没有评估表：先用上面的“评估这个商机”生成。",
    en: "The workbook has no evaluation sheets yet: start one with “Evaluate this deal” above.",
  },
  reviewsUnrecognisedHeading: { zh: "无法识别的评估表", en: "Sheets not recognised" },
  reviewsGatesHeading: { zh: "阶段缺少证据支撑", en: "Stage not supported by evidence" },
  reviewsGatesNone: {
    zh: "所有已评估商机的阶段都有证据支撑。",
    en: "Every evaluated deal's stage is supported by its evidence.",
  },
  reviewsUnreadHeading: { zh: "无法读取的单元格", en: "Cells not read" },
  reviewsLastEdited: {
    zh: "Excel 不提供工作表的最后编辑时间，因此汇总表没有“最后编辑”列。",
    en: "Excel does not tell when a sheet was last edited, so the board has no “last edited” column.",
  },
  reviewsNeedsDealId: {
    zh: "评估需要商机编号列（或商机名称列）：请在下面的“各列的含义”中选择。",
    en: "Reviews need the deal id (or opportunity) column: choose it under “What each column means” below.",
  },
  reviewsSettingsHeading: { zh: "读取管线的方式", en: "How the pipeline is read" },
} as const satisfies Record<string, Bilingual>;
