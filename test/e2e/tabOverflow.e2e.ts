/**
 * The pane's narrow layouts in the workbench, in both languages: the seven view tabs stay on one row at 320, 380
 * and 450 px, the tabs that do not fit sit in a "More" menu that opens the view chosen (by mouse and by keyboard),
 * the open view's tab always in the row; and the Changes view's stage-moves table puts each number under its
 * heading, right-aligned. Screenshots of the tab row and of the stage moves at each width go to test-results/.
 */
import { mkdirSync } from "fs";
import path from "path";
import { isoDate, type Language } from "../../src/core/kernel";
import { workbenchText } from "../../src/workbench/workbenchStrings";
import { readSheet, setAsOf } from "./support/healthPane";
import { t } from "./support/paneText";
import { SAMPLE_DAY, workbenchSample } from "./support/sampleDay";
import { pane, sheetTab } from "./support/templatesPane";
import { moreViewsButton, openView, viewNavigation } from "./support/viewTabs";
import {
  RESULTS,
  resizePane,
  serverOrigin,
  typeInto,
  type WorkbenchSession,
  workbenchSuite,
} from "./support/workbenchPage";

const workbench = workbenchSuite();
const WIDTHS = [320, 380, 450] as const;
const VIEW_KEYS = [
  "viewStageGuide",
  "viewTemplates",
  "viewPipelineHealth",
  "viewForecast",
  "viewPlan",
  "viewChanges",
  "viewDealReviews",
] as const;

/** Opens the workbench with the pane `width` px wide; resolves when the view tabs are drawn. */
async function paneAt(language: Language, width: number): Promise<WorkbenchSession> {
  const session = await workbench.open(language, { width: 1600, height: 1000 });
  await session.page.goto(`${serverOrigin()}/workbench.html?lang=${language}&pane=${width}`);
  await pane(session).getByRole("tab").first().waitFor();
  return session;
}

/** How many tabs the row shows, and how many rows they take (distinct tops). */
async function shownTabs(s: WorkbenchSession): Promise<{ count: number; rows: number }> {
  const tabs = await viewNavigation(s).getByRole("tab").all();
  const tops = new Set<number>();
  for (const tab of tabs) tops.add(Math.round((await tab.boundingBox())?.y ?? -1));
  return { count: tabs.length, rows: tops.size };
}

/** The names in the open More menu. */
async function menuNames(s: WorkbenchSession): Promise<string[]> {
  return s.page.getByRole("menu").getByRole("menuitem").allTextContents();
}

/** Saves the pane's top (header and tab row) and, when it is open, the More menu under it. */
async function tabRowScreenshot(s: WorkbenchSession, file: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  const box = await pane(s).boundingBox();
  if (box === null) throw new Error("the pane is not shown");
  await s.page.screenshot({
    path: path.join(RESULTS, `${file}.png`),
    clip: { x: box.x, y: box.y, width: box.width, height: 330 },
  });
}

