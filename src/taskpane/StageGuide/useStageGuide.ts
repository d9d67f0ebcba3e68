/**
 * State of the stage guide: the search query and the stages it matches, each with the stage after it in
 * the funnel (so a filtered card still shows what its next stage needs).
 */
import { useMemo, useState } from "react";
import { STAGES, type StageDefinition } from "../../core/stages";
import { queryWords, stageMatchesQuery } from "./stageMatch";

/** A stage to show, with its successor in the full funnel. */
export interface GuideEntry {
  readonly stage: StageDefinition;
  readonly nextStage?: StageDefinition;
}

/** What {@link useStageGuide} returns. */
export interface StageGuideState {
  readonly query: string;
  readonly setQuery: (query: string) => void;
  /** Whether the query has any word (a blank query shows every stage and no count). */
  readonly searching: boolean;
  readonly entries: readonly GuideEntry[];
  readonly total: number;
}

/**
 * Search state over the given stages (the deck's seven by default).
 * @example const { entries, setQuery } = useStageGuide(); setQuery("预算");
 */
export function useStageGuide(stages: readonly StageDefinition[] = STAGES): StageGuideState {
  const [query, setQuery] = useState("");
  const entries = useMemo(
    () =>
      stages
        .map((stage, index): GuideEntry => ({ stage, nextStage: stages[index + 1] }))
        .filter((entry) => stageMatchesQuery(entry.stage, query)),
    [stages, query],
  );
  return { query, setQuery, searching: queryWords(query).length > 0, entries, total: stages.length };
}
