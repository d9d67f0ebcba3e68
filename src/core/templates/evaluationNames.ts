/**
 * The sheet-scoped names of an evaluation form's answers (SheetBuilder.nameRange): the review board and the gates
 * read a deal's evidence through them, so they follow the cells when a rep inserts rows and whatever the sheet is
 * renamed to. The header's deal cells are named by the sheet folder (DEAL_CELL_NAMES).
 */

/** The names, by what they hold. */
export const EVALUATION_NAMES = Object.freeze({
  /** The hidden identity cell (core/reviews/evaluationIdentity.ts). */
  identity: "FUNNEL_EVAL_ID",
  /** 阶段判定: the seven marker answers, and the stage they give. */
  markers: "FUNNEL_EVAL_MARKERS",
  stage: "FUNNEL_EVAL_STAGE",
  /** 谈判条件: the seven condition answers. */
  conditions: "FUNNEL_EVAL_CONDITIONS",
  /** 二次评估: the five 值得赢吗? ratings as typed, and as counted (an invalid rating left out). */
  worthRatings: "FUNNEL_EVAL_WORTH",
  worthCounted: "FUNNEL_EVAL_WORTH_COUNTED",
  /** 二次评估: the competitive assessment's group names, their 0–10 ratings and the total. */
  groups: "FUNNEL_EVAL_GROUPS",
  groupRatings: "FUNNEL_EVAL_GROUP_RATINGS",
  competitiveTotal: "FUNNEL_EVAL_COMPETITIVE_TOTAL",
  /** 二次评估: the buying roles' role column and attitude column. */
  roles: "FUNNEL_EVAL_ROLES",
  attitudes: "FUNNEL_EVAL_ATTITUDES",
  /** 初步评估: the completeness cell. */
  completeness: "FUNNEL_EVAL_COMPLETENESS",
  /** 自我SWOT: the four quadrants' assessment columns (S, W, O, T). */
  strengths: "FUNNEL_EVAL_STRENGTHS",
  weaknesses: "FUNNEL_EVAL_WEAKNESSES",
  opportunities: "FUNNEL_EVAL_OPPORTUNITIES",
  threats: "FUNNEL_EVAL_THREATS",
});
