/**
 * 阶段设置 (stage settings): the workbook's stage list — the stages in order with their probability,
 * and which stage means won, lost and commit. Starts as the deck's seven stages plus 丢单 with the
 * default probabilities, and leaves blank rows for a team's own stages. It defines the workbook names
 * the other templates use, so renaming a stage or changing a probability flows into every formula.
 */
import type { Bilingual } from "../kernel";
import {
  type CellRange,
  type SheetSpec,
  cellAddress,
  columnRange,
  formulaText,
  rangeAddress,
  columnHeads,
  STYLES,
  yesNo,
  openSheet,
  yesCount,
  type SheetBuilder,
  type TemplateOptions,
} from "../sheet";
import { DEFAULT_PROBABILITIES, GATE_RULES, LOST, STAGES } from "../stages";

/** The workbook names the stage settings define. */
export const STAGE_SETTING_NAMES = Object.freeze({
  /** The stage-name column (dropdowns of stages). */
  stages: "FUNNEL_STAGES",
  /** Stage names and probabilities: the stageList argument of the FUNNEL functions. */
  stageList: "FUNNEL_STAGE_LIST",
  /** The name of the stage flagged won. */
  wonStage: "FUNNEL_WON_STAGE",
  /** The name of the stage flagged lost. */
  lostStage: "FUNNEL_LOST_STAGE",
  /** The name of the stage flagged commit (the first stage counted in a commit forecast). */
  commitStage: "FUNNEL_COMMIT_STAGE",
});

/** The sheet's name in each language (a second copy is numbered by the renderer: 阶段设置 (2)). */
export const STAGE_SETTINGS_SHEET: Bilingual = Object.freeze({ zh: "阶段设置", en: "Stage settings" });

/**
 * Blank rows after the starting stages, inside the named ranges, for a team's own stages.
 * Tested surface: exported for its tests.
 */
export const EXTRA_STAGE_ROWS = 30;

const TEXT = {
  title: {
    zh: "阶段设置：阶段顺序、概率与成交/丢单/承诺标记",
    en: "Stage settings: order, probabilities and won / lost / commit",
  },
  stage: { zh: "阶段", en: "Stage" },
  probability: { zh: "概率", en: "Probability" },
  won: { zh: "成交", en: "Won" },
  lost: { zh: "丢单", en: "Lost" },
  commit: { zh: "承诺", en: "Commit" },
  result: { zh: "当前设置", en: "Current settings" },
  wonStage: { zh: "成交阶段", en: "Won stage" },
  lostStage: { zh: "丢单阶段", en: "Lost stage" },
  commitStage: { zh: "承诺阶段", en: "Commit stage" },
  flagCheck: { zh: "标记检查", en: "Flag check" },
  listCheck: { zh: "列表检查", en: "List check" },
  notes: { zh: "说明", en: "Notes" },
  gates: { zh: "关口规则（是 = 检查，否 = 不检查）", en: "Gate rules (Yes = checked, No = not checked)" },
} satisfies Record<string, Bilingual>;

const NOTES: readonly Bilingual[] = [
  {
    zh: "按销售漏斗的顺序列出阶段；成交阶段排在最后，概率必须为 100%；丢单行的名称须为丢单或 Lost（也可用其他丢单用语），概率为 0%。",
    en: "List the stages in funnel order; the won stage comes last with probability 100%; the lost row must be named Lost or 丢单 (or another lost word) with probability 0%.",
  },
  {
    zh: "可以改名、改概率，或在下方空行添加阶段；公式会跳过空行，删除整行会使引用失效。",
    en: "Rename stages, change probabilities or add stages in the blank rows below; formulas skip blank rows. Deleting whole rows breaks the references.",
  },
  {
    zh: "其他模板通过工作簿名称引用本表：FUNNEL_STAGES（阶段列，用于下拉列表）和 FUNNEL_STAGE_LIST（阶段与概率，用作 FUNNEL 函数的 stageList 参数）。",
    en: "Other templates refer to this table by workbook name: FUNNEL_STAGES (the stage column, for dropdowns) and FUNNEL_STAGE_LIST (stages and probabilities, the stageList argument of the FUNNEL functions).",
  },
  {
    zh: "成交、丢单、承诺各标记一个阶段（“是”）。承诺阶段及其后的进行中商机计入承诺预测；默认为谈判客户。",
    en: "Flag exactly one stage each as won, lost and commit (“Yes”). Open deals at the commit stage or later count in the commit forecast; the default is Negotiation.",
  },
  {
    zh: "默认概率是本产品的选择，讲义只说明认可客户“未来90天内成交可能超过50%”；请按团队的历史数据调整。",
    en: "The default probabilities are our choice: the deck only says an acknowledged deal is “more than 50% likely to close within 90 days”. Adjust them to your team's history.",
  },
];

