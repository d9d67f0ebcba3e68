/**
 * What the sheets say about where their words come from: which parts are the deck's and which are ours, so
 * that a rep never takes our method or our layout for the deck's.
 */
import { type Bilingual, bilingual as t } from "../kernel";

/** On a sheet the deck shows only as a picture: the layout is ours. */
export const OUR_LAYOUT: Bilingual = t(
  "讲义只以图片给出此表；本表的栏目与布局为本工具根据表名与上下文设计，并非讲义原样。",
  "The deck shows this form only as a picture: the fields and layout of this sheet are ours, designed from its title and context.",
);

/** On a form whose group names we added to the deck's questions. */
export const OUR_GROUP_NAMES: Bilingual = t(
  "各组名称为本工具所加；问题为讲义原文。",
  "The group names are ours; the questions are the deck's own.",
);

/** On 值得赢吗?: the ＋/－ rating is the deck's, the 0–10 scale and the 70/50 verdict lines are ours. */
export const OUR_WORTH_METHOD: Bilingual = t(
  "＋（高/有）、－（低/无）是讲义的评法；0–10 分与 70/50 判定线是本工具的方法，讲义没有给出刻度或判定规则。评的是水平高低，风险越低越好。",
  "＋ (high/present) and － (low/absent) are the deck's own rating; the 0–10 scale and the 70/50 verdict lines are our method — the deck gives no scale and no rule. Rate the level: for risk, lower is better.",
);

/** On 能赢吗?: the 0–10 rating per group is ours. */
export const OUR_COMPETITIVE_SCALE: Bilingual = t(
  "每组 0–10 的评分与合计为本工具的方法；讲义只列出问题。",
  "The 0–10 rating per group and the total are our method; the deck lists only the questions.",
);
