/**
 * An evaluation sheet started from a deal of the pipeline ("Evaluate this deal"): the chosen form with the deal's
 * id, customer, opportunity and owner in its header (the deal id in the sheet-scoped name FUNNEL_DEAL_ID: the
 * link back to the deal), and its identity in a hidden cell right of the form, named EVALUATION_NAMES.identity.
 */
import type { Language } from "../kernel";
import type { CellSpec, SheetSpec } from "../sheet";
import { EVALUATION_NAMES, templateById } from "../templates";
import { identityText } from "./evaluationIdentity";
import { evaluationKind, type EvaluationKind } from "./evaluationKinds";

/** The deal an evaluation is for, as its pipeline row gives it; text is written as text, never as a formula. */
export interface EvaluatedDeal {
  readonly dealId: string;
  readonly customer?: string;
  readonly opportunity?: string;
  readonly owner?: string;
}

/** How the identity cell looks: white, small, locked — out of sight right of the printed form. */
const HIDDEN = { fontColor: "#FFFFFF", fontSize: 6 } as const;

/**
 * The evaluation sheet of `kind` for `deal`, in `language`, dated `date` (a serial) when given.
 * @example evaluationSheet("secondary", { dealId: "D-01", customer: "华为" }, "zh").names?.some((n) => n.name === "FUNNEL_EVAL_ID") // true
 */
export function evaluationSheet(
  kind: EvaluationKind,
  deal: EvaluatedDeal,
  language: Language,
  date?: number,
): SheetSpec {
  const definition = evaluationKind(kind)!;
  const spec = templateById(kind)!.build({
    language,
    dealId: deal.dealId,
    customer: deal.customer,
    opportunity: deal.opportunity,
    owner: deal.owner ?? "",
    ...(date !== undefined ? { date } : {}),
  });
  const col = Math.max(...spec.cells.map((cell) => cell.col)) + 2;
  const identity: CellSpec = {
    row: 0,
    col,
    value: identityText({ kind, version: definition.version, dealId: deal.dealId }),
    style: HIDDEN,
  };
  return Object.freeze({
    ...spec,
    cells: Object.freeze([...spec.cells, identity]),
    names: Object.freeze([
      ...(spec.names ?? []),
      { name: EVALUATION_NAMES.identity, range: { row: 0, col, rows: 1, cols: 1 }, scope: "sheet" as const },
    ]),
    columnWidths: { ...spec.columnWidths, [col]: 4 },
  });
}
