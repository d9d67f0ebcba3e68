/**
 * The pipeline-health report as a sheet spec (the "管线健康" / "Pipeline health" sheet): KPI tiles, the
 * stage table, the owner table, weighted pipeline by close month, the abnormal deals linked to their data
 * rows, the rows not used, and native charts over those tables. Where a FUNNEL function computes a figure
 * the cell holds it live over workbook names pointing at the user's columns (liveFormulas.ts);
 * every other figure is the health model's value. With the deals (options.forecast) the report adds the
 * forecast section (forecastSection.ts) under the close-month table, and its range charts under
 * the other charts. A4 landscape, not protected (it is a report).
 */
import { isoDateTime, type Bilingual, type Language } from "../kernel";
import { type SheetSpec, openSheet } from "../sheet";
import type { PipelineHealth } from "../health";
import { reportCharts } from "./charts";
import { DATA_NAMES, dataNames, followsRows, sheetRowNumber, type ReportSource } from "./dataNames";
import { writeFigureTable } from "./figureTable";
import { forecastCharts } from "./forecastCharts";
import { reportForecast, type ForecastReportOptions } from "./forecastFigures";
import { forecastLive } from "./forecastLive";
import { writeForecastSection, type ForecastSectionLayout } from "./forecastSection";
import { kpiTiles, writeKpiTiles } from "./kpiTiles";
import { liveFormulas } from "./liveFormulas";
import { reachedDefinition } from "./reachedDefinition";
import { writeAnomalies, writeSkippedRows } from "./rowLists";
import { writeStageTable } from "./stageTable";
import { REPORT_STYLES } from "./styles";
import { MONTH_TABLE, OWNER_TABLE } from "./summaryTables";
import { countedAtText, REPORT_TEXT, sourceText, STALE_ROWS_TEXT } from "./text";

export type { ReportSource } from "./dataNames";
export type { ForecastReportOptions } from "./forecastFigures";

/** How to build the report. */
export interface HealthReportOptions {
  readonly language: Language;
  /**
   * The workbook name of the stage list the health was computed with, when the workbook defines it (e.g.
   * FUNNEL_STAGE_LIST from the stage-settings sheet); the live formulas then pass it to the functions.
   */
  readonly stageListName?: string;
  /**
   * The most bytes one custom-function call of the report may receive; by default Excel on the web's cap
   * (5 MB, callPayload.ts). Figures whose call would receive more are written as values.
   */
  readonly payloadLimit?: number;
  /**
   * The deals the health was computed from (PipelineRead.deals) and the forecast's settings: with it the
   * report has a forecast section (by month and by quarter, and the calibrated probabilities).
   */
  readonly forecast?: ForecastReportOptions;
}

/** The widest table (the owner table) spans columns 0..10; the charts start one column to the right. */
const TABLE_COLS = 11;
const CHART = { cols: 8, rows: 16 } as const;
const WIDTHS = { first: 130, other: 92 } as const;

function sourceLine(source: ReportSource): Bilingual {
  const table = followsRows(source) ? source.table?.name : undefined;
  return sourceText({
    sheet: source.sheet,
    firstRow: sheetRowNumber(source, 0),
    lastRow: sheetRowNumber(source, source.rowCount - 1),
    ...(table !== undefined ? { table } : {}),
  });
}

/**
 * The caption of the "Rows read" tile: when the rows were counted; for a table, a formula that marks the counts
 * stale once the table's rows are not those counted (the live figures follow them, the counts do not).
 */
function rowsCaption(
  source: ReportSource,
  language: Language,
): { readonly formula: string } | { readonly text: Bilingual } | undefined {
  if (source.readAt === undefined) return undefined;
  const counted = countedAtText(isoDateTime(source.readAt));
  if (!followsRows(source)) return { text: counted };
  const rows = `ROWS(${DATA_NAMES.stage})`;
  const quoted = (text: Bilingual) => `"${text[language].replace(/"/g, '""')}"`;
  return {
    formula: `=IF(${rows}=${source.rowCount},${quoted(counted)},${quoted(STALE_ROWS_TEXT.before)}&${rows}&${quoted(STALE_ROWS_TEXT.after)})`,
  };
}

