/**
 * The real task pane in the workbench: both languages, the stage guide's seven stages, and inserting a stage's
 * next actions into the selected cell through the engine's gateway (it spills; a non-empty cell is refused).
 */
import type { Language } from "../../src/core/kernel";
import { t } from "../../src/core/i18n";
import { STAGES } from "../../src/core/stages";
import { openView } from "./support/viewTabs";
import { workbenchText } from "../../src/workbench/workbenchStrings";
import {
  cell,
  formulaBar,
  screenshot,
  selectCell,
  type WorkbenchSession,
  workbenchSuite,
  readmeScreenshot,
} from "./support/workbenchPage";

const workbench = workbenchSuite();
let session: WorkbenchSession;

const pane = (s: WorkbenchSession) =>
  s.page.getByRole("complementary", { name: workbenchText("taskPaneLabel", s.language) });

/** Resolves once the Stage guide shows: it loads on demand, as every view, after the pane's header and tabs. */
const guideShown = (s: WorkbenchSession) =>
  pane(s)
    .getByRole("heading", { level: 2, name: t("stageGuideHeading", s.language) })
    .waitFor();

describe.each<Language>(["zh", "en"])("the task pane in %s", (language) => {
  it("loads beside the workbook in that language", async () => {
    session = await workbench.open(language);
    await expect(pane(session).getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      t("appTitle", language),
    );
    await expect(
      pane(session)
        .getByRole("tab", { name: t("viewStageGuide", language) })
        .count(),
    ).resolves.toBe(1);
    await expect(
      session.page.getByRole("button", { name: workbenchText("loadSample", language) }).count(),
    ).resolves.toBe(1);
    await guideShown(session);
    await readmeScreenshot(session, `guide-${language}`);
  });

  it("opens every view and the sample with nothing in the console: no error, no warning, no failed request", async () => {
    session = await workbench.open(language);
    await session.page.getByRole("button", { name: workbenchText("loadSample", language) }).click();
    for (const view of ["viewTemplates", "viewPipelineHealth", "viewForecast", "viewStageGuide"] as const) {
      // A tab that does not fit the row is in the More menu (see tabOverflow.e2e.ts).
      await openView(session, t(view, language));
      await pane(session)
        .getByRole("tabpanel", { name: t(view, language) })
        .waitFor();
    }
    expect(session.consoleProblems).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it("shows the seven stages of the funnel in order in the stage guide", async () => {
    session = await workbench.open(language);
    await guideShown(session);
    const titles = pane(session).getByRole("article").getByRole("heading", { level: 3 });
    await expect(titles.allTextContents()).resolves.toEqual(STAGES.map((stage) => stage.name[language]));
  });
});

describe("the stage guide's insert-next-actions button", () => {
  it("writes =FUNNEL.ACTIONS into the selected empty cell, where it spills the stage's actions", async () => {
    session = await workbench.open("zh");
    const intent = STAGES[2];
    await selectCell(session, "C3");
    await pane(session)
      .getByRole("button", { name: t("insertActionsForStage", "zh", { stage: intent.name.zh }) })
      .click();
    await expect(
      pane(session).getByText(t("insertSuccessTitle", "zh"), { exact: true }).count(),
    ).resolves.toBe(1);
    await expect(formulaBar(session).inputValue()).resolves.toBe('=FUNNEL.ACTIONS("intent")');
    const spilled = intent.actions.map((_, i) => cell(session!.page, `C${3 + i}`).textContent());
    await expect(Promise.all(spilled)).resolves.toEqual(intent.actions.map((action) => action.zh));
    await expect(cell(session.page, `C${3 + intent.actions.length}`).textContent()).resolves.toBe("");
    await screenshot(session, "insert-actions-zh");
  });

  it("refuses a cell that is not empty and changes nothing", async () => {
    session = await workbench.open("en");
    const won = STAGES[6];
    const prospect = STAGES[1];
    await selectCell(session, "B2");
    await pane(session)
      .getByRole("button", { name: t("insertActionsForStage", "en", { stage: won.name.en }) })
      .click();
    await expect(cell(session.page, "B3").textContent()).resolves.toBe(won.actions[1].en);

    await cell(session.page, "B3").click();
    await pane(session)
      .getByRole("button", { name: t("insertActionsForStage", "en", { stage: prospect.name.en }) })
      .click();
    const refusal = pane(session).getByText(
      "Cell B3 is not empty; select an empty cell. Nothing was changed.",
    );
    await refusal.waitFor();
    await expect(
      pane(session).getByText(t("insertFailureTitle", "en"), { exact: true }).count(),
    ).resolves.toBe(1);
    await expect(cell(session.page, "B3").textContent()).resolves.toBe(won.actions[1].en);
    await expect(formulaBar(session).inputValue()).resolves.toBe("");
  });
});
