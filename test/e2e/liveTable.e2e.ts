/**
 * Live means live, in the workbench: the sample pipeline (a plain range) is turned into a table from the pane,
 * the report is generated from that table, then five deals are typed below it (one won, one in negotiation, one
 * with an unknown stage, one open, one lost): every live KPI and next-step conversion equals core's figures for
 * the grown table without regenerating, the row counts are marked stale, and the pane offers to refresh. Two rows
 * deleted: the same holds for the shrunk table. Refreshing regenerates the report in place. Expected figures come
 * from core (expectedReport), never hard-coded.
 */
import { type Language, isoDate } from "../../src/core/kernel";
import { KPI_TEXT, STAGE_HEADS, STALE_ROWS_TEXT } from "../../src/core/reports";
import { t } from "../../src/core/i18n";
import { cellAddress } from "../../src/core/sheet";
import { DEFAULT_SCHEME } from "../../src/core/stages";
import { SAMPLE_COLUMN, type SampleCell } from "../../src/workbench/samplePipeline";
import { workbenchText } from "../../src/workbench/workbenchStrings";
import {
  type ExpectedReport,
  expectedReport,
  generateReport,
  kpiAddress,
  openPipelineHealth,
  readSheet,
  setAsOf,
} from "./support/healthPane";
import { SAMPLE_DAY, workbenchSample } from "./support/sampleDay";
import { addressOf, findCell } from "./support/templateSpecs";
import { pane, sheetTab, showSheet, shownNumber, textAt } from "./support/templatesPane";
import { selectCell, type WorkbenchSession, workbenchSuite, readmeScreenshot } from "./support/workbenchPage";

const workbench = workbenchSuite();

/** Half the last digit each live tile's format shows, plus floating-point noise. */
const LIVE_TILES: readonly [keyof typeof KPI_TEXT, number][] = [
  ["weightedPipeline", 0.5 + 1e-9],
  ["winRate", 0.0005 + 1e-9],
  ["averageCycleDays", 0.05 + 1e-9],
  ["velocityPerDay", 0.5 + 1e-9],
];

/** The five deals appended below the table: won, in negotiation, unknown stage, open at intent, lost. */
function newDeals(language: Language, owner: SampleCell): SampleCell[][] {
  const name = (index: number) => DEFAULT_SCHEME.stages[index].name[language];
  const won = DEFAULT_SCHEME.stages[DEFAULT_SCHEME.stages.length - 1].name[language];
  const lost = language === "zh" ? "丢单" : "Lost";
  const deal = (
    id: string,
    stage: string,
    amount: number,
    created: number,
    close: number,
    entered: number,
    lostAt: string | null = null,
  ): SampleCell[] => [
    `E2E-${id}`,
    language === "zh" ? "测试客户有限公司" : "Test Customer Ltd.",
    owner,
    stage,
    amount,
    SAMPLE_DAY - created,
    SAMPLE_DAY + close,
    SAMPLE_DAY - entered,
    lostAt,
  ];
  return [
    deal("WON", won, 1_500_000, 150, -3, 3),
    deal("NEG", name(5), 2_400_000, 90, 25, 12),
    deal("ODD", language === "zh" ? "神秘阶段" : "Mystery stage", 700_000, 40, 60, 10),
    deal("INT", name(2), 900_000, 30, 80, 20),
    deal("LOST", lost, 600_000, 120, -10, 10, name(3)),
  ];
}

/**
 * Enters a row of cells into the data sheet's row `row` (0-based), cell by cell through the formula bar (as a
 * user does; Chinese text typed straight into the grid goes through an input method, which a test cannot drive).
 */
async function typeRow(s: WorkbenchSession, row: number, cells: readonly SampleCell[]): Promise<void> {
  const formulaBar = s.page.getByRole("textbox", { name: workbenchText("formulaBarLabel", s.language) });
  for (const [col, value] of cells.entries()) {
    if (value === null || value === "") continue;
    const address = cellAddress(row, col);
    await selectCell(s, address);
    await formulaBar.fill(String(value));
    await formulaBar.press("Enter");
  }
}

/** Deletes the sheet row `row` (1-based, as the row header shows it) from the row header's menu. */
async function deleteRow(s: WorkbenchSession, row: number): Promise<void> {
  await textAt(s, `A${row}`);
  await s.page.locator(`[data-row="${row}"]`).click({ button: "right" });
  await s.page.getByRole("menuitem", { name: workbenchText("deleteRows", s.language) }).click();
}

