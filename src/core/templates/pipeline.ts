/**
 * 商机管线 (pipeline tracker): the workbook a manager starts from — its key figures where the sheet opens (the
 * weighted pipeline by FUNNEL.WEIGHTED, the commit forecast, won and lost amounts, the number of deals), a table
 * of deals whose stage dropdown, probabilities and FUNNEL formulas come from the stage settings by workbook
 * name, with a totals row, and a by-stage summary beside it.
 */
import type { Bilingual } from "../kernel";
import {
  type CellStyle,
  type SheetSpec,
  cellAddress,
  columnRange,
  formulaText,
  rangeAddress,
  columnHeads,
  LABELS,
  STYLES,
  openSheet,
  type TemplateOptions,
} from "../sheet";
import { COLUMN_ROLE_NAMES as ROLE_NAMES } from "../pipeline";
import { PIPELINE_NAME } from "./catalogue";
import { STAGE_LIST_ROWS, STAGE_SETTING_NAMES as NAMES } from "./stageSettings";

/**
 * Data rows of the deal table (rows can be added to the Excel table later).
 * Tested surface: exported for its tests.
 */
export const PIPELINE_ROWS = 100;

/**
 * The tracker's one name: its card in the task pane, its sheet tab and its title.
 * Tested surface: exported for its tests.
 */
export { PIPELINE_NAME } from "./catalogue";

const TEXT = {
  note: {
    zh: "阶段下拉列表与概率来自“阶段设置”（名称 FUNNEL_STAGES、FUNNEL_STAGE_LIST）；改名或改概率，所有公式随之更新。",
    en: "The stage dropdown and probabilities come from Stage settings (names FUNNEL_STAGES, FUNNEL_STAGE_LIST); rename a stage or change a probability and every formula follows.",
  },
  total: { zh: "合计", en: "Total" },
  byStage: { zh: "按阶段汇总", en: "By stage" },
  weighted: { zh: "加权管线（进行中商机）", en: "Weighted pipeline (open deals)" },
  commit: { zh: "承诺预测（承诺阶段起的进行中金额）", en: "Commit forecast (open, commit stage or later)" },
  won: { zh: "已成交金额", en: "Won amount" },
  lost: { zh: "丢单金额", en: "Lost amount" },
  count: { zh: "商机数", en: "Deals" },
} satisfies Record<string, Bilingual>;

/**
 * The deal table's columns, in order: those the pipeline reader knows by role are headed with its names
 * for them, so that a filled tracker reads back without remapping.
 */
const COLUMNS = [
  { id: "opportunity", head: ROLE_NAMES.opportunity, width: 140 },
  { id: "customer", head: ROLE_NAMES.customer, width: 120 },
  { id: "owner", head: ROLE_NAMES.owner, width: 70 },
  { id: "stage", head: ROLE_NAMES.stage, width: 85 },
  { id: "amount", head: ROLE_NAMES.amount, width: 85 },
  { id: "closeDate", head: ROLE_NAMES.closeDate, width: 80 },
  { id: "stageDate", head: { zh: "进入本阶段日期", en: "Stage entered" }, width: 80 },
  { id: "nextStep", head: { zh: "下一步", en: "Next step" }, width: 160 },
  { id: "probability", head: { zh: "概率", en: "Probability" }, width: 60 },
  { id: "weighted", head: { zh: "加权金额", en: "Weighted amount" }, width: 90 },
] as const satisfies readonly { id: string; head: Bilingual; width: number }[];
type ColumnId = (typeof COLUMNS)[number]["id"];
const COL = Object.fromEntries(COLUMNS.map((c, i) => [c.id, i])) as Record<ColumnId, number>;
/** The key figures: a row of labels over a row of values, at the top left, above the deal table. */
const FIGURES_ROW = 2;
const HEAD_ROW = FIGURES_ROW + 2;
const FIRST_ROW = HEAD_ROW + 1;
const TOTALS_ROW = FIRST_ROW + PIPELINE_ROWS;
/** The by-stage table, right of the deal table: one row per row of the stage list, from the deal table's heads. */
const S = { number: 11, stage: 12, count: 13, amount: 14, weighted: 15 } as const;
const SUMMARY_HEAD = HEAD_ROW;

const AMOUNT = { ...STYLES.number, horizontal: "right", numberFormat: "#,##0" } as const;
const FIGURE_LABEL = { ...STYLES.section, wrap: true, horizontal: "center" } as const;
const FIGURE = { ...STYLES.output, horizontal: "center", fontSize: 12 } as const;
/** A by-stage cell: no border, so the stage list's blank rows show as nothing rather than an empty grid. */
const unboxed = (style: CellStyle): CellStyle => ({ ...style, border: undefined });

/**
 * The pipeline tracker (requires the stage settings for its workbook names).
 * Tested surface: exported for its tests.
 * @example buildPipeline({ language: "en" }).tables?.[0].name // "FunnelPipeline"
 */
