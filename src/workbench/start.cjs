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
const net = require("net");
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

/** The port asked for: FUNNEL_PORT, else package.json's config.dev_server_port, else 3000. */
function askedPort(env) {
  return Number(env.FUNNEL_PORT || env.npm_package_config_dev_server_port || 3000);
}

/** Resolves whether `port` on localhost is free to listen on. */
function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "localhost");
  });
}

/** The first free port from `port` on (at most 50 tried), or null. */
async function nextFreePort(port) {
  for (let candidate = port; candidate < port + 50; candidate++) if (await portIsFree(candidate)) return candidate;
  return null;
}

/**
 * The one line said when the port asked for is taken: the workbench moves to the next free port; a
 * sideload cannot, since manifest.xml names the port in every URL.
 * @example portTakenMessage("workbench", 3000, 3001) // "FUNNEL: port 3000 is in use (another dev server?); the workbench starts on 3001 instead."
 */
function portTakenMessage(mode, port, free) {
  if (mode === "workbench") {
    return free === null
      ? `FUNNEL: port ${port} and the next 49 are in use; stop another dev server, or set FUNNEL_PORT to a free port.`
      : `FUNNEL: port ${port} is in use (another dev server?); the workbench starts on ${free} instead.`;
  }
  const offer = free === null ? "a free port" : String(free);
  return (
    `FUNNEL: port ${port} is in use (another dev server? \`npm stop\` ends a sideload). To sideload on ${offer}, ` +
    `run FUNNEL_PORT=${offer} npm start after replacing localhost:${port} with localhost:${offer} in manifest.xml.`
  );
}

function startWorkbench(port) {
  const urls = workbenchUrls(port);
  console.log("FUNNEL: building the add-in and starting the workbench (development server, http on localhost)…");
  const child = runCli("webpack-cli", "webpack-cli", ["serve", "--mode", "development"], {
    ...process.env,
    FUNNEL_HTTPS: "0",
    FUNNEL_PORT: String(port),
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

async function main() {
  const mode = chooseMode(process.platform, process.argv.slice(2), process.env);
  const port = askedPort(process.env);
  if (await portIsFree(port)) return mode === "workbench" ? startWorkbench(port) : startExcel();
  const free = await nextFreePort(port + 1);
  console.error(portTakenMessage(mode, port, free));
  if (mode === "workbench" && free !== null) return startWorkbench(free);
  process.exitCode = 1;
}

if (require.main === module) main();

module.exports = { chooseMode, workbenchUrls, portTakenMessage, nextFreePort, askedPort };
