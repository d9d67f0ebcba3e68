/**
 * The live formulas of the sales-plan sheet: FUNNEL.PLAN spilling the reverse funnel from the sheet's target
 * cell, and FUNNEL.REQUIRED for an owner's quota at a stage, both over the workbook names the sheet defines on
 * the user's columns (dataNames.ts). A formula is offered only where the function reads the columns as the plan
 * did — the rules of liveFormulas.ts, for functions that take no dealIds argument:
 * - a stage list the workbook holds (FUNNEL_STAGE_LIST) or the seven-stage model;
 * - one row per deal (the functions count rows, a stage history would count a deal more than once);
 * - the plan's rates measured on the closed deals (the functions measure them; the stage settings'
 *   probabilities are a choice of the pane's);
 * - a call within Excel on the web's payload cap (callPayload.ts).
 * Every call ends with badRows "skip" (or the column copies of rows are told by, when the read skipped
 * copies), so the functions pass over the rows the plan passed over, as the health report's calls do.
 * Elsewhere the sheet writes the plan's values and says why.
 */
import type { Bilingual } from "../kernel";
import type { PlanBasis } from "../planning";
import type { PipelineHealth } from "../health";
import { isValidRangeName } from "../sheet";
import { CALL_PAYLOAD_LIMIT, fitsCallPayload } from "./callPayload";
import { DATA_NAMES, namedRoles, type ReportSource } from "./dataNames";
import { functionCall, isDefaultScheme } from "./liveFormulas";
import { PLAN_VALUES_BECAUSE } from "./planText";

/**
 * The arguments of the plan's functions, in order, as src/functions declares them: the sheet names what it
 * passes, the rest stay empty.
 */
export const PLAN_FUNCTION_ARGUMENTS = Object.freeze({
  "FUNNEL.PLAN": ["target", "stages", "amounts", "outcomes", "stageList", "badRows"],
  "FUNNEL.REQUIRED": ["target", "stage", "stages", "amounts", "outcomes", "stageList", "badRows"],
} satisfies Record<string, readonly string[]>);

/** A function the plan sheet calls. */
export type PlanFunction = keyof typeof PLAN_FUNCTION_ARGUMENTS;

/**
 * A call of a plan function, its arguments given by name; the ones not given are left empty, trailing ones
 * dropped.
 * @throws RangeError for an argument the function does not have (a programming error).
 * @example planCall("FUNNEL.PLAN", { target: "$B$8", stages: "FUNNEL_DATA_STAGE", amounts: "FUNNEL_DATA_AMOUNT" })
 * // "FUNNEL.PLAN($B$8,FUNNEL_DATA_STAGE,FUNNEL_DATA_AMOUNT)"
 */
export function planCall(name: PlanFunction, args: Readonly<Record<string, string | undefined>>): string {
  const names: readonly string[] = PLAN_FUNCTION_ARGUMENTS[name];
  const unknown = Object.keys(args).find((arg) => !names.includes(arg));
  if (unknown !== undefined) throw new RangeError(`${name} has no argument ${unknown}.`);
  return functionCall(
    name,
    names.map((arg) => args[arg]),
  );
}

/** The plan sheet's formulas, or why its figures are values. */
export interface PlanLive {
  /**
   * FUNNEL.PLAN spilling the reverse funnel for the target in `targetCell` (an A1 address on the sheet): a header
   * row, then one row per open stage (stage, needed, have, gap, needed amount).
   */
  readonly plan?: (targetCell: string) => string;
  /** FUNNEL.REQUIRED: deals needed at `stage` (a formula operand: a cell or a text) for the amount in `targetCell`. */
  readonly required?: (targetCell: string, stage: string) => string;
  /** Why the figures are values; absent when they are live. */
  readonly valuesBecause?: Bilingual;
}

/** What the plan sheet knows of the workbook and the plan. */
export interface PlanLiveOptions {
  readonly basis: PlanBasis;
  /** The workbook name of the stage list used (e.g. FUNNEL_STAGE_LIST), when the workbook defines it. */
  readonly stageListName?: string;
  /** The most bytes one call may receive; Excel on the web's cap by default. */
  readonly payloadLimit?: number;
}

/**
 * The plan sheet's live formulas over `source`, read as `health` was.
 * @throws RangeError for a stage-list name Excel would not accept (a programming error).
 * @example planLive(health, { sheet: "Deals", headerRow: 0, firstCol: 0, rowCount: 9, mapping: { stage: 3, amount: 4 } }, { basis: "data" }).plan?.("$B$8")
 * // '=FUNNEL.PLAN($B$8,FUNNEL_DATA_STAGE,FUNNEL_DATA_AMOUNT,,,"skip")'
 */
export function planLive(health: PipelineHealth, source: ReportSource, options: PlanLiveOptions): PlanLive {
  const list = options.stageListName;
  if (list !== undefined && !isValidRangeName(list)) throw new RangeError(`Not a workbook name: ${list}`);
  const roles = namedRoles(source);
  const because = (reason: Bilingual): PlanLive => ({ valuesBecause: reason });
  if (!roles.has("stage") || !roles.has("amount")) return because(PLAN_VALUES_BECAUSE.noAmount);
  if (list === undefined && !isDefaultScheme(health.scheme))
    return because(PLAN_VALUES_BECAUSE.foreignScheme);
  if (health.rowsUsed !== health.overall.deals) return because(PLAN_VALUES_BECAUSE.history);
  if (options.basis !== "data") return because(PLAN_VALUES_BECAUSE.basis);
  const outcomes = roles.has("outcome")
    ? DATA_NAMES.outcome
    : roles.has("lostAt")
      ? DATA_NAMES.lostAt
      : undefined;
  const copies = health.skipped.some((row) => row.kind === "duplicate");
  const copiesBy = !copies
    ? undefined
    : roles.has("dealId")
      ? DATA_NAMES.dealId
      : roles.has("opportunity")
        ? DATA_NAMES.opportunity
        : undefined;
  const columns = (outcomes === undefined ? 2 : 3) + (copiesBy === undefined ? 0 : 1);
  if (!fitsCallPayload(source.rowCount, columns, options.payloadLimit ?? CALL_PAYLOAD_LIMIT)) {
    return because(PLAN_VALUES_BECAUSE.payload);
  }
  const badRows = copiesBy ?? '"skip"';
  const data = { stages: DATA_NAMES.stage, amounts: DATA_NAMES.amount, outcomes, stageList: list, badRows };
  return {
    plan: (targetCell) => `=${planCall("FUNNEL.PLAN", { target: targetCell, ...data })}`,
    required: (targetCell, stage) =>
      `=${planCall("FUNNEL.REQUIRED", { target: targetCell, stage, ...data })}`,
  };
}
