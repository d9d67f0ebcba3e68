/**
 * Generating the pipeline-health report from a table the pane has read: the stage list (the workbook's stage
 * settings, read afresh, or the seven-stage model) → core's analysePipeline → buildHealthReport →
 * `gateway.writeReport("pipelineHealth", spec)`. When the workbook has evaluation sheets, the deals whose stage
 * they do not support are added as anomalies ("stage not supported by evidence", DealReviews/reviewRun.ts); without
 * any, the report is as before. Every step's failure is a value; nothing here rejects.
 */
import { type Bilingual, type Language, fail, ok, type Result, serialFromJsDate } from "../../core/kernel";
import { analysePipeline, gateAnomalies, type PipelineHealth, withAnomalies } from "../../core/health";
import type { UnknownLossRule } from "../../core/metrics";
import { buildHealthReport } from "../../core/reports";
import type { WorkbookGateway } from "../../excel/gateway";
import { type PipelineInput, reviewGates } from "../DealReviews/reviewRun";
import { stageSchemeFor } from "../shared/stageSettingsScheme";
import { unexpectedFailure } from "../shared/workbookFailure";

/** The kind of report the add-in writes (the gateway replaces only its own previous report of this kind). */
const HEALTH_REPORT_KIND = "pipelineHealth";

/** What to generate the report from: the pipeline as read (its stage list and gate switches included), and when. */
export interface HealthRequest extends PipelineInput {
  /** The as-of date (Excel serial). */
  readonly asOf: number;
  /** The language of the report sheet. */
  readonly language: Language;
  /** The rule for lost deals whose stage of loss is unknown (default "firstStage"). */
  readonly unknownLoss?: UnknownLossRule;
  /** When the table was read (the report says when its row counts were taken); now by default. */
  readonly readAt?: Date;
}

/** A moment as an Excel serial in local time: the day and, as its fraction, the time of day. */
const serialWithTime = (moment: Date): number =>
  serialFromJsDate(moment) +
  (moment.getHours() * 3600 + moment.getMinutes() * 60 + moment.getSeconds()) / 86_400;

/**
 * What generating gives: the health computed, the sheet the report went to, and the workbook's notes on what it
 * did not do as asked there (see SheetWritten).
 */
export interface HealthReportDone {
  readonly health: PipelineHealth;
  readonly sheet: string;
  readonly notes?: readonly Bilingual[];
}

/**
 * Generates the report: reads the stage list, computes the health, builds the report sheet and writes it over
 * the add-in's previous report (never over a user's sheet). Never rejects.
 * @example
 * const outcome = await generateHealthReport(gateway, { table, mapping, asOf: 45838, dateOrder: "ymd", language: "zh" });
 * if (outcome.ok) outcome.value.sheet // "管线健康"
 */
export async function generateHealthReport(
  gateway: WorkbookGateway,
  request: HealthRequest,
): Promise<Result<HealthReportDone>> {
  try {
    const stages = await stageSchemeFor(gateway, request.settingsSheet);
    if (!stages.ok) return stages;
    const { scheme, stageListName } = stages.value;
    const analysed = analysePipeline(request.table, { ...request, scheme });
    if (!analysed.ok) return analysed;
    const { deals } = analysed.value;
    // Deals whose stage their evaluation sheets do not support, when the workbook has evaluation sheets.
    const gates = await reviewGates(gateway, request, request.asOf, deals);
    if (!gates.ok) return gates;
    const health = gates.value
      ? withAnomalies(analysed.value.health, gateAnomalies(deals, gates.value.gates))
      : analysed.value.health;
    const source = {
      sheet: request.table.sheet,
      headerRow: request.table.headerRow,
      firstCol: request.table.firstCol,
      rowCount: request.table.rows.length,
      mapping: request.mapping,
      readAt: serialWithTime(request.readAt ?? new Date()),
      ...(request.table.table !== undefined
        ? { table: { name: request.table.table, header: request.table.header } }
        : {}),
    };
    const spec = buildHealthReport(health, source, {
      language: request.language,
      forecast: { deals },
      ...(stageListName !== undefined ? { stageListName } : {}),
    });
    const written = await gateway.writeReport(HEALTH_REPORT_KIND, spec);
    if (!written.ok) return written;
    return ok({ health, ...written.value });
  } catch (reason) {
    return fail("VALUE", unexpectedFailure(reason).message);
  }
}
