/**
 * 销售机会二次评估 (secondary assessment, stage 4) on one sheet, in the deck's three parts:
 * 1. 值得赢吗? — the five criteria of WORTH_CRITERIA with standard, rating, comment and detail
 *    questions; the conclusion is a live FUNNEL.WINWORTH over the valid ratings (score and verdict), and a
 *    check names any rating pasted past the dropdown (ratingChecks.ts);
 * 2. 销售竞争力的评估 — the ten question groups, a 0–10 rating per group, a total of the valid ones and
 *    the same check, then the relationship question "与客户关系目前处于什么层次与发展状态？" answered with
 *    one of the deck's four relationship phases (a dropdown) and that phase's guidance by formula;
 * 3. the four buying roles with red flags (see secondaryRoles.ts).
 * One sheet rather than three: the deck presents them as one assessment of one deal, so they share
 * one header, are filled and printed together, and "二次评估 (2)" is simply the next deal.
 * The ＋/－ rating is the deck's; the 0–10 scales, the 70/50 verdict lines and the ten group names are ours,
 * and the sheet says so (deckNotes.ts).
 */
import type { Bilingual } from "../kernel";
import {
  type SheetSpec,
  cellAddress,
  columnRange,
  rangeAddress,
  columnHeads,
  LABELS,
  section,
  sectionWithHeads,
  STYLES,
  closeForm,
  openDealForm,
  type SheetBuilder,
  type TemplateOptions,
} from "../sheet";
import { WORTH_CRITERIA, WORTH_THRESHOLDS } from "../metrics";
import { RELATIONSHIP_PHASES } from "../stages";
import { OUR_COMPETITIVE_SCALE, OUR_GROUP_NAMES, OUR_WORTH_METHOD } from "./deckNotes";
import { COMPETITIVE_GROUPS } from "./deckAssessments";
import { SECONDARY_COLUMNS as C, SECONDARY_WIDTHS } from "./secondaryLayout";
import { writeBuyingRoles } from "./secondaryRoles";
import { badScaleRating, badWorthRating, countedWorthRating, ratingCheck } from "./ratingChecks";
import { EVALUATION_NAMES } from "./evaluationNames";

/**
 * The choices of a 值得赢吗? rating: the deck's marks (＋ high/present, － low/absent) and 10 … 0.
 * Tested surface: exported for its tests.
 */
export const WORTH_RATINGS: readonly string[] = Object.freeze([
  "＋",
  "－",
  ...Array.from({ length: 11 }, (_, i) => String(10 - i)),
]);

const TEXT = {
  sheet: { zh: "二次评估", en: "Secondary assessment" },
  title: { zh: "销售机会二次评估", en: "Secondary opportunity assessment" },
  worth: { zh: "一、值得赢吗？", en: "1. Is it worth winning?" },
  content: { zh: "评估内容", en: "Criterion" },
  standard: { zh: "评估标准", en: "Standard" },
  rating: { zh: "评估", en: "Rating" },
  comment: { zh: "评语", en: "Comment" },
  questions: { zh: "详细问题", en: "Detail questions" },
  conclusion: { zh: "结论", en: "Conclusion" },
  verdictRule: {
    zh: `得分 ≥ ${WORTH_THRESHOLDS.worth} 值得赢；${WORTH_THRESHOLDS.review}–${WORTH_THRESHOLDS.worth} 需复核；< ${WORTH_THRESHOLDS.review} 不值得。`,
    en: `Score ≥ ${WORTH_THRESHOLDS.worth}: worth winning; ${WORTH_THRESHOLDS.review}–${WORTH_THRESHOLDS.worth}: review; < ${WORTH_THRESHOLDS.review}: not worth it.`,
  },
  compete: { zh: "二、销售竞争力的评估（能赢吗？）", en: "2. Competitive assessment (can we win?)" },
  group: { zh: "评估项目", en: "Area" },
  groupRating: { zh: "评分（0–10）", en: "Rating (0–10)" },
  total: { zh: "合计（满分 100）", en: "Total (out of 100)" },
  counted: { zh: "计入得分", en: "Counted" },
  ratingCheck: { zh: "评估检查", en: "Rating check" },
  worthRule: { zh: "评估应为 0–10、＋ 或 －。", en: "Ratings are 0–10, ＋ or －." },
  scaleRule: { zh: "评分应为 0–10。", en: "Ratings are 0–10." },
  relationship: {
    zh: "与客户关系目前处于什么层次与发展状态？",
    en: "At what level and stage of development is our relationship with the customer?",
  },
  phase: { zh: "关系发展阶段", en: "Relationship phase" },
  phaseGuidance: { zh: "该阶段的特点与做法", en: "What the phase is like, and what to do" },
  phases: { zh: "客户关系发展阶段", en: "The phases of a customer relationship" },
  traits: { zh: "特点", en: "What it is like" },
  todo: { zh: "做法", en: "What to do" },
} satisfies Record<string, Bilingual>;

