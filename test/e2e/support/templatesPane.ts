/**
 * Driving the task pane's Templates view and the workbench's sheet tabs in an end-to-end test: open the view, fill
 * its inputs, generate a template and wait for its outcome, switch sheets, and read cells as the grid shows them.
 */
import type { Language } from "../../../src/core/kernel";
import { t } from "../../../src/core/i18n";
import { templateById, type TemplateId } from "../../../src/core/templates";
import { workbenchText } from "../../../src/workbench/workbenchStrings";
import { cell, selectCell, type WorkbenchSession } from "./workbenchPage";
import { openView } from "./viewTabs";

/**
 * The task pane beside the workbook.
 * @example await pane(session).getByRole("tab", { name: "模板" }).click()
 */
export const pane = (s: WorkbenchSession) =>
  s.page.getByRole("complementary", { name: workbenchText("taskPaneLabel", s.language) });

/**
 * The workbook's sheet tabs (not the pane's view tabs).
 * @example await sheetTabs(session).getByRole("tab").count()
 */
export const sheetTabs = (s: WorkbenchSession) =>
  s.page.getByRole("tablist", { name: workbenchText("sheetTabsLabel", s.language) });

/**
 * The tab of a sheet, by its exact name ("二次评估" does not match "二次评估 (2)"); only when selected if asked.
 * @example await sheetTab(session, "二次评估", true).waitFor()
 */
export const sheetTab = (s: WorkbenchSession, sheet: string, selected?: boolean) =>
  sheetTabs(s).getByRole("tab", { name: sheet, exact: true, ...(selected ? { selected } : {}) });

/**
 * A number as the grid shows it ("1,234.5", "55%", "0.55").
 * @example shownNumber("1,234.5") // 1234.5
 */
export function shownNumber(text: string | null): number {
  const trimmed = (text ?? "").replace(/,/g, "").trim();
  return trimmed.endsWith("%") ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
}

/**
 * The text of the cell at `address` of the active sheet, selected (so scrolled into view) first.
 * @example await textAt(session, "E13") // "值得赢"
 */
export async function textAt(s: WorkbenchSession, address: string): Promise<string> {
  await selectCell(s, address);
  return (await cell(s.page, address).textContent()) ?? "";
}

/**
 * Every drawn cell of the active sheet, scrolled to A1: address → shown text.
 * @example expect(await drawnCells(session)).toEqual(before)
 */
export async function drawnCells(s: WorkbenchSession): Promise<Record<string, string>> {
  await selectCell(s, "A1");
  return s.page
    .locator('[role="gridcell"][data-address]')
    .evaluateAll((cells) =>
      Object.fromEntries(cells.map((c) => [c.getAttribute("data-address") ?? "", c.textContent ?? ""])),
    );
}

/**
 * Opens the Templates view of the pane.
 * @example await openTemplates(session)
 */
export async function openTemplates(s: WorkbenchSession): Promise<void> {
  await openView(s, t("viewTemplates", s.language));
  await pane(s)
    .getByRole("heading", { level: 2, name: t("templatesHeading", s.language) })
    .waitFor();
}

/**
 * Picks the language the templates are generated in.
 * @example await chooseTemplateLanguage(session, "en")
 */
export async function chooseTemplateLanguage(s: WorkbenchSession, language: Language): Promise<void> {
  await pane(s)
    .getByRole("radiogroup", { name: t("templateLanguageLabel", s.language) })
    .getByRole("radio", { name: t(language === "zh" ? "languageNameZh" : "languageNameEn", s.language) })
    .check();
}

/**
 * Fills the customer and opportunity names.
 * @example await fillNames(session, "华为", "ERP 二期")
 */
export async function fillNames(s: WorkbenchSession, customer: string, opportunity: string): Promise<void> {
  await pane(s)
    .getByRole("textbox", { name: t("templateCustomerLabel", s.language) })
    .fill(customer);
  await pane(s)
    .getByRole("textbox", { name: t("templateOpportunityLabel", s.language) })
    .fill(opportunity);
}

/**
 * A template's card in the pane, by its title in the pane's language.
 * @example await templateCard(session, "stageSettings").getByRole("button").first().click()
 */
export const templateCard = (s: WorkbenchSession, id: TemplateId) =>
  pane(s).getByRole("article", { name: templateById(id)!.title[s.language], exact: true });

/**
 * Clicks a template's Generate button (and waits for nothing).
 * @example await clickGenerate(session, "stageSettings")
 */
export async function clickGenerate(s: WorkbenchSession, id: TemplateId): Promise<void> {
  const title = templateById(id)!.title[s.language];
  await templateCard(s, id)
    .getByRole("button", { name: t("generateTemplate", s.language, { title }) })
    .click();
}

/**
 * Clicks a template's Generate button and waits for the success message naming `sheet` and for that sheet's
 * tab to be the active one; a failure message fails the test with its text.
 * @example await generate(session, "secondary", "二次评估 (2)")
 */
export async function generate(s: WorkbenchSession, id: TemplateId, sheet: string): Promise<void> {
  const title = templateById(id)!.title[s.language];
  const card = templateCard(s, id);
  await clickGenerate(s, id);
  const success = card.getByText(t("generateSuccess", s.language, { sheet }), { exact: true });
  const failure = card.getByRole("group", { name: t("generateFailureTitle", s.language) });
  await success.or(failure).waitFor();
  if ((await failure.count()) > 0) throw new Error(`${title}: ${await failure.textContent()}`);
  await sheetTab(s, sheet, true).waitFor();
}

/**
 * Shows a sheet by clicking its tab.
 * @example await showSheet(session, "阶段设置")
 */
export async function showSheet(s: WorkbenchSession, sheet: string): Promise<void> {
  await sheetTab(s, sheet).click();
  await sheetTab(s, sheet, true).waitFor();
}

/**
 * How many sheets the workbook has.
 * @example await tabCount(session) // 3
 */
export const tabCount = (s: WorkbenchSession) => sheetTabs(s).getByRole("tab").count();
