/**
 * The evaluation templates: every form of the deck (and the workbook's pipeline and stage settings)
 * as a sheet spec built in core, listed in {@link TEMPLATES} for the task pane.
 */
import type { SheetSpec, TemplateOptions } from "../sheet";
import { centredVertically } from "./alignment";
import { buildClosing } from "./closing";
import { buildCustomerProblems } from "./customerProblems";
import { buildCustomerProfile } from "./customerProfile";
import { buildCustomerSwot } from "./customerSwot";
import { buildCustomerVisit } from "./customerVisit";
import { buildExecutiveTrust } from "./executiveTrust";
import { buildFab } from "./fab";
import { buildNegotiationReadiness } from "./negotiationReadiness";
import { buildPipeline } from "./pipeline";
import { buildPreliminary } from "./preliminary";
import { buildProjectInfo } from "./projectInfo";
import { buildSecondary } from "./secondary";
import { buildStageCheck } from "./stageCheck";
import { buildStageSettings } from "./stageSettings";
import { buildSwot } from "./swot";
import { TEMPLATE_CATALOGUE, type TemplateId, type TemplateInfo } from "./catalogue";

export type { TemplateOptions } from "../sheet";
export {
  PIPELINE_NAME,
  TEMPLATE_CATALOGUE,
  templateInfoById,
  type TemplateId,
  type TemplateInfo,
} from "./catalogue";
export {
  STAGE_SETTING_NAMES,
  STAGE_SETTINGS_SHEET,
  STAGE_LIST_RANGE,
  EXTRA_STAGE_ROWS,
  STAGE_LIST_ROWS,
  GATE_SWITCHES_RANGE,
} from "./stageSettings";
export { WORTH_RATINGS } from "./secondary";
export { NEGOTIATION_CONDITIONS } from "./negotiationConditions";
export { EVALUATION_NAMES } from "./evaluationNames";
export { BUYING_ROLES, COMPETITIVE_GROUPS, type BuyingRoleId } from "./deckAssessments";

/** One template as the task pane lists it, with the builder of its sheet. */
export interface TemplateDefinition extends TemplateInfo {
  /** Builds the sheet; its name is the wanted one (the renderer makes it unique). */
  readonly build: (options: TemplateOptions) => SheetSpec;
}

/** A template as listed: its sheet built with every cell centred vertically (alignment.ts). */
const template = (definition: TemplateDefinition): TemplateDefinition =>
  Object.freeze({
    ...definition,
    build: (options: TemplateOptions) => centredVertically(definition.build(options)),
    title: Object.freeze(definition.title),
    purpose: Object.freeze(definition.purpose),
  });

/** The builder of each template's sheet. */
const BUILDERS: Readonly<Record<TemplateId, (options: TemplateOptions) => SheetSpec>> = {
  pipeline: buildPipeline,
  stageSettings: buildStageSettings,
  stageCheck: buildStageCheck,
  customerVisit: buildCustomerVisit,
  customerProfile: buildCustomerProfile,
  customerSwot: buildCustomerSwot,
  customerProblems: buildCustomerProblems,
  fab: buildFab,
  preliminary: buildPreliminary,
  projectInfo: buildProjectInfo,
  secondary: buildSecondary,
  swot: buildSwot,
  executiveTrust: buildExecutiveTrust,
  negotiationReadiness: buildNegotiationReadiness,
  closing: buildClosing,
};

/**
 * The templates in the order the task pane shows them: the workbook-level pipeline and its stage
 * settings first (where a manager starts), the stage check that applies at any stage, then the
 * deal forms in the order of the funnel: 潜在 (visit, profile, the customer's SWOT) → 意向 (problems, FAB,
 * preliminary) → 立项 (project information, secondary, our SWOT) → 认可 (executive trust) → 谈判 (readiness)
 * → 成交 (closing).
 */
export const TEMPLATES: readonly TemplateDefinition[] = Object.freeze(
  TEMPLATE_CATALOGUE.map((info) => template({ ...info, build: BUILDERS[info.id] })),
);

/**
 * The template with this id, or undefined.
 * @example templateById("secondary")?.title.zh // "销售机会二次评估"
 */
export function templateById(id: string): TemplateDefinition | undefined {
  return TEMPLATES.find((definition) => definition.id === id);
}

/**
 * The templates to generate, in order, for the wanted one: its requirements first (depth first,
 * each once), then itself.
 * @throws RangeError for templates that require each other (a programming error in {@link TEMPLATES}).
 * @example templatesToGenerate("pipeline").map((t) => t.id) // ["stageSettings", "pipeline"]
 */
export function templatesToGenerate(id: TemplateId): TemplateDefinition[] {
  const order: TemplateDefinition[] = [];
  const visit = (current: TemplateId, path: readonly TemplateId[]) => {
    if (path.includes(current))
      throw new RangeError(`Templates require each other: ${[...path, current].join(" → ")}`);
    if (order.some((definition) => definition.id === current)) return;
    const definition = templateById(current);
    if (!definition) throw new RangeError(`Unknown template "${current}"`);
    for (const required of definition.requires ?? []) visit(required, [...path, current]);
    order.push(definition);
  };
  visit(id, []);
  return order;
}
