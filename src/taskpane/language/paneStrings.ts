/**
 * The task pane's texts beyond core's UI_STRINGS, in 中文 and English, and `paneT`, which looks up a text of either
 * table in a language: the pane's flow (the column-mapping summary, the results that lead each view, the
 * forecast's headline and empty state). Same rules as UI_STRINGS: `{name}` marks a parameter, `{count|one|other}`
 * an English plural, and `satisfies Record<string, Bilingual>` makes a missing translation a type error.
 */
import { fillPlaceholders, UI_STRINGS, type UiStringParamValue } from "../../core/i18n";
import type { Bilingual, Language } from "../../core/kernel";
import { CHANGES_STRINGS } from "../Changes/changesStrings";
import { REVIEW_STRINGS } from "./reviewStrings";

export const PANE_STRINGS = {
  mappingSummary: {
    zh: "已识别 {total} 列中的 {count} 列",
    en: "{count} of {total} {total|column|columns} recognised",
  },
  mappingSummaryRemembered: {
    zh: "已按您上次的设置对应 {total} 列中的 {count} 列",
    en: "{count} of {total} {total|column|columns} mapped as you last set them",
  },
  mappingEdit: { zh: "编辑", en: "Edit" },
  mappingHide: { zh: "收起", en: "Hide" },
  mappingRoleRequired: { zh: "请选择“{role}”列。", en: "Choose the {role} column." },
  forecastColumnsMissing: {
    zh: "预测需要金额列和预计成交日期列：请在下面的“各列的含义”中选择。",
    en: "The forecast needs the amount and expected close date columns: choose them under “What each column means” below.",
  },

  forecastHeadlineLabel: { zh: "{period} 预测", en: "{period} forecast" },
  forecastRangeCaption: { zh: "范围（P10–P90）", en: "Range (P10–P90)" },
  forecastMethodNote: { zh: "范围的算法：{method}", en: "Range computed by: {method}" },
  forecastDetailsLabel: { zh: "其他数字", en: "More figures" },
  forecastEmptyTitle: { zh: "{period} 没有商机", en: "No deals in {period}" },
  forecastEmptyBody: {
    zh: "截至 {asOf}，没有进行中商机预计在 {from} 至 {to} 之间成交，期内也没有已成交的商机，因此各项数字都会是 0。",
    en: "As of {asOf}, no open deal is expected to close between {from} and {to}, and none was won in that time, so every figure would be 0.",
  },
  forecastEmptyWhatToDo: {
    zh: "请选择另一个季度，或检查统计日期和“{column}”列。",
    en: "Choose another quarter, or check the as-of date and the “{column}” column.",
  },
  forecastEmptyOtherQuarters: { zh: "有商机的季度：", en: "Quarters with deals:" },
  forecastCalibrationShortDefault: { zh: "默认", en: "Default" },
  forecastCalibrationShortMeasured: { zh: "实测", en: "Measured" },
  forecastCalibrationShortClosed: { zh: "已结束", en: "Closed" },
  forecastCalibrationShortUsed: { zh: "采用", en: "Used" },
  forecastCalibrationLegend: {
    zh: "默认：阶段的默认概率；实测：到达该阶段的已结束商机中赢单的比例；已结束：到达该阶段的已结束商机数；采用：预测所用的概率。",
    en: "Default: the stage's default probability. Measured: the share won of the closed deals that reached it. Closed: how many closed deals reached it. Used: the probability the forecast uses.",
  },

  viewPlan: { zh: "计划", en: "Plan" },
  loadingView: { zh: "正在打开……", en: "Opening…" },
  viewsMore: { zh: "更多", en: "More" },
  viewsMoreLabel: { zh: "更多视图", en: "More views" },
  planHeading: { zh: "从目标倒推的销售计划", en: "Planning back from the target" },
  planIntro: {
    zh: "输入目标金额和期间：每个阶段现在需要多少商机、缺口多少、每月要新建多少商机，以及先改进哪个阶段收益最大。",
    en: "Enter a target and a period: the deals each stage needs now, the gap, the new deals to create each month, and which stage to fix first.",
  },
  planColumnsMissing: {
    zh: "计划需要金额列：请在下面的“各列的含义”中选择。",
    en: "The plan needs the amount column: choose it under “What each column means” below.",
  },
  planStagesLoading: { zh: "正在读取阶段设置…", en: "Reading the stage settings…" },
  planFailureTitle: { zh: "无法计算计划", en: "The plan could not be computed" },
  planChoicesLabel: { zh: "目标", en: "Target" },
  planTargetLabel: { zh: "目标金额", en: "Target amount" },
  planTargetInvalid: { zh: "请输入金额，如 1,200,000。", en: "Enter an amount, such as 1,200,000." },
  planEnterTarget: { zh: "输入目标金额即可看到计划。", en: "Enter a target amount to see the plan." },
  planPeriodLabel: { zh: "期间", en: "Period" },
  planPeriodOption: { zh: "{label}（{from} 至 {to}）", en: "{label} ({from} to {to})" },
  planBasisLabel: { zh: "比率来源", en: "Rates from" },
  planBasisData: { zh: "已结束商机的实测值", en: "Your closed deals" },
  planBasisSettings: { zh: "阶段设置中的概率", en: "The stage settings' probabilities" },
  planBasisSaidData: {
    zh: "本计划按您已结束商机实测的赢单率、平均成交金额和成交天数计算。",
    en: "This plan uses the win rates, average won deal and days to close measured on your closed deals.",
  },
  planBasisSaidSettings: {
    zh: "本计划按{list}中各阶段的概率计算（平均成交金额和成交天数仍来自已结束商机）。",
    en: "This plan uses the stage probabilities of {list} (the average won deal and days to close still come from your closed deals).",
  },
  planBasisListDefault: { zh: "七阶段模型", en: "the seven-stage model" },
  planBasisListSheet: { zh: "工作表“{sheet}”", en: "the sheet “{sheet}”" },
  planQuotasLabel: { zh: "配额", en: "Quotas" },
  planQuotasNone: { zh: "不按负责人", en: "None" },
  planQuotasEven: { zh: "平均分配", en: "Even split" },
  planQuotasOwner: { zh: "按负责人填写", en: "Per owner" },
  planQuotaFor: { zh: "{owner} 的配额", en: "Quota of {owner}" },
  planQuotasNoOwner: {
    zh: "数据中没有负责人列：请在“各列的含义”中选择，才能按负责人计划。",
    en: "The data has no owner column: choose it under “What each column means” to plan per owner.",
  },
  planFiguresLabel: { zh: "计划数字", en: "Plan figures" },
  planTarget: { zh: "目标", en: "Target" },
  planExpectedFromOpen: { zh: "现有商机预期成交", en: "Expected from open deals" },
  planShortfall: { zh: "需新商机补足", en: "Left for new deals" },
  planAverageWon: { zh: "平均成交金额", en: "Average won deal" },
  planNewDealsTotal: { zh: "需新建商机", en: "New deals to create" },
  planCreateBy: { zh: "最晚新建日期", en: "Create by" },
  planUnknown: { zh: "暂无", en: "n/a" },
  planReverseHeading: { zh: "倒推漏斗", en: "Reverse funnel" },
  planColStage: { zh: "阶段", en: "Stage" },
  planColNeeded: { zh: "需要", en: "Needed" },
  planColHave: { zh: "现有", en: "Have" },
  planColGap: { zh: "缺口", en: "Gap" },
  planColNeededAmount: { zh: "需要金额", en: "Needed amount" },
  planNotInTime: {
    zh: "* 现在进入该阶段的商机按典型天数来不及在期内成交。",
    en: "* Deals entering this stage now typically cannot close within the period.",
  },
  planNewDealsHeading: { zh: "每月需新建的商机", en: "New deals to create each month" },
  planNewDealsMonth: {
    zh: "{month}：{deals} 个，{amount}",
    en: "{month}: {deals} {deals|deal|deals}, {amount}",
  },
  planNewDealsNone: {
    zh: "现有商机的预期成交已够目标，无需新建。",
    en: "The open deals are expected to reach the target: no new deals needed.",
  },
  planCreateByLine: {
    zh: "新商机最晚须在 {date} 前建立，才能在期内成交。",
    en: "Create new deals by {date} for them to close within the period.",
  },
  planCreateByTooLate: {
    zh: "按典型天数，现在新建的商机已来不及在期内成交。",
    en: "At the typical days to close, a deal created now can no longer close within the period.",
  },
  planOwnersHeading: { zh: "各负责人", en: "By owner" },
  planColOwner: { zh: "负责人", en: "Owner" },
  planColQuota: { zh: "配额", en: "Quota" },
  planColNewDeals: { zh: "需新建", en: "New deals" },
  planColRates: { zh: "比率", en: "Rates" },
  planRatesOwn: { zh: "自己的", en: "own" },
  planRatesTeam: { zh: "团队的", en: "team's" },
  planRatesNote: {
    zh: "已结束商机不少于 {min} 个的负责人用自己的比率，其余用团队的。",
    en: "Owners with at least {min} closed deals are planned on their own rates, the others on the team's.",
  },
  planLeversHeading: { zh: "先改进哪个阶段", en: "Which stage to fix first" },
  planLeversIntro: {
    zh: "每个阶段：转化率提高 {points} 个百分点，或停留时间缩短 {days} 天，期内预期成交金额增加多少。",
    en: "For each stage: what the period's expected won amount gains from +{points} points of conversion, or from {days} fewer days in stage.",
  },
  planLeverConversion: { zh: "转化率 +{points} 个百分点", en: "+{points} pts conversion" },
  planLeverTime: { zh: "少停留 {days} 天", en: "{days} fewer days" },
  planLeverFirst: { zh: "先改进：{stage}（+{gain}）", en: "Fix first: {stage} (+{gain})" },
  planLeversChartLabel: { zh: "各阶段改进后的预期成交增加", en: "Expected won amount gained, by stage" },
  planLeversEmpty: {
    zh: "没有阶段的改进能增加期内的预期成交（缺少已结束的商机或日期）。",
    en: "No stage's improvement adds to the period's expected won amount (no closed deals or dates to measure).",
  },
  planBottleneck: {
    zh: "管线健康指出的瓶颈：{conversion}（转化率最低），{time}（停留最久）。",
    en: "Pipeline health's bottleneck: {conversion} (lowest conversion), {time} (longest in stage).",
  },
  planBottleneckMark: { zh: "瓶颈", en: "bottleneck" },
  planWrite: { zh: "生成销售计划表", en: "Write the sales plan sheet" },
  planWriting: { zh: "正在生成…", en: "Writing…" },
  planWriteSuccessTitle: { zh: "销售计划表已生成", en: "Sales plan sheet written" },
  planWriteSuccess: {
    zh: "已写入工作表“{sheet}”：修改表中的目标或配额，计划随之重算。",
    en: "Written to the sheet “{sheet}”: edit its target or a quota and the plan recomputes.",
  },
  planWriteFailureTitle: { zh: "未能生成销售计划表", en: "The sales plan sheet was not written" },
  planSettingsHeading: { zh: "读取数据的方式", en: "How the data is read" },
} as const satisfies Record<string, Bilingual>;

