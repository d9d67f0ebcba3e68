/**
 * Every text the task pane shows, in 中文 and English. Pure data: components never hard-code a user-facing
 * text, they look it up with `t` (see `translate.ts`). `satisfies Record<string, Bilingual>` makes a missing
 * translation a type error. `{name}` marks a parameter; `t` requires exactly those parameters.
 *
 * Wording follows the deck (`shared/domain/funnel-model.md`): 标志 = marker, 特征 = characteristic,
 * 动作 = action.
 */
import type { Bilingual } from "../kernel";

export const UI_STRINGS = {
  appTitle: { zh: "FUNNEL 销售漏斗", en: "FUNNEL sales funnel" },
  appTagline: {
    zh: "目标 → 潜在 → 意向 → 立项 → 认可 → 谈判 → 成交",
    en: "Target → Prospect → Intent → Project → Acknowledged → Negotiation → Won",
  },
  languageSwitchLabel: { zh: "界面语言", en: "Language" },
  languageNameZh: { zh: "中文", en: "中文" },
  languageNameEn: { zh: "English", en: "English" },
  navigationLabel: { zh: "视图", en: "Views" },

  viewStageGuide: { zh: "阶段指南", en: "Stage guide" },
  stageGuideHeading: { zh: "销售漏斗的七个阶段", en: "The seven stages of the funnel" },
  stageGuideIntro: {
    zh: "每个阶段以客户在项目中的特征为标志：满足某阶段及之前所有阶段的标志，机会就处于该阶段。",
    en: "Each stage is marked by evidence from the customer: a deal is in the furthest stage whose marker, and every earlier marker, holds.",
  },
  searchLabel: {
    zh: "搜索阶段、标志、特征和动作（中文或英文）",
    en: "Search stages, markers, characteristics and actions (English or Chinese)",
  },
  searchPlaceholder: { zh: "例如：预算、报价、budget", en: "e.g. budget, quote, 预算" },
  searchCount: {
    zh: "匹配“{query}”的阶段：{count} / {total}",
    en: "Stages matching “{query}”: {count} of {total}",
  },
  searchNoMatch: {
    zh: "没有阶段匹配“{query}”。请换个词再试，中文或英文均可。",
    en: "No stage matches “{query}”. Try another word, in English or Chinese.",
  },

  stageNumber: { zh: "第 {number} 阶段", en: "Stage {number}" },
  probabilityBadge: { zh: "默认概率 {percent}", en: "Default probability {percent}" },
  markersHeading: { zh: "标志（进入本阶段的依据）", en: "Marker (evidence for this stage)" },
  characteristicsHeading: { zh: "特征", en: "Characteristics" },
  actionsHeading: { zh: "动作（本阶段要做的事）", en: "Actions (what to do in this stage)" },
  noCharacteristics: { zh: "无", en: "None" },
  nextStageNeeds: { zh: "进入下一阶段（{stage}）需要：", en: "Next stage ({stage}) needs:" },
  finalStage: {
    zh: "这是最后一个阶段。签约不等于成交：继续跟踪合同审批、收款、订货和发货。",
    en: "This is the last stage. Signing is not closing: keep tracking contract review, payment, ordering and delivery.",
  },

  insertActions: { zh: "将下一步动作插入所选单元格", en: "Insert next actions into the selected cell" },
  insertActionsForStage: {
    zh: "将下一步动作插入所选单元格（{stage}）",
    en: "Insert next actions into the selected cell ({stage})",
  },
  inserting: { zh: "正在插入…", en: "Inserting…" },
  insertSuccessTitle: { zh: "已插入", en: "Inserted" },
  insertSuccess: {
    zh: "已在工作表“{sheet}”的单元格 {address} 中插入 {formula}。",
    en: "Inserted {formula} into cell {address} of sheet “{sheet}”.",
  },
  insertFailureTitle: { zh: "未插入", en: "Not inserted" },
  workbookUnreachable: {
    zh: "无法访问工作簿，未插入任何内容：{detail}",
    en: "Could not reach the workbook; nothing was inserted: {detail}",
  },
  dismiss: { zh: "关闭", en: "Dismiss" },

  viewTemplates: { zh: "模板", en: "Templates" },
  templatesHeading: { zh: "评估模板", en: "Assessment templates" },
  templatesIntro: {
    zh: "每个模板生成一张新的工作表，可直接填写；不会替换或覆盖任何已有的工作表或单元格。",
    en: "Each template becomes a new, ready-to-fill sheet; no existing sheet or cell is replaced or overwritten.",
  },
  templateCustomerLabel: { zh: "客户名称（可选）", en: "Customer name (optional)" },
  templateOpportunityLabel: { zh: "商机名称（可选）", en: "Opportunity name (optional)" },
  templateLanguageLabel: { zh: "模板语言", en: "Template language" },
  templateListLabel: { zh: "模板列表", en: "Template list" },
  templateRequires: {
    zh: "需要“{sheet}”工作表：工作簿中没有时先生成它。",
    en: "Needs the “{sheet}” sheet: generated first if the workbook lacks it.",
  },
  generate: { zh: "生成", en: "Generate" },
  generateTemplate: { zh: "生成“{title}”", en: "Generate {title}" },
  generating: { zh: "正在生成…", en: "Generating…" },
  generateSuccessTitle: { zh: "已生成", en: "Created" },
  generateSuccess: { zh: "已创建 {sheet}", en: "Created {sheet}" },
  generateAlsoCreated: {
    zh: "同时先创建了它所需的 {sheets}。",
    en: "Also created {sheets} first, which it needs.",
  },
  generateFailureTitle: { zh: "未生成", en: "Not created" },
  generateCreatedBeforeFailure: {
    zh: "出错前已创建：{sheets}",
    en: "Created before the failure: {sheets}",
  },
  generateUnreachable: {
    zh: "无法生成工作表：{detail}",
    en: "Could not create the sheet: {detail}",
  },
  sheetListSeparator: { zh: "、", en: ", " },

  viewPipelineHealth: { zh: "管线健康", en: "Pipeline health" },
  healthHeading: { zh: "管线健康报告", en: "Pipeline health report" },
  healthIntro: {
    zh: "读取您的商机表，确认各列的含义，然后生成带图表的报告工作表。只替换本加载项之前生成的报告，不会改动您的工作表。",
    en: "Read your pipeline table, confirm what each column means, then generate a report sheet with charts. Only the add-in's own previous report is replaced, never your sheets.",
  },
  healthSourceLabel: { zh: "数据", en: "Data" },
  healthSourceTable: { zh: "表格 {name}（{sheet}，{rows} 行）", en: "Table {name} ({sheet}, {rows} rows)" },
  healthSourceSheet: { zh: "工作表 {sheet}", en: "Sheet {sheet}" },
  healthSourceSelection: { zh: "当前所选区域", en: "The current selection" },
  healthRefreshSources: { zh: "刷新列表", en: "Refresh list" },
  healthRead: { zh: "读取", en: "Read" },
  healthReading: { zh: "正在读取…", en: "Reading…" },
  healthReadProgress: { zh: "已读取 {read} / {total} 行", en: "Read {read} of {total} rows" },
  healthReadFailureTitle: { zh: "未读取", en: "Not read" },
  healthUnreachable: { zh: "无法访问工作簿：{detail}", en: "Could not reach the workbook: {detail}" },
  healthTableRead: {
    zh: "已读取工作表“{sheet}”的 {rows} 行数据。",
    en: "Read {rows} data rows from sheet “{sheet}”.",
  },
  healthMappingHeading: { zh: "各列的含义", en: "What each column means" },
  healthMappingIntro: {
    zh: "根据表头识别，可以更改任何一列。阶段列为必选。",
    en: "Found from the headers; change any of them. The stage column is required.",
  },
  healthColumnNone: { zh: "（无）", en: "(none)" },
  healthStageRequired: { zh: "请选择阶段列。", en: "Choose the stage column." },
  healthColumnOption: { zh: "{column} 列：{header}", en: "Column {column}: {header}" },
  healthStagesLabel: { zh: "阶段列表", en: "Stage list" },
  healthStagesSettings: { zh: "工作簿的“{sheet}”工作表", en: "The workbook's “{sheet}” sheet" },
  healthStagesDefault: { zh: "七阶段模型（目标 → 成交）", en: "The seven-stage model (Target → Won)" },
  healthAsOfLabel: { zh: "统计日期", en: "As-of date" },
  healthAsOfInvalid: { zh: "请输入有效的日期。", en: "Enter a valid date." },
  healthDateOrderLabel: { zh: "文本日期的顺序（如 05-03-24）", en: "Order of text dates (e.g. 05-03-24)" },
  healthDateOrderYmd: { zh: "年-月-日", en: "Year-month-day" },
  healthDateOrderDmy: { zh: "日-月-年", en: "Day-month-year" },
  healthDateOrderMdy: { zh: "月-日-年", en: "Month-day-year" },
  healthGenerate: { zh: "生成报告", en: "Generate report" },
  healthGenerateSuccessTitle: { zh: "已生成报告", en: "Report generated" },
  healthGenerateSuccess: { zh: "报告在工作表“{sheet}”中。", en: "The report is on sheet “{sheet}”." },
  healthGenerateFailureTitle: { zh: "未生成报告", en: "Report not generated" },
  healthFiguresLabel: { zh: "关键指标", en: "Headline figures" },
  healthOpenPipeline: { zh: "未结管线金额", en: "Open pipeline" },
  healthOpenDeals: { zh: "{count} 个未结商机", en: "{count} open deals" },
  healthWeightedPipeline: { zh: "加权管线金额", en: "Weighted pipeline" },
  healthWinRate: { zh: "赢单率", en: "Win rate" },
  healthWonLost: { zh: "赢 {won}，丢 {lost}", en: "{won} won, {lost} lost" },
  healthAverageWonSize: { zh: "平均成交金额", en: "Average won deal" },
  healthAverageCycle: { zh: "平均销售周期", en: "Average sales cycle" },
  healthDays: { zh: "{days} 天", en: "{days} days" },
  healthVelocity: { zh: "管线速度", en: "Pipeline velocity" },
  healthPerDay: { zh: "{amount} / 天", en: "{amount} per day" },
  healthBottleneck: { zh: "瓶颈", en: "Bottleneck" },
  healthBottleneckConversion: { zh: "转化率最低：{stage}", en: "Lowest conversion: {stage}" },
  healthBottleneckTime: { zh: "停留最久：{stage}", en: "Longest in stage: {stage}" },
  healthAnomalies: { zh: "异常商机", en: "Abnormal deals" },
  healthRows: { zh: "行数", en: "Rows" },
  healthRowsDetail: {
    zh: "读取 {read}，使用 {used}，跳过 {skipped}",
    en: "{read} read, {used} used, {skipped} skipped",
  },
  healthNotAvailable: { zh: "暂无", en: "n/a" },

  viewForecast: { zh: "预测", en: "Forecast" },
  forecastHeading: { zh: "按期间的收入预测", en: "Revenue forecast by period" },
  forecastIntro: {
    zh: "读取您的商机表，选择季度和目标：期内已成交金额，加上预计在期内成交的未结商机按阶段加权，以及它的范围（P10–P90）。不写入工作簿。",
    en: "Read your pipeline table, pick a quarter and a target: the amount already won in it, plus the open deals expected to close in it weighted by stage, and its range (P10–P90). Nothing is written to the workbook.",
  },
  forecastSettingsHeading: { zh: "预测设置", en: "Forecast settings" },
  forecastPeriodLabel: { zh: "季度（按预计成交日期）", en: "Quarter (by expected close date)" },
  forecastPeriodOption: { zh: "{label}（{from} 至 {to}）", en: "{label} ({from} to {to})" },
  forecastTargetLabel: { zh: "目标金额（可选）", en: "Target amount (optional)" },
  forecastTargetInvalid: {
    zh: "请输入一个金额（如 1200000 或 120万），或留空。",
    en: "Enter an amount (e.g. 1200000 or 1,200,000), or leave it blank.",
  },
  forecastCommitLabel: { zh: "承诺（commit）：从此阶段起", en: "Commit: from this stage on" },
  forecastBestCaseLabel: { zh: "最佳情况（best case）：从此阶段起", en: "Best case: from this stage on" },
  forecastCategoryOrder: {
    zh: "最佳情况的起始阶段不能晚于承诺的起始阶段。",
    en: "The best-case stage cannot come after the commit stage.",
  },
  forecastCalibratedLabel: {
    zh: "使用按我们已结束商机测得的概率",
    en: "Use probabilities measured from our closed deals",
  },
  forecastColumnsNeeded: {
    zh: "预测需要金额列和预计成交日期列：请在上面选择。",
    en: "The forecast needs the amount and expected close date columns: choose them above.",
  },
  forecastStagesLoading: { zh: "正在读取阶段列表…", en: "Reading the stage list…" },
  forecastFailureTitle: { zh: "无法预测", en: "No forecast" },
  forecastFiguresLabel: { zh: "预测数字", en: "Forecast figures" },
  forecastWon: { zh: "期内已成交", en: "Won so far" },
  forecastExpected: { zh: "预期（加权）", en: "Expected (weighted)" },
  forecastCommit: { zh: "承诺", en: "Commit" },
  forecastBestCase: { zh: "最佳情况", en: "Best case" },
  forecastPipeline: { zh: "其余管线", en: "Pipeline" },
  forecastP10: { zh: "P10（较差情况）", en: "P10 (low)" },
  forecastP50: { zh: "P50（中位数）", en: "P50 (median)" },
  forecastP90: { zh: "P90（较好情况）", en: "P90 (high)" },
  forecastStdev: { zh: "标准差", en: "Standard deviation" },
  forecastProbabilityOfTarget: { zh: "达成目标的概率", en: "Chance of reaching the target" },
  forecastCoverage: { zh: "覆盖率", en: "Coverage" },
  forecastWeightedCoverage: { zh: "加权覆盖率", en: "Weighted coverage" },
  forecastCoverageDetail: {
    zh: "未结管线 ÷（目标 − 已成交）",
    en: "Open pipeline ÷ (target − won)",
  },
  forecastWeightedCoverageDetail: {
    zh: "加权管线 ÷（目标 − 已成交）",
    en: "Weighted pipeline ÷ (target − won)",
  },
  forecastTimes: { zh: "{ratio} 倍", en: "{ratio}×" },
  forecastNoTarget: { zh: "请输入目标", en: "Enter a target" },
  forecastTargetReached: { zh: "已成交金额已达到目标", en: "The won amount already reaches the target" },
  forecastMethod: { zh: "范围的算法", en: "Range computed by" },
  forecastMethodExact: { zh: "精确分布", en: "Exact distribution" },
  forecastMethodNormal: {
    zh: "正态近似（误差经证明不超过 1.5 个百分点）",
    en: "Normal approximation (proven within 1.5 percentage points)",
  },
  forecastMethodSimulation: { zh: "模拟（固定种子，可重现）", en: "Simulation (seeded, reproducible)" },
  forecastCalibrationHeading: {
    zh: "默认概率与实测赢率",
    en: "Default probability and measured win rate",
  },
  forecastCalibrationStage: { zh: "阶段", en: "Stage" },
  forecastCalibrationDefault: { zh: "默认概率", en: "Default" },
  forecastCalibrationMeasured: { zh: "实测赢率", en: "Measured" },
  forecastCalibrationClosed: { zh: "到达该阶段的已结束商机", en: "Closed deals that reached it" },
  forecastCalibrationUsed: { zh: "预测所用", en: "Used" },

  lostHeading: { zh: "另一种结局：{lost}", en: "The other outcome: {lost}" },
  lostNote: {
    zh: "机会可能在任何阶段以丢单结束（原始资料未列出，本产品补充）。丢单的概率为 {percent}，每个转化率和赢单率都要把它计算在内。",
    en: "A deal can end as lost at any stage (the source deck does not name it; the product adds it). A lost deal's probability is {percent}, and every conversion and win rate counts it.",
  },
} as const satisfies Record<string, Bilingual>;

/** The key of a UI text. */
export type UiStringKey = keyof typeof UI_STRINGS;
