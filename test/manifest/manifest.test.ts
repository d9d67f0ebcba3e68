/**
 * The offline manifest check (the online validator needs the network): well-formed XML, every resid
 * defined, https URLs of one origin, the FUNNEL custom-functions entry, the shared runtime, and the
 * zh-CN overrides. The built manifest's URLs are checked against the emitted files in test/build.
 */
import { readFileSync } from "fs";
import path from "path";
import {
  attribute,
  children,
  originsOf,
  readManifest,
  topLevelOverride,
  topLevelOverrides,
} from "./manifestFacts";

const xml = readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
const facts = readManifest(xml);

describe("manifest.xml", () => {
  it("rejects XML that is not well formed", () => {
    expect(() => readManifest("<OfficeApp><Id></OfficeApp>")).toThrow(/not well-formed/);
  });

  it("defines every resid it references", () => {
    const missing = facts.referencedIds.filter((id) => !facts.definedIds.has(id));
    expect(missing).toEqual([]);
    expect(facts.referencedIds.length).toBeGreaterThan(10);
  });

  it("uses only https URLs of a single origin", () => {
    expect(facts.urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
    expect(originsOf(facts.urls)).toEqual(["https://localhost:3000"]);
  });

  it("lists no AppDomain of its own origin and none with a path (Microsoft: such entries have no effect or are invalid)", () => {
    const own = originsOf(facts.urls);
    const wrong = facts.appDomains.filter(
      (d) => own.includes(new URL(d).origin) || new URL(d).pathname !== "/",
    );
    expect(wrong).toEqual([]);
  });

  it("reads attributes by name, whatever their order", () => {
    const reordered = readManifest(
      '<OfficeApp><IconUrl x="1" DefaultValue="https://a.example/i.png"/><SupportUrl DefaultValue="https://a.example/help.html"/><AppDomains><AppDomain> https://b.example </AppDomain></AppDomains></OfficeApp>',
    );
    expect(reordered.urls).toEqual(["https://a.example/i.png", "https://a.example/help.html"]);
    expect(reordered.appDomains).toEqual(["https://b.example"]);
  });

  it("declares the FUNNEL custom functions with script, page and metadata", () => {
    expect(facts.types).toContain("CustomFunctions");
    expect(facts.definedIds.get("Functions.Namespace")?.value).toBe("FUNNEL");
    expect(facts.definedIds.get("Functions.Script.Url")?.value).toMatch(/\/functions\.js$/);
    expect(facts.definedIds.get("Functions.Metadata.Url")?.value).toMatch(/\/functions\.json$/);
    expect(facts.definedIds.get("Taskpane.Url")?.value).toMatch(/\/taskpane\.html$/);
  });

  it("runs task pane and functions in one long-lived shared runtime", () => {
    const sets = children(children(children(facts.root, "Requirements")[0], "Sets")[0], "Set");
    expect(sets.map((s) => [attribute(s, "Name"), attribute(s, "MinVersion")])).toContainEqual([
      "SharedRuntime",
      "1.1",
    ]);
    const host = children(children(children(facts.root, "VersionOverrides")[0], "Hosts")[0], "Host")[0];
    const runtime = children(children(host, "Runtimes")[0], "Runtime")[0];
    expect([attribute(runtime, "resid"), attribute(runtime, "lifetime")]).toEqual(["Taskpane.Url", "long"]);
    expect(children(children(facts.root, "Hosts")[0], "Host").map((h) => attribute(h, "Name"))).toEqual([
      "Workbook",
    ]);
    expect(children(facts.root, "Permissions").map((p) => String(p["#text"]))).toEqual(["ReadWriteDocument"]);
  });

  it("opens the task pane from a ribbon button with icons from assets", () => {
    expect(facts.types).toContain("ShowTaskpane");
    for (const size of [16, 32, 80]) {
      expect(facts.definedIds.get(`Icon.${size}x${size}`)?.value).toMatch(
        new RegExp(`/assets/icon-${size}\\.png$`),
      );
    }
  });

  it("has Chinese overrides for the name, description, ribbon labels and function metadata", () => {
    expect(topLevelOverride(facts, "DisplayName").zh).toMatch(/销售漏斗/);
    expect(topLevelOverride(facts, "Description").zh).toBeTruthy();
    for (const id of ["Group.Label", "TaskpaneButton.Label", "TaskpaneButton.Tooltip", "GetStarted.Title"]) {
      expect(facts.definedIds.get(id)?.overrides.get("zh-CN")).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(facts.definedIds.get("Functions.Metadata.Url")?.overrides.get("zh-CN")).toMatch(
      /functions\.zh-CN\.json$/,
    );
  });

  it.each(["zh-TW", "zh-HK"])(
    "has %s overrides in Traditional Chinese for everything zh-CN overrides, with its own metadata and help",
    (locale) => {
      const simplifiedOnly = /[阶谈转销认项数开启户页据关]/;
      for (const element of ["DisplayName", "Description", "SupportUrl"]) {
        const overrides = topLevelOverrides(facts, element);
        expect({ element, has: overrides.has(locale) }).toEqual({ element, has: overrides.has("zh-CN") });
        expect(overrides.get(locale)).not.toMatch(simplifiedOnly);
      }
      expect(topLevelOverrides(facts, "DisplayName").get(locale)).toBe("FUNNEL 銷售漏斗");
      expect(topLevelOverrides(facts, "SupportUrl").get(locale)).toMatch(
        new RegExp(`/help\\.${locale}\\.html$`),
      );
      for (const [id, resource] of facts.definedIds) {
        if (!resource.overrides.has("zh-CN")) continue;
        const text = resource.overrides.get(locale);
        expect({ id, text: text !== undefined && !simplifiedOnly.test(text) }).toEqual({ id, text: true });
      }
      expect(facts.definedIds.get("Functions.Metadata.Url")?.overrides.get(locale)).toMatch(
        new RegExp(`/functions\\.${locale}\\.json$`),
      );
      expect(facts.definedIds.get("GetStarted.LearnMoreUrl")?.overrides.get(locale)).toMatch(
        new RegExp(`/help\\.${locale}\\.html$`),
      );
      expect(facts.definedIds.get("TaskpaneButton.Tooltip")?.overrides.get(locale)).toMatch(/階段指南/);
    },
  );
});
