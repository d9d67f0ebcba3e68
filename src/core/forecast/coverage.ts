/**
 * Pipeline coverage: how many times the open pipeline covers what remains of the target.
 * coverage = open pipeline ÷ (target − won to date); the weighted version uses the weighted pipeline.
 */

/** What coverage is computed from (amounts in one currency). */
export interface CoverageInputs {
  /** Full amounts of the open deals. */
  readonly openPipeline: number;
  /** Stage-weighted amounts of the open deals (as FUNNEL.WEIGHTED). */
  readonly weightedPipeline: number;
  readonly target: number;
  /** Won amount so far against the target (default 0). */
  readonly wonToDate?: number;
}

/** Coverage figures; `null` when nothing of the target remains to cover (won to date ≥ target). */
export interface Coverage {
  readonly coverage: number | null;
  readonly weightedCoverage: number | null;
}

/**
 * Open pipeline ÷ (target − won to date), and weighted pipeline ÷ (target − won to date); both `null`
 * when won to date already reaches the target.
 * @throws RangeError when an input is not a finite number (a programming error).
 * @example coverage({ openPipeline: 900, weightedPipeline: 300, target: 500, wonToDate: 200 }) // { coverage: 3, weightedCoverage: 1 }
 */
export function coverage(inputs: CoverageInputs): Coverage {
  const { openPipeline, weightedPipeline, target, wonToDate = 0 } = inputs;
  for (const [name, value] of Object.entries({ openPipeline, weightedPipeline, target, wonToDate })) {
    if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number, not ${value}.`);
  }
  const remaining = target - wonToDate;
  if (!(remaining > 0)) return { coverage: null, weightedCoverage: null };
  return { coverage: openPipeline / remaining, weightedCoverage: weightedPipeline / remaining };
}
