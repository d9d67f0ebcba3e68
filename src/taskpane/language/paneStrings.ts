/**
 * The task pane's texts beyond core's UI_STRINGS, in 中文 and English, and `paneT`, which looks up a text of either
 * table in a language: the pane's flow (the column-mapping summary, the results that lead each view, the
 * forecast's headline and empty state). Same rules as UI_STRINGS: `{name}` marks a parameter, `{count|one|other}`
 * an English plural, and `satisfies Record<string, Bilingual>` makes a missing translation a type error.
 */
import { fillPlaceholders, UI_STRINGS, type UiStringParamValue } from "../../core/i18n";
import type { Bilingual, Language } from "../../core/kernel";

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
    zh: "截至 {asOf}，没有未结商机预计在 {from} 至 {to} 之间成交，期内也没有已成交的商机，因此各项数字都会是 0。",
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
} as const satisfies Record<string, Bilingual>;

/** Every text the pane can look up: core's UI_STRINGS and the pane's own. */
const TEXTS = { ...UI_STRINGS, ...PANE_STRINGS };

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