/** Rows of the named stage ranges: the seven stages, 丢单, and the blank rows. */
export const STAGE_LIST_ROWS = STAGES.length + 1 + EXTRA_STAGE_ROWS;

const HEAD_ROW = 2;
const FIRST_ROW = HEAD_ROW + 1;
const ROWS = STAGE_LIST_ROWS;
const COL = { stage: 0, probability: 1, won: 2, lost: 3, commit: 4, label: 6, value: 7 } as const;
/**
 * Where the gate rules' switches are (是/否, one per rule in GATE_RULES' order), each named by its rule's
 * settingName: the pane reads them there (enabledGateRules), as it reads the stage list.
 */
export const GATE_SWITCHES_RANGE: CellRange = Object.freeze({
  row: FIRST_ROW + 5 + 1 + NOTES.length + 2,
  col: COL.label,
  rows: GATE_RULES.length,
  cols: 1,
});

/** A column of the stage table, over every stage row. */
const column = (col: number) => columnRange(FIRST_ROW, col, ROWS);

/**
 * Where the stage list ({@link STAGE_SETTING_NAMES}.stageList) lies on the sheet: the stage names and their
 * probabilities, over every stage row. The task pane reads a settings sheet there.
 */
export const STAGE_LIST_RANGE: CellRange = Object.freeze({
  row: FIRST_ROW,
  col: COL.stage,
  rows: ROWS,
  cols: 2,
});

/**
 * The stage settings sheet: a table of the seven stages and 丢单 with default probabilities (flags:
 * won = 成交客户, lost = 丢单, commit = 谈判客户), 30 blank rows, the workbook names of
 * {@link STAGE_SETTING_NAMES}, and checks that each flag marks exactly one stage.
 * Tested surface: exported for its tests.
 * @example buildStageSettings({ language: "zh" }).names?.map((n) => n.name) // ["FUNNEL_STAGES", …]
 */
