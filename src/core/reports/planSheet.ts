/**
 * The sales plan as a sheet spec (the "销售计划" / "Sales plan" sheet, written by the pane like the health report,
 * regenerated in place): the target (an input cell) and the period; the reverse funnel — FUNNEL.PLAN spilling from
 * the target cell over the workbook names on the user's columns, so editing the target recomputes it; the new deals
 * to create each month and the last day to create them; per owner, the quota (an input, or an even share of the
 * target cell) and FUNNEL.REQUIRED at the first stage for it; and the stage levers with a bar chart. Where no
 * function computes a figure it is the plan's value, and the sheet says so (planLive.ts says when the functions do
 * not apply). A4 landscape, not protected: the user edits the target and the quotas.
 */
import type { Language } from "../kernel";
import type { PipelineHealth } from "../health";
import type { SalesPlan, StageLever, StagePlan } from "../planning";
import {
  type CellStyle,
  type ChartSpec,
  cellAddress,
  columnHeads,
  formulaText,
  openSheet,
  section,
  sectionWithHeads,
  type SheetBuilder,
  type SheetSpec,
  STYLES,
} from "../sheet";
import { rampColors } from "./charts";
import { dataNames, followsRows, sheetRowNumber, type ReportSource } from "./dataNames";
import { planLive, type PlanLive } from "./planLive";
import {
  PLAN_MONTH_HEADS,
  PLAN_STAGE_HEADS,
  PLAN_TEXT,
  planBasisText,
  planLeverHeads,
  planOwnerHeads,
} from "./planText";
import { FORMATS, LIVE_FILL, putFigure, REPORT_STYLES } from "./styles";
import { sourceText } from "./text";

/** How to build the plan sheet. */
export interface PlanSheetOptions {
  readonly language: Language;
  /** The workbook name of the stage list the plan used, when the workbook defines it (FUNNEL_STAGE_LIST). */
  readonly stageListName?: string;
  /** The stage-settings sheet the stages came from, named in the basis line; the seven-stage model when absent. */
  readonly stageListSheet?: string;
  /** The most bytes one custom-function call may receive (callPayload.ts). */
  readonly payloadLimit?: number;
  /** Whether the quotas are the target split evenly: each owner's quota is then the target cell's share, live. */
  readonly evenQuotas?: boolean;
  /** The improvements the levers tried: points of conversion and days fewer in stage. */
  readonly lever: { readonly points: number; readonly days: number };
}

/** What the sheet shows: the plan, its levers, and the health of the same read (scheme, bottleneck, rows). */
export interface PlanSheetInput {
  readonly plan: SalesPlan;
  readonly levers: readonly StageLever[];
  readonly health: PipelineHealth;
  readonly source: ReportSource;
}

/** The sheet's columns 0..7; the chart starts one column to the right. */
const TABLE_COLS = 8;
const CHART = { cols: 7, rows: 18 } as const;
const WIDTHS = { first: 210, other: 100 } as const;
/** Row and column of the target's input cell (B8). */
export const PLAN_TARGET_CELL = Object.freeze({ row: 7, col: 1 });

const label = (sheet: SheetBuilder, row: number, col: number, text: string) =>
  sheet.value(row, col, text, { ...REPORT_STYLES.text, bold: true });

/** A figure cell: live (green) when a formula, the value otherwise, a blank for a figure the data lacks. */
const figure = (
  sheet: SheetBuilder,
  row: number,
  col: number,
  value: number | string | null,
  format?: string,
  extra: { formula?: string; spilled?: boolean } = {},
) => putFigure(sheet, row, col, { value, ...(format ? { format } : {}), ...extra }, REPORT_STYLES.figure);

