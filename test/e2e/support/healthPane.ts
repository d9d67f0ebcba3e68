/**
 * Driving the task pane's Pipeline health view in an end-to-end test (open it, read a sheet, unfold the column
 * mapping, set the as-of date, generate), and the figures the report should show, computed here from core with the same steps the pane takes
 * (readPipeline → pipelineHealth → buildHealthReport), so the test never hard-codes a figure or an address.
 */
import type { Language } from "../../../src/core/kernel";
import { COLUMN_ROLE_NAMES, recogniseColumns, readPipeline } from "../../../src/core/pipeline";
import { pipelineHealth, type PipelineHealth } from "../../../src/core/health";
import { KPI_TEXT, buildHealthReport } from "../../../src/core/reports";
import { t } from "../../../src/core/i18n";
import type { SampleCell } from "../../../src/workbench/samplePipeline";
import type { SheetSpec } from "../../../src/core/sheet";
import { DEFAULT_SCHEME } from "../../../src/core/stages";
import { addressOf, findCell } from "./templateSpecs";
import { amountText } from "../../../src/taskpane/PipelineHealth/healthFigures";
import { paneT } from "../../../src/taskpane/language/paneStrings";
import { pane, sheetTab } from "./templatesPane";
import type { WorkbenchSession } from "./workbenchPage";
import { openView } from "./viewTabs";

/** The health and the report spec core computes for a table (header + rows, as on a sheet from A1). */
export interface ExpectedReport {
  readonly health: PipelineHealth;
  readonly spec: SheetSpec;
}

/**
 * What the pane should make of a sheet holding `header` and `rows` from A1, as of `asOf`.
 * @example expectedReport("Sample pipeline", header, rows, 45838, "en").health.overall.winRate
 */
export function expectedReport(
  sheet: string,
  header: readonly string[],
  rows: readonly (readonly SampleCell[])[],
  asOf: number,
  language: Language,
): ExpectedReport {
  // The workbook gives blanks as "", not null.
  const cells = rows.map((row) => row.map((cell) => cell ?? ""));
  const { mapping } = recogniseColumns(header);
  const read = readPipeline({ header, rows: cells }, { mapping, scheme: DEFAULT_SCHEME });
  if (!read.ok) throw new Error(read.error.message.en);
  const health = pipelineHealth(read.value, DEFAULT_SCHEME, { asOf });
  const source = { sheet, headerRow: 0, firstCol: 0, rowCount: rows.length, mapping };
  // As the pane does: the report carries the forecast of the same deals.
  return {
    health,
    spec: buildHealthReport(health, source, { language, forecast: { deals: read.value.deals } }),
  };
}

/**
 * The A1 address of a KPI tile's figure on the report (the cell under its label).
 * @example kpiAddress(spec, "weightedPipeline", "en") // "B7"
 */
export function kpiAddress(spec: SheetSpec, key: keyof typeof KPI_TEXT, language: Language): string {
  const label = findCell(spec, (c) => c.value === KPI_TEXT[key][language], `${key} tile`);
  return addressOf({ row: label.row + 1, col: label.col });
}

/**
 * Opens the Pipeline health view of the pane.
 * @example await openPipelineHealth(session)
 */
export async function openPipelineHealth(s: WorkbenchSession): Promise<void> {
  await openView(s, t("viewPipelineHealth", s.language));
  await pane(s)
    .getByRole("heading", { level: 2, name: t("healthHeading", s.language) })
    .waitFor();
}

/**
 * Picks a sheet as the data (refreshing the list first) and reads it; resolves when the pane says it read `rows`
 * data rows and the mapping's summary is shown (the mapping itself stays folded: see editMapping).
 * @example await readSheet(session, "Sample pipeline", 360)
 */
export async function readSheet(s: WorkbenchSession, sheet: string, rows: number): Promise<void> {
  await pane(s)
    .getByRole("button", { name: t("healthRefreshSources", s.language) })
    .click();
  await pane(s)
    .getByRole("combobox", { name: t("healthSourceLabel", s.language) })
    .selectOption({ label: t("healthSourceSheet", s.language, { sheet }) });
  await pane(s)
    .getByRole("button", { name: t("healthRead", s.language), exact: true })
    .click();
  await pane(s)
    .getByText(t("healthTableRead", s.language, { sheet, rows: amountText(rows, s.language) }), {
      exact: true,
    })
    .waitFor();
  await pane(s)
    .getByRole("region", { name: t("healthMappingHeading", s.language) })
    .waitFor();
}

/**
 * Unfolds the column mapping behind its summary (Edit); resolves when the stage's dropdown is shown.
 * @example await editMapping(session)
 */
export async function editMapping(s: WorkbenchSession): Promise<void> {
  await pane(s)
    .getByRole("region", { name: t("healthMappingHeading", s.language) })
    .getByRole("button", { name: paneT("mappingEdit", s.language, undefined) })
    .click();
  await pane(s).getByRole("combobox", { name: COLUMN_ROLE_NAMES.stage[s.language], exact: true }).waitFor();
}

/**
 * Sets the as-of date ("yyyy-mm-dd").
 * @example await setAsOf(session, "2025-06-30")
 */
export async function setAsOf(s: WorkbenchSession, date: string): Promise<void> {
  await pane(s).getByLabel(t("healthAsOfLabel", s.language)).fill(date);
}

/**
 * Clicks Generate report and waits for the success message naming `sheet` and for that sheet's tab to be the
 * active one; a failure message fails the test with its text.
 * @example await generateReport(session, "Pipeline health")
 */
export async function generateReport(s: WorkbenchSession, sheet: string): Promise<void> {
  await pane(s)
    .getByRole("button", { name: t("healthGenerate", s.language) })
    .click();
  const success = pane(s).getByText(t("healthGenerateSuccess", s.language, { sheet }), { exact: true });
  const failure = pane(s).getByRole("group", { name: t("healthGenerateFailureTitle", s.language) });
  await success.or(failure).waitFor();
  if ((await failure.count()) > 0) throw new Error(`Pipeline health: ${await failure.textContent()}`);
  await sheetTab(s, sheet, true).waitFor();
}

/**
 * The text of a headline figure tile of the pane (label, value and detail).
 * @example await paneFigure(session, t("healthWinRate", "en")) // "Win rate42.9%3 won, 4 lost"
 */
export async function paneFigure(s: WorkbenchSession, label: string): Promise<string> {
  return (await pane(s).getByRole("group", { name: label, exact: true }).textContent()) ?? "";
}
