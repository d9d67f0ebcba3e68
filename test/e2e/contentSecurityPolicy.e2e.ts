/**
 * taskpane.html itself (not the workbench, which renders the pane's components on its own page) opened in
 * Chromium under its Content-Security-Policy, outside Office: the development build served by the global
 * setup, and a production build whose Office.js comes from Microsoft's CDN address, answered here from the
 * @microsoft/office-js package (no network). The pane renders and every view opens with no request off the
 * add-in's origin and no policy violation but one the policy is meant to cause: outside Office, Office.js runs
 * its Office 2013 path, which frames Microsoft's logging page three seconds after loading (a fake clock jumps
 * past that), and the policy refuses it. The Excel versions that can run FUNNEL (it needs the shared runtime)
 * load host scripts without that frame, as the last test checks. And the policy is in force: a connection, or
 * a script from another origin, is refused and reported.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { t } from "../../src/core/i18n";
import { buildAddin, ROOT, serveAddin, type AddinServer } from "./support/addinServer";
import { launchChromium, serverOrigin } from "./support/workbenchPage";

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_PACKAGE = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const VIEWS = ["viewStageGuide", "viewTemplates", "viewPipelineHealth", "viewForecast"] as const;

/** The logging page Office.js frames outside current Excel (its Office 2013 path), which the policy refuses. */
const OFFICE_JS_LOGGING_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com";
const LOGGING_FRAME_REFUSED = `frame-src ${OFFICE_JS_LOGGING_FRAME}`;

/** Office.js's host scripts for Excel versions with the shared runtime: Windows (Microsoft 365), Mac, the web. */
const SHARED_RUNTIME_HOST_SCRIPTS = ["excel-win32-16.01.js", "excel-mac-16.00.js", "excel-web-16.00.js"];

/** An open taskpane.html and what it did. */
interface PaneSession {
  readonly page: Page;
  /** Requests answered from the Office.js package in place of Microsoft's CDN (file names). */
  readonly fromCdn: string[];
  /** Requests off the add-in's origin and not to the CDN (blocked). */
  readonly offOrigin: string[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  /** The securitypolicyviolation events of the page: "directive blockedURI". */
  violations(): Promise<string[]>;
}

let browser: Browser;
let production: AddinServer;

beforeAll(async () => {
  browser = await launchChromium();
  production = await serveAddin(buildAddin("production"));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await production?.close();
});

/** Opens `${origin}/taskpane.html` in a fresh context and waits for the pane's heading. */
async function openTaskPane(origin: string): Promise<PaneSession> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
  const fromCdn: string[] = [];
  const offOrigin: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    const file = url.startsWith(OFFICE_JS_CDN)
      ? path.join(OFFICE_JS_PACKAGE, url.slice(OFFICE_JS_CDN.length))
      : "";
    if (file.startsWith(OFFICE_JS_PACKAGE + path.sep) && existsSync(file)) {
      fromCdn.push(url.slice(OFFICE_JS_CDN.length));
      return route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
    }
    offOrigin.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  await page.clock.install();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 20_000 });
  return {
    page,
    fromCdn,
    offOrigin,
    consoleErrors,
    pageErrors,
    violations: () =>
      page.evaluate(() => [...(window as unknown as { cspViolations: string[] }).cspViolations]),
  };
}

/** Opens every view of the pane in turn (each renders, and inserts its styles). */
async function openEveryView(session: PaneSession): Promise<void> {
  const title = await session.page.getByRole("heading", { level: 1 }).textContent();
  const language = title === t("appTitle", "zh") ? "zh" : "en";
  expect(title).toBe(t("appTitle", language));
  for (const view of VIEWS) {
    const tab = session.page.getByRole("tab", { name: t(view, language) });
    await tab.click();
    await expect(tab.getAttribute("aria-selected")).resolves.toBe("true");
  }
}

/** The violations other than the refusal of Office.js's logging frame. */
async function unexpectedViolations(session: PaneSession): Promise<string[]> {
  return (await session.violations()).filter((violation) => violation !== LOGGING_FRAME_REFUSED);
}

describe.each([
  ["development", () => serverOrigin()],
  ["production", () => production.origin],
])("the %s build's taskpane.html", (build, origin) => {
  it("renders every view with no request off its origin, refusing only Office.js's logging frame", async () => {
    const session = await openTaskPane(origin());
    await openEveryView(session);
    await session.page.clock.fastForward(5_000);
    await expect(session.violations()).resolves.toEqual([LOGGING_FRAME_REFUSED]);
    expect(
      session.consoleErrors.filter((e) => !e.startsWith(`Framing '${OFFICE_JS_LOGGING_FRAME}/'`)),
    ).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(session.offOrigin).toEqual([]);
    if (build === "production") expect(session.fromCdn).toContain("office.js");
    else expect(session.fromCdn).toEqual([]);
    await session.page.context().close();
  });
});

describe("the production policy", () => {
  it("refuses a connection and a script from another origin, and lets the add-in's own chunk run", async () => {
    const session = await openTaskPane(production.origin);
    const { page } = session;
    await expect(
      page.evaluate(() =>
        fetch("taskpane.html").then(
          () => "connected",
          () => "refused",
        ),
      ),
    ).resolves.toBe("refused");
    const loads = (src: string) =>
      page.evaluate(
        (url) =>
          new Promise<string>((resolve) => {
            const script = document.createElement("script");
            script.src = url;
            script.onload = () => resolve("loaded");
            script.onerror = () => resolve("refused");
            document.head.append(script);
          }),
        src,
      );
    await expect(loads("https://scripts.example.invalid/x.js")).resolves.toBe("refused");
    const chunk = readdirSync(production.folder).find((file) => /^\d+\.js$/.test(file));
    expect(chunk).toBeDefined();
    await expect(loads(chunk!)).resolves.toBe("loaded");
    await expect(unexpectedViolations(session)).resolves.toEqual([
      `connect-src ${production.origin}/taskpane.html`,
      "script-src-elem https://scripts.example.invalid/x.js",
    ]);
    expect(session.offOrigin).toEqual([]);
    await page.context().close();
  });
});

describe("Office.js in the Excel versions that run FUNNEL", () => {
  it.each(SHARED_RUNTIME_HOST_SCRIPTS)("%s frames no logging page", (script) => {
    const text = readFileSync(path.join(OFFICE_JS_PACKAGE, script), "utf8");
    expect(text.length).toBeGreaterThan(100_000);
    expect(text).not.toContain(OFFICE_JS_LOGGING_FRAME.replace("https://", ""));
  });

  it("the Office 2013 path does (the control)", () => {
    const text = readFileSync(path.join(OFFICE_JS_PACKAGE, "o15apptofilemappingtable.js"), "utf8");
    expect(text).toContain(OFFICE_JS_LOGGING_FRAME.replace("https://", ""));
  });
});
