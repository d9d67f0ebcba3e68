/**
 * The review board's live formulas over one deal's evaluation sheets: each refers to a named range of a sheet by
 * its address now (the names are read back from the workbook), so a rep's edit shows on the board at once, and
 * Excel moves the references when rows are inserted later. FUNNEL.STAGE, FUNNEL.GATE, FUNNEL.WINWORTH and
 * FUNNEL.READY do the reading, as on the sheets themselves; plain functions (COUNTIF, COUNTA, INDEX, MATCH) the rest.
 */
import type { Bilingual, Language } from "../kernel";
import { formulaText, sheetReference } from "../sheet";
import { BUYING_ROLES, type BuyingRoleId, EVALUATION_NAMES } from "../templates";
import type { FoundEvaluation } from "./evaluationsFound";
import type { EvaluationKind } from "./evaluationKinds";

/** A deal's sheets, the first of each kind (the board's evidence). */
export type SheetsByKind = Partial<Record<EvaluationKind, FoundEvaluation>>;

/** A named range of the deal's sheet of `kind` as a reference, or undefined. */
export function namedReference(sheets: SheetsByKind, kind: EvaluationKind, name: string): string | undefined {
  const found = sheets[kind];
  const range = found?.ranges.get(name.toUpperCase());
  return found && range ? sheetReference(found.sheet, range) : undefined;
}

const orBlank = (ref: string | undefined, formula: (ref: string) => string) =>
  ref === undefined ? undefined : `=IFERROR(${formula(ref)},"")`;

/** The stage the 阶段判定 markers support, in `language`. */
export const supportedStage = (sheets: SheetsByKind, language: Language) =>
  orBlank(
    namedReference(sheets, "stageCheck", EVALUATION_NAMES.markers),
    (ref) => `FUNNEL.STAGE(${ref},"${language}")`,
  );

/** ✓ when the markers support the stage in `claimedCell`, ✗ when not, blank without either. */
export function gateMark(sheets: SheetsByKind, claimedCell: string): string | undefined {
  const ref = namedReference(sheets, "stageCheck", EVALUATION_NAMES.markers);
  if (ref === undefined) return undefined;
  return `=IF(${claimedCell}="","",IFERROR(IF(FUNNEL.GATE(${claimedCell},${ref}),"✓","✗"),""))`;
}

/** The 值得赢吗? score, or its verdict (in the language of Excel, as on the sheet). */
export const worth = (sheets: SheetsByKind, output: "score" | "verdict") =>
  orBlank(
    namedReference(sheets, "secondary", EVALUATION_NAMES.worthCounted),
    (ref) => `FUNNEL.WINWORTH(${ref}${output === "verdict" ? ',,"verdict"' : ""})`,
  );

/** The competitive assessment's total, as the sheet computes it. */
export const competitiveTotal = (sheets: SheetsByKind) =>
  orBlank(
    namedReference(sheets, "secondary", EVALUATION_NAMES.competitiveTotal),
    (ref) => `IF(${ref}="","",${ref})`,
  );

/** The competitive assessment's weakest group (the lowest rating, the first of equals). */
export function weakestGroup(sheets: SheetsByKind): string | undefined {
  const ratings = namedReference(sheets, "secondary", EVALUATION_NAMES.groupRatings);
  const groups = namedReference(sheets, "secondary", EVALUATION_NAMES.groups);
  if (ratings === undefined || groups === undefined) return undefined;
  return `=IF(COUNT(${ratings})=0,"",IFERROR(INDEX(${groups},MATCH(MIN(${ratings}),${ratings},0)),""))`;
}

/** How many people of a role the roles column lists, whichever language the sheet is in. */
function roleCount(roles: string, id: BuyingRoleId): string {
  const { name } = BUYING_ROLES.find((role) => role.id === id)!;
  const words = [...new Set([name.zh, name.en])];
  return `(${words.map((word) => `COUNTIF(${roles},${formulaText(word)})`).join("+")})`;
}

/** The four buying roles covered: "3/4". */
export function rolesCovered(sheets: SheetsByKind): string | undefined {
  const roles = namedReference(sheets, "secondary", EVALUATION_NAMES.roles);
  if (roles === undefined) return undefined;
  const covered = BUYING_ROLES.map((role) => `(${roleCount(roles, role.id)}>0)`).join("+");
  return `=(${covered})&"/${BUYING_ROLES.length}"`;
}

/** The risk warnings of the buying roles (no Coach, Economic Buyer not met, a negative Economic Buyer), or "✓". */
export function riskWarnings(sheets: SheetsByKind, language: Language): string | undefined {
  const roles = namedReference(sheets, "secondary", EVALUATION_NAMES.roles);
  const attitudes = namedReference(sheets, "secondary", EVALUATION_NAMES.attitudes);
  if (roles === undefined || attitudes === undefined) return undefined;
  const name = (id: BuyingRoleId) => BUYING_ROLES.find((role) => role.id === id)!.name;
  const say = (text: Bilingual) => formulaText(text[language]);
  const buyer = name("economicBuyer");
  const negative = [...new Set([buyer.zh, buyer.en])]
    .map((word) => `COUNTIFS(${roles},${formulaText(word)},${attitudes},"<0")`)
    .join("+");
  const warnings =
    `IF(${roleCount(roles, "coach")}=0,${say({ zh: `没有${name("coach").zh}；`, en: `No ${name("coach").en}; ` })},"")` +
    `&IF(${roleCount(roles, "economicBuyer")}=0,${say({ zh: `未接触${buyer.zh}；`, en: `${buyer.en} not met; ` })},"")` +
    `&IF(${negative}>0,${say({ zh: `${buyer.zh}态度消极；`, en: `${buyer.en} is negative; ` })},"")`;
  return `=IF(${warnings}="","✓",${warnings})`;
}

/** Negotiation readiness, k of 7: "5/7". */
export const readiness = (sheets: SheetsByKind) =>
  orBlank(
    namedReference(sheets, "negotiationReadiness", EVALUATION_NAMES.conditions),
    (ref) => `FUNNEL.READY(${ref})&"/7"`,
  );

/** How filled each kind of sheet is, 0..1, as a formula fragment over its named answers. */
function filled(sheets: SheetsByKind, kind: EvaluationKind): string | undefined {
  const refs = (names: readonly string[]) =>
    names.map((name) => namedReference(sheets, kind, name)).filter((ref) => ref !== undefined);
  const share = (names: readonly string[]) => {
    const found = refs(names);
    if (found.length === 0) return undefined;
    return `(${found.map((ref) => `COUNTA(${ref})`).join("+")})/(${found.map((ref) => `ROWS(${ref})*COLUMNS(${ref})`).join("+")})`;
  };
  const N = EVALUATION_NAMES;
  switch (kind) {
    case "preliminary":
      return namedReference(sheets, kind, N.completeness);
    case "stageCheck":
      return share([N.markers]);
    case "negotiationReadiness":
      return share([N.conditions]);
    case "secondary":
      return share([N.worthRatings, N.groupRatings]);
    case "swot":
      return share([N.strengths, N.weaknesses, N.opportunities, N.threats]);
  }
}

/** The deal's sheets' completeness: the mean of each sheet's share of answers filled. */
export function completeness(sheets: SheetsByKind): string | undefined {
  const parts = (Object.keys(sheets) as EvaluationKind[])
    .map((kind) => filled(sheets, kind))
    .filter((part) => part !== undefined);
  if (parts.length === 0) return undefined;
  return `=IFERROR((${parts.map((part) => `N(${part})`).join("+")})/${parts.length},"")`;
}
