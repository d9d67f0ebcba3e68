/**
 * The task pane's row of view tabs in an end-to-end test: the row, its "More" menu button, and opening a
 * view whether its tab shows in the row or sits in the menu (narrow panes).
 */
import { t } from "./paneText";
import type { WorkbenchSession } from "./workbenchPage";

/** The pane's navigation landmark holding the view tabs (the only one of that name on the page). */
export const viewNavigation = (s: WorkbenchSession) =>
  s.page.getByRole("navigation", { name: t(s, "navigationLabel") });

/** The button that opens the menu of the views whose tabs do not fit the row. */
export const moreViewsButton = (s: WorkbenchSession) =>
  viewNavigation(s).getByRole("button", { name: t(s, "viewsMoreLabel"), exact: true });

/**
 * Opens the view whose tab reads `name`: by its tab, or through the More menu when the tab does not fit
 * the row. Resolves when that view's tab is selected.
 * @example await openView(session, t(session, "viewChanges"))
 */
export async function openView(s: WorkbenchSession, name: string): Promise<void> {
  const tab = viewNavigation(s).getByRole("tab", { name, exact: true });
  await viewNavigation(s).getByRole("tab").first().waitFor();
  if ((await tab.count()) > 0) await tab.click();
  else {
    await moreViewsButton(s).click();
    await s.page.getByRole("menuitem", { name, exact: true }).click();
  }
  await viewNavigation(s).getByRole("tab", { name, exact: true, selected: true }).waitFor();
}
