/**
 * Generating the pipeline-health report from a table the pane has read: the stage list (the workbook's stage
 * settings, read afresh, or the seven-stage model) → readPipeline → pipelineHealth → buildHealthReport →
 * `gateway.writeReport("pipelineHealth", spec)`. Every step's failure is a value; nothing here rejects.
 */
import type { Language } from "../../core/bilingual";
import { checkHealthOptions, pipelineHealth } from "../../core/health/pipelineHealth";
import { readPipeline } from "../../core/health/readPipeline";
import { buildHealthReport } from "../../core/health/reportSpec";
import type { ColumnMapping, DateOrder, PipelineHealth } from "../../core/health/types";
import { t } from "../../core/i18n";
import { fail, ok, type FunnelError, type Result } from "../../core/result";
import { DEFAULT_SCHEME, type StageScheme } from "../../core/stageScheme";
import { STAGE_SETTING_NAMES } from "../../core/templates";
import type { TableData, WorkbookGateway } from "../../excel/gateway";
import { schemeFromSettings } from "./stageSettingsScheme";

/** The kind of report the add-in writes (the gateway replaces only its own previous report of this kind). */
export const HEALTH_REPORT_KIND = "pipelineHealth";

/** What to generate the report from. */
export interface HealthRequest {
  readonly table: TableData;
  readonly mapping: ColumnMapping;
  /** The workbook's stage settings sheet to read the stages from; the seven-stage model when absent. */
  readonly settingsSheet?: string;
  /** The as-of date (Excel serial). */
  readonly asOf: number;
  readonly dateOrder: DateOrder;
  /** The language of the report sheet. */
  readonly language: Language;
}

/** What generating gives: the health computed and the sheet the report went to. */
export interface HealthReportDone {
  readonly health: PipelineHealth;
  readonly sheet: string;
}

/**
 * The failure for an exception (a gateway that rejects instead of resolving, or a builder that throws).
 * @example unexpectedFailure(new Error("host gone")).message.en // "Could not reach the workbook: host gone"
 */
export function unexpectedFailure(reason: unknown): FunnelError {
  const detail = reason instanceof Error ? reason.message : String(reason);
  return {
    code: "VALUE",
    message: { zh: t("healthUnreachable", "zh", { detail }), en: t("healthUnreachable", "en", { detail }) },
  };
}

/**
 * The stage scheme to read the pipeline with, and the workbook name of its list for the report's live formulas.
 * @example await stageSchemeFor(gateway, undefined) // ok({ scheme: DEFAULT_SCHEME })
 */
export async function stageSchemeFor(
  gateway: WorkbookGateway,
  settingsSheet: string | undefined,
): Promise<Result<{ scheme: StageScheme; stageListName?: string }>> {
  if (settingsSheet === undefined) return ok({ scheme: DEFAULT_SCHEME });
  const settings = await gateway.readTable({ kind: "sheet", sheet: settingsSheet });
  if (!settings.ok) return settings;
  const scheme = schemeFromSettings(settings.value);
  if (!scheme.ok) return scheme;
  return ok({ scheme: scheme.value, stageListName: STAGE_SETTING_NAMES.stageList });
}

/**
 * The pipeline's health from a table, without writing anything.
 * @example analyseTable(table, { mapping: { stage: 3 }, scheme: DEFAULT_SCHEME, asOf: 45838, dateOrder: "ymd" })
 */
export function analyseTable(
  table: TableData,
  options: { mapping: ColumnMapping; scheme: StageScheme; asOf: number; dateOrder: DateOrder },
): Result<PipelineHealth> {
  const checked = checkHealthOptions({ asOf: options.asOf });
  if (!checked.ok) return checked;
  const read = readPipeline(
    { header: table.header, rows: table.rows, headerRow: table.headerRow },
    { mapping: options.mapping, scheme: options.scheme, dateOrder: options.dateOrder },
  );
  if (!read.ok) return read;
  return ok(pipelineHealth(read.value, options.scheme, checked.value));
}

/**
 * Generates the report: reads the stage list, computes the health, builds the report sheet and writes it over
 * the add-in's previous report (never over a user's sheet). Never rejects.
 * @example
 * const outcome = await generateHealthReport(gateway, { table, mapping, asOf: 45838, dateOrder: "ymd", language: "zh" });
 * if (outcome.ok) outcome.value.sheet // "漏斗健康"
 */
export async function generateHealthReport(
  gateway: WorkbookGateway,
  request: HealthRequest,
): Promise<Result<HealthReportDone>> {
  try {
    const stages = await stageSchemeFor(gateway, request.settingsSheet);
    if (!stages.ok) return stages;
    const { scheme, stageListName } = stages.value;
    const health = analyseTable(request.table, { ...request, scheme });
    if (!health.ok) return health;
    const source = {
      sheet: request.table.sheet,
      headerRow: request.table.headerRow,
      firstCol: request.table.firstCol,
      rowCount: request.table.rows.length,
      mapping: request.mapping,
    };
    const spec = buildHealthReport(health.value, source, {
      language: request.language,
      ...(stageListName !== undefined ? { stageListName } : {}),
    });
    const written = await gateway.writeReport(HEALTH_REPORT_KIND, spec);
    if (!written.ok) return written;
    return ok({ health: health.value, sheet: written.value.sheet });
  } catch (reason) {
    return fail("VALUE", unexpectedFailure(reason).message);
  }
}