describe.each<Language>(["en", "zh"])("the view tabs in %s", (language) => {
  it.each(WIDTHS)("stay on one row %p px wide, every view in the row or in the More menu", async (width) => {
    const s = await paneAt(language, width);
    const shown = await shownTabs(s);
    expect({ width, rows: shown.rows }).toEqual({ width, rows: 1 });
    const paneBox = await pane(s).boundingBox();
    const rowBox = await viewNavigation(s).boundingBox();
    expect(Math.round(paneBox?.width ?? 0)).toBe(width);
    expect((rowBox?.x ?? 0) + (rowBox?.width ?? 0)).toBeLessThanOrEqual((paneBox?.x ?? 0) + width);
    for (const tab of await viewNavigation(s).getByRole("tab").all()) {
      const whole = await tab.evaluate((element) => element.scrollWidth <= element.clientWidth);
      expect({ tab: await tab.textContent(), whole }).toEqual({ tab: await tab.textContent(), whole: true });
    }
    await tabRowScreenshot(s, `tabs-${language}-${width}`);

    const hidden = (await moreViewsButton(s).count()) === 0 ? [] : await openMenu(s);
    expect(shown.count + hidden.length).toBe(VIEW_KEYS.length);
    if (hidden.length > 0) await tabRowScreenshot(s, `tabs-${language}-${width}-more`);
    if (width === 450) expect(hidden).toEqual([]);
    expect(s.consoleProblems).toEqual([]);
  });

  it("at 320 px open a hidden view from the More menu, by mouse and by keyboard, its tab then in the row", async () => {
    const s = await paneAt(language, 320);
    const last = t(s, "viewDealReviews");
    expect(await openMenu(s)).toContain(last);
    // The open menu covers nothing but its own box: the pane's title is still what is drawn where it is.
    const title = pane(s).getByRole("heading", { level: 1 });
    const box = await title.boundingBox();
    const drawn = await title.evaluate(
      (element, [x, y]) => element.contains(document.elementFromPoint(x, y)),
      [(box?.x ?? 0) + 10, (box?.y ?? 0) + 10] as const,
    );
    expect(drawn).toBe(true);
    await s.page.getByRole("menuitem", { name: last, exact: true }).click();

    await viewNavigation(s).getByRole("tab", { name: last, selected: true }).waitFor();
    await expect(pane(s).getByRole("tabpanel", { name: last }).count()).resolves.toBe(1);
    expect((await shownTabs(s)).rows).toBe(1);
    expect(await openMenu(s)).not.toContain(last);
    await s.page.keyboard.press("Escape");

    // By keyboard: Enter on the button opens the menu on its first entry; arrows move; Enter opens the view.
    await moreViewsButton(s).focus();
    await s.page.keyboard.press("Enter");
    const entries = await menuNames(s);
    await s.page
      .getByRole("menuitem", { name: entries[0], exact: true })
      .and(s.page.locator(":focus"))
      .waitFor();
    await s.page.keyboard.press("ArrowDown");
    await s.page.keyboard.press("Enter");
    await viewNavigation(s).getByRole("tab", { name: entries[1], selected: true }).waitFor();
    await expect(pane(s).getByRole("tabpanel", { name: entries[1] }).count()).resolves.toBe(1);
    expect((await shownTabs(s)).rows).toBe(1);
    await tabRowScreenshot(s, `tabs-${language}-320-chosen`);
    expect(s.consoleProblems).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});

/** Opens the More menu and returns its entries. */
async function openMenu(s: WorkbenchSession): Promise<string[]> {
  await moreViewsButton(s).click();
  await s.page.getByRole("menu").waitFor();
  // Fluent fades the menu in: wait until it is drawn whole.
  await s.page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  return menuNames(s);
}

/** For each numeric column of a table: how far the heading's text ends from the end of the figures under it. */
async function headingOffsets(s: WorkbenchSession, table: string): Promise<number[]> {
  return pane(s)
    .getByRole("table", { name: table, exact: true })
    .evaluate((element) => {
      const textRight = (cell: Element) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return range.getBoundingClientRect().right;
      };
      const heads = Array.from(element.querySelectorAll("thead th"));
      const cells = Array.from(element.querySelectorAll("tbody tr:first-child td"));
      return heads.map((head, i) => Math.round(textRight(head) - textRight(cells[i])));
    });
}

describe.each<Language>(["en", "zh"])("the Changes view's stage moves in %s", (language) => {
  it("put each number right-aligned under its heading at 450, 380 and 320 px", async () => {
    const s = await workbench.open(language, { width: 1600, height: 1200 });
    await s.page.goto(`${serverOrigin()}/workbench.html?lang=${language}&pane=450`);
    await s.page.getByRole("button", { name: workbenchText("loadSample", language) }).click();
    const dataSheet = workbenchText("sampleSheetName", language);
    await sheetTab(s, dataSheet, true).waitFor();
    const rows = workbenchSample(language).rows.length;
    await typeInto(s, "J1", { zh: "商机编号", en: "Deal ID" }[language]);
    await typeInto(s, "J2", `=SEQUENCE(${rows},1,1001)`);
    await openView(s, t(s, "viewChanges"));
    await readSheet(s, dataSheet, rows);
    await setAsOf(s, isoDate(SAMPLE_DAY));
    await pane(s)
      .getByRole("button", { name: t(s, "changesSampleSnapshots") })
      .click();
    const moves = pane(s).getByRole("region", { name: t(s, "changesMovesHeading"), exact: true });
    await moves.waitFor();

    for (const width of [450, 380, 320]) {
      await resizePane(s, width);
      expect((await shownTabs(s)).rows).toBe(1);
      await viewNavigation(s)
        .getByRole("tab", { name: t(s, "viewChanges"), selected: true })
        .waitFor();
      const offsets = await headingOffsets(s, t(s, "changesMovesHeading"));
      expect({ width, offsets }).toEqual({ width, offsets: [0, 0, 0, 0] });
      await moves.evaluate((section) => section.scrollIntoView({ block: "center" }));
      await s.page.mouse.move(0, 0);
      mkdirSync(RESULTS, { recursive: true });
      await moves.screenshot({ path: path.join(RESULTS, `changes-moves-${language}-${width}.png`) });
      await s.page.evaluate(() => {
        for (const element of Array.from(document.querySelectorAll("aside, aside *")))
          if (element.scrollTop > 0) element.scrollTop = 0;
      });
      await tabRowScreenshot(s, `tabs-changes-${language}-${width}`);
    }
    expect(s.consoleProblems).toEqual([]);
  });
});