/** The target, period and headline block; returns the first free row. */
function writeTargetBlock(sheet: SheetBuilder, plan: SalesPlan, row: number): number {
  section(sheet, row - 1, PLAN_TEXT.targetSection, 0, 3);
  const target = cellAddress(PLAN_TARGET_CELL.row, PLAN_TARGET_CELL.col, true);
  label(sheet, row, 0, sheet.text(PLAN_TEXT.target));
  sheet.input(row, 1, { ...REPORT_STYLES.figure, numberFormat: FORMATS.amount, bold: true }, plan.target);
  label(sheet, row + 1, 0, sheet.text(PLAN_TEXT.period));
  figure(sheet, row + 1, 1, plan.periodStart, FORMATS.date);
  figure(sheet, row + 1, 2, plan.periodEnd, FORMATS.date);
  label(sheet, row + 2, 0, sheet.text(PLAN_TEXT.asOf));
  figure(sheet, row + 2, 1, plan.asOf, FORMATS.date);
  label(sheet, row + 3, 0, sheet.text(PLAN_TEXT.averageWonSize));
  figure(sheet, row + 3, 1, plan.averageWonSize, FORMATS.amount);
  label(sheet, row + 4, 0, sheet.text(PLAN_TEXT.expectedFromOpen));
  figure(sheet, row + 4, 1, plan.expectedFromOpen, FORMATS.amount);
  const expected = cellAddress(row + 4, 1);
  label(sheet, row + 5, 0, sheet.text(PLAN_TEXT.shortfall));
  figure(sheet, row + 5, 1, plan.shortfall, FORMATS.amount, { formula: `=MAX(0,${target}-${expected})` });
  label(sheet, row + 6, 0, sheet.text(PLAN_TEXT.createBy));
  if (plan.createBy === null) sheet.value(row + 6, 1, sheet.text(PLAN_TEXT.tooLate), REPORT_STYLES.text);
  else figure(sheet, row + 6, 1, plan.createBy, FORMATS.date);
  return row + 8;
}

/**
 * The reverse funnel: FUNNEL.PLAN spilling its header row and five columns from the heads row (the cells it spills
 * into left empty, styled), the plan's own columns beside it as values; without the function, all values.
 */
function writeStages(sheet: SheetBuilder, row: number, input: PlanSheetInput, live: PlanLive): number {
  const { plan, health } = input;
  section(sheet, row, PLAN_TEXT.stagesSection, 0, TABLE_COLS - 1);
  const target = cellAddress(PLAN_TARGET_CELL.row, PLAN_TARGET_CELL.col, true);
  const formula = live.plan?.(target);
  const spilled = formula !== undefined;
  const heads = row + 1;
  if (formula === undefined) columnHeads(sheet, heads, 0, PLAN_STAGE_HEADS);
  else {
    // The function's own header row, dark on the live fill.
    const liveHead = { ...STYLES.head, fill: LIVE_FILL, fontColor: "#000000" };
    sheet.formula(heads, 0, formula, liveHead);
    for (let col = 1; col < 5; col++) sheet.put({ row: heads, col, style: liveHead });
    columnHeads(sheet, heads, 5, PLAN_STAGE_HEADS.slice(5));
  }
  const first = heads + 1;
  plan.stages.forEach((stage: StagePlan, i) => {
    const r = first + i;
    const name = sheet.text(health.scheme.stages[stage.stage].name);
    if (spilled) sheet.put({ row: r, col: 0, style: { ...REPORT_STYLES.text, fill: LIVE_FILL } });
    else sheet.value(r, 0, name, REPORT_STYLES.text);
    figure(sheet, r, 1, stage.needed, FORMATS.count, { spilled });
    figure(sheet, r, 2, stage.have, FORMATS.count, { spilled });
    figure(sheet, r, 3, stage.gap, FORMATS.count, { spilled });
    figure(sheet, r, 4, stage.neededAmount, FORMATS.amount, { spilled });
    figure(sheet, r, 5, stage.winRate, FORMATS.percent);
    figure(sheet, r, 6, stage.daysToClose, FORMATS.days);
    sheet.value(r, 7, sheet.text(stage.closesInPeriod ? PLAN_TEXT.yes : PLAN_TEXT.no), REPORT_STYLES.figure);
  });
  return first + Math.max(plan.stages.length, 1) + 1;
}

/** The new deals per month (values). */
function writeNewDeals(sheet: SheetBuilder, row: number, plan: SalesPlan): number {
  const first = sectionWithHeads(sheet, row, PLAN_TEXT.newDealsSection, PLAN_MONTH_HEADS, 0, 2);
  if (plan.newDeals.length === 0) sheet.value(first, 0, sheet.text(PLAN_TEXT.none), REPORT_STYLES.note);
  plan.newDeals.forEach((month, i) => {
    sheet.value(first + i, 0, month.month, REPORT_STYLES.text);
    figure(sheet, first + i, 1, month.deals, FORMATS.count);
    figure(sheet, first + i, 2, month.amount, FORMATS.amount);
  });
  return first + Math.max(plan.newDeals.length, 1) + 1;
}

