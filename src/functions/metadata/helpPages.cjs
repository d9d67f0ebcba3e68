"use strict";
/**
 * The functions' help, built from the same metadata Excel reads (functions.json and functions.zh-CN.json)
 * and the longer text of ./help.json (what a one-sentence description has no room for: definitions, rules,
 * examples). At build time it writes help.html and help.zh-CN.html, served with the add-in, plus their
 * Traditional Chinese forms help.zh-TW.html and help.zh-HK.html (converted from the Chinese page), and gives
 * each function its helpUrl (an anchor on its locale's page); the tests write docs/functions.md and
 * docs/functions.zh-CN.md from the same text, which the README's function table links to. Plain CommonJS so
 * webpack.config.js can require it.
 *
 * help.json has the shape
 *   { "<ID>": { "en": ["paragraph", …], "zh": ["段落", …],
 *               "examples": [{ "formula": "=FUNNEL.…", "en": "what it gives", "zh": "结果" }] } }
 * Every function of the metadata must have an entry with both languages, and the table must hold no entry
 * the metadata lacks: otherwise helpEntries throws, listing every problem, so the build fails.
 */

/** The page's words in each language. */
const WORDS = {
  en: {
    title: "FUNNEL functions",
    intro:
      "Every FUNNEL custom function: what it returns, its arguments ([optional] in brackets), the rules it follows and examples.",
    arguments: "Arguments",
    examples: "Examples",
    otherLanguage: "中文",
    optional: " (optional)",
    contents: "Functions",
  },
  zh: {
    title: "FUNNEL 函数",
    intro: "FUNNEL 的全部自定义函数：返回什么、参数（方括号内为可选）、遵循的规则与示例。",
    arguments: "参数",
    examples: "示例",
    otherLanguage: "English",
    optional: "（可选）",
    contents: "函数",
  },
};

/** The page file of each language, relative to the add-in's folder. */
const HELP_FILES = { en: "help.html", zh: "help.zh-CN.html", "zh-TW": "help.zh-TW.html", "zh-HK": "help.zh-HK.html" };

/** The Traditional Chinese pages: the Chinese page converted by traditional.cjs for each region. */
const TRADITIONAL_REGIONS = { "zh-TW": "tw", "zh-HK": "hk" };

const converters = new Map();

/**
 * The Simplified → Traditional converter of a page language (built once per region), or undefined for "en"
 * and "zh".
 * @param {string} language
 * @returns {((text: string) => string) | undefined}
 * @example traditionalText("zh-TW")("阶段") // "階段"
 */
function traditionalText(language) {
  const region = TRADITIONAL_REGIONS[language];
  if (region === undefined) return undefined;
  if (!converters.has(region)) {
    const { traditionalConverter } = require("../../core/i18n/traditional.cjs");
    converters.set(region, traditionalConverter(require("opencc-js"), region));
  }
  return converters.get(region);
}

/**
 * Converts the Chinese of a rendered page to Traditional, leaving <code> as written: formulas and the
 * stage labels in them must stay what the functions read.
 * @param {string} html
 * @param {(text: string) => string} convert
 */
function convertOutsideCode(html, convert) {
  return html
    .split(/(<code>[\s\S]*?<\/code>)/)
    .map((part) => (part.startsWith("<code>") ? part : convert(part)))
    .join("");
}

/** @param {unknown} text */
function isText(text) {
  return typeof text === "string" && text.trim() !== "";
}

/**
 * Checks help.json against the metadata: every function has both languages' paragraphs and well-formed
 * examples, and no entry names a function the metadata lacks.
 * @param {{ functions: { id: string }[] }} metadata
 * @param {object} table help.json
 * @returns {object} the table, checked
 * @throws {Error} listing every problem
 * @example helpEntries(JSON.parse(functionsJson), require("./help.json")).STAGE.en.length // 2
 */
