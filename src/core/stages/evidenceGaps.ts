/**
 * The gate of a stage (domain note §3, §5 "stage earned by markers"): a deal is in a stage only when the marker
 * (标志) of that stage and of every stage before it holds. The gaps are the stages, up to the claimed one, whose
 * marker answer is not yes — what the rep must still establish for the deal to be where the pipeline says.
 */
import { STAGES, type StageDefinition } from "./stages";

/**
 * The stages 1..`stageIndex + 1` whose marker does not hold in `answers` (the seven ordered answers of the
 * evidence checklist, TRUE / FALSE / null for not yet; missing answers are not yet), in the deck's order. Empty
 * when the evidence supports the stage.
 * @throws RangeError for an index outside the seven stages (a programming error: callers read a funnel stage).
 * @example evidenceGaps(3, [true, true, false, null]).map((s) => s.id) // ["intent", "project"]
 * @example evidenceGaps(1, [true, true]) // []
 */
export function evidenceGaps(stageIndex: number, answers: readonly (boolean | null)[]): StageDefinition[] {
  if (!Number.isInteger(stageIndex) || stageIndex < 0 || stageIndex >= STAGES.length)
    throw new RangeError(`No stage at index ${stageIndex}.`);
  return STAGES.slice(0, stageIndex + 1).filter((_, i) => answers[i] !== true);
}

/**
 * Whether the evidence supports the stage at `stageIndex`: every marker up to it holds (no {@link evidenceGaps}).
 * @example evidenceSupports(2, [true, true, true]) // true
 * @example evidenceSupports(2, [true, null, true]) // false: a deal cannot skip a stage
 */
export function evidenceSupports(stageIndex: number, answers: readonly (boolean | null)[]): boolean {
  return evidenceGaps(stageIndex, answers).length === 0;
}
