/**
 * Negotiation readiness (domain note §2, stage 6 谈判客户): the deck's seven conditions of 进入商务谈判阶段的条件
 * must all hold before a deal enters commercial negotiation. Readiness is how many hold (k of 7) and which do not.
 */
import type { Bilingual } from "../kernel";
import { NEGOTIATION_CONDITIONS } from "../templates";

/** How many of the seven conditions hold, and the ones that do not (blank or "no"), in the deck's order. */
export interface Readiness {
  readonly met: number;
  readonly of: number;
  /** 0-based positions of the conditions not met. */
  readonly missing: readonly number[];
  /** Every condition holds: the deal may enter negotiation. */
  readonly ready: boolean;
}

/**
 * Readiness from the answers to the seven conditions in the deck's order (TRUE, FALSE or null for not yet;
 * answers beyond the given ones are not yet).
 * @throws RangeError for more than seven answers (a programming error: the functions layer refuses them first).
 * @example negotiationReadiness([true, true, false, true, true, null, true]) // { met: 5, of: 7, missing: [2, 5], ready: false }
 */
export function negotiationReadiness(answers: readonly (boolean | null)[]): Readiness {
  const of = NEGOTIATION_CONDITIONS.length;
  if (answers.length > of) throw new RangeError(`At most ${of} answers; got ${answers.length}.`);
  const missing = NEGOTIATION_CONDITIONS.map((_, i) => i).filter((i) => answers[i] !== true);
  return { met: of - missing.length, of, missing, ready: missing.length === 0 };
}

/**
 * The conditions at `positions`, in the deck's words.
 * @example conditionTexts([0])[0].zh // "与老总或高级主管或ERP负责人见面沟通过"
 */
export function conditionTexts(positions: readonly number[]): Bilingual[] {
  return positions.map((i) => NEGOTIATION_CONDITIONS[i]);
}
