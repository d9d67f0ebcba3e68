// The Office add-in tools run with their usage data off: every package.json script and `npm start` run
// them through devTool.cjs, which turns usage data off first; and every installed copy of the tools'
// usage-data library reports it off (a dependency update that brings reporting back fails here).
import { spawnSync } from "child_process";
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { USAGE_DATA_OFF, binScript, officeToolSteps, usageDataFile } = require("./devTool.cjs") as {
  USAGE_DATA_OFF: readonly string[];
  usageDataFile(): string;
  binScript(binPackage: string, binName?: string): string;
  officeToolSteps(tool: string, args: string[]): string[][];
};

const ROOT = path.resolve(__dirname, "..", "..");
const RUNNER = "node src/workbench/devTool.cjs";
const OFFICE_TOOL = /office-addin-[a-z-]+/g;

describe("officeToolSteps", () => {
  it("turns usage data off before running the tool", () => {
    expect(officeToolSteps("office-addin-debugging", ["stop", "manifest.xml"])).toEqual([
      ["office-addin-usage-data", "off"],
      ["office-addin-debugging", "stop", "manifest.xml"],
    ]);
  });

  it("runs only Office add-in tools", () => {
    expect(() => officeToolSteps("webpack", [])).toThrow("Not an Office add-in tool: webpack");
    expect(() => officeToolSteps("office-addin-usage-data", ["on"])).toThrow("Not an Office add-in tool");
  });
});

describe("usageDataFile", () => {
  it("is the per-user file the usage-data library itself writes (so the message names the right file)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const defaults = require("office-addin-usage-data/lib/defaults") as { usageDataJsonFilePath: string };
    expect(path.normalize(usageDataFile())).toBe(path.normalize(defaults.usageDataJsonFilePath));
  });
});

describe("the scripts that run an Office add-in tool", () => {
  const scripts = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts as Record<
    string,
    string
  >;

  it("include stop and validate", () => {
    const officeScripts = Object.keys(scripts).filter((name) => scripts[name].includes("office-addin-"));
    expect(officeScripts).toEqual(expect.arrayContaining(["stop", "validate"]));
  });

  it("run every Office tool through devTool.cjs (usage data off), never directly", () => {
    const direct = Object.entries(scripts).flatMap(([name, script]) =>
      [...script.matchAll(OFFICE_TOOL)]
        .filter((m) => script.slice(Math.max(0, m.index - RUNNER.length - 1), m.index) !== `${RUNNER} `)
        .map((m) => `${name}: ${m[0]}`),
    );
    expect(direct).toEqual([]);
  });

  it("npm start sideloads with office-addin-debugging through runOfficeTool only", () => {
    const start = readFileSync(path.join(__dirname, "start.cjs"), "utf8");
    const calls = [...start.matchAll(/["'](office-addin-[a-z-]+)["']/g)];
    expect(calls.map((m) => m[1])).toEqual(["office-addin-debugging"]);
    for (const m of calls)
      expect(start.slice(m.index - "runOfficeTool(".length, m.index)).toBe("runOfficeTool(");
  });
});

describe("the Office tools' usage data", () => {
  it("is turned off by the tools' own command", () => {
    const off = spawnSync(process.execPath, [binScript(USAGE_DATA_OFF[0]), ...USAGE_DATA_OFF.slice(1)], {
      encoding: "utf8",
    });
    expect(off.status).toBe(0);
    expect(off.stdout).toContain("Usage data has been turned off.");
  });

  it("is reported off by every installed copy of office-addin-usage-data, even when asked on", () => {
    const copies = usageDataCopies(path.join(ROOT, "node_modules"));
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { OfficeAddinUsageData } = require(copy) as {
        OfficeAddinUsageData: new (options: object) => {
          isUsageDataOn(): boolean;
          getUsageDataLevel(): string;
        };
      };
      const usage = new OfficeAddinUsageData({
        projectName: "funnel-usage-data-test",
        instrumentationKey: "00000000-0000-0000-0000-000000000000",
        usageDataLevel: "on",
        raisePrompt: false,
      });
      expect({
        copy: path.relative(ROOT, copy),
        on: usage.isUsageDataOn(),
        level: usage.getUsageDataLevel(),
      }).toEqual({
        copy: path.relative(ROOT, copy),
        on: false,
        level: "off",
      });
    }
  });
});

/** Every installed office-addin-usage-data package folder in the node_modules folder `modules`, nested ones too. */
function usageDataCopies(modules: string): string[] {
  const found: string[] = [];
  const visitPackage = (folder: string, name: string) => {
    if (name === "office-addin-usage-data") found.push(folder);
    const nested = path.join(folder, "node_modules");
    if (existsSync(nested)) visitModules(nested);
  };
  const visitModules = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
      const child = path.join(folder, entry.name);
      if (!entry.name.startsWith("@")) visitPackage(child, entry.name);
      else
        for (const scoped of readdirSync(child))
          visitPackage(path.join(child, scoped), `${entry.name}/${scoped}`);
    }
  };
  visitModules(modules);
  return found;
}
