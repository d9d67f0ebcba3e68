/**
 * The marker by which the add-in recognises its own report sheets, so that regenerating a report replaces
 * the add-in's previous one and never a user's sheet, whatever their names. The marker is a workbook-scoped
 * name, `FUNNEL_REPORT_<KIND>_<ID>`, that refers to $A$1 of the report sheet and whose comment is exactly the
 * add-in's text with the kind and the random id. The report is recognised by all three — the name with an
 * 8-digit random id, the comment word for word with that same id, the reference to a whole sheet's $A$1 (or
 * #REF! once that sheet is gone) — and never by the name's visibility: Excel may ignore `visible = false` set in
 * the batch that adds the name (office-js #3878, #3949), so a marker that stayed visible is still the add-in's.
 * A user does not make such a name by accident (the id twice, the comment word for word), and a copy of the
 * report sheet does not carry it (Excel copies a sheet's names as names scoped to the copy, not to the
 * workbook). A name with any other comment, or one pointing anywhere but a whole sheet's $A$1, is a user's.
 * The marker follows the sheet when the user renames or moves it, and turns to #REF! when the sheet is deleted.
 *
 * The marker is still hidden, to keep it out of Name Manager and formula autocomplete: {@link markerHiding}
 * sets `visible = false` in a batch after the one that added it — as #3878 found works — and reads it back.
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
  /** What the name refers to, as `NamedItem.formula` gives it ("='管线健康'!$A$1"). */
  readonly formula?: unknown;
  /** Listed by Excel, never part of recognising a marker (see the file header). */
  readonly visible?: boolean;
}

/**
 * Whether a workbook name is the marker of a report of `kind`: named with the kind and an id of 8 hexadecimal
 * digits, commented with exactly the comment the add-in writes for that kind and id, and referring to $A$1 of
 * a whole sheet (see {@link markedSheet}) or to #REF! once that sheet is gone. Visible or hidden alike: Excel
 * may have ignored the hiding.
 * @example isReportMarker("pipelineHealth", { ...reportMarker("pipelineHealth", "0A1B2C3D"), formula: "=Report!$A$1" }) // true
 * @example isReportMarker("pipelineHealth", { ...reportMarker("pipelineHealth", "0A1B2C3D"), formula: "=Report!$B$2" }) // false
 */
export function isReportMarker(kind: string, name: WorkbookName): boolean {
  const prefix = `${REPORT_MARKER_PREFIX}${reportKindKey(kind)}_`;
  if (!name.name.startsWith(prefix)) return false;
  const id = name.name.slice(prefix.length);
  return (
    /^[0-9A-F]{8}$/.test(id) &&
    name.comment === reportMarker(kind, id).comment &&
    (markedSheet(name.formula) !== undefined || isBrokenReference(name.formula))
  );
}

/** A sheet's name in a reference: quoted ('Q3 health', with '' for ') or plain. */
const SHEET_IN_REFERENCE = /^(?:'(?:[^']|'')+'|[^\s'!()=,;:"[\]]+)$/;

/**
 * Whether a name's formula is a reference to $A$1 that Excel broke: "=#REF!" or "=#REF!$A$1" once its sheet was
 * deleted, "='Sheet'!#REF!" once that sheet's row 1 or column A was.
 * @example isBrokenReference("=#REF!$A$1") // true
 * @example isBrokenReference("='管线健康'!#REF!") // true
 * @example isBrokenReference("=#REF!+1") // false
 */
export function isBrokenReference(formula: unknown): boolean {
  if (typeof formula !== "string") return false;
  if (formula === "=#REF!" || formula === "=#REF!$A$1") return true;
  const broken = /^=(.+)!#REF!$/.exec(formula);
  return broken !== null && SHEET_IN_REFERENCE.test(broken[1]);
}

/**
 * The sheet a marker's formula refers to: a reference to cell $A$1 of a sheet of this workbook, as the add-in
 * defines it; undefined once the sheet was deleted (#REF!) and for any other formula.
 * @example markedSheet("='管线健康'!$A$1") // "管线健康"
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

/** What the hiding needs of the `NamedItem` that `names.add` returned. */
export type AddedName = Pick<Excel.NamedItem, "name" | "visible" | "load">;

/** The hiding of a marker just added (see {@link markerHiding}). */
export interface MarkerHiding {
  /**
   * Queues `visible = false` and its read-back. Call it only after the batch that added the marker has synced,
   * in a batch that is sent anyway (again, should that batch fail before it and be sent again).
   */
  queue(): void;
  /** Whether {@link MarkerHiding.queue} was called. */
  readonly queued: boolean;
  /**
   * After the sync of the batch it was queued in: whether Excel kept the marker hidden. When it did not, says so
   * on the console — a diagnostic for whoever checks the add-in in a new Excel (docs/real-excel-checklist.md) —
   * and the marker, visible, is still recognised.
   */
  readBack(): boolean;
}

/**
 * Hiding a marker the add-in added: Excel may ignore `visible = false` queued with the `names.add` (office-js
 * #3878, #3949) but honours it set on the added item once the add has synced, so it is set in a later batch —
 * the first one sent anyway — and read back there.
 * @example const hiding = markerHiding(context.workbook.names.add(marker.name, range, marker.comment));
 * await context.sync(); hiding.queue(); await context.sync(); hiding.readBack() // true
 */
export function markerHiding(item: AddedName): MarkerHiding {
  let queued = false;
  return {
    queue() {
      queued = true;
      item.visible = false;
      item.load("name, visible");
    },
    get queued() {
      return queued;
    },
    readBack() {
      if (item.visible === false) return true;
      console.warn(
        `FUNNEL: Excel left the report marker ${item.name} visible (office-js #3878); the report is still recognised by its comment and reference.`,
      );
      return false;
    },
  };
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
