/**
 * Driving the workbench in Debian's Chromium (playwright-core, never a downloaded browser), offline: every
 * request off the test server's origin is blocked and recorded, so a test can fail on it.
 */
import { copyFileSync, mkdirSync } from "fs";
import path from "path";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import type { Language } from "../../../src/core/kernel";
import { workbenchText } from "../../../src/workbench/workbenchStrings";
import { ROOT } from "./addinServer";

export const RESULTS = path.join(ROOT, "test-results");

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

/**
 * Launches Debian's Chromium headless.
 * @example const browser = await launchChromium();
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

/** The test server's origin, set by the global setup. */
export function serverOrigin(): string {
  const origin = process.env.FUNNEL_E2E_ORIGIN;
  if (!origin) throw new Error("FUNNEL_E2E_ORIGIN is not set: run the tests with npm run test:e2e.");
  return origin;
}

/** An open workbench page and what it did that a test may check. */
export interface WorkbenchSession {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly language: Language;
  /** Requests off the server's origin (blocked). */
  readonly offOrigin: string[];
  /** Uncaught errors of the page. */
  readonly pageErrors: string[];
  /** The console's errors and warnings (React's included) and the requests that failed (a 404 included). */
  readonly consoleProblems: string[];
  close(): Promise<void>;
}

/**
 * Opens the workbench in `language` (?lang=) in a fresh context of the given window size, and waits until its
 * grid is drawn.
 * @example const session = await openWorkbench(browser, "zh");
 */
export async function openWorkbench(
  browser: Browser,
  language: Language,
  viewport = { width: 1600, height: 900 },
): Promise<WorkbenchSession> {
  const origin = serverOrigin();
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const offOrigin: string[] = [];
  const pageErrors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    offOrigin.push(url);
    return route.abort("blockedbyclient");
  });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const consoleProblems: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") consoleProblems.push(message.text());
  });
  page.on("response", (response) => {
    if (response.status() >= 400) consoleProblems.push(`${response.status()} ${response.url()}`);
  });
  // Loading the workbench's development build takes longest of all steps on a busy machine.
  await page.goto(`${origin}/workbench.html?lang=${language}`, { timeout: 60_000 });
  await page.getByRole("grid").waitFor({ timeout: 60_000 });
  return { page, context, language, offOrigin, pageErrors, consoleProblems, close: () => context.close() };
}

/**
 * The grid cell at an A1 address (drawn only while it is in view).
 * @example await expectText(cell(page, "B2"), "0.75")
 */
export function cell(page: Page, address: string): Locator {
  return page.locator(`[role="gridcell"][data-address="${address}"]`);
}

/** Tries of {@link selectCell} before it gives up. */
const SELECT_TRIES = 3;

/**
 * Makes `address` the active cell through the name box (Enter there moves the focus into the grid, as in Excel).
 * Tried again (up to {@link SELECT_TRIES} times) when the cell is not selected within 10 s: right after an edit
 * is committed the grid may take the focus back from the name box before its Enter lands (seen once in CI).
 * @example await selectCell(session, "A100000")
 */
export async function selectCell(session: WorkbenchSession, address: string): Promise<void> {
  const nameBox = session.page.getByRole("textbox", {
    name: workbenchText("nameBoxLabel", session.language),
  });
  const selected = session.page.locator(`[role="gridcell"][data-address="${address}"][aria-selected="true"]`);
  for (let attempt = 1; ; attempt++) {
    await nameBox.fill(address);
    await nameBox.press("Enter");
    try {
      await selected.waitFor({ timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === SELECT_TRIES) throw error;
    }
  }
}

/**
 * Types `text` into the cell at `address` and presses Enter, as a user does.
 * @example await typeInto(session, "A1", "=FUNNEL.STAGE(\"谈判\")")
 */
export async function typeInto(session: WorkbenchSession, address: string, text: string): Promise<void> {
  await selectCell(session, address);
  await session.page.keyboard.type(text);
  await session.page.keyboard.press("Enter");
}

/**
 * The formula bar's text (the active cell's formula or value).
 * @example await formulaBar(session).inputValue() // "=FUNNEL.ACTIONS(\"intent\")"
 */
export function formulaBar(session: WorkbenchSession): Locator {
  return session.page
    .getByRole("group", { name: workbenchText("formulaBarLabel", session.language) })
    .getByRole("textbox", { name: workbenchText("formulaBarLabel", session.language) });
}

/**
 * Saves a screenshot of the page into test-results/ (git-ignored); returns its path.
 * @example await screenshot(session, "workbench-zh")
 */
export async function screenshot(session: WorkbenchSession, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.png`);
  await session.page.screenshot({ path: file });
  return file;
}

/** Where the README's screenshots live (committed; each e2e run that takes one refreshes it). */
export const README_SCREENSHOTS = path.join(ROOT, "assets", "screenshots");

/**
 * A screenshot for the README: the task pane scrolled back to its top (the view's results lead it), the pointer
 * off any chart, saved into test-results/ and copied into assets/screenshots/`name`.png.
 * @example await readmeScreenshot(session, `forecast-${language}`)
 */
export async function readmeScreenshot(session: WorkbenchSession, name: string): Promise<string> {
  await session.page.mouse.move(0, 0);
  await session.page.evaluate(() => {
    for (const element of Array.from(document.querySelectorAll("aside, aside *"))) {
      if (element.scrollTop > 0) element.scrollTop = 0;
    }
  });
  const file = await screenshot(session, name);
  mkdirSync(README_SCREENSHOTS, { recursive: true });
  copyFileSync(file, path.join(README_SCREENSHOTS, `${name}.png`));
  return file;
}

/**
 * Registers a suite's browser and per-test session hooks: one Chromium for the suite, and after each
 * test its session is closed and checked for requests off the add-in's origin and for page errors.
 * @example const workbench = workbenchSuite(); it("…", async () => { const session = await workbench.open("zh"); });
 */
export function workbenchSuite(): {
  open: (language: Language, viewport?: { width: number; height: number }) => Promise<WorkbenchSession>;
} {
  let browser: Browser | undefined;
  let session: WorkbenchSession | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    if (!session) return;
    const { offOrigin, pageErrors } = session;
    await session.close();
    session = undefined;
    expect(offOrigin).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  return {
    open: async (language, viewport) => {
      if (!browser) throw new Error("the suite's browser has not started");
      session = await openWorkbench(browser, language, viewport);
      return session;
    },
  };
}

/**
 * Resizes the workbench's task pane, as dragging its edge does; resolves when the pane is that wide and has settled.
 * @example await resizePane(session, 320);
 */
export async function resizePane(s: WorkbenchSession, width: number): Promise<void> {
  await s.page.evaluate((w) => {
    const grid = document.querySelector<HTMLElement>("[style*='grid-template-columns']");
    if (grid === null) throw new Error("no workbench grid");
    grid.style.gridTemplateColumns = `minmax(0, 1fr) ${w}px`;
  }, width);
  await s.page.waitForFunction(
    ([label, w]) =>
      Math.round(document.querySelector(`[aria-label="${label}"]`)?.getBoundingClientRect().width ?? 0) === w,
    [workbenchText("taskPaneLabel", s.language), width] as const,
  );
  await s.page.waitForTimeout(300);
}
