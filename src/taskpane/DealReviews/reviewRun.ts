/**
 * The Deal reviews view's work with the workbook, every failure a value (nothing here rejects):
 *
 * - {@link dealUnderSelection} / {@link startEvaluation}: "Evaluate this deal" — the deal of the pipeline row under
 *   the active cell, and its evaluation sheet (core/reviews' evaluationSheet) on a new sheet;
 * - {@link readEvaluations}: the workbook's evaluation sheets, found by their sheet-scoped identity names, and the
 *   evidence in their cells (three reads: names, identity cells, evidence cells);
 * - {@link reviewGates}: the gate checks of the pipeline's open deals against that evidence, with the stage
 *   settings' switches — also what Pipeline health adds as "stage not supported by evidence";
 * - {@link buildBoard}: the review board (商机评估汇总 / Deal reviews), written as the add-in's report, in place.
 *
 * It reads the evaluation sheets and the pipeline table and never writes to either.
 */
import { type Bilingual, type DateOrder, fail, type Language, ok, type Result } from "../../core/kernel";
import { type ColumnMapping, type Deal, readPipeline } from "../../core/pipeline";
import {
  buildReviewBoard,
  checkGates,
  dealEvidence,
  type DealEvidenceRead,
  evaluationSheet,
  evidenceCells,
  type EvaluationKind,
  type EvaluationsFound,
  type EvaluatedDeal,
  type GateFailure,
  identityCells,
  type PipelineColumns,
  recogniseEvaluations,
  REVIEW_BOARD_KIND,
  REVIEW_SHEETS_NAME,
} from "../../core/reviews";
import { rangeAddress } from "../../core/sheet";
import { enabledGateRules, type GateRuleId } from "../../core/stages";
import { GATE_SWITCHES_RANGE } from "../../core/templates";
import type { SheetWritten, TableData, WorkbookGateway } from "../../excel/gateway";
import { stageSchemeFor } from "../shared/stageSettingsScheme";
import { unexpectedFailure } from "../shared/workbookFailure";

/** The pipeline as the shared source read it: the table, its mapping and how its dates read. */
export interface PipelineInput {
  readonly table: TableData;
  readonly mapping: ColumnMapping;
  /** The stage settings sheet to read the stages from; the seven-stage model when absent. */
  readonly settingsSheet?: string;
  /**
   * The workbook's stage settings sheet, whose gate switches say which gate rules apply, whichever stage list the
   * pipeline is read with; every rule applies when absent.
   */
  readonly gateSwitchesSheet?: string;
  readonly dateOrder: DateOrder;
}

/** Runs `work`; an exception becomes a failure with its message. */
async function attempt<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work();
  } catch (reason) {
    return fail("VALUE", unexpectedFailure(reason).message);
  }
}

/** The pipeline's deals, read with the workbook's stage list. */
async function pipelineDeals(
  gateway: WorkbookGateway,
  input: PipelineInput,
): Promise<Result<readonly Deal[]>> {
  const stages = await stageSchemeFor(gateway, input.settingsSheet);
  if (!stages.ok) return stages;
  const read = readPipeline(input.table, {
    mapping: input.mapping,
    scheme: stages.value.scheme,
    dateOrder: input.dateOrder,
  });
  return read.ok ? ok(read.value.deals) : read;
}

const NOT_A_DEAL_ROW: Bilingual = {
  zh: "请先在管线表格中选中一个商机所在行的任一单元格，再评估。",
  en: "Select a cell in a deal's row of the pipeline table first, then evaluate it.",
};

/**
 * The deal of the pipeline row under the active cell; a VALUE failure that says what to select when the active
 * cell is not in a deal's row of the table read (another sheet, the header, a blank or skipped row).
 * @example await dealUnderSelection(gateway, pipeline) // ok({ dealId: "D-03", customer: "华为", opportunity: "ERP", owner: "王芳" })
 */
