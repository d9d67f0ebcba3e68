/**
 * The Plan view on the workbench's sample pipeline, in both languages: the pane's reverse funnel for a target
 * equals core's salesPlan on the same deals; FUNNEL.PLAN and FUNNEL.REQUIRED typed into cells of another sheet
 * equal it too; the "Sales plan" sheet the pane writes spills FUNNEL.PLAN from its target cell, and editing that
 * cell recomputes the sheet's figures live (they equal core's plan of the new target). At pane widths 450 and 320
 * every text of the levers' chart lies inside its frame; screenshots of both widths go to test-results/, and the
 * 450 px one to assets/screenshots/plan-<language>.png for the README. Figures come from core, never hard-coded.
 */
import { copyFileSync, mkdirSync } from "fs";
import path from "path";
import { quartersAround } from "../../src/core/forecast";
import { type Language, isoDate } from "../../src/core/kernel";
import { cellAddress } from "../../src/core/sheet";
import { DEFAULT_SCHEME } from "../../src/core/stages";
import { amountText } from "../../src/taskpane/PipelineHealth/healthFigures";
import { dealsText } from "../../src/taskpane/Plan/planDisplay";
import { paneT } from "../../src/taskpane/language/paneStrings";
import { workbenchText } from "../../src/workbench/workbenchStrings";
import { ROOT } from "./support/addinServer";
import { readSheet, setAsOf } from "./support/healthPane";
import {
  clippedTexts,
  expectedPlan,
  funnelRows,
  nextQuarter,
  openPlan,
  planFormula,
  typeTarget,
  writePlan,
} from "./support/planPane";
import { SAMPLE_DAY, workbenchSample } from "./support/sampleDay";
import { pane, sheetTab, shownNumber, showSheet, textAt } from "./support/templatesPane";
import {
  screenshot,
  serverOrigin,
  typeInto,
  type WorkbenchSession,
  workbenchSuite,
} from "./support/workbenchPage";

const workbench = workbenchSuite();

/** A target the open deals fall short of in a period (the next quarter), in whole hundred-thousands. */
function targetFor(language: Language, period = nextQuarter(SAMPLE_DAY)): number {
  const { header, rows } = workbenchSample(language);
  const { plan } = expectedPlan("x", header, rows, SAMPLE_DAY, 1, language, period);
  return Math.ceil(((plan.expectedFromOpen + 1) * 2) / 100_000) * 100_000;
}

/**
 * Opens the workbench with the pane `paneWidth` px wide, loads the sample, reads it in the Plan view as of the
 * sample's day and types `target`.
 */
async function planAt(language: Language, paneWidth: number, target: number): Promise<WorkbenchSession> {
  const session = await workbench.open(language, { width: 1600, height: 1400 });
  await session.page.goto(`${serverOrigin()}/workbench.html?lang=${language}&pane=${paneWidth}`);
  await session.page.getByRole("grid").waitFor();
  await session.page.getByRole("button", { name: workbenchText("loadSample", language) }).click();
  const dataSheet = workbenchText("sampleSheetName", language);
  await sheetTab(session, dataSheet, true).waitFor();
  await openPlan(session);
  await readSheet(session, dataSheet, workbenchSample(language).rows.length);
  await setAsOf(session, isoDate(SAMPLE_DAY));
  await typeTarget(session, target);
  return session;
}

/** `shown` as `wanted` when it is `wanted` to the half unit a cell rounds to, else as shown. */
const near = (shown: number | null, wanted: number | null): number | null =>
  shown !== null && wanted !== null && Math.abs(shown - wanted) <= 0.5 ? wanted : shown;

/** The levers' chart in the pane. */
const leverChart = (s: WorkbenchSession) =>
  pane(s).getByRole("figure", { name: paneT("planLeversChartLabel", s.language, undefined) });

/** Scrolls the pane back to the plan's lead (the view's results, below the sticky header) and saves the page. */
async function planScreenshot(s: WorkbenchSession, name: string): Promise<string> {
  await s.page.mouse.move(0, 0);
  await pane(s)
    .getByRole("region", { name: paneT("planChoicesLabel", s.language, undefined), exact: true })
    .evaluate((choices) => choices.parentElement?.scrollIntoView({ block: "start" }));
  return screenshot(s, name);
}

/** Chooses a period by its label ("2026-Q1"). */
async function choosePeriod(s: WorkbenchSession, label: string): Promise<void> {
  await pane(s)
    .getByRole("combobox", { name: paneT("planPeriodLabel", s.language, undefined) })
    .selectOption(label);
}

