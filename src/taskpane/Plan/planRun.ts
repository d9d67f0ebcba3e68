/**
 * The Plan view's work, apart from React: the period offered first (the quarter after the as-of date's), the
 * owners and quotas as the user chose them, the plan of a target (core's salesPlan and stageLevers over the deals
 * read, with the health of the same read for its bottleneck), and writing the sales-plan sheet —
 * buildPlanSheet → `gateway.writeReport("salesPlan", spec)`, regenerated in place. Failures are values; nothing
 * here rejects.
 */
import type { CalendarPeriod } from "../../core/forecast";
import type { PipelineHealth } from "../../core/health";
import { fail, ok, parseAmount, type Result } from "../../core/kernel";
import type { Deal } from "../../core/pipeline";
import {
  salesPlan,
  stageLevers,
  type PlanBasis,
  type PlanOptions,
  type SalesPlan,
  type StageLever,
} from "../../core/planning";
import { buildPlanSheet, type ReportSource } from "../../core/reports";
import type { StageScheme } from "../../core/stages";
import type { Bilingual, Language } from "../../core/kernel";
import type { WorkbookGateway } from "../../excel/gateway";
import { unexpectedFailure } from "../shared/workbookFailure";

/** The kind of report the sales-plan sheet is (the gateway regenerates its own previous one of this kind). */
export const PLAN_SHEET_KIND = "salesPlan";

/** The improvements the stage levers try: percentage points of next-step conversion, and days fewer in stage. */
export const LEVER = Object.freeze({ points: 5, days: 7 });

/** How quotas are given: none (no per-owner plan), the target split evenly, or typed per owner. */
export type QuotaMode = "none" | "even" | "perOwner";

/**
 * The period the view offers first: the quarter after the one holding the as-of date (else the last offered).
 * @example defaultPeriod(quartersAround(45838), 45838)?.label // "2025-Q3"
 */
export function defaultPeriod(periods: readonly CalendarPeriod[], asOf: number): CalendarPeriod | undefined {
  const current = periods.findIndex((p) => p.from <= asOf && asOf <= p.to);
  return periods[current + 1] ?? periods[periods.length - 1];
}

/**
 * An amount as typed: undefined when blank, null when it is not an amount, else the amount.
 * @example amountFromText("1,200,000") // 1200000
 * @example amountFromText("soon") // null
 */
export function amountFromText(text: string): number | undefined | null {
  const parsed = parseAmount(text);
  if (!parsed.ok) return null;
  return parsed.value ?? undefined;
}

/**
 * The owners of the open deals (their names trimmed, as salesPlan matches them), in order: who quotas are for.
 * @example openDealOwners(deals) // ["Li Na", "Wang Wei"]
 */
export function openDealOwners(deals: readonly Deal[]): string[] {
  const owners = new Set<string>();
  for (const deal of deals) {
    const owner = (deal.owner ?? "").trim();
    if (deal.position.kind === "open" && owner !== "") owners.add(owner);
  }
  return [...owners].sort((a, b) => a.localeCompare(b));
}

/**
 * The quotas salesPlan takes for a mode: none, "even", or each owner's typed amount (an owner left blank or not an
 * amount is left out; undefined when none is an amount).
 * @example quotasOf("perOwner", ["Li", "Wang"], { Li: "500,000" }) // [{ owner: "Li", quota: 500000 }]
 */
export function quotasOf(
  mode: QuotaMode,
  owners: readonly string[],
  typed: Readonly<Record<string, string>>,
): PlanOptions["quotas"] {
  if (mode === "none" || owners.length === 0) return undefined;
  if (mode === "even") return "even";
  const quotas = owners.flatMap((owner) => {
    const quota = amountFromText(typed[owner] ?? "");
    return typeof quota === "number" && quota > 0 ? [{ owner, quota }] : [];
  });
  return quotas.length > 0 ? quotas : undefined;
}

/** A plan and its levers (none, with the reason, when the data cannot measure them). */
export interface PlanShown {
  readonly plan: SalesPlan;
  readonly levers: readonly StageLever[];
  readonly leversFailure?: Bilingual;
}

/** What to plan for, beyond the deals and the stages. */
export interface PlanChoice {
  readonly target: number;
  readonly period: CalendarPeriod;
  readonly asOf: number;
  readonly basis: PlanBasis;
  readonly quotas?: PlanOptions["quotas"];
}

/**
 * The plan of a target over the deals read (core's salesPlan) and its stage levers (core's stageLevers, for
 * +{@link LEVER}.points of conversion and {@link LEVER}.days fewer days, always on the rates measured from the
 * data). The plan's failure is a value; levers the data cannot measure are none, with the reason.
 * @example planOf(deals, DEFAULT_SCHEME, { target: 1e6, period, asOf: 45838, basis: "data" })
 */
export function planOf(deals: readonly Deal[], scheme: StageScheme, choice: PlanChoice): Result<PlanShown> {
  try {
    const options: PlanOptions = {
      target: choice.target,
      periodStart: choice.period.from,
      periodEnd: choice.period.to,
      asOf: choice.asOf,
      basis: choice.basis,
      ...(choice.quotas !== undefined ? { quotas: choice.quotas } : {}),
    };
    const plan = salesPlan(deals, scheme, options);
    if (!plan.ok) return plan;
    const levers = stageLevers(deals, scheme, {
      asOf: options.asOf,
      periodStart: options.periodStart,
      periodEnd: options.periodEnd,
      points: LEVER.points / 100,
      days: LEVER.days,
    });
    if (!levers.ok) return ok({ plan: plan.value, levers: [], leversFailure: levers.error.message });
    return ok({ plan: plan.value, levers: levers.value });
  } catch (reason) {
    return fail("VALUE", unexpectedFailure(reason).message);
  }
}

/** What writing the sheet needs. */
export interface PlanSheetRequest {
  readonly shown: PlanShown;
  readonly health: PipelineHealth;
  readonly source: ReportSource;
  readonly language: Language;
  readonly stageListName?: string;
  readonly stageListSheet?: string;
  readonly evenQuotas: boolean;
}

/** The sheet written, and the workbook's notes on what it did not do as asked there. */
export interface PlanSheetDone {
  readonly sheet: string;
  readonly notes?: readonly Bilingual[];
}

/**
 * Writes the sales-plan sheet over the add-in's previous one (never over a user's sheet). Never rejects.
 * @example const done = await writePlanSheet(gateway, request); if (done.ok) done.value.sheet // "销售计划"
 */
export async function writePlanSheet(
  gateway: WorkbookGateway,
  request: PlanSheetRequest,
): Promise<Result<PlanSheetDone>> {
  try {
    const spec = buildPlanSheet(
      { ...request.shown, health: request.health, source: request.source },
      {
        language: request.language,
        lever: LEVER,
        evenQuotas: request.evenQuotas,
        ...(request.stageListName !== undefined ? { stageListName: request.stageListName } : {}),
        ...(request.stageListSheet !== undefined ? { stageListSheet: request.stageListSheet } : {}),
      },
    );
    return await gateway.writeReport(PLAN_SHEET_KIND, spec);
  } catch (reason) {
    return fail("VALUE", unexpectedFailure(reason).message);
  }
}
