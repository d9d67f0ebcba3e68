/**
 * 进入商务谈判阶段的条件 (negotiation readiness, stage 6): the deck's seven entry conditions, each
 * answered 是/否 with its evidence; the deal is ready for commercial negotiation only when all hold.
 */
import type { Bilingual } from "../kernel";
import {
  type SheetSpec,
  formulaText,
  columnHeads,
  LABELS,
  STYLES,
  closeForm,
  openDealForm,
  tickRows,
  yesCount,
  yesTally,
  type TemplateOptions,
} from "../sheet";
import { NEGOTIATION_CONDITIONS } from "./negotiationConditions";
import { EVALUATION_NAMES } from "./evaluationNames";

const TEXT = {
  sheet: { zh: "谈判条件", en: "Negotiation readiness" },
  title: { zh: "进入商务谈判阶段的条件", en: "Conditions for entering commercial negotiation" },
  condition: { zh: "条件", en: "Condition" },
  holds: { zh: "是否具备", en: "Met?" },
  evidence: { zh: "依据/说明", en: "Evidence / notes" },
  conclusion: { zh: "结论", en: "Conclusion" },
  rule: {
    zh: "全部条件具备，才可进入商务谈判阶段。",
    en: "Enter commercial negotiation only when every condition is met.",
  },
} satisfies Record<string, Bilingual>;

const C = { number: 0, condition: 1, holds: 2, evidence: 3 } as const;

/**
 * The negotiation readiness sheet.
 * Tested surface: exported for its tests.
 * @example buildNegotiationReadiness({ language: "zh" }).name // "谈判条件"
 */
export function buildNegotiationReadiness(options: TemplateOptions): SheetSpec {
  const form = openDealForm(options, {
    name: TEXT.sheet,
    title: TEXT.title,
    lastCol: C.evidence,
    columns: { labelCol: C.condition, valueCol: C.holds, lastCol: C.evidence },
  });
  const { sheet } = form;
  const headRow = form.inputs.length + 2;
  columnHeads(sheet, headRow, C.number, [LABELS.number, TEXT.condition, TEXT.holds, TEXT.evidence]);
  const first = headRow + 1;
  const answers = tickRows(sheet, first, NEGOTIATION_CONDITIONS, {
    number: C.number,
    text: C.condition,
    tick: C.holds,
    notes: C.evidence,
  });

  sheet.nameRange(EVALUATION_NAMES.conditions, answers);
  const n = NEGOTIATION_CONDITIONS.length;
  const met = yesCount(sheet, answers);
  const at = first + n;
  const ready = formulaText(
    sheet.text({ zh: "✓ 可以进入商务谈判", en: "✓ Ready for commercial negotiation" }),
  );
  const before = sheet.text({ zh: "✗ 尚未具备：还差 ", en: "✗ Not ready: " });
  const after = sheet.text({ zh: " 项条件", en: " condition(s) still to meet" });
  sheet.value(at, C.condition, sheet.text(TEXT.conclusion), STYLES.label);
  sheet.formula(at, C.holds, yesTally(sheet, answers), STYLES.output);
  sheet.formula(
    at,
    C.evidence,
    `=IF(${met}=${n},${ready},${formulaText(before)}&(${n}-${met})&${formulaText(after)})`,
    STYLES.output,
  );
  sheet.value(at + 1, C.condition, sheet.text(TEXT.rule), STYLES.subtitle);

  return closeForm(form, {
    columnWidths: { [C.number]: 30, [C.condition]: 330, [C.holds]: 65, [C.evidence]: 220 },
    rows: at + 2,
    orientation: "portrait",
  });
}
