/**
 * One vocabulary (issue 22 §3): no text the product shows — the task pane's and the sheets' strings in src,
 * the custom functions' descriptions and their 中文 metadata, the README and docs — uses a variant the
 * glossary (src/core/i18n/glossary.ts) refuses, and Chinese text in them takes full-width punctuation.
 * Strings are read from the TypeScript syntax tree, so comments and import paths are not product text.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { findVariants, halfWidthInChinese } from "../../src/core/i18n";

const ROOT = path.resolve(__dirname, "../..");

/**
 * Declarations whose strings are words the product *reads* (what a CRM export or a user may type), not words
 * it writes: they keep every variant a workbook may hold, so that no workbook breaks.
 */
const INPUT_VOCABULARY: Readonly<Record<string, string>> = {
  WON_WORDS: "won labels of CRMs (stageScheme.ts)",
  LOST_WORDS: "lost labels of CRMs: 输单, 丢失 … (stageScheme.ts)",
  DEFAULT_ALIASES: "English stage aliases a user may type (stageScheme.ts)",
  EARLIER_ENGLISH_NAMES: "the stages' earlier English names, still read (stageScheme.ts)",
  HEADER_ALIASES: "column headers of CRM exports: 客户经理, 输单阶段 … (columns.ts)",
  OPEN_OUTCOMES: "outcome words meaning open: 未结束 … (placement.ts)",
  FIGURE_WORDS: "FUNNEL.FORECAST measure words a user may type: 管道 … (forecast.ts)",
};

/** Files whose strings are not product text, and why. */
const NOT_PRODUCT_TEXT: Readonly<Record<string, string>> = {
  "src/core/i18n/glossary.ts": "the glossary itself names the variants it refuses",
  "src/core/stages/deckWording.ts": "quotes the deck's slips verbatim",
};

/** Documents that quote the deck or the glossary verbatim. */
const DOCS_LEFT_OUT: ReadonlySet<string> = new Set(["glossary.md", "deck-coverage.md"]);

/** One text the product shows, and where it is written. */
interface ProductText {
  readonly where: string;
  readonly text: string;
  /** Whether the text may be Chinese prose, which takes full-width punctuation (English docs and "en" keys may not). */
  readonly chinese: boolean;
}

/** Every production .ts/.tsx file under a directory: not a test, not under a testing/ folder. */
function productionFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "testing" ? [] : productionFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The name a declaration binds, for the declarations that can hold a vocabulary. */
function declaredName(node: ts.Node): string | undefined {
  if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) return node.name.text;
  return undefined;
}

/**
 * The string literals and template texts of a TypeScript source, without import/export paths, type
 * positions and the declarations of {@link INPUT_VOCABULARY}.
 * @example stringsIn("const a = { zh: '漏斗健康' }; import x from './y';") // ["漏斗健康"]
 */
