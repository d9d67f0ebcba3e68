/**
 * FUNNEL.GAPS, FUNNEL.GATE and FUNNEL.READY declared as data (see ./runner): the deck's gates as functions — the
 * markers a deal still lacks for a stage, whether its evidence supports the stage, and its negotiation readiness.
 */
import { evidenceGaps, evidenceSupports, STAGES } from "../core/stages";
import { negotiationReadiness } from "../core/reviews";
import { NEGOTIATION_CONDITIONS } from "../core/templates";
import { CONDITION_ANSWERS, gapRows, MARKER_ANSWERS, READY_OUTPUTS, readAnswers } from "./gates";
import { declare } from "./runner";

const STAGE_ARG = { name: "stage", kind: "funnelStage", blank: "answersBlank" } as const;
const EVIDENCE_ARG = { name: "evidence", kind: "answerRange" } as const;

/** FUNNEL.GAPS: the markers still missing for the evidence to support a stage, one per row (blank when none). */
export const GAPS_FUNCTION = declare({
  name: "GAPS",
  args: [STAGE_ARG, EVIDENCE_ARG, { name: "language", kind: "language", optional: true }],
  result: "array",
  run: ({ stage, evidence, language }) =>
    gapRows(evidenceGaps(stage, readAnswers(evidence, STAGES.length, MARKER_ANSWERS)), language),
});

/** FUNNEL.GATE: TRUE when the evidence supports the stage (every marker up to it holds), else FALSE. */
export const GATE_FUNCTION = declare({
  name: "GATE",
  args: [STAGE_ARG, EVIDENCE_ARG],
  result: "scalar",
  run: ({ stage, evidence }) => evidenceSupports(stage, readAnswers(evidence, STAGES.length, MARKER_ANSWERS)),
});

/** FUNNEL.READY: how many of the seven negotiation conditions hold, or TRUE/FALSE for all of them. */
export const READY_FUNCTION = declare({
  name: "READY",
  args: [
    { name: "conditions", kind: "answerRange" },
    { name: "output", kind: "choice", choice: READY_OUTPUTS, optional: true },
  ],
  result: "scalar",
  run: ({ conditions, output }) => {
    const readiness = negotiationReadiness(
      readAnswers(conditions, NEGOTIATION_CONDITIONS.length, CONDITION_ANSWERS),
    );
    return output === "ready" ? readiness.ready : readiness.met;
  },
});
