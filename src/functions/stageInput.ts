/**
 * What FUNNEL.STAGE reads: one cell holding a stage (label or number), or an evidence checklist – the
 * answers to the seven ordered stage markers of the deck (domain note §3) in one row or column – and the
 * form to write the stage in.
 */
import {
  stageFromEvidence,
  parseStageForm,
  type StageForm,
  DEFAULT_SCHEME,
  type StagePosition,
  type StageScheme,
} from "../core/stages";
import { argumentText, type CellList } from "./args";
import { stopWith, unwrap } from "./errors";
import { displayLanguage } from "./language";
import type { Choice } from "./options";

/**
 * The stage the `input` cells show, in `scheme`; `null` when they are blank.
 *
 * - One cell with a label or number: that stage (resolved in `scheme`).
 * - One cell with TRUE/FALSE, or several cells in one row or column: the evidence checklist, answered
 *   in order (TRUE/FALSE, 是/否, Yes/No, 1/0, ✓/× …; blank = not yet). The deal is in the furthest
 *   stage whose marker and all earlier markers hold. The checklist follows the deck's seven stages, so
 *   it cannot be combined with a custom stage list.
 * @example readStageInput(readList([["谈判"]], "input"), DEFAULT_SCHEME) // { kind: "open", index: 5 }
 * @example readStageInput(readList([[true], [true], [false]], "input"), DEFAULT_SCHEME) // { kind: "open", index: 1 }
 */
export function readStageInput(cells: CellList, scheme: StageScheme): StagePosition | null {
  if (cells.length === 0) return null;
  if (cells.length === 1) {
    const value = cells.valueAt(0);
    if (value === null) return null;
    if (typeof value !== "boolean") {
      const resolved = scheme.resolve(value);
      return resolved.ok ? resolved.value : unwrap(resolved, argumentText(cells.name));
    }
  }
  const input = argumentText(cells.name);
  if (scheme !== DEFAULT_SCHEME) {
    const list = argumentText("stageList");
    stopWith("VALUE", {
      en: `${input.en} is an evidence checklist, which follows the deck's seven stage markers: leave ${list.en} empty.`,
      zh: `${input.zh}是阶段标志清单，按讲义的七个阶段标志判断：请不要同时填写${list.zh}。`,
    });
  }
  const answers: unknown[] = new Array<unknown>(cells.length);
  for (let i = 0; i < cells.length; i++) answers[i] = cells.valueAt(i);
  return unwrap(stageFromEvidence(answers), input);
}

/**
 * The `form` argument of FUNNEL.STAGE: zh (中文), en (English), id or number; omitted or blank follows
 * Office's display language (中文 name in a Chinese Office, English name otherwise).
 * @example readChoice("number", "form", STAGE_FORMS) // "number"
 * @example readChoice(null, "form", STAGE_FORMS) // "en" outside a Chinese Office
 */
export const STAGE_FORMS: Choice<StageForm> = {
  whenBlank: displayLanguage,
  read(value, name) {
    const form = parseStageForm(value);
    return form.ok ? form.value : unwrap(form, argumentText(name));
  },
};
