/**
 * Forecast categories as finance reports them: **commit** (won + open deals at or beyond the commit
 * stage), **best case** (commit + open deals from the best-case stage up to the commit stage) and
 * **pipeline** (the other open deals). The stages are adjustable; by default commit starts at the stage
 * before won (谈判 in the deck's funnel) and best case at the stage before that (认可).
 */
import type { StageScheme } from "../stages";

/** Where the commit and best-case categories start (0-based stage indexes, bestCaseIndex ≤ commitIndex). */
export interface CategoryIndexes {
  readonly commitIndex: number;
  readonly bestCaseIndex: number;
}

/**
 * The default category stages of a scheme: commit from the stage before won, best case from the stage
 * before that (never below the first stage).
 * @example defaultCategoryIndexes(DEFAULT_SCHEME) // { commitIndex: 5, bestCaseIndex: 4 } (谈判, 认可)
 */
export function defaultCategoryIndexes(scheme: Pick<StageScheme, "stages">): CategoryIndexes {
  const commitIndex = Math.max(0, scheme.stages.length - 2);
  return { commitIndex, bestCaseIndex: Math.max(0, commitIndex - 1) };
}

/** The forecast category of an open deal at a stage index. */
export type ForecastCategory = "commit" | "bestCase" | "pipeline";

/**
 * The category of an open deal at stage `index`.
 * @example categoryOf(4, { commitIndex: 5, bestCaseIndex: 4 }) // "bestCase"
 */
export function categoryOf(index: number, indexes: CategoryIndexes): ForecastCategory {
  if (index >= indexes.commitIndex) return "commit";
  return index >= indexes.bestCaseIndex ? "bestCase" : "pipeline";
}