/** Checks every live KPI and next-step conversion of the report against `expected`'s figures. */
async function expectLiveFigures(s: WorkbenchSession, report: ExpectedReport, shape: ExpectedReport) {
  const overall = report.health.overall;
  for (const [key, tolerance] of LIVE_TILES) {
    const value = overall[key as keyof typeof overall] as number | null;
    expect(value).not.toBeNull();
    const shown = shownNumber(await textAt(s, kpiAddress(shape.spec, key, s.language)));
    expect({ key, shown, close: Math.abs(shown - (value as number)) <= tolerance }).toEqual({
      key,
      shown,
      close: true,
    });
  }
  const head = findCell(shape.spec, (c) => c.value === STAGE_HEADS.nextStep[s.language], "next-step head");
  for (const [k, stage] of report.health.stages.entries()) {
    if (stage.nextStepConversion === null) continue;
    const shown = shownNumber(await textAt(s, addressOf({ row: head.row + 1 + k, col: head.col })));
    expect({ stage: k + 1, close: Math.abs(shown - stage.nextStepConversion) <= 0.0005 + 1e-9 }).toEqual({
      stage: k + 1,
      close: true,
    });
  }
}

describe.each<Language>(["en", "zh"])("a report from a table stays live in %s", (language) => {
  it("follows five deals appended and two deleted without regenerating, and offers to refresh", async () => {
    const session = await workbench.open(language, { width: 1600, height: 1000 });
    await session.page.getByRole("button", { name: workbenchText("loadSample", language) }).click();
    const dataSheet = workbenchText("sampleSheetName", language);
    await sheetTab(session, dataSheet, true).waitFor();
    const { header, rows } = workbenchSample(language);

    // A plain range: the pane offers to turn it into a table, and reads the table again.
    await openPipelineHealth(session);
    await readSheet(session, dataSheet, rows.length);
    await pane(session)
      .getByRole("button", { name: t("healthMakeTable", language) })
      .click();
    await pane(session).getByText(t("healthMadeTableTitle", language), { exact: true }).waitFor();
    await pane(session)
      .getByRole("button", { name: t("healthMakeTable", language) })
      .waitFor({ state: "detached" });
    await setAsOf(session, isoDate(SAMPLE_DAY));
    const before = expectedReport(dataSheet, header, rows, SAMPLE_DAY, language);
    await generateReport(session, before.spec.name);
    await expectLiveFigures(session, before, before);

    // Five deals typed below the table: the table grows, and the live figures follow it.
    await session.page.mouse.move(0, 0);
    await showSheet(session, dataSheet);
    const added = newDeals(language, rows[0][SAMPLE_COLUMN.owner]);
    for (const [i, deal] of added.entries()) await typeRow(session, rows.length + 1 + i, deal);
    const grown = [...rows, ...added];
    const afterAdding = expectedReport(dataSheet, header, grown, SAMPLE_DAY, language);
    expect(afterAdding.health.overall.won).toBe(before.health.overall.won + 1);
    expect(afterAdding.health.skipped.length).toBe(before.health.skipped.length + 1);
    await showSheet(session, before.spec.name);
    await expectLiveFigures(session, afterAdding, before);

    // The row counts say they are stale; the pane says the data changed and offers to refresh.
    const rowsRead = findCell(before.spec, (c) => c.value === KPI_TEXT.rowsRead[language], "rows read tile");
    await expect(textAt(session, addressOf({ row: rowsRead.row + 2, col: rowsRead.col }))).resolves.toBe(
      `${STALE_ROWS_TEXT.before[language]}${grown.length}${STALE_ROWS_TEXT.after[language]}`,
    );
    const refresh = pane(session).getByRole("button", { name: t("healthRefreshReport", language) });
    await refresh.waitFor();
    await readmeScreenshot(session, `live-table-${language}`);

    // Two rows deleted (an appended deal and a sample deal): the live figures follow the shrunk table.
    await session.page.mouse.move(0, 0);
    await showSheet(session, dataSheet);
    await deleteRow(session, rows.length + 1 + 1); // E2E-WON, sheet row rows.length + 2
    await deleteRow(session, 2); // the first sample deal
    const shrunk = grown.filter((_, i) => i !== rows.length && i !== 0);
    const afterDeleting = expectedReport(dataSheet, header, shrunk, SAMPLE_DAY, language);
    await showSheet(session, before.spec.name);
    await expectLiveFigures(session, afterDeleting, before);

    // Refresh: the report is made again in place, from the table as it is now; the counts are current.
    await refresh.click();
    await pane(session)
      .getByText(t("healthGenerateSuccess", language, { sheet: before.spec.name }), { exact: true })
      .waitFor();
    await refresh.waitFor({ state: "detached" });
    await expect(sheetTab(session, `${before.spec.name} (2)`).count()).resolves.toBe(0);
    await expect(textAt(session, kpiAddress(afterDeleting.spec, "rowsRead", language))).resolves.toBe(
      String(shrunk.length),
    );
    expect(session.consoleProblems).toEqual([]);
  });
});
