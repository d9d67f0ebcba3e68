/**
 * 初步销售机会评估 (preliminary opportunity assessment, stage 3): a header, the deck's five question
 * groups with an answer and a status per question (known / partly known / unknown), and how complete
 * the assessment is, by formula: known counts 1, partly known ½, unknown or blank 0. The questions are the
 * deck's; the five group names are ours, and the sheet says so.
 */
import type { Bilingual } from "../kernel";
import {
  type SheetSpec,
  columnRange,
  formulaText,
  rangeAddress,
  columnHeads,
  LABELS,
  STYLES,
  closeForm,
  openDealForm,
  type SheetBuilder,
  type TemplateOptions,
} from "../sheet";
import { STAGES } from "../stages";
import { PRELIMINARY_GROUPS } from "./deckAssessments";
import { OUR_GROUP_NAMES } from "./deckNotes";
import { EVALUATION_NAMES } from "./evaluationNames";

/**
 * The status of one answer.
 * Tested surface: exported for its tests.
 */
export const ANSWER_STATUS = Object.freeze({
  known: { zh: "已知", en: "Known" },
  partly: { zh: "部分已知", en: "Partly known" },
  unknown: { zh: "未知", en: "Unknown" },
} satisfies Record<string, Bilingual>);

const TEXT = {
  sheet: { zh: "初步评估", en: "Preliminary assessment" },
  title: { zh: "初步销售机会评估", en: "Preliminary opportunity assessment" },
  completeness: { zh: "完成度", en: "Completeness" },
  completenessNote: {
    zh: "完成度 = （已知 + ½ × 部分已知）÷ 问题数",
    en: "Completeness = (known + ½ × partly known) ÷ number of questions",
  },
  question: { zh: "问题", en: "Question" },
  answer: { zh: "答案", en: "Answer" },
  status: { zh: "状态", en: "Status" },
} satisfies Record<string, Bilingual>;

const C = { number: 0, question: 1, answer: 2, status: 3 } as const;

/** The completeness formula over one block of status cells with `questions` questions. */
function completeness(sheet: SheetBuilder, statuses: string, questions: number): string {
  const known = formulaText(sheet.text(ANSWER_STATUS.known));
  const partly = formulaText(sheet.text(ANSWER_STATUS.partly));
  return `=(COUNTIF(${statuses},${known})+0.5*COUNTIF(${statuses},${partly}))/${questions}`;
}

/**
 * The preliminary assessment sheet.
 * Tested surface: exported for its tests.
 * @example buildPreliminary({ language: "zh", customer: "华为" }).name // "初步评估"
 */
export function buildPreliminary(options: TemplateOptions): SheetSpec {
  const form = openDealForm(options, {
    name: TEXT.sheet,
    title: TEXT.title,
    lastCol: C.status,
    moreFields: [{ label: LABELS.customerManager }, { label: LABELS.currentStage, style: STYLES.input }],
    columns: { labelCol: C.question, valueCol: C.answer },
  });
  const { sheet, inputs } = form;
  sheet.validate({ range: inputs[4], kind: "list", values: STAGES.map((stage) => sheet.text(stage.name)) });

  const completenessRow = 1 + inputs.length;
  sheet.value(completenessRow, C.question, sheet.text(TEXT.completeness), STYLES.label);
  sheet.value(completenessRow + 1, C.question, sheet.text(TEXT.completenessNote), STYLES.subtitle);

  const headRow = completenessRow + 3;
  columnHeads(sheet, headRow, C.number, [LABELS.number, TEXT.question, TEXT.answer, TEXT.status]);
  const statusValues = [ANSWER_STATUS.known, ANSWER_STATUS.partly, ANSWER_STATUS.unknown].map((s) =>
    sheet.text(s),
  );
  let row = headRow + 1;
  let total = 0;
  PRELIMINARY_GROUPS.forEach((group, g) => {
    const questions = group.questions.length;
    const statuses = rangeAddress(columnRange(row + 1, C.status, questions));
    sheet.value(row, C.number, `${g + 1}. ${sheet.text(group.name)}`, STYLES.section);
    sheet.merge({ row, col: C.number, rows: 1, cols: 3 });
    sheet.formula(row, C.status, completeness(sheet, statuses, questions), STYLES.percent);
    group.questions.forEach((question, q) => {
      const at = row + 1 + q;
      sheet.value(at, C.number, `${g + 1}.${q + 1}`, STYLES.number);
      sheet.value(at, C.question, sheet.text(question), STYLES.text);
      sheet.input(at, C.answer, STYLES.input);
      sheet.input(at, C.status, STYLES.choice);
    });
    sheet.validate({ range: columnRange(row + 1, C.status, questions), kind: "list", values: statusValues });
    row += questions + 1;
    total += questions;
  });
  // Over the whole block: group rows hold percentages, which never match a status word.
  const everyStatus = rangeAddress({ row: headRow + 1, col: C.status, rows: row - headRow - 1, cols: 1 });
  sheet.formula(completenessRow, C.answer, completeness(sheet, everyStatus, total), STYLES.percent);
  sheet.nameRange(EVALUATION_NAMES.completeness, { row: completenessRow, col: C.answer, rows: 1, cols: 1 });
  sheet.value(row, C.question, sheet.text(OUR_GROUP_NAMES), STYLES.subtitle);

  return closeForm(form, {
    columnWidths: { [C.number]: 40, [C.question]: 250, [C.answer]: 250, [C.status]: 75 },
    rows: row + 1,
    orientation: "portrait",
  });
}