function stringsIn(source: string, file = "module.ts"): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.ES2020, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const name = declaredName(node);
    if (name !== undefined && name in INPUT_VOCABULARY) return;
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node)) return;
    // String.raw`…` and other tagged templates are code (regular expressions), not text.
    if (ts.isTaggedTemplateExpression(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node))
      found.push([node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join("{…}"));
    else if (ts.isJsxText(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

/** The JSDoc blocks of the custom functions (the source of their generated metadata), as plain text. */
function functionDescriptionsIn(source: string): string[] {
  return [...source.matchAll(/\/\*\*[\s\S]*?\*\//g)]
    .map((block) => block[0])
    .filter((block) => block.includes("@customfunction"))
    .map((block) => block.replace(/^\s*\/?\*+\/?/gm, "").trim());
}

/** Every string value of a JSON document, with whether it may be Chinese (not under an "en" key). */
function jsonStrings(value: unknown, chinese = true): { text: string; chinese: boolean }[] {
  if (typeof value === "string") return [{ text: value, chinese }];
  if (Array.isArray(value)) return value.flatMap((item) => jsonStrings(item, chinese));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => jsonStrings(item, chinese && key !== "en"));
  return [];
}

/** Markdown without its code: fenced blocks and `inline code` hold formulas, names and paths. */
const prose = (markdown: string) => markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");

/** Every text the product shows, with where it is written. */
export function productTexts(): ProductText[] {
  const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");
  const sources = productionFiles(path.join(ROOT, "src"))
    .filter((file) => !(relative(file) in NOT_PRODUCT_TEXT))
    .flatMap((file) => {
      const source = fs.readFileSync(file, "utf8");
      const descriptions = file.includes(`${path.sep}functions${path.sep}`)
        ? functionDescriptionsIn(source)
        : [];
      return [...stringsIn(source, file), ...descriptions].map((text) => ({
        where: relative(file),
        text,
        chinese: true,
      }));
    });
  const metadata = ["src/functions/metadata/zh-CN.json", "src/functions/metadata/help.json"].flatMap((file) =>
    jsonStrings(JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8"))).map((text) => ({
      where: file,
      ...text,
    })),
  );
  const docs = fs
    .readdirSync(path.join(ROOT, "docs"))
    .filter((name) => name.endsWith(".md") && !DOCS_LEFT_OUT.has(name))
    .map((name) => `docs/${name}`);
  const markdown = ["README.md", ...docs].flatMap((file) =>
    prose(fs.readFileSync(path.join(ROOT, file), "utf8"))
      .split("\n")
      .map((text) => ({ where: file, text, chinese: file.endsWith(".zh-CN.md") })),
  );
  return [...sources, ...metadata, ...markdown];
}

describe("the scanner of product texts", () => {
  it("reads string literals, template texts and JSX text, not comments or import paths", () => {
    const source = [
      'import { x } from "./漏斗健康";',
      "// 漏斗健康 in a comment",
      'const a = { zh: "未结商机", en: `Open ${1} deals` };',
      "const b = <p>管道</p>;",
    ].join("\n");
    expect(stringsIn(source)).toEqual(["未结商机", "Open {…} deals", "管道"]);
  });

  it("leaves out the declarations of words the product reads", () => {
    expect(stringsIn('const LOST_WORDS = ["输单"]; const shown = "输单";')).toEqual(["输单"]);
  });

  it("finds a planted variant in a file's strings", () => {
    const planted = 'export const TEXT = { sheet: { zh: "漏斗健康", en: "Pipeline health" } };';
    const hits = stringsIn(planted).flatMap((text) => findVariants(text));
    expect(hits.map((hit) => hit.term.zh)).toContain("管线健康");
  });

  it("reads the custom functions' descriptions from their JSDoc", () => {
    const source =
      "/**\n * Weighted pipeline of the 未结 deals.\n * @customfunction\n */\nexport function f() {}";
    expect(functionDescriptionsIn(source).flatMap((text) => findVariants(text))).toHaveLength(1);
  });

  it("finds more than a few thousand texts, so that a broken collector cannot pass", () => {
    expect(productTexts().length).toBeGreaterThan(3000);
  });
});

describe("the product's texts", () => {
  const texts = productTexts();

  it("use the glossary's words, never a refused variant", () => {
    const hits = texts.flatMap(({ where, text }) =>
      findVariants(text).map(
        (hit) => `${where}: “${hit.context}” — ${hit.variant.text} → ${hit.term.zh} / ${hit.term.en}`,
      ),
    );
    expect(hits).toEqual([]);
  });

  it("put full-width punctuation in Chinese sentences", () => {
    const hits = texts.flatMap(({ where, text, chinese }) =>
      (chinese ? halfWidthInChinese(text) : []).map((context) => `${where}: “${context}”`),
    );
    expect(hits).toEqual([]);
  });

  it("never claim a deck scale (讲义刻度) in the README or the docs (the glossary names it as refused)", () => {
    const docs = fs.readdirSync(path.join(ROOT, "docs")).filter((name) => name !== "glossary.md");
    for (const file of ["README.md", ...docs.map((name) => `docs/${name}`)])
      expect(fs.readFileSync(path.join(ROOT, file), "utf8")).not.toMatch(/讲义\s*刻度/);
  });

  it("point readers to the glossary from the README", () => {
    expect(fs.readFileSync(path.join(ROOT, "README.md"), "utf8")).toContain("docs/glossary.md");
  });
});
