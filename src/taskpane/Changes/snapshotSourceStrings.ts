/**
 * The texts of the Changes view's snapshot source (快照来源): the add-in's own history table, or the user's own
 * tables or sheets (weekly exports), in 中文 and English. `{name}` marks a parameter, `{count|one|other}` an
 * English plural, as in the pane's other texts; `snapshotSourceText` fills them in.
 */
import { fillPlaceholders } from "../../core/i18n";
import type { Bilingual, Language } from "../../core/kernel";

export const SNAPSHOT_SOURCE_STRINGS = {
  heading: { zh: "快照来源", en: "Snapshots to compare" },
  fromHistory: {
    zh: "快照历史（本工作簿的“管线快照”表格）",
    en: "Snapshot history (this workbook’s “Pipeline snapshots” table)",
  },
  fromOwn: { zh: "我自己的快照表格或工作表", en: "My own snapshot tables or sheets" },
  ownIntro: {
    zh: "选择两个或更多表格或工作表（例如每周导出的管线），每个都是某一天的管线。截至日期从名称中读取，也可以直接填写。这些表格只读取，不会被修改。",
    en: "Choose two or more tables or sheets (weekly exports, say), each the pipeline as of one day. The as-of date is read from the name, or type it. They are only read, never changed.",
  },
  listLabel: { zh: "用作快照的表格和工作表", en: "Tables and sheets to use as snapshots" },
  tableOption: {
    zh: "表格 {name}（{sheet}，{rows} 行）",
    en: "Table {name} ({sheet}, {rows} {rows|row|rows})",
  },
  sheetOption: { zh: "工作表 {sheet}", en: "Sheet {sheet}" },
  asOfLabel: { zh: "{name} 的截至日期", en: "As-of date of {name}" },
  asOfFromName: { zh: "从名称读取", en: "Read from the name" },
  asOfTyped: { zh: "已填写", en: "Typed" },
  asOfMissing: { zh: "名称中没有日期，请填写。", en: "No date in the name: type one." },
  asOfInvalid: { zh: "不是有效日期。", en: "Not a valid date." },
  noChoices: {
    zh: "工作簿中没有可用的表格或工作表。",
    en: "The workbook has no tables or sheets to use.",
  },
  chosen: { zh: "已选 {count} 个", en: "{count} chosen" },
  read: { zh: "读取所选快照", en: "Read the chosen snapshots" },
  needTwo: { zh: "请至少选择两个。", en: "Choose two or more." },
  reading: { zh: "正在读取“{name}”…", en: "Reading “{name}”…" },
  readDone: {
    zh: "已读取 {count} 个快照（{from} 至 {to}）。",
    en: "{count} {count|snapshot|snapshots} read ({from} to {to}).",
  },
  readNone: { zh: "没有读取到可用的快照。", en: "No snapshot could be used." },
  leftOutTitle: { zh: "以下未使用：", en: "Not used:" },
  readFailedTitle: { zh: "无法读取快照", en: "The snapshots could not be read" },
  stale: {
    zh: "选择或日期已更改，请重新读取。",
    en: "The choice or a date changed: read them again.",
  },
} as const satisfies Record<string, Bilingual>;

/** A key of {@link SNAPSHOT_SOURCE_STRINGS}. */
export type SnapshotSourceKey = keyof typeof SNAPSHOT_SOURCE_STRINGS;

/**
 * A text of the snapshot source in `language`, its parameters filled in.
 * @example snapshotSourceText("chosen", "en", { count: 2 }) // "2 chosen"
 */
export function snapshotSourceText(
  key: SnapshotSourceKey,
  language: Language,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fillPlaceholders(SNAPSHOT_SOURCE_STRINGS[key][language], values);
}