/**
 * The report sheet for a pipeline's health.
 * @throws RangeError for a source that is not a table position or a stage-list name Excel would not accept
 * (programming errors).
 * @example
 * const spec = buildHealthReport(health, { sheet: "Deals", headerRow: 0, firstCol: 0, rowCount: 360, mapping }, { language: "zh" });
 * spec.name // "管线健康"
 */
export function buildHealthReport(
  health: PipelineHealth,
  source: ReportSource,
  options: HealthReportOptions,
): SheetSpec {
  const names = dataNames(source, health.stageDates);
  const live = liveFormulas(health, source, options);
  const sheet = openSheet(options.language, REPORT_TEXT.title, TABLE_COLS - 1);
  sheet.value(1, 0, sheet.text(sourceLine(source)), REPORT_STYLES.note);
  sheet.value(2, 0, sheet.text(REPORT_TEXT.liveNote), REPORT_STYLES.note);
  // Row 3: why some figures are values, then what the live ones pass over (liveFormulas.ts).
  const liveNotes = [live.valuesBecause, live.passesOver].flatMap((note) => (note ? [sheet.text(note)] : []));
  if (liveNotes.length > 0) sheet.value(3, 0, liveNotes.join(" "), REPORT_STYLES.note);
  sheet.value(4, 0, sheet.text(reachedDefinition(health)), REPORT_STYLES.note);

  const tilesRow = 5;
  const afterTiles = writeKpiTiles(
    sheet,
    tilesRow,
    kpiTiles(health, live, rowsCaption(source, options.language)),
  );
  const stages = writeStageTable(sheet, afterTiles + 1, health, live);
  const owners = writeFigureTable(sheet, stages.firstRow + stages.rows + 1, OWNER_TABLE, health.owners);
  const months = writeFigureTable(
    sheet,
    owners.firstRow + Math.max(owners.rows, 1) + 1,
    MONTH_TABLE,
    health.weightedByCloseMonth,
  );
  const afterMonths = months.firstRow + Math.max(months.rows, 1) + 1;
  let forecast: ForecastSectionLayout | undefined;
  if (options.forecast !== undefined) {
    const figures = reportForecast(health.scheme, health.asOf, options.forecast);
    const formulas = forecastLive(live, figures, health.scheme);
    forecast = writeForecastSection(sheet, afterMonths, figures, health.scheme, formulas);
  }
  const anomalies = writeAnomalies(
    sheet,
    forecast !== undefined ? forecast.next + 1 : afterMonths,
    health.anomalies,
    source,
  );
  const skipped = writeSkippedRows(
    sheet,
    anomalies.firstRow + Math.max(anomalies.rows, 1) + 1,
    health.skipped,
    source,
  );

  const charts = reportCharts(sheet, stages, months, { col: TABLE_COLS + 1, row: tilesRow, ...CHART });
  if (forecast !== undefined) {
    const below = charts[charts.length - 1].anchor;
    charts.push(
      ...forecastCharts(sheet, forecast, { col: TABLE_COLS + 1, row: below.row + below.rows + 1, ...CHART }),
    );
  }
  const lastChart = charts[charts.length - 1].anchor;
  const lastRow = Math.max(skipped.firstRow + Math.max(skipped.rows, 1), lastChart.row + lastChart.rows) - 1;
  const columnWidths: Record<number, number> = { 0: WIDTHS.first };
  for (let col = 1; col < TABLE_COLS; col++) columnWidths[col] = WIDTHS.other;

  return sheet.build(sheet.text(REPORT_TEXT.sheet), {
    columnWidths,
    names,
    charts,
    freeze: { rows: 2, cols: 0 },
    printArea: { row: 0, col: 0, rows: lastRow + 1, cols: lastChart.col + lastChart.cols },
    page: { orientation: "landscape" },
    protect: false,
  });
}
