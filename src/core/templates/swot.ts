/**
 * 销售竞争力的自我SWOT分析 (our own competitive SWOT, stage 4 立项 — not 分析客户的SWOT of stage 2, see
 * customerSwot.ts) as the familiar 2×2 grid: strengths | weaknesses against the
 * deck's ten items on top, opportunities | threats against its nine below; each quadrant has an
 * assessment (high / medium / low) and notes per item, and counts its "high" items by formula.
 */
import type { Bilingual } from "../kernel";
import {
  type SheetSpec,
  columnRange,
  formulaText,
  rangeAddress,
  STYLES,
  closeForm,
  openDealForm,
  type SheetBuilder,
  type TemplateOptions,
} from "../sheet";
import { SWOT_OPPORTUNITY_ITEMS, SWOT_STRENGTH_ITEMS } from "./deckAssessments";
import { EVALUATION_NAMES } from "./evaluationNames";

/**
 * How strongly an item is a strength (weakness, opportunity, threat).
 * Tested surface: exported for its tests.
 */
export const SWOT_LEVELS: readonly Bilingual[] = Object.freeze([
  { zh: "高", en: "High" },
  { zh: "中", en: "Medium" },
  { zh: "低", en: "Low" },
]);

const TEXT = {
  sheet: { zh: "自我SWOT", en: "Our SWOT" },
  title: { zh: "销售竞争力的自我SWOT分析", en: "Self-assessment of our competitive position (SWOT)" },
  upper: { zh: "强项与弱项", en: "Strengths and weaknesses" },
  lower: { zh: "机会与威胁", en: "Opportunities and threats" },
  strengths: { zh: "强项 S", en: "Strengths (S)" },
  weaknesses: { zh: "弱项 W", en: "Weaknesses (W)" },
  opportunities: { zh: "机会 O", en: "Opportunities (O)" },
  threats: { zh: "威胁 T", en: "Threats (T)" },
  item: { zh: "评估项目", en: "Item" },
  assessment: { zh: "评估", en: "Assessment" },
  notes: { zh: "说明", en: "Notes" },
  highCount: { zh: "评为“高”的项数", en: "Items rated High" },
} satisfies Record<string, Bilingual>;

/** Columns: item | left assessment | left notes | right assessment | right notes. */
const C = { item: 0, leftLevel: 1, leftNotes: 2, rightLevel: 3, rightNotes: 4 } as const;
const FILL: Record<"s" | "w" | "o" | "t", string> = {
  s: "#E2EFDA",
  w: "#FCE4D6",
  o: "#DDEBF7",
  t: "#FFF2CC",
};

interface Half {
  readonly title: Bilingual;
  readonly left: { readonly name: Bilingual; readonly fill: string };
  readonly right: { readonly name: Bilingual; readonly fill: string };
  readonly items: readonly Bilingual[];
  /** The sheet-scoped names of the left and right assessment columns. */
  readonly names: readonly [string, string];
}

/** One half of the grid (two quadrants sharing the items); returns the first row after it. */
function writeHalf(sheet: SheetBuilder, row: number, half: Half): number {
  const quadrant = (col: number, name: Bilingual, fill: string) => {
    sheet.value(row, col, sheet.text(name), { ...STYLES.head, fill, fontColor: "#000000" });
    sheet.merge({ row, col, rows: 1, cols: 2 });
    sheet.value(row + 1, col, sheet.text(TEXT.assessment), { ...STYLES.head, fill, fontColor: "#000000" });
    sheet.value(row + 1, col + 1, sheet.text(TEXT.notes), { ...STYLES.head, fill, fontColor: "#000000" });
  };
  sheet.value(row, C.item, sheet.text(half.title), STYLES.section);
  sheet.value(row + 1, C.item, sheet.text(TEXT.item), STYLES.head);
  quadrant(C.leftLevel, half.left.name, half.left.fill);
  quadrant(C.rightLevel, half.right.name, half.right.fill);
  const first = row + 2;
  half.items.forEach((item, i) => {
    sheet.value(first + i, C.item, `${i + 1}. ${sheet.text(item)}`, STYLES.text);
    for (const col of [C.leftLevel, C.rightLevel]) sheet.input(first + i, col, STYLES.choice);
    for (const col of [C.leftNotes, C.rightNotes]) sheet.input(first + i, col, STYLES.input);
  });
  const levels = SWOT_LEVELS.map((level) => sheet.text(level));
  const at = first + half.items.length;
  sheet.value(at, C.item, sheet.text(TEXT.highCount), STYLES.label);
  for (const col of [C.leftLevel, C.rightLevel]) {
    const range = columnRange(first, col, half.items.length);
    sheet.nameRange(half.names[col === C.leftLevel ? 0 : 1], range);
    sheet.validate({ range, kind: "list", values: levels });
    sheet.formula(at, col, `=COUNTIF(${rangeAddress(range)},${formulaText(levels[0])})`, STYLES.output);
  }
  return at + 1;
}

/**
 * The SWOT sheet.
 * Tested surface: exported for its tests.
 * @example buildSwot({ language: "en" }).name // "Our SWOT"
 */
export function buildSwot(options: TemplateOptions): SheetSpec {
  const form = openDealForm(options, {
    name: TEXT.sheet,
    title: TEXT.title,
    lastCol: C.rightNotes,
    columns: { labelCol: C.item, valueCol: C.leftLevel, lastCol: C.leftNotes },
  });
  const { sheet } = form;
  const middle = writeHalf(sheet, form.inputs.length + 2, {
    title: TEXT.upper,
    left: { name: TEXT.strengths, fill: FILL.s },
    right: { name: TEXT.weaknesses, fill: FILL.w },
    items: SWOT_STRENGTH_ITEMS,
    names: [EVALUATION_NAMES.strengths, EVALUATION_NAMES.weaknesses],
  });
  const end = writeHalf(sheet, middle + 1, {
    title: TEXT.lower,
    left: { name: TEXT.opportunities, fill: FILL.o },
    right: { name: TEXT.threats, fill: FILL.t },
    items: SWOT_OPPORTUNITY_ITEMS,
    names: [EVALUATION_NAMES.opportunities, EVALUATION_NAMES.threats],
  });
  return closeForm(form, {
    columnWidths: {
      [C.item]: 280,
      [C.leftLevel]: 60,
      [C.leftNotes]: 180,
      [C.rightLevel]: 60,
      [C.rightNotes]: 180,
    },
    rows: end,
    orientation: "landscape",
  });
}