export async function dealUnderSelection(
  gateway: WorkbookGateway,
  input: PipelineInput,
): Promise<Result<EvaluatedDeal>> {
  return attempt(async () => {
    const active = await gateway.activeCell();
    if (!active.ok) return active;
    const position = /^\$?([A-Z]{1,3})\$?(\d+)/i.exec(active.value.address);
    const row = position === null ? -1 : Number(position[2]) - 1;
    const { table } = input;
    const dataRow = row - table.headerRow - 1;
    if (
      active.value.sheet.toUpperCase() !== table.sheet.toUpperCase() ||
      dataRow < 0 ||
      dataRow >= table.rows.length
    )
      return fail("VALUE", NOT_A_DEAL_ROW);
    const deals = await pipelineDeals(gateway, input);
    if (!deals.ok) return deals;
    const deal = deals.value.find((d) => d.row === dataRow);
    if (deal === undefined) return fail("VALUE", NOT_A_DEAL_ROW);
    return ok({
      dealId: deal.id,
      ...(deal.customer !== null ? { customer: deal.customer } : {}),
      ...(deal.opportunity !== null ? { opportunity: deal.opportunity } : {}),
      ...(deal.owner !== null ? { owner: deal.owner } : {}),
    });
  });
}

/** An evaluation sheet started: the deal and the sheet it went to. */
export interface EvaluationStarted extends SheetWritten {
  readonly deal: EvaluatedDeal;
}

/**
 * "Evaluate this deal": the evaluation sheet of `kind` for the deal under the selection, dated `date`, on a new
 * sheet (never over one).
 * @example await startEvaluation(gateway, pipeline, "negotiationReadiness", "zh", 45900) // ok({ sheet: "谈判条件", deal })
 */
export async function startEvaluation(
  gateway: WorkbookGateway,
  input: PipelineInput,
  kind: EvaluationKind,
  language: Language,
  date?: number,
): Promise<Result<EvaluationStarted>> {
  return attempt(async () => {
    const deal = await dealUnderSelection(gateway, input);
    if (!deal.ok) return deal;
    const written = await gateway.createSheet(evaluationSheet(kind, deal.value, language, date));
    return written.ok ? ok({ ...written.value, deal: deal.value }) : written;
  });
}

/** The evaluation sheets found and each deal's evidence; `previous`: the board's list at its last update. */
export interface EvaluationsRead {
  readonly evaluations: EvaluationsFound;
  readonly evidence: ReadonlyMap<string, DealEvidenceRead>;
  readonly previous: readonly string[];
}

/**
 * Finds the workbook's evaluation sheets by their identity names and reads their evidence (and the board's list of
 * the sheets it found last time).
 * @example const read = await readEvaluations(gateway); read.ok && read.value.evaluations.found.length // 3
 */
export async function readEvaluations(gateway: WorkbookGateway): Promise<Result<EvaluationsRead>> {
  return attempt(async () => {
    const listed = await gateway.listSheetScopedNames();
    if (!listed.ok) return listed;
    const sheets = listed.value;
    const identities = identityCells(sheets);
    const board = sheets.flatMap(({ sheet, names }) => {
      const list = names.find((n) => n.name.toUpperCase() === REVIEW_SHEETS_NAME.toUpperCase());
      return list?.address ? [{ sheet, address: list.address }] : [];
    });
    const first = await gateway.readCells([...identities, ...board]);
    if (!first.ok) return first;
    const evaluations = recogniseEvaluations(
      sheets,
      first.value.slice(0, identities.length).map((values) => values[0]?.[0]),
    );
    const previous = first.value
      .slice(identities.length)
      .flatMap((values) => values.flat())
      .filter((value): value is string => typeof value === "string" && value !== "");
    const evidence = await gateway.readCells(evidenceCells(evaluations.found));
    if (!evidence.ok) return evidence;
    return ok({ evaluations, evidence: dealEvidence(evaluations.found, evidence.value), previous });
  });
}

/** The gate rules switched on in the stage settings sheet; every rule without one. */
async function enabledRules(
  gateway: WorkbookGateway,
  settingsSheet: string | undefined,
): Promise<Result<ReadonlySet<GateRuleId> | undefined>> {
  if (settingsSheet === undefined) return ok(undefined);
  const read = await gateway.readCells([
    { sheet: settingsSheet, address: rangeAddress(GATE_SWITCHES_RANGE) },
  ]);
  return read.ok ? ok(enabledGateRules(read.value[0].flat())) : read;
}

/**
 * The gate failures (by deal id) of each deal that has evaluation sheets, from their evidence; a deal without any
 * is not checked (nothing of its own to check it against), nor a won or lost one (checkGates).
 * @example gatesOf(deals, evidence, { asOf: 45900 }).get("D-03") // [{ rule: negotiationEntry, … }]
 */