export function buildPipeline(options: TemplateOptions): SheetSpec {
  const sheet = openSheet(options.language, PIPELINE_NAME, COL.weighted);
  sheet.value(1, 0, sheet.text(TEXT.note), { italic: true, fontColor: "#595959" });
  columnHeads(
    sheet,
    HEAD_ROW,
    0,
    COLUMNS.map((c) => c.head),
  );
  const column = (id: ColumnId) => columnRange(FIRST_ROW, COL[id], PIPELINE_ROWS);
  const all = (id: ColumnId) => rangeAddress(column(id), true);
  for (let row = FIRST_ROW; row < TOTALS_ROW; row++) {
    const at = (id: ColumnId) => cellAddress(row, COL[id]);
    for (const id of ["opportunity", "customer", "owner", "nextStep"] as const)
      sheet.input(row, COL[id], STYLES.input);
    sheet.input(row, COL.stage, STYLES.choice);
    sheet.input(row, COL.amount, AMOUNT);
    sheet.input(row, COL.closeDate, STYLES.date);
    sheet.input(row, COL.stageDate, STYLES.date);
    sheet.formula(row, COL.probability, `=FUNNEL.PROBABILITY(${at("stage")},${NAMES.stageList})`, {
      ...STYLES.number,
      numberFormat: "0%",
    });
    sheet.formula(
      row,
      COL.weighted,
      `=IF(OR(${at("amount")}="",${at("probability")}=""),"",${at("amount")}*${at("probability")})`,
      AMOUNT,
    );
  }
  sheet.validate({ range: column("stage"), kind: "listFromName", name: NAMES.stages });
  sheet.validate({ range: column("amount"), kind: "decimal", min: 0, max: 1e15 });

  // By stage: one row per row of the stage list, blank (unnumbered) where the list is blank.
  sheet.value(FIGURES_ROW, S.number, sheet.text(TEXT.byStage), STYLES.section);
  sheet.merge({ row: FIGURES_ROW, col: S.number, rows: 1, cols: 5 });
  columnHeads(sheet, SUMMARY_HEAD, S.number, [
    LABELS.number,
    COLUMNS[COL.stage].head,
    TEXT.count,
    COLUMNS[COL.amount].head,
    COLUMNS[COL.weighted].head,
  ]);
  for (let k = 1; k <= STAGE_LIST_ROWS; k++) {
    const row = SUMMARY_HEAD + k;
    const stage = cellAddress(row, S.stage);
    const nth = `INDEX(${NAMES.stages},${k})`;
    const ifStage = (formula: string) => `=IF(${stage}="","",${formula})`;
    sheet.formula(row, S.number, ifStage(String(k)), unboxed(STYLES.number));
    sheet.formula(row, S.stage, `=IF(${nth}="","",${nth})`, unboxed(STYLES.text));
    sheet.formula(row, S.count, ifStage(`COUNTIF(${all("stage")},${stage})`), unboxed(STYLES.number));
    sheet.formula(
      row,
      S.amount,
      ifStage(`SUMIF(${all("stage")},${stage},${all("amount")})`),
      unboxed(AMOUNT),
    );
    sheet.formula(
      row,
      S.weighted,
      ifStage(`SUMIF(${all("stage")},${stage},${all("weighted")})`),
      unboxed(AMOUNT),
    );
  }

  // Key figures, where the sheet opens: the label over the value, each over one or more deal columns.
  const summaryRows = columnRange(SUMMARY_HEAD + 1, S.number, STAGE_LIST_ROWS);
  const summary = (col: number) => rangeAddress({ ...summaryRows, col }, true);
  const sumForStage = (stage: string) =>
    `=IF(${stage}="","",SUMIF(${all("stage")},${stage},${all("amount")}))`;
  const position = (name: string) => `MATCH(${name},${NAMES.stages},0)`;
  const figures: { label: Bilingual; formula: string; cols: number; format?: string }[] = [
    {
      label: TEXT.weighted,
      formula: `=FUNNEL.WEIGHTED(${all("amount")},${all("stage")},${NAMES.stageList})`,
      cols: 1,
    },
    {
      label: TEXT.commit,
      formula:
        `=IFERROR(SUMIFS(${summary(S.amount)},${summary(S.number)},">="&${position(NAMES.commitStage)},` +
        `${summary(S.number)},"<"&${position(NAMES.wonStage)}),"")`,
      cols: 2,
    },
    { label: TEXT.won, formula: sumForStage(NAMES.wonStage), cols: 1 },
    { label: TEXT.lost, formula: sumForStage(NAMES.lostStage), cols: 1 },
    { label: TEXT.count, formula: `=COUNTA(${all("stage")})`, cols: 1, format: "0" },
  ];
  let col = 0;
  for (const { label, formula, cols, format } of figures) {
    sheet.value(FIGURES_ROW, col, sheet.text(label), FIGURE_LABEL);
    sheet.formula(FIGURES_ROW + 1, col, formula, { ...FIGURE, numberFormat: format ?? "#,##0" });
    if (cols > 1) {
      sheet.merge({ row: FIGURES_ROW, col, rows: 1, cols });
      sheet.merge({ row: FIGURES_ROW + 1, col, rows: 1, cols });
    }
    col += cols;
  }

  const sum = (id: ColumnId) => `=SUBTOTAL(109,${rangeAddress(column(id))})`;
  return sheet.build(sheet.text(PIPELINE_NAME), {
    columnWidths: {
      ...Object.fromEntries(COLUMNS.map((c, i) => [i, c.width])),
      10: 16,
      [S.number]: 30,
      [S.stage]: 90,
      [S.count]: 50,
      [S.amount]: 85,
      [S.weighted]: 95,
    },
    tables: [
      {
        name: "FunnelPipeline",
        range: { row: HEAD_ROW, col: 0, rows: PIPELINE_ROWS + 1, cols: COLUMNS.length },
        totals: {
          0: `=${formulaText(sheet.text(TEXT.total))}`,
          [COL.amount]: sum("amount"),
          [COL.weighted]: sum("weighted"),
        },
      },
    ],
    freeze: { rows: FIRST_ROW, cols: 1 },
    printArea: { row: 0, col: 0, rows: TOTALS_ROW + 1, cols: S.weighted + 1 },
    page: { orientation: "landscape" },
  });
}
