/**
 * Which stages a search matches. A query matches a stage when every word of it occurs in the stage's
 * names, markers, characteristics or actions, its goal or the deck's coaching under it, in either language;
 * case, full-width characters and extra spaces are ignored.
 */
import type { Bilingual } from "../../core/kernel";
import { coachingOf, type StageDefinition } from "../../core/stages";

/** The texts of a stage that search looks at; with an id and a goal, its goal and coaching too. */
export type SearchableStage = Pick<
  StageDefinition,
  "name" | "shortName" | "markers" | "characteristics" | "actions"
> &
  Partial<Pick<StageDefinition, "id" | "goal">>;

/** The texts of a stage's coaching topics: titles, notes and points. */
function coachingTexts(stage: SearchableStage): Bilingual[] {
  if (stage.id === undefined) return [];
  return coachingOf(stage.id).topics.flatMap((topic) => [topic.title, ...topic.note, ...topic.items]);
}

/**
 * A text folded for comparison: NFKC (full-width → half-width), lower case, single spaces, trimmed.
 * Tested surface: exported for its tests.
 * @example foldForSearch("  ＢＵＤＧＥＴ   Plan ") // "budget plan"
 */
export function foldForSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The words of a query (folded); none for a blank query.
 * @example queryWords(" 预算  Budget ") // ["预算", "budget"]
 */
export function queryWords(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === "" ? [] : folded.split(" ");
}

function textsOf(stage: SearchableStage): string[] {
  const bilingual: readonly Bilingual[] = [
    stage.name,
    stage.shortName,
    ...stage.markers,
    ...stage.characteristics,
    ...stage.actions,
    ...(stage.goal ? [stage.goal] : []),
    ...coachingTexts(stage),
  ];
  return bilingual.flatMap((text) => [foldForSearch(text.zh), foldForSearch(text.en)]);
}

/**
 * Whether every word of the query occurs in some text of the stage; a blank query matches every stage.
 * @example stageMatchesQuery(stageById("project"), "预算") // true: 有初步预算
 */
export function stageMatchesQuery(stage: SearchableStage, query: string): boolean {
  const words = queryWords(query);
  if (words.length === 0) return true;
  const texts = textsOf(stage);
  return words.every((word) => texts.some((text) => text.includes(word)));
}

/**
 * The stages the query matches, in their order.
 * Tested surface: exported for its tests.
 * @example stagesMatching(STAGES, "quote").map((s) => s.id) // ["acknowledged", "negotiation"]
 */
export function stagesMatching<S extends SearchableStage>(stages: readonly S[], query: string): S[] {
  return stages.filter((stage) => stageMatchesQuery(stage, query));
}
