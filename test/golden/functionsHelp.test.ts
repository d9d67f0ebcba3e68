/**
 * The functions' help: every description Excel shows is one sentence under 255 characters in both
 * languages; help.json covers every function in both languages; the help page has a section per
 * function with its arguments; and docs/functions.md / docs/functions.zh-CN.md (which the README links
 * to) hold the same text as the pages. After an intended change: UPDATE_GOLDEN=1 npx jest test/golden
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import zhTable from "../../src/functions/metadata/zh-CN.json";
import helpTable from "../../src/functions/metadata/help.json";

/* eslint-disable @typescript-eslint/no-require-imports */
const { localizeMetadata } = require("../../src/functions/metadata/localize.cjs") as {
  localizeMetadata(metadataJsonText: string, table: object): string;
};
const { helpEntries, renderHelpPage, renderHelpMarkdown, withHelpUrls } =
  require("../../src/functions/metadata/helpPages.cjs") as {
    helpEntries(metadata: Metadata, table: object): object;
    renderHelpPage(metadata: Metadata, table: object, language: "en" | "zh"): string;
    renderHelpMarkdown(metadata: Metadata, table: object, language: "en" | "zh"): string;
    withHelpUrls(json: string, baseUrl: string, language: "en" | "zh"): string;
  };
/* eslint-enable @typescript-eslint/no-require-imports */

interface Metadata {
  readonly functions: readonly {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    parameters: readonly { name: string; description?: string; optional?: boolean }[];
  }[];
}

const ROOT = path.resolve(__dirname, "../..");
const DOCS = { en: path.join(ROOT, "docs/functions.md"), zh: path.join(ROOT, "docs/functions.zh-CN.md") };

let metadataJson: string;
let metadata: { en: Metadata; zh: Metadata };

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(
    [path.join(ROOT, "src/functions/functions.ts")],
    true,
  );
  metadataJson = generated.metadataJson;
  metadata = {
    en: JSON.parse(metadataJson) as Metadata,
    zh: JSON.parse(localizeMetadata(metadataJson, zhTable)) as Metadata,
  };
});

describe.each(["en", "zh"] as const)("the %s metadata Excel shows", (language) => {
  it("keeps every function description to one sentence under 255 characters, examples left to the help", () => {
    const tooLong = metadata[language].functions
      .filter((fn) => (fn.description ?? "").length >= 255 || /Example:|示例：/.test(fn.description ?? ""))
      .map((fn) => `${fn.id}: ${(fn.description ?? "").length}`);
    expect(tooLong).toEqual([]);
  });

  it("keeps every argument description under 255 characters", () => {
    const tooLong = metadata[language].functions.flatMap((fn) =>
      fn.parameters.filter((p) => (p.description ?? "").length >= 255).map((p) => `${fn.id}.${p.name}`),
    );
    expect(tooLong).toEqual([]);
  });
});

describe("the help pages", () => {
  it("cover every function in both languages, with no entry for a function that does not exist", () => {
    expect(() => helpEntries(metadata.en, helpTable)).not.toThrow();
    expect(() => helpEntries(metadata.en, { ...helpTable, NOSUCH: { en: ["x"], zh: ["x"] } })).toThrow(
      /NOSUCH: no such function/,
    );
    const withoutStage = Object.fromEntries(Object.entries(helpTable).filter(([id]) => id !== "STAGE"));
    expect(() => helpEntries(metadata.en, withoutStage)).toThrow(/STAGE: no help entry/);
  });

  it("give each function a section with its signature, description and every argument", () => {
    for (const language of ["en", "zh"] as const) {
      const page = renderHelpPage(metadata[language], helpTable, language);
      for (const fn of metadata[language].functions) {
        const section = page.slice(
          page.indexOf(`<section id="${fn.id}">`),
          page.indexOf("</section>", page.indexOf(`<section id="${fn.id}">`)),
        );
        expect({ fn: fn.id, found: section.length > 0 }).toEqual({ fn: fn.id, found: true });
        for (const p of fn.parameters) expect(section).toContain(`<code>${p.name}</code>`);
      }
    }
  });

  it("escape what they show, so a formula's quotes and angle brackets read as written", () => {
    const page = renderHelpPage(metadata.en, helpTable, "en");
    expect(page).toContain("&#34;意向&#34;");
    expect(page).not.toMatch(/<script/i);
  });

  it("are where each function's helpUrl points, in the function's language", () => {
    const en = JSON.parse(withHelpUrls(metadataJson, "https://x.example/f/", "en")) as Metadata;
    const zh = JSON.parse(withHelpUrls(metadataJson, "https://x.example/f/", "zh")) as Metadata;
    expect(en.functions.map((fn) => fn.helpUrl)).toEqual(
      en.functions.map((fn) => `https://x.example/f/help.html#${fn.id}`),
    );
    expect(zh.functions[0].helpUrl).toBe(`https://x.example/f/help.zh-CN.html#${zh.functions[0].id}`);
  });
});

describe.each(["en", "zh"] as const)("docs/functions (%s), which the README links to", (language) => {
  it("holds the help pages' text", () => {
    const text = renderHelpMarkdown(metadata[language], helpTable, language);
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(DOCS[language])) writeFileSync(DOCS[language], text);
    expect(readFileSync(DOCS[language], "utf8")).toBe(text);
  });
});
