/**
 * What FUNNEL.STAGE reads: one cell holding a stage (label or number), or an evidence checklist – the
 * answers to the seven ordered stage markers of the deck (domain note §3) in one row or column.
 */
import {
  stageFromEvidence,
  parseStageForm,
  type StageForm,
  DEFAULT_SCHEME,
  type StagePosition,
  type StageScheme,
} from "../core/stages";
import { argumentText, listArg, optionalValue } from "./args";
import { failWith, valueOf } from "./errors";
import { displayLanguage } from "./language";

/**
 * The stage an `input` argument shows, in `scheme`; `null` when it is blank.
 *
 * - One cell with a label or number: that stage (resolved in `scheme`).
 * - One cell with TRUE/FALSE, or several cells in one row or column: the evidence checklist, answered
 *   in order (TRUE/FALSE, 是/否, Yes/No, 1/0, ✓/× …; blank = not yet). The deal is in the furthest
 *   stage whose marker and all earlier markers hold. The checklist follows the deck's seven stages, so
 *   it cannot be combined with a custom stage list.
 * @example stageFromInput([["谈判"]], DEFAULT_SCHEME) // { kind: "open", index: 5 }
 * @example stageFromInput([[true], [true], [false]], DEFAULT_SCHEME) // { kind: "open", index: 1 }
 */
export function stageFromInput(input: unknown, scheme: StageScheme): StagePosition | null {
  const cells = listArg(input, "input");
  if (cells.length === 0) return null;
  if (cells.length === 1) {
    const value = cells.valueAt(0);
    if (value === null) return null;
    if (typeof value !== "boolean") return valueOf(scheme.resolve(value), argumentText("input"));
  }
  if (scheme !== DEFAULT_SCHEME) {
    const [input_, list] = [argumentText("input"), argumentText("stageList")];
    failWith("VALUE", {
      en: `${input_.en} is an evidence checklist, which follows the deck's seven stage markers: leave ${list.en} empty.`,
      zh: `${input_.zh}是阶段标志清单，按讲义的七个阶段标志判断：请不要同时填写${list.zh}。`,
    });
  }
  const answers: unknown[] = new Array<unknown>(cells.length);
  for (let i = 0; i < cells.length; i++) answers[i] = cells.valueAt(i);
  return valueOf(stageFromEvidence(answers), argumentText("input"));
}

/**
 * The `form` argument of FUNNEL.STAGE: zh (中文), en (English), id or number; omitted or blank follows
 * Office's display language (中文 name in a Chinese Excel, English name otherwise).
 * @example stageFormArg("number") // "number"
 * @example stageFormArg(null) // "en" outside a Chinese Office
 */
export function stageFormArg(value: unknown): StageForm {
  const single = optionalValue(value, "form");
  if (single === undefined) return displayLanguage();
  return valueOf(parseStageForm(single), argumentText("form"));
}
