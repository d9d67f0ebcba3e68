import { loadCustomFunctions } from "./loadCustomFunctions";
import { FAKE_FUNCTIONS_JSON } from "./testing/fakeFunctions";

/** Runs like the built functions.js: associates through the global runtime it finds on the page. */
const fakeScript = (target: object) => async () => {
  const runtime = (target as { CustomFunctions: { associate(id: string, fn: unknown): void } })
    .CustomFunctions;
  runtime.associate("repeat", () => [["x"]]);
};

describe("loadCustomFunctions", () => {
  it("rejects, naming the file, when functions.js does not load", async () => {
    const target = {};
    await expect(
      loadCustomFunctions({
        target,
        displayLanguage: "en-US",
        loadScript: async (url) => {
          throw new Error(`Could not load ${url}.`);
        },
        fetchJson: async () => FAKE_FUNCTIONS_JSON,
      }),
    ).rejects.toThrow("Could not load functions.js.");
  });

  it("rejects when functions.js associates nothing", async () => {
    await expect(
      loadCustomFunctions({
        target: {},
        displayLanguage: "en-US",
        loadScript: async () => undefined,
        fetchJson: async () => FAKE_FUNCTIONS_JSON,
      }),
    ).rejects.toThrow(/associated no custom function/);
  });

  it("rejects when functions.json is not metadata", async () => {
    const target = {};
    await expect(
      loadCustomFunctions({
        target,
        displayLanguage: "en-US",
        loadScript: fakeScript(target),
        fetchJson: async () => ({ nope: true }),
      }),
    ).rejects.toThrow(/functions\.json/);
  });

  it("runs functions.js against an installed runtime and reads the metadata", async () => {
    const target: { Office?: { context: { displayLanguage: string } } } = {};
    const loaded: string[] = [];
    const { functions, associations } = await loadCustomFunctions({
      target,
      displayLanguage: "zh-CN",
      scriptUrl: "f.js",
      metadataUrl: "f.json",
      loadScript: async (url) => {
        loaded.push(url);
        await fakeScript(target)();
      },
      fetchJson: async (url) => {
        loaded.push(url);
        return FAKE_FUNCTIONS_JSON;
      },
    });
    expect(loaded).toEqual(["f.js", "f.json"]);
    expect(associations.get("REPEAT")?.()).toEqual([["x"]]);
    expect(functions.map((f) => f.name)).toContain("REPEAT");
    expect(target.Office?.context.displayLanguage).toBe("zh-CN");
  });

  it("leaves a real Office.js alone", async () => {
    const office = { context: { displayLanguage: "en-GB" } };
    const target = { Office: office };
    await loadCustomFunctions({
      target,
      displayLanguage: "zh-CN",
      loadScript: fakeScript(target),
      fetchJson: async () => FAKE_FUNCTIONS_JSON,
    });
    expect(target.Office).toBe(office);
  });
});
