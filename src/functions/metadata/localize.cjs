"use strict";
/**
 * Derives the Chinese custom-functions metadata (functions.zh-CN.json) from the generated functions.json
 * and the translation table ./zh-CN.json, at build time. Plain CommonJS so webpack.config.js can require
 * it. Function names and parameter names stay as they are (FUNNEL.STAGE …); descriptions, enum names
 * and enum tooltips are replaced by their translations.
 *
 * The table has the shape
 *   { "functions": { "<ID>": { "description": "…", "parameters": { "<name>": "…" } } },
 *     "enums": { "<enum id>": { "<value name>": "<tooltip>" or { "name": "<name>", "tooltip": "<tooltip>" } } } }
 * An enum value's translated name is what Excel's AutoComplete lists; its string value, which the formula
 * receives, is never translated.
 * Every function, parameter and enum value of the metadata must be translated (non-empty), and the
 * table must not hold entries the metadata no longer has: otherwise localizeMetadata throws, listing
 * every problem, so the build fails when someone adds or renames a function without translating it.
 */

/** @param {unknown} text */
function isText(text) {
  return typeof text === "string" && text.trim() !== "";
}

/** @param {unknown} value */
function objectOrEmpty(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}

/**
 * Returns the metadata JSON text with every description and enum tooltip in the table's language.
 * @param {string} metadataJsonText functions.json as the custom-functions-metadata generator writes it
 * @param {object} table the translation table (see above)
 * @returns {string} the localized functions.json text (4-space indented, as the generator writes)
 * @throws {Error} listing every function, parameter or enum value missing from the table, and every
 *   table entry the metadata does not have
 * @example localizeMetadata(fs.readFileSync("dist/functions.json", "utf8"), require("./zh-CN.json"))
 */
function localizeMetadata(metadataJsonText, table) {
  const metadata = JSON.parse(metadataJsonText);
  const functionsTable = objectOrEmpty(objectOrEmpty(table).functions);
  const enumsTable = objectOrEmpty(objectOrEmpty(table).enums);
  const missing = [];
  const unknown = [];

  const functionIds = new Set();
  for (const fn of metadata.functions || []) {
    functionIds.add(fn.id);
    const entry = objectOrEmpty(functionsTable[fn.id]);
    const parametersTable = objectOrEmpty(entry.parameters);
    if (isText(entry.description)) fn.description = entry.description;
    else missing.push(`function ${fn.id}: description`);
    const parameterNames = new Set();
    for (const parameter of fn.parameters || []) {
      parameterNames.add(parameter.name);
      const text = parametersTable[parameter.name];
      if (isText(text)) parameter.description = text;
      else missing.push(`function ${fn.id}: parameter ${parameter.name}`);
    }
    for (const name of Object.keys(parametersTable)) {
      if (!parameterNames.has(name)) unknown.push(`function ${fn.id}: parameter ${name}`);
    }
  }
  for (const id of Object.keys(functionsTable)) {
    if (!functionIds.has(id)) unknown.push(`function ${id}`);
  }

  const enumIds = new Set();
  for (const customEnum of metadata.enums || []) {
    enumIds.add(customEnum.id);
    const entry = objectOrEmpty(enumsTable[customEnum.id]);
    const valueNames = new Set();
    for (const value of customEnum.values || []) {
      valueNames.add(value.name);
      const translated = entry[value.name];
      const tooltip = translated !== null && typeof translated === "object" ? translated.tooltip : translated;
      const name = translated !== null && typeof translated === "object" ? translated.name : undefined;
      if (!isText(tooltip)) {
        missing.push(`enum ${customEnum.id}: value ${value.name}`);
        continue;
      }
      // The name is what Excel's AutoComplete lists; the value the formula receives stays the same.
      if (isText(name)) value.name = name;
      value.tooltip = tooltip;
    }
    for (const name of Object.keys(entry)) {
      if (!valueNames.has(name)) unknown.push(`enum ${customEnum.id}: value ${name}`);
    }
  }
  for (const id of Object.keys(enumsTable)) {
    if (!enumIds.has(id)) unknown.push(`enum ${id}`);
  }

  if (missing.length > 0 || unknown.length > 0) {
    const lines = [
      ...missing.map((item) => `  missing translation: ${item}`),
      ...unknown.map((item) => `  translated but not in the metadata: ${item}`),
    ];
    throw new Error(`The custom-function translation table does not match functions.json:\n${lines.join("\n")}`);
  }
  return JSON.stringify(metadata, null, 4);
}

module.exports = { localizeMetadata };