export function buildStageSettings(options: TemplateOptions): SheetSpec {
  const sheet = openSheet(options.language, TEXT.title, COL.value);
  const comment = (text: Bilingual) => sheet.text(text);
  const [yes] = yesNo(sheet);
  columnHeads(sheet, HEAD_ROW, COL.stage, [TEXT.stage, TEXT.probability, TEXT.won, TEXT.lost, TEXT.commit]);
  const starting = [
    ...STAGES.map((stage) => ({
      name: stage.name,
      probability: stage.defaultProbability,
      id: stage.id as string,
    })),
    { name: LOST.name, probability: DEFAULT_PROBABILITIES.lost, id: "lost" },
  ];
  for (let i = 0; i < ROWS; i++) {
    const row = FIRST_ROW + i;
    const stage = starting[i];
    const flag = (on: boolean) => (stage && on ? yes : undefined);
    sheet.input(row, COL.stage, STYLES.input, stage ? sheet.text(stage.name) : undefined);
    sheet.input(row, COL.probability, { ...STYLES.choice, numberFormat: "0%" }, stage?.probability);
    sheet.input(row, COL.won, STYLES.choice, flag(stage?.id === "won"));
    sheet.input(row, COL.lost, STYLES.choice, flag(stage?.id === "lost"));
    sheet.input(row, COL.commit, STYLES.choice, flag(stage?.id === "negotiation"));
  }
  sheet.validate({ range: column(COL.probability), kind: "decimal", min: 0, max: 1 });
  sheet.validate({
    range: { row: FIRST_ROW, col: COL.won, rows: ROWS, cols: 3 },
    kind: "list",
    values: yesNo(sheet),
  });

  const flagged = (col: number) =>
    `=IFERROR(INDEX(${rangeAddress(column(COL.stage), true)},MATCH(${formulaText(yes)},${rangeAddress(column(col), true)},0)),"")`;
  const results: [Bilingual, string][] = [
    [TEXT.wonStage, flagged(COL.won)],
    [TEXT.lostStage, flagged(COL.lost)],
    [TEXT.commitStage, flagged(COL.commit)],
    [TEXT.flagCheck, flagCheck(sheet)],
    [TEXT.listCheck, listCheck(sheet)],
  ];
  sheet.value(HEAD_ROW, COL.label, sheet.text(TEXT.result), STYLES.head);
  sheet.merge({ row: HEAD_ROW, col: COL.label, rows: 1, cols: 2 });
  results.forEach(([label, formula], i) => {
    sheet.value(FIRST_ROW + i, COL.label, sheet.text(label), STYLES.label);
    sheet.formula(FIRST_ROW + i, COL.value, formula, STYLES.output);
  });
  const notesRow = FIRST_ROW + results.length + 1;
  sheet.value(notesRow, COL.label, sheet.text(TEXT.notes), STYLES.section);
  NOTES.forEach((note, i) => {
    sheet.value(notesRow + 1 + i, COL.label, i + 1, STYLES.number);
    sheet.value(notesRow + 1 + i, COL.value, sheet.text(note), STYLES.subtitle);
  });

  const gatesRow = GATE_SWITCHES_RANGE.row - 1;
  sheet.value(gatesRow, COL.label, sheet.text(TEXT.gates), STYLES.section);
  sheet.merge({ row: gatesRow, col: COL.label, rows: 1, cols: 2 });
  GATE_RULES.forEach((rule, i) => {
    sheet.input(GATE_SWITCHES_RANGE.row + i, COL.label, STYLES.choice, yes);
    sheet.value(
      GATE_SWITCHES_RANGE.row + i,
      COL.value,
      `${sheet.text(rule.name)}（${sheet.text(rule.source)}）`,
      STYLES.text,
    );
  });
  sheet.validate({ range: GATE_SWITCHES_RANGE, kind: "list", values: yesNo(sheet) });
  const gateNames = GATE_RULES.map((rule, i) => ({
    name: rule.settingName,
    range: { ...GATE_SWITCHES_RANGE, row: GATE_SWITCHES_RANGE.row + i, rows: 1 },
    comment: comment(rule.name),
  }));

  const single = (i: number) => ({ row: FIRST_ROW + i, col: COL.value, rows: 1, cols: 1 });
  return sheet.build(sheet.text(STAGE_SETTINGS_SHEET), {
    columnWidths: { 0: 120, 1: 70, 2: 50, 3: 50, 4: 50, 5: 16, 6: 90, 7: 360 },
    names: [
      {
        name: STAGE_SETTING_NAMES.stages,
        range: column(COL.stage),
        comment: comment({ zh: "阶段名称（按顺序）", en: "Stage names, in order" }),
      },
      {
        name: STAGE_SETTING_NAMES.stageList,
        range: STAGE_LIST_RANGE,
        comment: comment({
          zh: "阶段与概率：FUNNEL 函数的 stageList",
          en: "Stages and probabilities: stageList of FUNNEL",
        }),
      },
      { name: STAGE_SETTING_NAMES.wonStage, range: single(0), comment: comment(TEXT.wonStage) },
      { name: STAGE_SETTING_NAMES.lostStage, range: single(1), comment: comment(TEXT.lostStage) },
      { name: STAGE_SETTING_NAMES.commitStage, range: single(2), comment: comment(TEXT.commitStage) },
      ...gateNames,
    ],
    tables: [
      { name: "FunnelStageSettings", range: { row: HEAD_ROW, col: COL.stage, rows: ROWS + 1, cols: 5 } },
    ],
    freeze: { rows: FIRST_ROW, cols: 1 },
    printArea: {
      row: 0,
      col: 0,
      rows: Math.max(FIRST_ROW + ROWS, GATE_SWITCHES_RANGE.row + GATE_RULES.length),
      cols: COL.value + 1,
    },
    page: { orientation: "landscape" },
    protect: true,
  });
}

/** "✓" when each of won, lost and commit flags exactly one stage, else which flag is wrong. */
function flagCheck(sheet: SheetBuilder): string {
  const count = (col: number) => `${yesCount(sheet, column(col), true)}<>1`;
  const wrong = (what: Bilingual) =>
    formulaText(
      sheet.text({ zh: `✗ 请只标记一个${what.zh}阶段`, en: `✗ Flag exactly one ${what.en} stage` }),
    );
  const fine = formulaText(sheet.text({ zh: "✓ 标记有效", en: "✓ Flags are valid" }));
  return `=IF(${count(COL.won)},${wrong(TEXT.won)},IF(${count(COL.lost)},${wrong(TEXT.lost)},IF(${count(COL.commit)},${wrong(TEXT.commit)},${fine})))`;
}

/** "✓" when the FUNNEL functions can read the stage list, else what to look at. */
function listCheck(sheet: SheetBuilder): string {
  const first = cellAddress(FIRST_ROW, COL.stage);
  const fine = formulaText(sheet.text({ zh: "✓ 阶段列表可用", en: "✓ The stage list is valid" }));
  const wrong = formulaText(
    sheet.text({
      zh: "✗ 阶段列表有误：检查重复名称、成交后的阶段和概率（成交 100%、丢单 0%）",
      en: "✗ Check the list: no repeated name or stage after won; won 100%, lost 0%",
    }),
  );
  return `=IFERROR(IF(ISNUMBER(FUNNEL.PROBABILITY(${first},${STAGE_SETTING_NAMES.stageList})),${fine},${wrong}),${wrong})`;
}
