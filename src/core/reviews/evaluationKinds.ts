/**
 * The evaluation sheets a deal can have (the deck's forms a rep fills for one deal, rolled up by the review
 * board): 阶段判定, 初步评估, 二次评估 (值得赢吗?, competitive assessment, buying roles), 自我SWOT and the
 * negotiation conditions. Each is a template of core/templates, at a layout version the board reads.
 */
import type { Bilingual } from "../kernel";
import type { TemplateId } from "../templates";

/** The templates that are evaluation sheets. */
export type EvaluationKind = Extract<
  TemplateId,
  "stageCheck" | "preliminary" | "secondary" | "swot" | "negotiationReadiness"
>;

/** One kind of evaluation sheet: its template, the layout version the add-in writes, its short label. */
export interface EvaluationKindDefinition {
  readonly kind: EvaluationKind;
  /** The layout version: a sheet of another version is not read as this one. */
  readonly version: number;
  /** Its column head on the review board. */
  readonly label: Bilingual;
}

/** The evaluation kinds, in the order of the funnel (and of the board's columns). */
export const EVALUATION_KINDS: readonly EvaluationKindDefinition[] = Object.freeze([
  { kind: "stageCheck", version: 1, label: { zh: "阶段判定", en: "Stage check" } },
  { kind: "preliminary", version: 1, label: { zh: "初步评估", en: "Preliminary" } },
  { kind: "secondary", version: 1, label: { zh: "二次评估", en: "Secondary" } },
  { kind: "swot", version: 1, label: { zh: "自我SWOT", en: "Our SWOT" } },
  { kind: "negotiationReadiness", version: 1, label: { zh: "谈判条件", en: "Negotiation readiness" } },
] satisfies EvaluationKindDefinition[]);

/**
 * The kind with this id, or undefined.
 * @example evaluationKind("secondary")?.version // 1
 */
export function evaluationKind(kind: string): EvaluationKindDefinition | undefined {
  return EVALUATION_KINDS.find((definition) => definition.kind === kind);
}
