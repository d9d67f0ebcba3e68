#!/usr/bin/env node
/* eslint-disable */
/**
 * `npm start`: run the add-in.
 *
 * - Windows and macOS (Excel installed): sideload into desktop Excel, as the Office templates do
 *   (`office-addin-debugging start manifest.xml`, which starts the https dev server itself), with the
 *   Office tools' usage data off (./devTool.cjs).
 * - Linux (no Excel), or `npm run start:workbench` anywhere (or FUNNEL_WORKBENCH=1): start the webpack dev
 *   server over plain http on localhost and print the workbench address — the real task pane beside an
 *   in-browser workbook where the FUNNEL functions compute.
 */
const http = require("http");
const { runCli, runOfficeTool } = require("./devTool.cjs");

/**
 * Which way to run: "excel" (sideload) or "workbench".
 * @example chooseMode("linux", [], {}) // "workbench"
 * @example chooseMode("win32", [], {}) // "excel"
 * @example chooseMode("darwin", ["--workbench"], {}) // "workbench"
 */
function chooseMode(platform, args, env) {
  if (args.includes("--workbench") || env.FUNNEL_WORKBENCH === "1") return "workbench";
  if (args.includes("--excel")) return "excel";
  return platform === "win32" || platform === "darwin" ? "excel" : "workbench";
}

/**
 * The addresses the workbench is served at.
 * @example workbenchUrls(3000).zh // "http://localhost:3000/workbench.html?lang=zh"
 */
function workbenchUrls(port) {
  const base = `http://localhost:${port}/workbench.html`;
  return { base, zh: `${base}?lang=zh`, en: `${base}?lang=en` };
}

/** Resolves once `url` answers 200, polling every 500 ms (the first build takes a few seconds). */
function waitForServer(url, child) {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error("the dev server stopped"));
      const request = http.get(url, (response) => {
        response.resume();
        if (response.statusCode === 200) resolve();
        else setTimeout(attempt, 500);
      });
      request.on("error", () => setTimeout(attempt, 500));
    };
    attempt();
  });
}

function startWorkbench() {
  const port = Number(process.env.npm_package_config_dev_server_port || 3000);
  const urls = workbenchUrls(port);
  console.log("FUNNEL: building the add-in and starting the workbench (development server, http on localhost)…");
  const child = runCli("webpack-cli", "webpack-cli", ["serve", "--mode", "development"], {
    ...process.env,
    FUNNEL_HTTPS: "0",
  });
  waitForServer(urls.base, child).then(
    () =>
      console.log(
        [
          "",
          "  FUNNEL workbench is running:",
          `    ${urls.base}`,
          `    中文: ${urls.zh}`,
          `    English: ${urls.en}`,
          "",
          "  The task pane sits beside an in-browser workbook; type =FUNNEL.STAGE(\"谈判\") into a cell,",
          "  or click “Load sample pipeline”. Press Ctrl+C to stop.",
          "",
        ].join("\n"),
      ),
    (error) => console.error(`FUNNEL: the workbench did not start: ${error.message}`),
  );
}

function startExcel() {
  console.log("FUNNEL: sideloading the add-in into desktop Excel (office-addin-debugging, usage data off)…");
  runOfficeTool("office-addin-debugging", ["start", "manifest.xml"], process.env);
}

if (require.main === module) {
  const mode = chooseMode(process.platform, process.argv.slice(2), process.env);
  if (mode === "workbench") startWorkbench();
  else startExcel();
}

module.exports = { chooseMode, workbenchUrls };