describe.each<Language>(["en", "zh"])("the sample's plan in %s", (language) => {
  it("equals core's salesPlan in the pane and in FUNNEL.PLAN/REQUIRED, and the sheet follows its target cell", async () => {
    const target = targetFor(language);
    const dataSheet = workbenchText("sampleSheetName", language);
    const { header, rows } = workbenchSample(language);
    const expected = expectedPlan(dataSheet, header, rows, SAMPLE_DAY, target, language);
    const session = await planAt(language, 450, target);

    // The pane: core's reverse funnel, as the pane formats it.
    const shown = expected.plan.stages.map((stage) => [
      DEFAULT_SCHEME.stages[stage.stage].name[language] + (stage.closesInPeriod ? "" : " *"),
      dealsText(stage.needed, language),
      dealsText(stage.have, language),
      dealsText(stage.gap, language),
      stage.neededAmount === null
        ? paneT("planUnknown", language, undefined)
        : amountText(stage.neededAmount, language),
    ]);
    await expect(funnelRows(session)).resolves.toEqual(shown);
    expect(await clippedTexts(leverChart(session))).toEqual([]);
    // The README's picture: a quarter far enough out for new deals to close in it; then back to the next quarter.
    const later = quartersAround(SAMPLE_DAY).slice(-1)[0];
    await choosePeriod(session, later.label);
    await typeTarget(session, targetFor(language, later));
    await pane(session)
      .getByRole("region", { name: paneT("planNewDealsHeading", language, undefined) })
      .getByRole("listitem")
      .first()
      .waitFor();
    expect(await clippedTexts(leverChart(session))).toEqual([]);
    const file = await planScreenshot(session, `plan-${language}`);
    const readme = path.join(ROOT, "assets", "screenshots");
    mkdirSync(readme, { recursive: true });
    copyFileSync(file, path.join(readme, `plan-${language}.png`));
    await choosePeriod(session, nextQuarter(SAMPLE_DAY).label);
    await typeTarget(session, target);
    await expect(funnelRows(session)).resolves.toEqual(shown);

    // FUNNEL.PLAN and FUNNEL.REQUIRED typed into an empty sheet equal the pane's figures.
    await showSheet(session, "Sheet1");
    await typeInto(session, "A1", planFormula(dataSheet, header, rows.length, target));
    const open = expected.plan.stages;
    for (const [i, stage] of open.entries()) {
      const figures = [stage.needed, stage.have, stage.gap, stage.neededAmount];
      for (const [k, figure] of figures.entries()) {
        const text = await textAt(session, cellAddress(i + 1, k + 1));
        expect({ stage: i, k, shown: near(text === "" ? null : shownNumber(text), figure) }).toEqual({
          stage: i,
          k,
          shown: figure,
        });
      }
    }
    const at = open.length - 2;
    const stageName = DEFAULT_SCHEME.stages[open[at].stage].name[language];
    await typeInto(session, "H1", planFormula(dataSheet, header, rows.length, target, stageName));
    expect(shownNumber(await textAt(session, "H1"))).toBe(open[at].needed);

    // The sheet the pane writes: FUNNEL.PLAN from its target cell; editing the target recomputes it.
    await openPlan(session);
    await writePlan(session, expected.spec.name);
    const anchor = expected.spec.cells.find((c) => c.formula?.startsWith("=FUNNEL.PLAN("));
    const shortfall = expected.spec.cells.find((c) => c.formula?.startsWith("=MAX(0,$B$8-"));
    if (anchor === undefined || shortfall === undefined)
      throw new Error("no FUNNEL.PLAN or shortfall on the plan sheet");
    const figuresOf = (plan: typeof expected.plan) =>
      plan.stages.map((s) => [s.needed, s.have, s.gap, s.neededAmount]);
    /** The plan sheet's spilled figures, each taken as `plan`'s when it shows it (to the cell's rounding). */
    const sheetFigures = async (plan: typeof expected.plan) => {
      const figures: (number | null)[][] = [];
      for (const [i, wanted] of figuresOf(plan).entries()) {
        const row: (number | null)[] = [];
        for (let k = 1; k <= 4; k++) {
          const text = await textAt(session, cellAddress(anchor.row + 1 + i, k));
          row.push(near(text === "" ? null : shownNumber(text), wanted[k - 1]));
        }
        figures.push(row);
      }
      return figures;
    };
    await expect(sheetFigures(expected.plan)).resolves.toEqual(figuresOf(expected.plan));

    const newTarget = target * 2;
    await typeInto(session, "B8", String(newTarget));
    const again = expectedPlan(dataSheet, header, rows, SAMPLE_DAY, newTarget, language);
    await expect(sheetFigures(again.plan)).resolves.toEqual(figuresOf(again.plan));
    expect(figuresOf(again.plan)).not.toEqual(figuresOf(expected.plan));
    const left = shownNumber(await textAt(session, cellAddress(shortfall.row, shortfall.col)));
    expect(Math.abs(left - again.plan.shortfall)).toBeLessThanOrEqual(0.5);
    await screenshot(session, `plan-sheet-${language}`);
    expect(session.consoleProblems).toEqual([]);
  });

  it("keeps every text of the levers' chart inside its frame with the pane 320 px wide", async () => {
    const session = await planAt(language, 320, targetFor(language));
    await leverChart(session).waitFor();
    await session.page.waitForTimeout(300);
    expect(await clippedTexts(leverChart(session))).toEqual([]);
    await planScreenshot(session, `plan-${language}-320`);
    await leverChart(session).screenshot({
      path: path.join(ROOT, "test-results", `plan-chart-${language}-320.png`),
    });
  });
});
