/**
 * Finding the add-in's evaluation sheets in a workbook, by identity and never by name: a sheet is a candidate
 * when it defines the sheet-scoped name EVALUATION_NAMES.identity; it is recognised when the cell that name points
 * at reads as an identity (./evaluationIdentity), and listed as not recognised otherwise — never guessed.
 */
import type { Bilingual } from "../kernel";
import { type CellRange, parseCellRange } from "../sheet";
import { EVALUATION_NAMES } from "../templates";
import { type EvaluationIdentity, readIdentity } from "./evaluationIdentity";

/** A sheet-scoped name as the gateway lists it: where it points on its sheet now ("$D$8:$D$14"), `null` when broken. */
export interface ListedName {
  readonly name: string;
  readonly address: string | null;
}

/** A sheet and its sheet-scoped names. */
export interface SheetNames {
  readonly sheet: string;
  readonly names: readonly ListedName[];
}

/** A cell or range of a sheet to read. */
export interface SheetCells {
  readonly sheet: string;
  readonly address: string;
}

/** An evaluation sheet recognised: its sheet, its identity, and its named ranges as they are now. */
export interface FoundEvaluation {
  readonly sheet: string;
  readonly identity: EvaluationIdentity;
  /** Its sheet-scoped names (upper case) and their ranges; a broken one is absent. */
  readonly ranges: ReadonlyMap<string, CellRange>;
}

/** A sheet that has the add-in's identity name, but whose identity cannot be read. */
export interface UnrecognisedSheet {
  readonly sheet: string;
  readonly reason: Bilingual;
}

/** The evaluation sheets of a workbook. */
export interface EvaluationsFound {
  readonly found: readonly FoundEvaluation[];
  readonly unrecognised: readonly UnrecognisedSheet[];
}

const IDENTITY = EVALUATION_NAMES.identity.toUpperCase();

const identityName = (sheet: SheetNames) => sheet.names.find((n) => n.name.toUpperCase() === IDENTITY);

/**
 * The identity cells to read: one per sheet that names one (a broken name is read as nothing).
 * @example identityCells([{ sheet: "二次评估", names: [{ name: "FUNNEL_EVAL_ID", address: "$I$1" }] }]) // [{ sheet: "二次评估", address: "$I$1" }]
 */
export function identityCells(sheets: readonly SheetNames[]): SheetCells[] {
  return sheets.flatMap((sheet) => {
    const name = identityName(sheet);
    return name?.address ? [{ sheet: sheet.sheet, address: name.address }] : [];
  });
}

/**
 * Recognises the evaluation sheets from the sheets' names and the values of their {@link identityCells}, in
 * the same order (each value the identity cell's, as the workbook holds it).
 * @example recogniseEvaluations(sheets, identityValues).found.map((f) => f.identity.dealId) // ["D-01", …]
 */
export function recogniseEvaluations(
  sheets: readonly SheetNames[],
  identityValues: readonly unknown[],
): EvaluationsFound {
  const found: FoundEvaluation[] = [];
  const unrecognised: UnrecognisedSheet[] = [];
  let next = 0;
  for (const sheet of sheets) {
    const name = identityName(sheet);
    if (name === undefined) continue;
    if (!name.address) {
      unrecognised.push({
        sheet: sheet.sheet,
        reason: { zh: "标识单元格已被删除", en: "its identity cell was deleted" },
      });
      continue;
    }
    const identity = readIdentity(identityValues[next++]);
    if (!identity.ok) {
      unrecognised.push({ sheet: sheet.sheet, reason: identity.error.message });
      continue;
    }
    const ranges = new Map<string, CellRange>();
    for (const n of sheet.names) {
      const range = n.address ? parseCellRange(n.address) : undefined;
      if (range) ranges.set(n.name.toUpperCase(), range);
    }
    found.push({ sheet: sheet.sheet, identity: identity.value, ranges });
  }
  return { found, unrecognised };
}
