/**
 * What `npm run build` emits: the files the manifest names, every dev URL rewritten, Office.js from
 * Microsoft's CDN, Chinese function metadata, and no workbench code (HyperFormula is GPL and dev-only).
 */
import { existsSync, readdirSync } from "fs";
import path from "path";
import { originsOf, readManifest } from "../manifest/manifestFacts";
import { PUBLIC_URL, builtFile, productionBuild } from "./productionBuild";

jest.setTimeout(300_000);

let out = "";
beforeAll(() => {
  out = productionBuild();
});

describe("the production build", () => {
  it("rewrites every development URL of the manifest to the public URL", () => {
    const xml = builtFile("manifest.xml");
    // The comments keep describing the development manifest; no URL outside them names localhost.
    expect(xml.replace(/<!--[\s\S]*?-->/g, "")).not.toContain("localhost");
    expect(xml).not.toMatch(/<!--[^>]*funnel\.test\.invalid/);
    const facts = readManifest(xml);
    expect(originsOf(facts.urls)).toEqual([new URL(PUBLIC_URL).origin]);
    expect(facts.urls.filter((u) => !u.startsWith(PUBLIC_URL.slice(0, -1)))).toEqual([]);
  });

  it("emits every file the built manifest names", () => {
    const facts = readManifest(builtFile("manifest.xml"));
    const files = facts.urls
      .filter((u) => u.length > PUBLIC_URL.length)
      .map((u) => u.slice(PUBLIC_URL.length).split(/[?#]/)[0]);
    expect(files).toEqual(
      expect.arrayContaining([
        "functions.js",
        "functions.json",
        "functions.zh-CN.json",
        "functions.zh-TW.json",
        "functions.zh-HK.json",
        "help.zh-TW.html",
        "help.zh-HK.html",
        "taskpane.html",
      ]),
    );
    expect(files.filter((f) => !existsSync(path.join(out, f)))).toEqual([]);
  });

  it("loads Office.js from Microsoft's CDN and both bundles in the shared-runtime page", () => {
    const html = builtFile("taskpane.html");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(html.indexOf("functions.js")).toBeGreaterThan(-1);
    expect(html.indexOf("functions.js")).toBeLessThan(html.indexOf("taskpane.js"));
  });

  it("ships no workbench and no HyperFormula code", () => {
    const bundles = readdirSync(out).filter((f) => f.endsWith(".js"));
    expect(bundles).not.toContain("workbench.js");
    expect(existsSync(path.join(out, "workbench.html"))).toBe(false);
    for (const bundle of bundles) {
      expect({ bundle, hyperformula: /hyperformula/i.test(builtFile(bundle)) }).toEqual({
        bundle,
        hyperformula: false,
      });
    }
  });

  it("ships the third-party notices of every package in the bundles, and none of HyperFormula", () => {
    const notices = builtFile("THIRD-PARTY-NOTICES.txt");
    for (const name of [
      "react",
      "react-dom",
      "@fluentui/react-button",
      "@fluentui/react-icons",
      "papaparse",
      "opencc-js",
    ]) {
      expect({ name, listed: notices.includes(name) }).toEqual({ name, listed: true });
    }
    expect(notices).toMatch(/Permission is hereby granted/);
    expect(notices).not.toMatch(/hyperformula/i);
  });

  it("lets an Excel error in a range reach the functions, in both metadata files (allowErrorForDataTypeAny)", () => {
    for (const file of [
      "functions.json",
      "functions.zh-CN.json",
      "functions.zh-TW.json",
      "functions.zh-HK.json",
    ]) {
      const metadata = JSON.parse(builtFile(file)) as { allowErrorForDataTypeAny?: unknown };
      expect({ file, allowErrorForDataTypeAny: metadata.allowErrorForDataTypeAny }).toEqual({
        file,
        allowErrorForDataTypeAny: true,
      });
    }
  });

  it("emits Chinese function metadata with the same functions and parameters", () => {
    const en = JSON.parse(builtFile("functions.json")) as Metadata;
    const zh = JSON.parse(builtFile("functions.zh-CN.json")) as Metadata;
    expect(zh.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    for (const fn of zh.functions) {
      expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
      for (const p of fn.parameters)
        expect({ fn: fn.id, p: p.name, zh: /[\u4e00-\u9fff]/.test(p.description ?? "") }).toEqual({
          fn: fn.id,
          p: p.name,
          zh: true,
        });
    }
  });
});

describe("the functions' help in every language", () => {
  it.each(["functions.json", "functions.zh-CN.json", "functions.zh-TW.json", "functions.zh-HK.json"])(
    "gives each function of %s a helpUrl whose page is in dist/ with the function's section",
    (file) => {
      const metadata = JSON.parse(builtFile(file)) as Metadata;
      for (const fn of metadata.functions) {
        const url = fn.helpUrl ?? "";
        expect(url.startsWith(PUBLIC_URL)).toBe(true);
        const [page, anchor] = url.slice(PUBLIC_URL.length).split("#");
        expect({ fn: fn.id, page, exists: existsSync(path.join(out, page)) }).toEqual({
          fn: fn.id,
          page,
          exists: true,
        });
        // The production build minifies the page, which drops the attribute's quotes.
        expect(builtFile(page)).toMatch(new RegExp(`<section id="?${anchor}"?>`));
      }
    },
  );
});

describe("the Traditional Chinese metadata and help (zh-TW, zh-HK)", () => {
  const simplifiedOnly = /[阶谈转销认项数开户页据关这个们为时会说发]/;

  it.each(["zh-TW", "zh-HK"])(
    "%s has the functions and parameters of en, described in Traditional Chinese",
    (locale) => {
      const en = JSON.parse(builtFile("functions.json")) as Metadata;
      const zh = JSON.parse(builtFile(`functions.${locale}.json`)) as Metadata;
      expect(zh.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)])).toEqual(
        en.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)]),
      );
      for (const fn of zh.functions) {
        expect(fn.helpUrl).toBe(`${PUBLIC_URL}help.${locale}.html#${fn.id}`);
        for (const text of [fn.description, ...fn.parameters.map((p) => p.description ?? "")]) {
          expect({
            fn: fn.id,
            text,
            han: /[\u4e00-\u9fff]/.test(text),
            simplified: simplifiedOnly.test(text),
          }).toEqual({
            fn: fn.id,
            text,
            han: true,
            simplified: false,
          });
        }
      }
      expect(JSON.stringify(zh.enums)).toMatch(/階段|談判/);
      expect(JSON.stringify(zh.enums)).not.toMatch(simplifiedOnly);
    },
  );

  it.each(["zh-TW", "zh-HK"])(
    "help.%s.html is the Chinese help in Traditional, formulas kept as written",
    (locale) => {
      const html = builtFile(`help.${locale}.html`);
      expect(html).toMatch(new RegExp(`<html lang="?${locale}"?>`));
      expect(html).toMatch(/id="?STAGE"?/);
      const outsideCode = html.replace(/<code>[\s\S]*?<\/code>/g, "");
      expect(outsideCode).toMatch(/階段/);
      expect(outsideCode).not.toMatch(simplifiedOnly);
    },
  );
});

interface Metadata {
  enums?: unknown[];
  functions: {
    id: string;
    helpUrl?: string;
    name: string;
    description: string;
    parameters: { name: string; description?: string }[];
  }[];
}
