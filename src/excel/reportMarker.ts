/**
 * The marker by which the add-in recognises its own report sheets, so that regenerating a report replaces
 * the add-in's previous one and never a user's sheet, whatever their names. The marker is a hidden
 * workbook-scoped name, `FUNNEL_REPORT_<KIND>_<ID>`, that refers to $A$1 of the report sheet and whose comment
 * is exactly the add-in's text with the kind and the random id. All of it must hold: a user does not create
 * such a name by accident — it is hidden (Excel's Name Manager neither shows nor makes hidden names), it
 * carries an 8-digit random id twice, its comment is the add-in's word for word — and a copy of the report
 * sheet does not carry it (Excel copies a sheet's names as names scoped to the copy, not to the workbook). A
 * visible name, a name with any other comment, or one pointing anywhere but a whole sheet's $A$1 is a user's.
 * The marker follows the sheet when the user renames or moves it, and turns to #REF! when the sheet is deleted.
 *
 * Why a workbook name rather than a worksheet custom property (ExcelApi 1.12): the workbook's names load in
 * the same request as its sheets, so finding the previous report costs no extra round trip, and a copied
 * sheet — which would carry a custom property along — is never mistaken for the report.
 *
 * Requirement sets: NamedItemCollection.add with a comment, NamedItem.comment ExcelApi 1.4; NamedItem.formula
 * ExcelApi 1.7; NamedItem.visible ExcelApi 1.1.
 */
import { splitAddress } from "./sheetAddress";

/** The start of every report marker's name. */
const REPORT_MARKER_PREFIX = "FUNNEL_REPORT_";

/** A report marker: the name to define and its comment. */
export interface ReportMarker {
  readonly name: string;
  readonly comment: string;
}

/**
 * The kind as it appears in a marker's name: upper case, words split by "_", anything else "_".
 * Tested surface: exported for its tests.
 * @example reportKindKey("pipelineHealth") // "PIPELINE_HEALTH"
 * @example reportKindKey("pipeline-health") // "PIPELINE_HEALTH"
 */
export function reportKindKey(kind: string): string {
  return kind
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toUpperCase();
}

/**
 * The marker of a report of `kind` with the random `id` (8 hexadecimal digits, see {@link newMarkerId}).
 * @example reportMarker("pipelineHealth", "0A1B2C3D").name // "FUNNEL_REPORT_PIPELINE_HEALTH_0A1B2C3D"
 */
export function reportMarker(kind: string, id: string): ReportMarker {
  return {
    name: `${REPORT_MARKER_PREFIX}${reportKindKey(kind)}_${id}`,
    comment: `funnel-report ${kind} ${id} — FUNNEL 插件的报告标记，请勿修改 / FUNNEL add-in report marker, do not edit`,
  };
}

/** A workbook name as Excel lists it: the properties the marker is recognised by. */
export interface WorkbookName {
  readonly name: string;
  readonly comment?: string | null;
  readonly visible?: boolean;
}

/**
 * Whether a workbook name is the marker of a report of `kind`: hidden, named with the kind and an id of 8
 * hexadecimal digits, and commented with exactly the comment the add-in writes for that kind and id.
 * @example isReportMarker("pipelineHealth", { ...reportMarker("pipelineHealth", "0A1B2C3D"), visible: false }) // true
 * @example isReportMarker("pipelineHealth", { ...reportMarker("pipelineHealth", "0A1B2C3D"), visible: true }) // false
 */
export function isReportMarker(kind: string, name: WorkbookName): boolean {
  const prefix = `${REPORT_MARKER_PREFIX}${reportKindKey(kind)}_`;
  if (name.visible !== false || !name.name.startsWith(prefix)) return false;
  const id = name.name.slice(prefix.length);
  return /^[0-9A-F]{8}$/.test(id) && name.comment === reportMarker(kind, id).comment;
}

/**
 * The sheet a marker's formula refers to: a reference to cell $A$1 of a sheet of this workbook, as the add-in
 * defines it; undefined once the sheet was deleted (#REF!) and for any other formula.
 * @example markedSheet("='漏斗健康'!$A$1") // "漏斗健康"
 * @example markedSheet("=Report!$A$1") // "Report"
 * @example markedSheet("=#REF!") // undefined
 * @example markedSheet("=Report!$A$1:$B$2") // undefined
 */
export function markedSheet(formula: unknown): string | undefined {
  if (typeof formula !== "string" || !formula.startsWith("=") || formula.includes("#REF!")) return undefined;
  const { sheet, address } = splitAddress(formula.slice(1));
  if (address !== "$A$1" || sheet === "" || sheet.includes("[")) return undefined;
  return formula.slice(1).startsWith("'") || /^[^\s'!()=,;:"]+$/.test(sheet) ? sheet : undefined;
}

/**
 * A random marker id: 8 hexadecimal digits from the platform's random source.
 * @example newMarkerId() // "9F03C2A1"
 */
export function newMarkerId(): string {
  const bytes = new Uint8Array(4);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}