/** Every text the pane can look up: core's UI_STRINGS and the pane's own. */
const TEXTS = { ...UI_STRINGS, ...PANE_STRINGS, ...REVIEW_STRINGS, ...CHANGES_STRINGS };

/** The key of a text of either table. */
export type PaneStringKey = keyof typeof TEXTS;

/** The `{name}` parameters of a template string, as a union of names (`{count|one|other}` names `count`). */
type PlaceholdersOf<S extends string> = S extends `${string}{${infer Token}}${infer Rest}`
  ? (Token extends `${infer Name}|${string}` ? Name : Token) | PlaceholdersOf<Rest>
  : never;

/** The parameter names of a text (both languages together). */
type ParamNameOf<K extends PaneStringKey> =
  PlaceholdersOf<(typeof TEXTS)[K]["zh"]> | PlaceholdersOf<(typeof TEXTS)[K]["en"]>;

/** The trailing arguments a lookup takes for a key: none for a plain text, one object for a text with parameters. */
export type PaneStringParams<K extends PaneStringKey> = [ParamNameOf<K>] extends [never]
  ? []
  : [params: Record<ParamNameOf<K>, UiStringParamValue>];

/**
 * The text for `key` (core's or the pane's own) in `language`, its template first passed through `inScript` (the
 * Chinese script; the values filled in stay as written), then its parameters filled in.
 * @example paneT("mappingSummary", "en", undefined, { count: 8, total: 12 }) // "8 of 12 columns recognised"
 * @example paneT("mappingEdit", "zh") // "编辑"
 */
export function paneT<K extends PaneStringKey>(
  key: K,
  language: Language,
  inScript: ((text: string) => string) | undefined,
  ...params: PaneStringParams<K>
): string {
  const written: string = TEXTS[key][language];
  const template = inScript === undefined ? written : inScript(written);
  const values = params[0] as Readonly<Record<string, UiStringParamValue>> | undefined;
  return values === undefined ? template : fillPlaceholders(template, values);
}

/**
 * The pane's own keys, for its tests.
 * Tested surface: exported for its tests.
 */
export const PANE_STRING_KEYS = Object.keys(PANE_STRINGS) as (keyof typeof PANE_STRINGS)[];