function helpEntries(metadata, table) {
  const problems = [];
  const ids = new Set((metadata.functions || []).map((fn) => fn.id));
  for (const id of ids) {
    const entry = table[id];
    if (entry === undefined) {
      problems.push(`${id}: no help entry`);
      continue;
    }
    for (const language of ["en", "zh"]) {
      if (!Array.isArray(entry[language]) || !entry[language].every(isText))
        problems.push(`${id}: ${language} must be a list of paragraphs`);
    }
    for (const example of entry.examples || []) {
      if (!isText(example.formula) || !isText(example.en) || !isText(example.zh))
        problems.push(`${id}: an example needs formula, en and zh`);
    }
  }
  for (const id of Object.keys(table)) if (!ids.has(id)) problems.push(`${id}: no such function`);
  if (problems.length > 0) throw new Error(`help.json does not match the functions:\n  ${problems.join("\n  ")}`);
  return table;
}

/** @param {string} text */
function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A function's signature as the help writes it, optional arguments in brackets.
 * @param {{ name: string, parameters: { name: string, optional?: boolean }[] }} fn
 * @example signature({ name: "FUNNEL.STAGE", parameters: [{ name: "input" }, { name: "form", optional: true }] }) // "FUNNEL.STAGE(input, [form])"
 */
function signature(fn) {
  const args = (fn.parameters || []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${fullName(fn)}(${args.join(", ")})`;
}

/** @param {{ name: string }} fn */
function fullName(fn) {
  return fn.name.startsWith("FUNNEL.") ? fn.name : `FUNNEL.${fn.name}`;
}

/**
 * The help page of one language, as a self-contained HTML document (no script; its own strict policy).
 * The Traditional pages ("zh-TW", "zh-HK") are the Chinese page, from the Simplified metadata, converted
 * outside <code> (traditionalText).
 * @param {{ functions: object[] }} metadata functions.json (language "en") or functions.zh-CN.json (the others)
 * @param {object} table help.json
 * @param {"en" | "zh" | "zh-TW" | "zh-HK"} pageLanguage
 * @returns {string}
 * @example renderHelpPage(metadata, help, "en").includes('id="STAGE"') // true
 */
function renderHelpPage(metadata, table, pageLanguage) {
  const convert = traditionalText(pageLanguage);
  const language = pageLanguage === "en" ? "en" : "zh";
  const html = renderPage(metadata, table, language, pageLanguage === "zh" ? "zh-CN" : pageLanguage);
  return convert === undefined ? html : convertOutsideCode(html, convert);
}

/**
 * The page in the words of `language`, tagged `lang`.
 * @param {{ functions: object[] }} metadata
 * @param {object} table help.json
 * @param {"en" | "zh"} language
 * @param {string} lang the page's language tag
 */
function renderPage(metadata, table, language, lang) {
  helpEntries(metadata, table);
  const words = WORDS[language];
  const other = language === "en" ? "zh" : "en";
  const contents = metadata.functions
    .map((fn) => `<li><a href="#${escapeHtml(fn.id)}">${escapeHtml(fullName(fn))}</a></li>`)
    .join("\n");
  const sections = metadata.functions.map((fn) => {
    const entry = table[fn.id];
    const args = (fn.parameters || [])
      .map(
        (p) =>
          `<dt><code>${escapeHtml(p.name)}</code>${p.optional ? `<span class="opt">${words.optional}</span>` : ""}</dt>` +
          `<dd>${escapeHtml(p.description || "")}</dd>`,
      )
      .join("\n");
    const paragraphs = entry[language].map((text) => `<p>${escapeHtml(text)}</p>`).join("\n");
    const examples = (entry.examples || [])
      .map((e) => `<li><code>${escapeHtml(e.formula)}</code> → ${escapeHtml(e[language])}</li>`)
      .join("\n");
    return [
      `<section id="${escapeHtml(fn.id)}">`,
      `<h2><code>${escapeHtml(signature(fn))}</code></h2>`,
      `<p class="lead">${escapeHtml(fn.description || "")}</p>`,
      args === "" ? "" : `<h3>${words.arguments}</h3>\n<dl>\n${args}\n</dl>`,
      paragraphs,
      examples === "" ? "" : `<h3>${words.examples}</h3>\n<ul>\n${examples}\n</ul>`,
      `</section>`,
    ]
      .filter((part) => part !== "")
      .join("\n");
  });
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="UTF-8" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self'" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${words.title}</title>
<style>
body { font-family: "Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #242424; }
code { font-family: Consolas, "Courier New", monospace; background: #f3f2f1; padding: 0 .2em; border-radius: 3px; }
h2 code { background: none; padding: 0; }
section { border-top: 1px solid #e0e0e0; padding-top: .5rem; margin-top: 1.5rem; }
dt { font-weight: 600; margin-top: .4rem; } dd { margin-left: 1.2rem; } .opt { color: #616161; font-weight: 400; }
.lead { font-size: 1.05rem; }
</style>
</head>
<body>
<p><a href="${HELP_FILES[other]}" lang="${other === "zh" ? "zh-CN" : "en"}">${WORDS[language].otherLanguage}</a></p>
<h1>${words.title}</h1>
<p>${words.intro}</p>
<h2>${words.contents}</h2>
<ul>
${contents}
</ul>
${sections.join("\n")}
</body>
</html>
`;
}

/**
 * The same help as Markdown, for the repository's docs (docs/functions.md, docs/functions.zh-CN.md).
 * @param {{ functions: object[] }} metadata
 * @param {object} table help.json
 * @param {"en" | "zh"} language
 * @returns {string}
 * @example renderHelpMarkdown(metadata, help, "zh").startsWith("# FUNNEL 函数") // true
 */
function renderHelpMarkdown(metadata, table, language) {
  helpEntries(metadata, table);
  const words = WORDS[language];
  const cell = (text) => String(text).replace(/\|/g, "\\|").replace(/\n/g, " ");
  const lines = [
    `# ${words.title}`,
    "",
    `<!-- Generated from the functions' metadata and src/functions/metadata/help.json: UPDATE_GOLDEN=1 npx jest test/golden -->`,
    "",
    words.intro,
    "",
  ];
  for (const fn of metadata.functions) {
    const entry = table[fn.id];
    lines.push(`## ${fn.id}`, "", `\`${signature(fn)}\``, "", fn.description || "", "");
    if ((fn.parameters || []).length > 0) {
      lines.push(`| ${words.arguments} | |`, "|---|---|");
      for (const p of fn.parameters) {
        lines.push(`| \`${p.name}\`${p.optional ? words.optional : ""} | ${cell(p.description || "")} |`);
      }
      lines.push("");
    }
    for (const text of entry[language]) lines.push(text, "");
    if ((entry.examples || []).length > 0) {
      lines.push(`**${words.examples}**`, "");
      for (const e of entry.examples) lines.push(`- \`${e.formula}\` → ${e[language]}`);
      lines.push("");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/**
 * Gives every function of a metadata file its helpUrl: the page of the language, at the function's anchor.
 * @param {string} metadataJsonText
 * @param {string} baseUrl the add-in's address, ending in "/"
 * @param {"en" | "zh" | "zh-TW" | "zh-HK"} language
 * @returns {string} the metadata text with helpUrl set (4-space indented, as the generator writes)
 * @example JSON.parse(withHelpUrls(json, "https://x.example/f/", "zh")).functions[0].helpUrl // "https://x.example/f/help.zh-CN.html#STAGE"
 */
function withHelpUrls(metadataJsonText, baseUrl, language) {
  const metadata = JSON.parse(metadataJsonText);
  for (const fn of metadata.functions || []) fn.helpUrl = `${baseUrl}${HELP_FILES[language]}#${fn.id}`;
  return JSON.stringify(metadata, null, 4);
}

module.exports = {
  HELP_FILES,
  helpEntries,
  renderHelpPage,
  renderHelpMarkdown,
  signature,
  traditionalText,
  withHelpUrls,
};
