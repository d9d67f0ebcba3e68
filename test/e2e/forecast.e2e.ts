/**
 * The sample pipeline's forecast for a quarter in the workbench: core's figures (samplePipeline → readPipeline →
 * forecastDeals → forecastOf) equal FUNNEL.FORECAST formulas typed into empty cells of another sheet over the
 * sample sheet's columns, and the task pane's Forecast view shows the same figures for that quarter and a target.
 * Figures come from core, never hard-coded.
 */
import { type Language, isoDate } from "../../src/core/kernel";
import { calendarPeriods, type ForecastMeasure } from "../../src/core/forecast";
import { t, type PlainUiStringKey } from "../../src/core/i18n";
import { cellAddress } from "../../src/core/sheet";
import { amountText, shareText } from "../../src/taskpane/PipelineHealth/healthFigures";
import { workbenchText } from "../../src/workbench/workbenchStrings";
import {
  chooseForecast,
  expectedForecast,
  forecastFormula,
  forecastTile,
  openForecast,
} from "./support/forecastPane";
import { readSheet, setAsOf } from "./support/healthPane";
import { SAMPLE_DAY, workbenchSample } from "./support/sampleDay";
import { sheetTab, shownNumber, showSheet, textAt } from "./support/templatesPane";
import { typeInto, type WorkbenchSession, workbenchSuite, readmeScreenshot } from "./support/workbenchPage";

const workbench = workbenchSuite();
let session: WorkbenchSession;

/** The quarter of the day after the sample's as-of date (today): open deals in every category, and a spread range. */
const [QUARTER] = calendarPeriods(SAMPLE_DAY + 1, SAMPLE_DAY + 1, "quarter");

/** The measures typed as formulas, and the pane tile that shows each. */
const MEASURES: readonly [ForecastMeasure, PlainUiStringKey][] = [
  ["won", "forecastWon"],
  ["expected", "forecastExpected"],
  ["commit", "forecastCommit"],
  ["bestCase", "forecastBestCase"],
  ["pipeline", "forecastPipeline"],
  ["p10", "forecastP10"],
  ["p50", "forecastP50"],
  ["p90", "forecastP90"],
  ["stdev", "forecastStdev"],
];

describe.each<Language>(["en", "zh"])("the sample pipeline's forecast in %s", (language) => {
  it("matches FUNNEL.FORECAST formulas typed into cells, and the Forecast view shows it", async () => {
    session = await workbench.open(language, { width: 1920, height: 1080 });
    await session.page.getByRole("button", { name: workbenchText("loadSample", language) }).click();
    const dataSheet = workbenchText("sampleSheetName", language);
    await sheetTab(session, dataSheet, true).waitFor();
    const { header, rows } = workbenchSample(language);
    const expected = expectedForecast(header, rows, QUARTER);
    // A quarter that tells the measures apart.
    expect(expected.openDeals).toBeGreaterThan(5);
    expect(expected.p10).toBeLessThan(expected.p90);
    expect(expected.commit).toBeLessThan(expected.bestCase);

    // FUNNEL.FORECAST for the quarter, one measure per row of column B of an empty sheet.
    await showSheet(session, "Sheet1");
    for (const [i, [measure]] of MEASURES.entries()) {
      await typeInto(session, cellAddress(i, 0), measure);
      await typeInto(
        session,
        cellAddress(i, 1),
        forecastFormula(dataSheet, header, rows.length, QUARTER, measure),
      );
    }
    const target = Math.round(expected.p50 / 1000) * 1000;
    const chanceRow = MEASURES.length;
    await typeInto(
      session,
      cellAddress(chanceRow, 1),
      forecastFormula(dataSheet, header, rows.length, QUARTER, "probability", target),
    );
    for (const [i, [measure]] of MEASURES.entries()) {
      const shown = shownNumber(await textAt(session, cellAddress(i, 1)));
      expect({ measure, off: Math.abs(shown - expected[measure]) <= 0.5 }).toEqual({ measure, off: true });
    }
    const withTarget = expectedForecast(header, rows, QUARTER, target);
    expect(withTarget.probabilityOfTarget).not.toBeNull();
    const chance = withTarget.probabilityOfTarget as number;
    const shownChance = shownNumber(await textAt(session, cellAddress(chanceRow, 1)));
    expect(Math.abs(shownChance - chance)).toBeLessThanOrEqual(0.0005);

    // The pane: read the sample sheet, as of the sample's day, the same quarter and a target.
    await openForecast(session);
    await readSheet(session, dataSheet, rows.length);
    await setAsOf(session, isoDate(SAMPLE_DAY));
    await chooseForecast(session, QUARTER.label, target);
    for (const [measure, label] of MEASURES) {
      await expect(forecastTile(session, t(label, language))).resolves.toBe(
        amountText(expected[measure], language),
      );
    }
    await expect(forecastTile(session, t("forecastProbabilityOfTarget", language))).resolves.toBe(
      shareText(chance, language),
    );
    await readmeScreenshot(session, `forecast-${language}`);
    // Nothing in the console along the way: no React warning (a missing key), no failed request.
    expect(session.consoleProblems).toEqual([]);
  });
});
