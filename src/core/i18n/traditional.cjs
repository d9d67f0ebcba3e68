"use strict";
/**
 * Simplified → Traditional Chinese for zh-TW and zh-HK, shared by the build (functions.zh-TW.json,
 * functions.zh-HK.json and their help pages, see webpack.config.js) and the task pane (loaded lazily, only
 * for Traditional users). The conversion is OpenCC's (opencc-js): cn→twp for Taiwan (characters, then
 * Taiwan phrases such as 数据→資料, 默认→預設, 概率→機率) and cn→hk for Hong Kong and Macao (characters
 * and Hong Kong glyph variants). OpenCC is passed in, so this file needs no package and each caller loads
 * the build it can (the build requires it, the pane imports it in its own chunk).
 *
 * TERMS overrides OpenCC where its regional phrase would change the deck's meaning or contradict Excel's
 * own words in that locale. Each entry is [the text after the character stage, what to write]; it joins
 * the regional stage, so it wins over OpenCC's regional phrase of the same text while longer phrases still
 * apply. Plain JavaScript (CommonJS) so webpack.config.js can require it.
 */

/** Overrides of OpenCC's regional stage, per region. */
const TERMS = {
  tw: [
    // Taiwan phrases that change the deck's meaning: keep the deck's word, converted character by character.
    ["項目", "項目"], // not 專案: the deck's 项目 is also "item" (评估项目, 关键评估项目)
    ["代碼", "代碼"], // not 程式碼: a stage code, not program code
    ["程序", "程序"], // not 程式: 预算申请程序 is a procedure
    ["支持", "支持"], // not 支援: 内线支持 is an insider's backing
    ["用戶", "用戶"], // not 使用者: 典型用户 is a reference customer
    ["類型", "類型"], // not 型別 (a programming data type)
    ["擴展", "擴充"], // not 擴充套件 (a known OpenCC slip for 扩展性)
    // Excel's own words in Taiwan: its functions are 函數, spilling is 溢出, cells 儲存格, workbooks 活頁簿.
    ["函數", "函數"],
    ["溢出", "溢出"],
    ["單元格", "儲存格"],
    ["工作簿", "活頁簿"],
    ["質量", "品質"],
    ["伙伴", "夥伴"],
    // Office's own words in Taiwan and Hong Kong: templates are 範本, the task pane is the 工作窗格.
    ["模板", "範本"],
    ["任務窗格", "工作窗格"],
  ],
  hk: [
    ["戶", "戶"], // not 户 (OpenCC's Hong Kong glyph): Hong Kong's Office and business writing use 客戶, the deck's stage names keep it
    ["單元格", "儲存格"],
    ["工作簿", "活頁簿"],
    ["模板", "範本"],
    ["任務窗格", "工作窗格"],
  ],
};

/** The OpenCC configuration of each region. */
const CONFIGS = { tw: "s2twp", hk: "s2hk" };

/**
 * The Traditional region of a display-language tag: "tw" for zh-TW and zh-Hant (Taiwan is Office's
 * Traditional default), "hk" for zh-HK, zh-MO and zh-Hant-HK/-MO, undefined for Simplified or other tags.
 * @param {string | undefined | null} locale
 * @returns {"tw" | "hk" | undefined}
 * @example traditionalRegion("zh-HK") // "hk"
 * @example traditionalRegion("zh-CN") // undefined
 */
function traditionalRegion(locale) {
  const tag = typeof locale === "string" ? locale.trim().toLowerCase().replace(/_/g, "-") : "";
  if (!/^zh(-|$)/.test(tag) || /^zh-hans(-|$)/.test(tag)) return undefined;
  if (/(^|-)(hk|mo)(-|$)/.test(tag)) return "hk";
  if (/(^|-)(tw|hant)(-|$)/.test(tag)) return "tw";
  return undefined;
}

/**
 * A Simplified → Traditional converter for a region, with {@link TERMS}.
 * @param {{ Trie: new () => { loadDictGroup(group: unknown): void; convert(text: string): string; segment(text: string): string[] }, Locale: { configs: Record<string, { normalizationChain?: unknown[][]; segmentation: unknown; conversionChain: unknown[][] }> } }} opencc
 *   the opencc-js module (its full or cn2t build)
 * @param {"tw" | "hk"} region
 * @returns {(text: string) => string}
 * @example traditionalConverter(require("opencc-js"), "tw")("立项客户") // "立項客戶"
 */
function traditionalConverter(opencc, region) {
  const config = opencc.Locale.configs[CONFIGS[region]];
  if (config === undefined) throw new Error(`opencc-js has no configuration ${CONFIGS[region]}`);
  const trie = (group) => {
    const made = new opencc.Trie();
    made.loadDictGroup(group);
    return made;
  };
  const normalization = (config.normalizationChain || []).map(trie);
  const segmentation = trie(config.segmentation);
  const last = config.conversionChain.length - 1;
  // The first dictionary of a group wins: the overrides go first into the regional (last) stage.
  const chain = config.conversionChain.map((group, i) => trie(i === last ? [TERMS[region], ...group] : group));
  return (text) => {
    if (!/[\u3400-\u9fff]/.test(text)) return text;
    const normalized = normalization.reduce((result, stage) => stage.convert(result), text);
    return segmentation
      .segment(normalized)
      .map((segment) => chain.reduce((result, stage) => stage.convert(result), segment))
      .join("");
  };
}

module.exports = { TERMS, traditionalConverter, traditionalRegion };
