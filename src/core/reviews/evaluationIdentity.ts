/**
 * The identity of an evaluation sheet the add-in generated: its kind, its layout version and the deal it belongs
 * to, written in a hidden cell that a sheet-scoped name (EVALUATION_NAMES.identity) points at. The name follows
 * the cell when rows are inserted and the sheet when it is renamed, so the add-in finds its sheets whatever they
 * are called. The text carries a checksum: an identity edited, cleared or cut short is "not recognised", never
 * guessed. The same idea as the reports' marker (src/excel/reportMarker.ts): only the add-in writes it.
 */
import { fail, ok, type Result } from "../kernel";
import { evaluationKind, type EvaluationKind } from "./evaluationKinds";

/** Whose evaluation a sheet is: the kind and layout version of the form, and the deal's id. */
export interface EvaluationIdentity {
  readonly kind: EvaluationKind;
  readonly version: number;
  readonly dealId: string;
}

const PREFIX = "funnel-evaluation ";

/** FNV-1a over the UTF-16 code units, as 8 upper-case hexadecimal digits. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).toUpperCase().padStart(8, "0");
}

/**
 * The identity cell's text.
 * @example identityText({ kind: "secondary", version: 1, dealId: "D-01" }) // 'funnel-evaluation {"kind":"secondary","version":1,"deal":"D-01"} #…'
 */
export function identityText(identity: EvaluationIdentity): string {
  const json = JSON.stringify({ kind: identity.kind, version: identity.version, deal: identity.dealId });
  return `${PREFIX}${json} #${checksum(json)}`;
}

const damaged = (why: string, whyZh: string) =>
  fail("VALUE", {
    zh: `评估表标识已损坏：${whyZh}`,
    en: `The evaluation sheet's identity is damaged: ${why}`,
  });

/**
 * Reads an identity cell: the identity, or a failure saying why it is not recognised (not the add-in's text, a
 * checksum that does not match, an unknown kind or version, no deal id).
 * @example readIdentity(identityText({ kind: "swot", version: 1, dealId: "7" })) // ok({ kind: "swot", version: 1, dealId: "7" })
 * @example readIdentity("edited") // VALUE failure
 */
export function readIdentity(value: unknown): Result<EvaluationIdentity> {
  if (typeof value !== "string" || !value.startsWith(PREFIX))
    return damaged("the hidden identity cell was cleared or changed", "隐藏的标识单元格被清除或改动");
  const match = /^(\{.*\}) #([0-9A-F]{8})$/s.exec(value.slice(PREFIX.length));
  if (match === null || checksum(match[1]) !== match[2])
    return damaged("the hidden identity cell was edited", "隐藏的标识单元格被编辑过");
  let parsed: unknown;
  try {
    parsed = JSON.parse(match[1]);
  } catch {
    return damaged("the hidden identity cell was edited", "隐藏的标识单元格被编辑过");
  }
  const { kind, version, deal } = (parsed ?? {}) as Record<string, unknown>;
  const definition = typeof kind === "string" ? evaluationKind(kind) : undefined;
  if (definition === undefined || version !== definition.version)
    return damaged("a form or version this add-in does not know", "本插件不认识的表单或版本");
  if (typeof deal !== "string" || deal.trim() === "") return damaged("no deal id", "没有商机编号");
  return ok({ kind: definition.kind, version, dealId: deal });
}