const joinLines = (sheet: SheetBuilder, texts: readonly Bilingual[]) =>
  texts.map((t) => sheet.text(t)).join("\n");

/** Part 1: 值得赢吗? Returns the first row after it. */
function writeWorth(sheet: SheetBuilder, row: number): number {
  const heads = [LABELS.number, TEXT.content, TEXT.standard, TEXT.rating, TEXT.comment, TEXT.questions];
  const first = sectionWithHeads(sheet, row, TEXT.worth, heads, C.number, C.detail);
  columnHeads(sheet, first - 1, C.counted, [TEXT.counted]);
  const countedAt = (r: number) => cellAddress(r, C.counted);
  WORTH_CRITERIA.forEach((criterion, i) => {
    sheet.value(first + i, C.number, i + 1, STYLES.number);
    sheet.value(first + i, C.item, sheet.text(criterion.name), STYLES.label);
    sheet.value(first + i, C.standard, sheet.text(criterion.standard), STYLES.number);
    sheet.input(first + i, C.rating, STYLES.choice);
    sheet.formula(first + i, C.counted, countedWorthRating(cellAddress(first + i, C.rating)), STYLES.number);
    sheet.input(first + i, C.comment, STYLES.input);
    if (criterion.questions.length > 0) {
      sheet.value(first + i, C.detail, joinLines(sheet, criterion.questions), STYLES.text);
    } else sheet.put({ row: first + i, col: C.detail, style: STYLES.text });
  });
  const ratings = columnRange(first, C.rating, WORTH_CRITERIA.length);
  sheet.validate({ range: ratings, kind: "list", values: WORTH_RATINGS });
  sheet.nameRange(EVALUATION_NAMES.worthRatings, ratings);
  sheet.nameRange(EVALUATION_NAMES.worthCounted, { ...ratings, col: C.counted });

  const at = first + WORTH_CRITERIA.length;
  const over = rangeAddress({ ...ratings, col: C.counted });
  sheet.value(at, C.item, sheet.text(TEXT.conclusion), STYLES.label);
  sheet.merge({ row: at, col: C.item, rows: 1, cols: 2 });
  sheet.formula(at, C.rating, `=IFNA(FUNNEL.WINWORTH(${over}),"")`, { ...STYLES.output, numberFormat: "0" });
  sheet.formula(at, C.comment, `=IFNA(FUNNEL.WINWORTH(${over},,"verdict"),"")`, STYLES.output);
  sheet.value(
    at,
    C.detail,
    `${sheet.text(TEXT.verdictRule)}\n${sheet.text(OUR_WORTH_METHOD)}`,
    STYLES.subtitle,
  );
  const isBad = (cell: string, r: number) => badWorthRating(cell, countedAt(r));
  writeCheck(sheet, at + 1, ratingCheck(sheet, ratings, isBad, TEXT.worthRule));
  return at + 2;
}

/** The row under a score that names the ratings it left out: a label, and the check across rating…detail. */
function writeCheck(sheet: SheetBuilder, row: number, formula: string): void {
  sheet.value(row, C.item, sheet.text(TEXT.ratingCheck), STYLES.label);
  sheet.merge({ row, col: C.item, rows: 1, cols: 2 });
  sheet.formula(row, C.rating, formula, STYLES.output);
  sheet.merge({ row, col: C.rating, rows: 1, cols: C.detail - C.rating + 1 });
}