export function gatesOf(
  deals: readonly Deal[],
  evidence: ReadonlyMap<string, DealEvidenceRead>,
  options: { readonly asOf: number; readonly enabled?: ReadonlySet<GateRuleId> },
): Map<string, GateFailure[]> {
  return new Map(
    deals.flatMap((deal) => {
      const read = evidence.get(deal.id);
      return read === undefined ? [] : [[deal.id, checkGates(deal, read.evidence, options)] as const];
    }),
  );
}

/** The gate checks of a workbook: its evaluation sheets read, and each pipeline deal's failures. */
export interface ReviewGates extends EvaluationsRead {
  readonly deals: readonly Deal[];
  readonly gates: ReadonlyMap<string, readonly GateFailure[]>;
}

/** The gate checks of the pipeline's deals against the evaluation sheets `read`. */
async function gatesFor(
  gateway: WorkbookGateway,
  input: PipelineInput,
  asOf: number,
  read: EvaluationsRead,
  known?: readonly Deal[],
): Promise<Result<ReviewGates>> {
  const deals = known ? ok(known) : await pipelineDeals(gateway, input);
  if (!deals.ok) return deals;
  const enabled = await enabledRules(gateway, input.gateSwitchesSheet);
  if (!enabled.ok) return enabled;
  const gates = gatesOf(deals.value, read.evidence, {
    asOf,
    ...(enabled.value ? { enabled: enabled.value } : {}),
  });
  return ok({ ...read, deals: deals.value, gates });
}

/**
 * The gate checks of the pipeline's open deals against their evaluation sheets, with the stage settings'
 * switches; `undefined` when the workbook has no evaluation sheet (nothing to check against). `deals`: the deals
 * already read from the table (read again otherwise).
 * @example const gates = await reviewGates(gateway, pipeline, 45900); gates.ok && gates.value?.gates.get("D-03")
 */
export async function reviewGates(
  gateway: WorkbookGateway,
  input: PipelineInput,
  asOf: number,
  deals?: readonly Deal[],
): Promise<Result<ReviewGates | undefined>> {
  return attempt(async () => {
    const read = await readEvaluations(gateway);
    if (!read.ok) return read;
    const { found, unrecognised } = read.value.evaluations;
    if (found.length === 0 && unrecognised.length === 0) return ok(undefined);
    return gatesFor(gateway, input, asOf, read.value, deals);
  });
}

/**
 * Where the pipeline's deal keys and stages are, for the board's live "claimed stage": the deal-id column, or, as the
 * reader keys a deal without one, the opportunity column; absent without a key column or a stage column.
 */
function pipelineColumns(input: PipelineInput): PipelineColumns | undefined {
  const { table, mapping } = input;
  const keyColumn = mapping.dealId ?? mapping.opportunity;
  if (keyColumn === undefined || mapping.stage === undefined) return undefined;
  const column = (col: number) => ({
    row: table.headerRow + 1,
    col: table.firstCol + col,
    rows: Math.max(1, table.rows.length),
    cols: 1,
  });
  return { sheet: table.sheet, keys: column(keyColumn), stages: column(mapping.stage) };
}

/** The board written, and what it was built from (for the pane to show). */
export interface BoardBuilt extends SheetWritten {
  readonly evaluations: EvaluationsFound;
  readonly evidence: ReadonlyMap<string, DealEvidenceRead>;
  /** The gate failures of the deals with evaluation sheets, by deal id. */
  readonly gates: ReadonlyMap<string, readonly GateFailure[]>;
}

/**
 * Builds or updates the review board: the evaluation sheets read, the gates checked, the board written over its
 * previous version (in place; never over a user's sheet, an evaluation sheet or the pipeline table).
 * @example const built = await buildBoard(gateway, pipeline, 45900, "zh"); built.ok && built.value.sheet // "商机评估汇总"
 */
export async function buildBoard(
  gateway: WorkbookGateway,
  input: PipelineInput,
  asOf: number,
  language: Language,
): Promise<Result<BoardBuilt>> {
  return attempt(async () => {
    const read = await readEvaluations(gateway);
    if (!read.ok) return read;
    const checked = await gatesFor(gateway, input, asOf, read.value);
    if (!checked.ok) return checked;
    const { evaluations, evidence, previous } = read.value;
    const gates = checked.value.gates;
    const pipeline = pipelineColumns(input);
    const spec = buildReviewBoard({
      language,
      evaluations,
      evidence,
      gates,
      previous,
      ...(pipeline ? { pipeline } : {}),
    });
    const written = await gateway.writeReport(REVIEW_BOARD_KIND, spec);
    return written.ok ? ok({ ...written.value, evaluations, evidence, gates }) : written;
  });
}
