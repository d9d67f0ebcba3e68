/**
 * The task pane's Pipeline health view in the workbench: load the sample pipeline, read its sheet, confirm the
 * mapping, generate; the report sheet shows the KPI figures core computes for the same deals (samplePipeline →
 * readPipeline → pipelineHealth), the anomaly list and its charts; an edit to a deal's amount on the data sheet
 * moves the live weighted-pipeline figure; regenerating replaces the report (no "(2)") and leaves the user's
 * sheets as they were. Figures and addresses come from core and the report's spec, never hard-coded.
 */
import { type Language, isoDate } from "../../src/core/kernel";
import { CHART_TEXT, KPI_TEXT, REPORT_TEXT, STAGE_HEADS } from "../../src/core/reports";
import { t } from "../../src/core/i18n";
import { SAMPLE_COLUMN } from "../../src/workbench/samplePipeline";
import { SAMPLE_DAY, workbenchSample } from "./support/sampleDay";
import { DEFAULT_SCHEME } from "../../src/core/stages";
import { cellAddress } from "../../src/core/sheet";
import { COLUMN_ROLE_NAMES } from "../../src/core/pipeline";
import { amountText } from "../../src/taskpane/PipelineHealth/healthFigures";
import { workbenchText } from "../../src/workbench/workbenchStrings";
import {
  editMapping,
  expectedReport,
  generateReport,
  kpiAddress,
  openPipelineHealth,
  paneFigure,
  readSheet,
  setAsOf,
} from "./support/healthPane";
import { addressOf, findCell } from "./support/templateSpecs";
import {
  drawnCells,
  pane,
  sheetTab,
  showSheet,
  shownNumber,
  tabCount,
  textAt,
} from "./support/templatesPane";
import { typeInto, type WorkbenchSession, workbenchSuite, readmeScreenshot } from "./support/workbenchPage";

const workbench = workbenchSuite();
let session: WorkbenchSession;

/** Floating-point noise of a shown figure read back as a number. */
const NOISE = 1e-9;
/**
 * How far a shown figure may be from the model's: half the last digit the report's number format shows (money
 * whole, rates to 0.1%, days to 0.1), plus noise.
 */
const TOLERANCE: Partial<Record<keyof typeof KPI_TEXT, number>> = {
  openPipeline: 0.5 + NOISE,
  weightedPipeline: 0.5 + NOISE,
  winRate: 0.0005 + NOISE,
  averageWonSize: 0.5 + NOISE,
  averageCycleDays: 0.05 + NOISE,
  velocityPerDay: 0.5 + NOISE,
};

