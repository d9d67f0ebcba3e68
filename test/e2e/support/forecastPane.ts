/**
 * Driving the task pane's Forecast view in an end-to-end test (open it, choose the quarter and the target, read a
 * figure tile), the forecast core computes for the same table with the steps the pane takes (readPipeline →
 * forecastDeals → forecastOf), and the FUNNEL.FORECAST formula over a data sheet's columns.
 */
import {
  forecastDeals,
  forecastOf,
  type ForecastMeasure,
  type PeriodForecast,
} from "../../../src/core/forecast";
import { recogniseColumns, readPipeline, type ColumnRole } from "../../../src/core/pipeline";
import { t } from "../../../src/core/i18n";
import type { SampleCell } from "../../../src/workbench/samplePipeline";
import { DEFAULT_SCHEME } from "../../../src/core/stages";
import { columnRange, formulaText, rangeAddress } from "../../../src/core/sheet";
import { pane } from "./templatesPane";
import type { WorkbenchSession } from "./workbenchPage";
import { openView } from "./viewTabs";

/** A period's bounds (Excel serials, both included). */
export interface PeriodBounds {
  readonly from: number;
  readonly to: number;
}

/**
 * The forecast core computes for a sheet holding `header` and `rows` from A1, with the default stages and
 * categories, and `target` when given.
 * @example expectedForecast(header, rows, { from: 45839, to: 45930 }).expected
 */
export function expectedForecast(
  header: readonly string[],
  rows: readonly (readonly SampleCell[])[],
  period: PeriodBounds,
  target?: number,
): PeriodForecast {
  // The workbook gives blanks as "", not null.
  const cells = rows.map((row) => row.map((cell) => cell ?? ""));
  const { mapping } = recogniseColumns(header);
  const read = readPipeline({ header, rows: cells }, { mapping, scheme: DEFAULT_SCHEME });
  if (!read.ok) throw new Error(read.error.message.en);
  const forecast = forecastOf(
    forecastDeals(read.value.deals),
    DEFAULT_SCHEME,
    period,
    target === undefined ? {} : { target },
  );
  if (!forecast.ok) throw new Error(forecast.error.message.en);
  return forecast.value;
}

/**
 * The A1 reference, on `sheet`, of the data rows of the column the header gives a role.
 * @example dataColumn("Sample pipeline", header, 360, "amount") // "'Sample pipeline'!$E$2:$E$361"
 */
export function dataColumn(sheet: string, header: readonly string[], rows: number, role: ColumnRole): string {
  const col = recogniseColumns(header).mapping[role];
  if (col === undefined) throw new Error(`No ${role} column in ${header.join(", ")}`);
  return `'${sheet.replace(/'/g, "''")}'!${rangeAddress(columnRange(1, col, rows), true)}`;
}

/**
 * FUNNEL.FORECAST of a measure for a period (and a target, for "probability"), over a data sheet's amount, stage
 * and close date columns.
 * @example forecastFormula("Sample pipeline", header, 360, { from: 45839, to: 45930 }, "p50")
 * // "=FUNNEL.FORECAST('Sample pipeline'!$E$2:$E$361,'Sample pipeline'!$D$2:$D$361,…,45839,45930,\"p50\")"
 */
export function forecastFormula(
  sheet: string,
  header: readonly string[],
  rows: number,
  period: PeriodBounds,
  measure: ForecastMeasure | "probability",
  target?: number,
): string {
  const column = (role: ColumnRole) => dataColumn(sheet, header, rows, role);
  const args: (string | number)[] = [
    column("amount"),
    column("stage"),
    column("closeDate"),
    period.from,
    period.to,
    formulaText(measure),
  ];
  if (target !== undefined) args.push(target);
  return `=FUNNEL.FORECAST(${args.join(",")})`;
}

/**
 * Opens the Forecast view of the pane.
 * @example await openForecast(session)
 */
export async function openForecast(s: WorkbenchSession): Promise<void> {
  await openView(s, t("viewForecast", s.language));
  await pane(s)
    .getByRole("heading", { level: 2, name: t("forecastHeading", s.language) })
    .waitFor();
}

/**
 * Chooses the quarter (by its label, e.g. "2025-Q3") and types the target.
 * @example await chooseForecast(session, "2025-Q3", 10000000)
 */
export async function chooseForecast(s: WorkbenchSession, quarter: string, target: number): Promise<void> {
  await pane(s)
    .getByRole("combobox", { name: t("forecastPeriodLabel", s.language) })
    .selectOption(quarter);
  await pane(s)
    .getByRole("textbox", { name: t("forecastTargetLabel", s.language) })
    .fill(String(target));
  await pane(s)
    .getByRole("region", { name: t("forecastFiguresLabel", s.language) })
    .waitFor();
}

/**
 * The figure the Forecast view shows under a label, in its headline or its other tiles (the value, without label
 * or detail).
 * @example await forecastTile(session, t("forecastExpected", "en")) // "10,618,450"
 */
export async function forecastTile(s: WorkbenchSession, label: string): Promise<string> {
  const tile = pane(s).getByRole("group", { name: label, exact: true });
  return (await tile.locator("span").nth(1).textContent()) ?? "";
}
