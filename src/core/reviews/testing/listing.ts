/**
 * What the gateway would list and read for evaluation sheets built by core: for unit tests of the board and the
 * gates, without a workbook. Never shipped.
 */
import { rangeAddress, type SheetSpec } from "../../sheet";
import { EVALUATION_NAMES } from "../../templates";
import type { SheetNames } from "../evaluationsFound";

/**
 * The sheet-scoped names of `spec` rendered as the sheet `sheet`, as the gateway lists them.
 * @example listedNames("二次评估", evaluationSheet("secondary", deal, "zh"))
 */
export function listedNames(sheet: string, spec: SheetSpec): SheetNames {
  return {
    sheet,
    names: (spec.names ?? [])
      .filter((n) => n.scope === "sheet")
      .map((n) => ({ name: n.name, address: rangeAddress(n.range, true) })),
  };
}

/**
 * The identity cell's value of `spec`.
 * @example identityValue(evaluationSheet("swot", deal, "en")) // "funnel-evaluation {…} #…"
 */
export function identityValue(spec: SheetSpec): unknown {
  const { range } = spec.names!.find((n) => n.name === EVALUATION_NAMES.identity)!;
  return spec.cells.find((c) => c.row === range.row && c.col === range.col)?.value;
}
