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
    expect(xml).not.toContain("localhost");
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
      expect.arrayContaining(["functions.js", "functions.json", "functions.zh-CN.json", "taskpane.html"]),
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

  it("lets an Excel error in a range reach the functions, in both metadata files (allowErrorForDataTypeAny)", () => {
    for (const file of ["functions.json", "functions.zh-CN.json"]) {
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

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description?: string }[];
  }[];
}