describe.each<Language>(["en", "zh"])("pipeline health of the sample pipeline in %s", (language) => {
  it("generates the report with core's figures, follows an edit live, and replaces only its own report", async () => {
    session = await workbench.open(language, { width: 1920, height: 1080 });
    await typeInto(session, "A1", "mine");
    await session.page.getByRole("button", { name: workbenchText("loadSample", language) }).click();
    const dataSheet = workbenchText("sampleSheetName", language);
    await sheetTab(session, dataSheet, true).waitFor();
    const { header, rows } = workbenchSample(language);
    const expected = expectedReport(dataSheet, header, rows, SAMPLE_DAY, language);
    const reportName = expected.spec.name;

    // Pick the sample sheet, confirm the mapping found from its headers, generate as of the sample's day.
    await openPipelineHealth(session);
    await readSheet(session, dataSheet, rows.length);
    await editMapping(session);
    const stage = pane(session).getByRole("combobox", {
      name: COLUMN_ROLE_NAMES.stage[language],
      exact: true,
    });
    await expect(stage.inputValue()).resolves.toBe(String(SAMPLE_COLUMN.stage));
    const amount = pane(session).getByRole("combobox", {
      name: COLUMN_ROLE_NAMES.amount[language],
      exact: true,
    });
    await expect(amount.inputValue()).resolves.toBe(String(SAMPLE_COLUMN.amount));
    await setAsOf(session, isoDate(SAMPLE_DAY));
    const tabsBefore = await tabCount(session);
    await generateReport(session, reportName);
    await expect(tabCount(session)).resolves.toBe(tabsBefore + 1);

    // The KPI tiles show core's figures.
    const overall = expected.health.overall;
    const figures: [keyof typeof KPI_TEXT, number | null][] = [
      ["openPipeline", overall.openPipeline],
      ["weightedPipeline", overall.weightedPipeline],
      ["winRate", overall.winRate],
      ["averageWonSize", overall.averageWonSize],
      ["averageCycleDays", overall.averageCycleDays],
      ["velocityPerDay", overall.velocityPerDay],
    ];
    for (const [key, value] of figures) {
      expect(value).not.toBeNull();
      const shown = shownNumber(await textAt(session, kpiAddress(expected.spec, key, language)));
      expect({ key, off: Math.abs(shown - (value as number)) <= TOLERANCE[key]! }).toEqual({
        key,
        off: true,
      });
    }

    // Money shows as the pane shows it (whole, grouped); under a live tile, its value as made, labelled so;
    // the deals with anomalies are counted, with their anomalies' count under them.
    const shownAmount = (value: number | null) => amountText(value as number, "en");
    await expect(textAt(session, kpiAddress(expected.spec, "openPipeline", language))).resolves.toBe(
      shownAmount(overall.openPipeline),
    );
    const below = (key: keyof typeof KPI_TEXT) => {
      const label = findCell(expected.spec, (c) => c.value === KPI_TEXT[key][language], `${key} tile`);
      return addressOf({ row: label.row + 2, col: label.col });
    };
    await expect(textAt(session, below("weightedPipeline"))).resolves.toBe(
      `${REPORT_TEXT.atGeneration[language]}${shownAmount(overall.weightedPipeline)}`,
    );
    const dealsWithAnomalies = new Set(expected.health.anomalies.map((a) => a.dealId)).size;
    await expect(textAt(session, kpiAddress(expected.spec, "abnormalDeals", language))).resolves.toBe(
      String(dealsWithAnomalies),
    );
    await expect(textAt(session, below("abnormalDeals"))).resolves.toBe(
      t("healthAnomalyCount", language, { count: expected.health.anomalies.length }),
    );

    // The stage table's next-step conversions are one live FUNNEL.CONVERSION call spilling core's figures.
    const nextStepHead = findCell(
      expected.spec,
      (c) => c.value === STAGE_HEADS.nextStep[language],
      "next-step conversion head",
    );
    const firstConversion = findCell(
      expected.spec,
      (c) => c.row === nextStepHead.row + 1 && c.col === nextStepHead.col,
      "next-step conversion of stage 1",
    );
    expect(firstConversion.formula).toMatch(/^=FUNNEL\.CONVERSION\(/);
    for (const [k, stageHealth] of expected.health.stages.entries()) {
      if (stageHealth.nextStepConversion === null) continue;
      const cell = { row: nextStepHead.row + 1 + k, col: nextStepHead.col };
      const shown = shownNumber(await textAt(session, addressOf(cell)));
      expect({
        stage: k + 1,
        off: Math.abs(shown - stageHealth.nextStepConversion) <= 0.0005 + NOISE,
      }).toEqual({
        stage: k + 1,
        off: true,
      });
    }

    // The anomaly list is there, its first deal named; the charts exist, found by their titles.
    expect(expected.health.anomalies.length).toBeGreaterThan(0);
    const anomalies = findCell(
      expected.spec,
      (c) => c.value === REPORT_TEXT.anomalies[language],
      "anomaly list",
    );
    await expect(textAt(session, addressOf(anomalies))).resolves.toBe(REPORT_TEXT.anomalies[language]);
    const firstDeal = findCell(
      expected.spec,
      (c) => c.link !== undefined && c.row > anomalies.row,
      "linked deal",
    );
    await expect(textAt(session, addressOf(firstDeal))).resolves.toBe(String(firstDeal.value));
    await textAt(session, "A1");
    for (const chart of expected.spec.charts ?? []) {
      const named = { name: chart.title, exact: true };
      // The pane's own funnel may share a title with a sheet chart: count the sheet's charts only.
      const all = await session.page.getByRole("figure", named).count();
      const inPane = await pane(session).getByRole("figure", named).count();
      expect({ chart: chart.title, onSheet: all - inPane }).toEqual({ chart: chart.title, onSheet: 1 });
    }
    expect((expected.spec.charts ?? []).length).toBeGreaterThanOrEqual(4);

    // The pane shows the same headline figures and its own funnel.
    const weightedLabel = t("healthWeightedPipeline", language);
    await expect(paneFigure(session, weightedLabel)).resolves.toContain(
      amountText(overall.weightedPipeline, language),
    );
    const paneFunnel = pane(session).getByRole("figure", { name: CHART_TEXT.reached[language] });
    for (const stage of expected.health.stages) {
      // One funnel segment per stage, named "stage, deals reached."
      const segment = paneFunnel.getByRole("option", {
        name: `${stage.stage.name[language]}, ${stage.reached}.`,
      });
      await expect(segment.count()).resolves.toBe(1);
    }
    await readmeScreenshot(session, `pipeline-health-${language}`);
    // Nothing in the console along the way: no React warning (a missing key), no failed request.
    expect(session.consoleProblems).toEqual([]);

    // Edit an open deal's amount on the data sheet: the live weighted pipeline follows.
    const open = rows.findIndex((row) => {
      const position = DEFAULT_SCHEME.resolve(row[SAMPLE_COLUMN.stage]);
      return position.ok && position.value.kind === "open";
    });
    const edited = rows.map((row, i) =>
      i === open
        ? row.map((cell, col) => (col === SAMPLE_COLUMN.amount ? (cell as number) + 1_000_000 : cell))
        : row,
    );
    const after = expectedReport(dataSheet, header, edited, SAMPLE_DAY, language);
    expect(after.health.overall.weightedPipeline).toBeGreaterThan(overall.weightedPipeline);
    // A chart's hover card (a portal) would sit over the sheet tabs while the pointer rests on a chart.
    await session.page.mouse.move(0, 0);
    await showSheet(session, dataSheet);
    await typeInto(
      session,
      cellAddress(open + 1, SAMPLE_COLUMN.amount),
      String(edited[open][SAMPLE_COLUMN.amount]),
    );
    const dataCells = await drawnCells(session);
    await showSheet(session, reportName);
    const weighted = kpiAddress(expected.spec, "weightedPipeline", language);
    const live = shownNumber(await textAt(session, weighted));
    expect(Math.abs(live - after.health.overall.weightedPipeline)).toBeLessThanOrEqual(0.5 + NOISE);

    // Regenerate on the edited data: the report is replaced in place, the user's sheets are untouched.
    await readSheet(session, dataSheet, rows.length);
    await generateReport(session, reportName);
    await expect(tabCount(session)).resolves.toBe(tabsBefore + 1);
    await expect(sheetTab(session, `${reportName} (2)`).count()).resolves.toBe(0);
    await expect(paneFigure(session, weightedLabel)).resolves.toContain(
      amountText(after.health.overall.weightedPipeline, language),
    );
    const replaced = shownNumber(await textAt(session, weighted));
    expect(Math.abs(replaced - after.health.overall.weightedPipeline)).toBeLessThanOrEqual(0.5 + NOISE);
    await session.page.mouse.move(0, 0);
    await showSheet(session, dataSheet);
    await expect(drawnCells(session)).resolves.toEqual(dataCells);
    await showSheet(session, "Sheet1");
    await expect(textAt(session, "A1")).resolves.toBe("mine");
  });
});
