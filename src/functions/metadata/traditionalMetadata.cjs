"use strict";
/**
 * Derives the Traditional Chinese custom-functions metadata (functions.zh-TW.json, functions.zh-HK.json)
 * from the Chinese one (functions.zh-CN.json, localize.cjs) at build time: every description, parameter
 * description, enum name and enum tooltip converted by src/core/i18n/traditional.cjs (opencc-js with the
 * product's terms). Function, parameter and enum value names, and the values formulas receive, stay as
 * they are. Plain CommonJS so webpack.config.js can require it.
 */
const { traditionalText } = require("./helpPages.cjs");

/** The metadata locales written in Traditional Chinese. */
const TRADITIONAL_LOCALES = ["zh-TW", "zh-HK"];

/**
 * The Chinese metadata converted to the Traditional Chinese of a locale.
 * @param {string} localizedJsonText functions.zh-CN.json text
 * @param {"zh-TW" | "zh-HK"} locale
 * @returns {string} the converted metadata text (4-space indented, as the generator writes)
 * @example JSON.parse(traditionalMetadata(zhCn, "zh-TW")).functions[0].description // "商機所處的階段…"
 */
function traditionalMetadata(localizedJsonText, locale) {
  const convert = traditionalText(locale);
  if (convert === undefined) throw new Error(`no Traditional Chinese for locale ${locale}`);
  const metadata = JSON.parse(localizedJsonText);
  const text = (value) => (typeof value === "string" ? convert(value) : value);
  for (const fn of metadata.functions || []) {
    fn.description = text(fn.description);
    for (const parameter of fn.parameters || []) parameter.description = text(parameter.description);
    if (fn.result) fn.result.description = text(fn.result.description);
  }
  for (const customEnum of metadata.enums || []) {
    customEnum.description = text(customEnum.description);
    for (const value of customEnum.values || []) {
      value.name = text(value.name);
      value.tooltip = text(value.tooltip);
    }
  }
  return JSON.stringify(metadata, null, 4);
}

module.exports = { TRADITIONAL_LOCALES, traditionalMetadata };