/** Part 2: 销售竞争力的评估. Returns the first row after it. */
function writeCompetition(sheet: SheetBuilder, row: number): number {
  section(sheet, row, TEXT.compete, C.number, C.detail);
  columnHeads(sheet, row + 1, C.number, [LABELS.number, TEXT.group]);
  sheet.merge({ row: row + 1, col: C.item, rows: 1, cols: 2 });
  columnHeads(sheet, row + 1, C.rating, [TEXT.groupRating, TEXT.comment, TEXT.questions]);
  const first = row + 2;
  COMPETITIVE_GROUPS.forEach((group, i) => {
    sheet.value(first + i, C.number, i + 1, STYLES.number);
    sheet.value(first + i, C.item, sheet.text(group.name), STYLES.label);
    sheet.merge({ row: first + i, col: C.item, rows: 1, cols: 2 });
    sheet.input(first + i, C.rating, STYLES.choice);
    sheet.input(first + i, C.comment, STYLES.input);
    sheet.value(first + i, C.detail, joinLines(sheet, group.questions), STYLES.text);
  });
  const ratings = columnRange(first, C.rating, COMPETITIVE_GROUPS.length);
  sheet.validate({ range: ratings, kind: "wholeNumber", min: 0, max: 10 });
  sheet.nameRange(EVALUATION_NAMES.groupRatings, ratings);
  sheet.nameRange(EVALUATION_NAMES.groups, { ...ratings, col: C.item });
  sheet.nameRange(EVALUATION_NAMES.competitiveTotal, {
    row: first + COMPETITIVE_GROUPS.length,
    col: C.rating,
    rows: 1,
    cols: 1,
  });
  const at = first + COMPETITIVE_GROUPS.length;
  const over = rangeAddress(ratings);
  const valid = `${over},">=0",${over},"<=10"`;
  sheet.value(at, C.item, sheet.text(TEXT.total), STYLES.label);
  sheet.merge({ row: at, col: C.item, rows: 1, cols: 2 });
  sheet.formula(at, C.rating, `=IF(COUNTIFS(${valid})=0,"",SUMIFS(${over},${valid}))`, STYLES.output);
  sheet.value(
    at,
    C.detail,
    `${sheet.text(OUR_COMPETITIVE_SCALE)}\n${sheet.text(OUR_GROUP_NAMES)}`,
    STYLES.subtitle,
  );
  writeCheck(sheet, at + 1, ratingCheck(sheet, ratings, badScaleRating, TEXT.scaleRule));
  return writeRelationship(sheet, at + 2);
}

/**
 * The relationship question of 能赢吗? answered with a phase (dropdown), the chosen phase's guidance by
 * formula, and the four phases in the deck's words below it. Returns the first row after them.
 */
function writeRelationship(sheet: SheetBuilder, row: number): number {
  const group = COMPETITIVE_GROUPS.findIndex((g) => g.id === "relationship");
  sheet.value(row, C.number, group + 1, STYLES.number);
  sheet.value(row, C.item, sheet.text(TEXT.relationship), STYLES.label);
  sheet.merge({ row, col: C.item, rows: 1, cols: 2 });
  sheet.input(row, C.rating, STYLES.choice);
  sheet.merge({ row, col: C.rating, rows: 1, cols: 2 });
  const names = RELATIONSHIP_PHASES.map((phase) => sheet.text(phase.name));
  sheet.validate({ range: { row, col: C.rating, rows: 1, cols: 1 }, kind: "list", values: names });

  const legend = row + 2;
  section(sheet, legend, TEXT.phases, C.number, C.detail);
  columnHeads(sheet, legend + 1, C.number, [LABELS.number, TEXT.phase, TEXT.traits]);
  sheet.merge({ row: legend + 1, col: C.standard, rows: 1, cols: 3 });
  columnHeads(sheet, legend + 1, C.detail, [TEXT.todo]);
  const first = legend + 2;
  const list = (texts: readonly Bilingual[]) => texts.map((t) => `• ${sheet.text(t)}`).join("\n");
  RELATIONSHIP_PHASES.forEach((phase, i) => {
    sheet.value(first + i, C.number, i + 1, STYLES.number);
    sheet.value(first + i, C.item, sheet.text(phase.name), STYLES.label);
    sheet.value(first + i, C.standard, list(phase.description), STYLES.text);
    sheet.merge({ row: first + i, col: C.standard, rows: 1, cols: 3 });
    sheet.value(first + i, C.detail, list(phase.actions), STYLES.text);
  });
  const n = RELATIONSHIP_PHASES.length;
  const chosen = cellAddress(row, C.rating);
  const lookup = (col: number) =>
    `INDEX(${rangeAddress(columnRange(first, col, n))},MATCH(${chosen},${rangeAddress(columnRange(first, C.item, n))},0))`;
  sheet.formula(
    row,
    C.detail,
    `=IF(${chosen}="","",IFERROR(${lookup(C.standard)}&CHAR(10)&${lookup(C.detail)},""))`,
    STYLES.output,
  );
  return first + n;
}

/**
 * The secondary assessment sheet (three parts on one sheet).
 * @example buildSecondary({ language: "zh" }).name // "二次评估"
 */
export function buildSecondary(options: TemplateOptions): SheetSpec {
  const form = openDealForm(options, {
    name: TEXT.sheet,
    title: TEXT.title,
    lastCol: C.counted,
    columns: { labelCol: C.item, valueCol: C.standard, lastCol: C.comment },
  });
  const { sheet } = form;
  const afterWorth = writeWorth(sheet, form.inputs.length + 2);
  const afterCompetition = writeCompetition(sheet, afterWorth + 1);
  const end = writeBuyingRoles(sheet, afterCompetition + 1);
  return closeForm(form, {
    columnWidths: SECONDARY_WIDTHS,
    rows: end,
    orientation: "landscape",
  });
}
