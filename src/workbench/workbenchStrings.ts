/**
 * The texts of the workbench's own chrome (toolbar, tabs, formula bar, grid), in 中文 and English. The task
 * pane beside it has its own strings (src/core/i18n).
 */
import type { Bilingual, Language } from "../core/kernel";

/**
 * The workbench's texts by key, in both languages.
 * Tested surface: exported for its tests.
 */
export const WORKBENCH_STRINGS = {
  title: { zh: "FUNNEL 工作台", en: "FUNNEL workbench" },
  subtitle: {
    zh: "浏览器中的工作簿（HyperFormula 计算）与真实的任务窗格",
    en: "An in-browser workbook (computed by HyperFormula) beside the real task pane",
  },
  toolbarLabel: { zh: "工作簿操作", en: "Workbook actions" },
  loadSample: { zh: "加载示例商机", en: "Load sample pipeline" },
  sampleSheetName: { zh: "示例商机", en: "Sample pipeline" },
  addSheet: { zh: "新建工作表", en: "New sheet" },
  newSheetName: { zh: "Sheet", en: "Sheet" },
  sheetTabsLabel: { zh: "工作表", en: "Sheets" },
  nameBoxLabel: { zh: "名称框（单元格地址）", en: "Name box (cell address)" },
  formulaBarLabel: { zh: "编辑栏", en: "Formula bar" },
  gridLabel: { zh: "工作表 {sheet}", en: "Sheet {sheet}" },
  cellEditorLabel: { zh: "编辑单元格 {address}", en: "Edit cell {address}" },
  choicesLabel: { zh: "选择 {address} 的值", en: "Choose a value for {address}" },
  deleteRows: { zh: "删除行", en: "Delete rows" },
  loading: { zh: "正在加载 FUNNEL 函数…", en: "Loading the FUNNEL functions…" },
  loadFailed: { zh: "无法加载 FUNNEL 函数", en: "Could not load the FUNNEL functions" },
  taskPaneLabel: { zh: "FUNNEL 任务窗格", en: "FUNNEL task pane" },
} as const satisfies Record<string, Bilingual>;

/** The key of a workbench text. */
export type WorkbenchStringKey = keyof typeof WORKBENCH_STRINGS;

/**
 * A workbench text in `language`, with `{name}` placeholders filled from `params`.
 * @example workbenchText("gridLabel", "en", { sheet: "Sheet1" }) // "Sheet Sheet1"
 */
export function workbenchText(
  key: WorkbenchStringKey,
  language: Language,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return WORKBENCH_STRINGS[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
