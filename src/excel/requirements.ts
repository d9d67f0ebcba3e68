/**
 * Which Office.js requirement sets this Excel has: the gateway asks before it uses what older builds lack (sheets
 * need ExcelApi 1.9, change events 1.7, waiting for a cell edit 1.11, the merged-cell check of makeTable 1.13).
 */

/** A requirement set and its version, as `Office.context.requirements.isSetSupported` takes them. */
export interface Requirement {
  readonly set: string;
  readonly version: string;
}

/**
 * Whether this Excel has a requirement set; true where Office is not loaded (tests).
 * @example supports({ set: "ExcelApi", version: "1.7" }) // true in Excel for the web and Microsoft 365
 */
export function supports(requirement: Requirement): boolean {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return requirements?.isSetSupported(requirement.set, requirement.version) ?? true;
}
