/**
 * The words of the sales-plan sheet ("销售计划" / "Sales plan"), in both languages: its title and notes, the
 * target block, the table heads, and the reasons some of its figures are values rather than live formulas.
 */
import { type Bilingual, bilingual as t } from "../kernel";
import type { PlanBasis } from "../planning";

/** The sheet's fixed texts. */
export const PLAN_TEXT = Object.freeze({
  sheet: t("销售计划", "Sales plan"),
  title: t("从目标倒推的销售计划", "Sales plan: back from the target"),
  liveNote: t(
    "绿色数字为实时公式（FUNNEL.PLAN、FUNNEL.REQUIRED），读取数据表和本表的目标单元格：修改目标或配额，计划随之重算。",
    "Green figures are live formulas (FUNNEL.PLAN, FUNNEL.REQUIRED) over the data table and this sheet's target cells: edit the target or a quota and the plan recomputes.",
  ),
  valuesNote: t(
    "没有函数计算的数字为生成时的值：期内的预期成交、赢单率、成交天数、每月需新建的商机、最晚新建日期和各阶段的改进收益；改变期间或截至日期请在任务窗格中重新生成。",
    "Figures no function computes are values as made: the expected won amount in the period, the win rates, the days to close, the new deals per month, the create-by date and the stage levers; to change the period or the as-of date, write the plan again from the task pane.",
  ),
  targetSection: t("目标和期间", "Target and period"),
  target: t("目标金额", "Target amount"),
  period: t("期间", "Period"),
  asOf: t("截至日期", "As of"),
  averageWonSize: t("平均成交金额", "Average won deal"),
  expectedFromOpen: t("现有商机期内预期成交", "Expected from open deals in the period"),
  shortfall: t("需新商机补足", "Left for new deals"),
  createBy: t("新商机最晚建立日期", "Create new deals by"),
  tooLate: t("（期内来不及）", "(too late for the period)"),
  stagesSection: t("倒推漏斗：各阶段现在需要的商机", "Reverse funnel: deals each stage needs now"),
  newDealsSection: t("每月需新建的商机", "New deals to create each month"),
  ownersSection: t("各负责人", "By owner"),
  leversSection: t("先改进哪个阶段", "Which stage to fix first"),
  none: t("（无）", "(none)"),
  yes: t("是", "Yes"),
  no: t("否", "No"),
  own: t("自己的", "Own"),
  team: t("团队的", "Team's"),
  lowestConversion: t("转化率最低", "lowest conversion"),
  longestInStage: t("停留最久", "longest in stage"),
  leversChart: t("各阶段改进后的预期成交增加", "Expected won amount gained, by stage"),
  leversChartEmpty: t(
    "没有阶段的改进能增加期内的预期成交（缺少已结束的商机或日期）。",
    "No stage's improvement adds to the period's expected won amount (no closed deals or dates to measure).",
  ),
} satisfies Record<string, Bilingual>);

/**
 * Heads of the reverse-funnel table: the first five are FUNNEL.PLAN's columns, in its order (its spill brings its
 * own header row when the table is live), then the plan's own.
 */
export const PLAN_STAGE_HEADS: readonly Bilingual[] = Object.freeze([
  t("阶段", "Stage"),
  t("需要商机数", "Deals needed"),
  t("现有商机数", "Deals now"),
  t("缺口", "Gap"),
  t("需要金额", "Amount needed"),
  t("赢单率", "Win rate"),
  t("成交天数", "Days to close"),
  t("期内可成交", "Can close in period"),
]);

/** Heads of the new-deals table. */
export const PLAN_MONTH_HEADS: readonly Bilingual[] = Object.freeze([
  t("月份", "Month"),
  t("新建商机数", "New deals"),
  t("金额", "Amount"),
]);

/**
 * Heads of the owner table; the needed, have and gap columns are at `stage` (the first stage's name).
 * @example planOwnerHeads({ zh: "目标客户", en: "Target" })[4].en // "Needed at Target"
 */
export function planOwnerHeads(stage: Bilingual): readonly Bilingual[] {
  return [
    t("负责人", "Owner"),
    t("配额", "Quota"),
    t("比率", "Rates"),
    t("已结束商机", "Closed deals"),
    { zh: `${stage.zh}需要`, en: `Needed at ${stage.en}` },
    { zh: `${stage.zh}现有`, en: `Now at ${stage.en}` },
    t("缺口", "Gap"),
    t("需新建商机", "New deals to create"),
  ];
}

/**
 * Heads of the stage-lever table, with the improvements tried.
 * @example planLeverHeads(5, 7)[1].en // "+5 pts conversion"
 */
export function planLeverHeads(points: number, days: number): readonly Bilingual[] {
  return [
    t("阶段", "Stage"),
    { zh: `转化率 +${points} 个百分点`, en: `+${points} pts conversion` },
    { zh: `少停留 ${days} 天`, en: `${days} fewer days in stage` },
    t("排名", "Rank"),
    t("管线健康瓶颈", "Pipeline health's bottleneck"),
  ];
}

/**
 * The line that says where the plan's rates come from.
 * @example planBasisText("settings", "阶段设置").en // "Rates: the stage probabilities of “阶段设置” (…)"
 */
export function planBasisText(basis: PlanBasis, stageList?: string): Bilingual {
  if (basis === "data") {
    return t(
      "比率来源：已结束商机实测的赢单率、平均成交金额和成交天数。",
      "Rates: the win rates, average won deal and days to close measured on the closed deals.",
    );
  }
  const zh = stageList === undefined ? "七阶段模型" : `“${stageList}”`;
  const en = stageList === undefined ? "the seven-stage model" : `“${stageList}”`;
  return {
    zh: `比率来源：${zh}中各阶段的概率（平均成交金额和成交天数来自已结束商机）。`,
    en: `Rates: the stage probabilities of ${en} (the average won deal and days to close from the closed deals).`,
  };
}

/** Why the plan's table is values rather than FUNNEL.PLAN, one reason each. */
export const PLAN_VALUES_BECAUSE = Object.freeze({
  noAmount: t(
    "数据没有金额列，FUNNEL.PLAN 无法计算，因此倒推漏斗为生成时的值。",
    "The data has no amount column for FUNNEL.PLAN, so the reverse funnel is values as made.",
  ),
  foreignScheme: t(
    "所用阶段列表不在工作簿中，因此倒推漏斗为生成时的值。",
    "The stage list used is not in the workbook, so the reverse funnel is values as made.",
  ),
  history: t(
    "数据中同一商机占多行（阶段历史），FUNNEL.PLAN 按行计数，因此倒推漏斗为生成时的值。",
    "The data holds deals on several rows (stage history) and FUNNEL.PLAN counts rows, so the reverse funnel is values as made.",
  ),
  basis: t(
    "本计划按阶段设置中的概率计算，FUNNEL.PLAN 按已结束商机实测，因此倒推漏斗为生成时的值。",
    "This plan uses the stage settings' probabilities, FUNNEL.PLAN the rates measured on the closed deals, so the reverse funnel is values as made.",
  ),
  payload: t(
    "数据行数过多，FUNNEL.PLAN 的一次调用会超过 Excel 网页版传给自定义函数的上限，因此倒推漏斗为生成时的值。",
    "The data has too many rows: one FUNNEL.PLAN call would receive more than Excel on the web passes to a custom function, so the reverse funnel is values as made.",
  ),
} satisfies Record<string, Bilingual>);
