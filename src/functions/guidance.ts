/**
 * The deck's guidance for a deal's stage, as the spilled columns of FUNNEL.ACTIONS and FUNNEL.MARKERS:
 * what the rep does next (动作: the stage slide's, then the overview slide's for the stage's column), and the
 * evidence of the stage (标志, then 特征). The deck's coaching beyond these (core/stages/coaching.ts) is in the
 * stage guide and the templates, not here: it is advice, not an action or a marker.
 */
import type { Bilingual, Language } from "../core/kernel";
import { type StagePosition, LOST, STAGES, type StageDefinition } from "../core/stages";
import { stopWith } from "./errors";

/** The stage of the deck at a position of the default scheme; the lost outcome has no guidance (#N/A). */
function deckStage(position: StagePosition): StageDefinition {
  if (position.kind !== "lost") return STAGES[position.index];
  return stopWith("NA", {
    en: `“${LOST.name.en}” is an outcome: the deck gives no actions, markers or characteristics for it.`,
    zh: `“${LOST.name.zh}”是结果：讲义没有为它给出动作、标志或特征。`,
  });
}

/**
 * The actions (动作) of the stage, one per row.
 * @example stageActions({ kind: "won", index: 6 }, "zh") // [["收款"], ["订货和发货"], ["做实施准备和项目交接"], ["审批合同"], ["签约"]]
 */
export function stageActions(position: StagePosition, language: Language): string[][] {
  return deckStage(position).actions.map((action) => [action[language]]);
}

const MARKER: Bilingual = { zh: "标志", en: "Marker" };
const CHARACTERISTIC: Bilingual = { zh: "特征", en: "Characteristic" };

/**
 * The markers (标志) and then the characteristics (特征) of the stage, as rows of kind | text.
 * @example stageMarkers({ kind: "open", index: 0 }, "en") // [["Marker", "Our product can fit or satisfy the customer"]]
 */
export function stageMarkers(position: StagePosition, language: Language): string[][] {
  const stage = deckStage(position);
  return [
    ...stage.markers.map((marker) => [MARKER[language], marker[language]]),
    ...stage.characteristics.map((seen) => [CHARACTERISTIC[language], seen[language]]),
  ];
}
