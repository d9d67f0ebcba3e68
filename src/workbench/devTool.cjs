#!/usr/bin/env node
/* eslint-disable */
/**
 * Runs the project's command-line dev tools from their packages with Node (npm's .bin links are not
 * always executable), sharing this terminal. The Office add-in tools (office-addin-debugging,
 * office-addin-manifest …) run with their usage data off: `office-addin-usage-data off` first, the
 * tools' documented opt-out, and the tool only if that succeeded.
 *
 * Usage (package.json scripts): node src/workbench/devTool.cjs <office-addin-tool> [arguments…]
 */
const { spawn, spawnSync } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");

/** The command that turns the Office tools' usage data off. */
const USAGE_DATA_OFF = Object.freeze(["office-addin-usage-data", "off"]);

const OFFICE_TOOL = /^office-addin-[a-z-]+$/;

/**
 * The script a package runs as its command `binName`.
 * @example binScript("webpack-cli", "webpack-cli") // ".../node_modules/webpack-cli/bin/cli.js"
 */
function binScript(binPackage, binName = binPackage) {
  const manifest = require.resolve(`${binPackage}/package.json`, { paths: [ROOT] });
  const { bin } = require(manifest);
  return path.join(path.dirname(manifest), typeof bin === "string" ? bin : bin[binName]);
}

/**
 * The commands that run an Office tool: usage data off, then the tool.
 * @example officeToolSteps("office-addin-debugging", ["stop", "manifest.xml"])
 * // [["office-addin-usage-data", "off"], ["office-addin-debugging", "stop", "manifest.xml"]]
 */
function officeToolSteps(tool, args) {
  if (!OFFICE_TOOL.test(tool) || tool === USAGE_DATA_OFF[0])
    throw new Error(`Not an Office add-in tool: ${tool}. Use: devTool.cjs <office-addin-tool> [arguments…]`);
  return [[...USAGE_DATA_OFF], [tool, ...args]];
}

/**
 * Runs a package's command with Node in the project folder; this process exits with the command's code
 * and passes Ctrl+C on to it.
 * @example runCli("webpack-cli", "webpack-cli", ["serve", "--mode", "development"], process.env)
 */
function runCli(binPackage, binName, args, env) {
  const child = spawn(process.execPath, [binScript(binPackage, binName), ...args], {
    cwd: ROOT,
    stdio: "inherit",
    env,
  });
  const stop = (signal) => child.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

/**
 * The file where the Office tools keep the usage-data setting: one per user, shared by every project.
 * @example usageDataFile() // "/home/me/office-addin-usage-data.json"
 */
function usageDataFile() {
  return path.join(require("os").homedir(), "office-addin-usage-data.json");
}

/**
 * Runs an Office add-in tool with its usage data off (see {@link officeToolSteps}).
 * @example runOfficeTool("office-addin-debugging", ["start", "manifest.xml"], process.env)
 */
function runOfficeTool(tool, args, env) {
  const [[offPackage, ...offArgs], [, ...toolArgs]] = officeToolSteps(tool, args);
  console.log(
    `FUNNEL: turning the Office tools' usage data off. The setting is saved in ${usageDataFile()}, ` +
      "which every Office add-in project of this user reads (turn it on again: npx office-addin-usage-data on).",
  );
  const off = spawnSync(process.execPath, [binScript(offPackage), ...offArgs], {
    cwd: ROOT,
    stdio: "inherit",
    env,
  });
  if (off.status !== 0) {
    console.error(`FUNNEL: could not turn the Office tools' usage data off; ${tool} was not run.`);
    process.exit(off.status ?? 1);
  }
  return runCli(tool, tool, toolArgs, env);
}

if (require.main === module) {
  const [tool, ...args] = process.argv.slice(2);
  try {
    runOfficeTool(tool ?? "", args, process.env);
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
}

module.exports = { USAGE_DATA_OFF, binScript, officeToolSteps, runCli, runOfficeTool, usageDataFile };