/**
 * Per owner: the quota (an input; with an even split, the target cell's share, live), the rates used, and the
 * deals needed at the first stage (FUNNEL.REQUIRED over the team's rows where the owner is planned on the team's
 * rates; the plan's value on the owner's own), the deals there now and the gap (live over those), the new deals.
 */
function writeOwners(
  sheet: SheetBuilder,
  row: number,
  input: PlanSheetInput,
  live: PlanLive,
  even: boolean,
): number {
  const owners = input.plan.owners ?? [];
  const stage = input.health.scheme.stages[0].name;
  const first = sectionWithHeads(
    sheet,
    row,
    PLAN_TEXT.ownersSection,
    planOwnerHeads(stage),
    0,
    TABLE_COLS - 1,
  );
  const target = cellAddress(PLAN_TARGET_CELL.row, PLAN_TARGET_CELL.col, true);
  owners.forEach((owner, i) => {
    const r = first + i;
    const at = owner.stages.find((s) => s.stage === 0);
    sheet.value(r, 0, owner.owner, REPORT_STYLES.text);
    const quotaStyle: CellStyle = { ...REPORT_STYLES.figure, numberFormat: FORMATS.amount };
    if (even) figure(sheet, r, 1, owner.quota, FORMATS.amount, { formula: `=${target}/${owners.length}` });
    else sheet.input(r, 1, quotaStyle, owner.quota);
    sheet.value(
      r,
      2,
      sheet.text(owner.ratesFrom === "own" ? PLAN_TEXT.own : PLAN_TEXT.team),
      REPORT_STYLES.text,
    );
    figure(sheet, r, 3, owner.closedDeals, FORMATS.count);
    const required =
      owner.ratesFrom === "team"
        ? live.required?.(cellAddress(r, 1), formulaText(sheet.text(stage)))
        : undefined;
    figure(sheet, r, 4, at?.needed ?? null, FORMATS.count, required ? { formula: required } : {});
    figure(sheet, r, 5, at?.have ?? 0, FORMATS.count);
    const gap = required
      ? `=IFERROR(MAX(0,ROUNDUP(${cellAddress(r, 4)}-${cellAddress(r, 5)},0)),"")`
      : undefined;
    figure(sheet, r, 6, at?.gap ?? null, FORMATS.count, gap ? { formula: gap } : {});
    const newDeals = owner.newDeals.reduce((sum, month) => sum + month.deals, 0);
    figure(sheet, r, 7, newDeals, FORMATS.count);
  });
  if (owners.length === 0) sheet.value(first, 0, sheet.text(PLAN_TEXT.none), REPORT_STYLES.note);
  return first + Math.max(owners.length, 1) + 1;
}

/** The stage levers, ranked (values), and where they are for the chart. */
function writeLevers(
  sheet: SheetBuilder,
  row: number,
  input: PlanSheetInput,
  lever: PlanSheetOptions["lever"],
): { next: number; firstRow: number; rows: number } {
  const heads = planLeverHeads(lever.points, lever.days);
  const first = sectionWithHeads(sheet, row, PLAN_TEXT.leversSection, heads, 0, heads.length - 1);
  const ranked = [...input.levers].sort((a, b) => a.rank - b.rank);
  const { bottleneck, scheme } = input.health;
  ranked.forEach((item, i) => {
    const r = first + i;
    sheet.value(r, 0, sheet.text(scheme.stages[item.stage].name), REPORT_STYLES.text);
    figure(sheet, r, 1, item.conversionGain, FORMATS.amount);
    figure(sheet, r, 2, item.timeGain, FORMATS.amount);
    figure(sheet, r, 3, item.rank, FORMATS.count);
    const marks = [
      item.stage === bottleneck.conversion ? sheet.text(PLAN_TEXT.lowestConversion) : "",
      item.stage === bottleneck.time ? sheet.text(PLAN_TEXT.longestInStage) : "",
    ].filter((mark) => mark !== "");
    sheet.value(r, 4, marks.join(sheet.language === "zh" ? "、" : ", "), REPORT_STYLES.text);
  });
  if (ranked.length === 0) sheet.value(first, 0, sheet.text(PLAN_TEXT.none), REPORT_STYLES.note);
  return { next: first + Math.max(ranked.length, 1) + 1, firstRow: first, rows: ranked.length };
}

