/**
 * What the stage guide shows of a stage's coaching, beyond its card: the stage's goal, its templates (title and
 * purpose, as the Templates view lists them), which action each template serves, and the deck's coaching topics.
 * Pure: resolved from core, so the component only lays it out.
 */
import type { Bilingual } from "../../core/kernel";
import { coachingOf, type CoachingTopic, type StageDefinition } from "../../core/stages";
import { templateInfoById, type TemplateInfo } from "../../core/templates";

/** The words of the coaching section, in both languages (the pane's shared strings are another view's). */
export const COACHING_TEXT = Object.freeze({
  goal: { zh: "本阶段目标", en: "Goal of this stage" },
  forms: { zh: "本阶段的表格（在“模板”中生成）", en: "Forms for this stage (generate them under Templates)" },
  actionForms: { zh: "动作与表格", en: "Actions and their forms" },
  coaching: { zh: "讲义的辅导要点", en: "Coaching from the deck" },
} satisfies Record<string, Bilingual>);

/** An action and the template that helps with it. */
export interface ActionFormView {
  readonly action: Bilingual;
  readonly template: TemplateInfo;
}

/** A stage's coaching, resolved. */
export interface StageCoachingView {
  readonly goal: Bilingual;
  readonly templates: readonly TemplateInfo[];
  readonly actionForms: readonly ActionFormView[];
  readonly topics: readonly CoachingTopic[];
}

/**
 * The coaching of a stage, with its templates and actions resolved; a template id that is not listed is
 * left out (none is: a test checks it).
 * @example stageCoachingView(stageById("acknowledged")).actionForms[0].template.id // "executiveTrust"
 */
export function stageCoachingView(stage: StageDefinition): StageCoachingView {
  const coaching = coachingOf(stage.id);
  const templates = coaching.templates.flatMap((id) => templateInfoById(id) ?? []);
  const actionForms = coaching.actionForms.flatMap((form) => {
    const action = stage.actions.find((a) => a.zh === form.action);
    const template = templateInfoById(form.template);
    return action && template ? [{ action, template }] : [];
  });
  return { goal: stage.goal, templates, actionForms, topics: coaching.topics };
}
