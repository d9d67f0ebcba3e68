/**
 * HyperFormula (GPL-3.0) is the workbench's engine and must never reach the shipped add-in: a production
 * build emits no workbench, and its bundles (functions.js, taskpane.js, commands.js when there is one) hold
 * no HyperFormula code. The development build's workbench.js is the control: the markers are found there.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from "fs";
import path from "path";
import { buildAddin } from "./support/addinServer";

/** Texts HyperFormula's code carries even minified (its license-key check and an engine error message). */
const MARKERS = [/hyperformula/i, /gpl-v3/, /Resizing to smaller array/];

const markersIn = (file: string) => MARKERS.filter((marker) => marker.test(readFileSync(file, "utf8")));

let production: string;

beforeAll(() => {
  production = buildAddin("production");
});

afterAll(() => {
  if (production) rmSync(production, { recursive: true, force: true });
});

describe("the production bundles", () => {
  it("are told apart from the workbench by the markers (the control)", () => {
    const development = process.env.FUNNEL_E2E_BUILD;
    if (!development) throw new Error("FUNNEL_E2E_BUILD is not set: run the tests with npm run test:e2e.");
    expect(markersIn(path.join(development, "workbench.js"))).toEqual(MARKERS);
  });

  it("emit no workbench", () => {
    const files = readdirSync(production);
    expect(files.filter((file) => file.startsWith("workbench"))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(["functions.js", "taskpane.js", "taskpane.html"]));
  });

  it("contain no HyperFormula code", () => {
    const bundles = ["functions.js", "taskpane.js", "commands.js"]
      .map((name) => path.join(production, name))
      .filter((file) => existsSync(file));
    expect(bundles.length).toBeGreaterThanOrEqual(2);
    for (const bundle of bundles)
      expect({ bundle: path.basename(bundle), markers: markersIn(bundle) }).toEqual({
        bundle: path.basename(bundle),
        markers: [],
      });
  });
});