/** The levers' bar chart: both gains per stage, in the lever table's order. */
function leverChart(
  sheet: SheetBuilder,
  levers: { firstRow: number; rows: number },
  heads: readonly string[],
  anchorRow: number,
): ChartSpec {
  const column = (col: number) => ({ row: levers.firstRow, col, rows: Math.max(levers.rows, 1), cols: 1 });
  const [from, to] = rampColors(2);
  return {
    kind: "bar",
    title: sheet.text(PLAN_TEXT.leversChart),
    categories: column(0),
    series: [
      { name: heads[1], values: column(1) },
      { name: heads[2], values: column(2) },
    ],
    anchor: { row: anchorRow, col: TABLE_COLS + 1, rows: CHART.rows, cols: CHART.cols },
    numberFormat: FORMATS.amount,
    dataLabels: true,
    seriesColors: [from, to],
    emptyNote: sheet.text(PLAN_TEXT.leversChartEmpty),
  };
}

/**
 * The sales-plan sheet.
 * @throws RangeError for a source that is not a table position or a stage-list name Excel would not accept
 * (programming errors).
 * @example
 * const spec = buildPlanSheet({ plan, levers, health, source }, { language: "zh", lever: { points: 5, days: 7 } });
 * spec.name // "销售计划"
 */
export function buildPlanSheet(input: PlanSheetInput, options: PlanSheetOptions): SheetSpec {
  const { plan, health, source } = input;
  const names = dataNames(source, health.stageDates);
  const live = planLive(health, source, {
    basis: plan.basis,
    ...(options.stageListName !== undefined ? { stageListName: options.stageListName } : {}),
    ...(options.payloadLimit !== undefined ? { payloadLimit: options.payloadLimit } : {}),
  });
  const sheet = openSheet(options.language, PLAN_TEXT.title, TABLE_COLS - 1);
  const table = followsRows(source) ? source.table?.name : undefined;
  const where = sourceText({
    sheet: source.sheet,
    firstRow: sheetRowNumber(source, 0),
    lastRow: sheetRowNumber(source, source.rowCount - 1),
    ...(table !== undefined ? { table } : {}),
  });
  sheet.value(1, 0, sheet.text(where), REPORT_STYLES.note);
  sheet.value(2, 0, sheet.text(PLAN_TEXT.liveNote), REPORT_STYLES.note);
  const valuesNote = [PLAN_TEXT.valuesNote, ...(live.valuesBecause ? [live.valuesBecause] : [])];
  sheet.value(3, 0, valuesNote.map((note) => sheet.text(note)).join(" "), REPORT_STYLES.note);
  sheet.value(4, 0, sheet.text(planBasisText(plan.basis, options.stageListSheet)), REPORT_STYLES.note);

  const afterTarget = writeTargetBlock(sheet, plan, PLAN_TARGET_CELL.row);
  const afterStages = writeStages(sheet, afterTarget, input, live);
  const afterMonths = writeNewDeals(sheet, afterStages, plan);
  const afterOwners =
    plan.owners !== undefined && plan.owners.length > 0
      ? writeOwners(sheet, afterMonths, input, live, options.evenQuotas === true)
      : afterMonths;
  const levers = writeLevers(sheet, afterOwners, input, options.lever);
  const heads = planLeverHeads(options.lever.points, options.lever.days).map((head) => sheet.text(head));
  const chart = leverChart(sheet, levers, heads, PLAN_TARGET_CELL.row - 1);
  const lastRow = Math.max(levers.next, chart.anchor.row + chart.anchor.rows) - 1;
  const columnWidths: Record<number, number> = { 0: WIDTHS.first };
  for (let col = 1; col < TABLE_COLS; col++) columnWidths[col] = WIDTHS.other;
  return sheet.build(sheet.text(PLAN_TEXT.sheet), {
    columnWidths,
    names,
    charts: [chart],
    freeze: { rows: 1, cols: 0 },
    printArea: { row: 0, col: 0, rows: lastRow + 1, cols: chart.anchor.col + chart.anchor.cols },
    page: { orientation: "landscape" },
    protect: false,
  });
}
