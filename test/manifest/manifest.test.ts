/**
 * The offline manifest check (the online validator needs the network): well-formed XML, every resid
 * defined, https URLs of one origin, the FUNNEL custom-functions entry, the shared runtime, and the
 * zh-CN overrides. The built manifest's URLs are checked against the emitted files in test/build.
 */
import { readFileSync } from "fs";
import path from "path";
import { originsOf, readManifest, topLevelOverride } from "./manifestFacts";

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

  it("declares the FUNNEL custom functions with script, page and metadata", () => {
    expect(xml).toMatch(/<ExtensionPoint xsi:type="CustomFunctions">/);
    expect(facts.definedIds.get("Functions.Namespace")?.value).toBe("FUNNEL");
    expect(facts.definedIds.get("Functions.Script.Url")?.value).toMatch(/\/functions\.js$/);
    expect(facts.definedIds.get("Functions.Metadata.Url")?.value).toMatch(/\/functions\.json$/);
    expect(facts.definedIds.get("Taskpane.Url")?.value).toMatch(/\/taskpane\.html$/);
  });

  it("runs task pane and functions in one long-lived shared runtime", () => {
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"\/>/);
    expect(xml).toMatch(/<Runtime resid="Taskpane\.Url" lifetime="long"\/>/);
    expect(xml).toMatch(/<Host Name="Workbook"\/>/);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it("opens the task pane from a ribbon button with icons from assets", () => {
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    for (const size of [16, 32, 80]) {
      expect(facts.definedIds.get(`Icon.${size}x${size}`)?.value).toMatch(
        new RegExp(`/assets/icon-${size}\\.png$`),
      );
    }
  });

  it("has Chinese overrides for the name, description, ribbon labels and function metadata", () => {
    expect(topLevelOverride(xml, "DisplayName").zh).toMatch(/销售漏斗/);
    expect(topLevelOverride(xml, "Description").zh).toBeTruthy();
    for (const id of ["Group.Label", "TaskpaneButton.Label", "TaskpaneButton.Tooltip", "GetStarted.Title"]) {
      expect(facts.definedIds.get(id)?.overrides.get("zh-CN")).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(facts.definedIds.get("Functions.Metadata.Url")?.overrides.get("zh-CN")).toMatch(
      /functions\.zh-CN\.json$/,
    );
  });
});
