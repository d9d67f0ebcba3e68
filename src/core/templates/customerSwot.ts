/**
 * 分析客户的SWOT (the customer's SWOT, stage 2 潜在): the action the overview slide gives the prospect stage,
 * named apart from 销售竞争力的自我SWOT分析 (our own competitive SWOT, stage 4, swot.ts). The deck gives the
 * action only, no form: the 2×2 grid, its prompts and the closing line on the opportunity it shows are
 * ours, and the sheet says so.
 */
import type { Bilingual } from "../kernel";
import {
  type SheetSpec,
  STYLES,
  closeForm,
  openDealForm,
  type SheetBuilder,
  type TemplateOptions,
} from "../sheet";
import { OUR_LAYOUT } from "./deckNotes";

/**
 * Rows to fill in each quadrant.
 * Tested surface: exported for its tests.
 */
export const CUSTOMER_SWOT_ROWS = 6;

/** One quadrant: its name, a prompt, its colour. */
interface Quadrant {
  readonly name: Bilingual;
  readonly prompt: Bilingual;
  readonly fill: string;
}

/**
 * The four quadrants, strengths to threats (prompts ours, from the prospect stage's 特征).
 * Tested surface: exported for its tests.
 */
export const CUSTOMER_SWOT_QUADRANTS: readonly Quadrant[] = Object.freeze([
  {
    name: { zh: "客户的优势 S", en: "The customer's strengths (S)" },
    prompt: {
      zh: "如：经济效益好、市场地位、管理基础",
      en: "e.g. financially healthy, market position, how well run",
    },
    fill: "#E2EFDA",
  },
  {
    name: { zh: "客户的劣势 W", en: "The customer's weaknesses (W)" },
    prompt: {
      zh: "如：管理上的困难，未使用或使用效果不佳的系统",
      en: "e.g. management problems, no system or one that works badly",
    },
    fill: "#FCE4D6",
  },
  {
    name: { zh: "客户面临的机会 O", en: "The customer's opportunities (O)" },
    prompt: { zh: "如：市场增长、政策支持、业务扩张", en: "e.g. market growth, policy support, expansion" },
    fill: "#DDEBF7",
  },
  {
    name: { zh: "客户面临的威胁 T", en: "The threats the customer faces (T)" },
    prompt: {
      zh: "如：竞争加剧、成本上升、法规变化",
      en: "e.g. fiercer competition, rising costs, new regulation",
    },
    fill: "#FFF2CC",
  },
]);

const TEXT = {
  sheet: { zh: "客户SWOT", en: "Customer SWOT" },
  title: { zh: "分析客户的SWOT", en: "The customer's SWOT" },
  apart: {
    zh: "潜在阶段：分析客户自身。立项阶段另有“销售竞争力的自我SWOT分析”，分析的是我们自己。",
    en: "Prospect stage: this is about the customer itself. At the project stage, “our competitive SWOT” assesses us.",
  },
  opportunity: { zh: "由此发现的潜在销售机会", en: "The sales opportunity this points to" },
} satisfies Record<string, Bilingual>;

/** Columns: # | left quadrant | # | right quadrant. */
const C = { leftNumber: 0, left: 1, rightNumber: 2, right: 3 } as const;

/** Two quadrants side by side from `row`; returns the first row after them. */
function writePair(sheet: SheetBuilder, row: number, left: Quadrant, right: Quadrant): number {
  for (const [col, quadrant] of [
    [C.leftNumber, left],
    [C.rightNumber, right],
  ] as const) {
    const head = { ...STYLES.head, fill: quadrant.fill, fontColor: "#000000" };
    sheet.value(row, col, sheet.text(quadrant.name), head);
    sheet.merge({ row, col, rows: 1, cols: 2 });
    sheet.value(row + 1, col, sheet.text(quadrant.prompt), STYLES.subtitle);
    sheet.merge({ row: row + 1, col, rows: 1, cols: 2 });
    for (let i = 0; i < CUSTOMER_SWOT_ROWS; i++) {
      sheet.value(row + 2 + i, col, i + 1, STYLES.number);
      sheet.input(row + 2 + i, col + 1, STYLES.input);
    }
  }
  return row + 2 + CUSTOMER_SWOT_ROWS;
}

/**
 * The customer SWOT sheet.
 * Tested surface: exported for its tests.
 * @example buildCustomerSwot({ language: "en" }).name // "Customer SWOT"
 */
export function buildCustomerSwot(options: TemplateOptions): SheetSpec {
  const form = openDealForm(options, {
    name: TEXT.sheet,
    title: TEXT.title,
    lastCol: C.right,
    columns: { labelCol: C.left, valueCol: C.rightNumber, lastCol: C.right },
  });
  const { sheet, inputs } = form;
  const noteRow = 1 + inputs.length;
  sheet.value(noteRow, C.left, `${sheet.text(TEXT.apart)}\n${sheet.text(OUR_LAYOUT)}`, STYLES.subtitle);
  sheet.merge({ row: noteRow, col: C.left, rows: 1, cols: C.right - C.left + 1 });
  const [s, w, o, t] = CUSTOMER_SWOT_QUADRANTS;
  const middle = writePair(sheet, noteRow + 2, s, w);
  const end = writePair(sheet, middle + 1, o, t);
  sheet.value(end + 1, C.left, sheet.text(TEXT.opportunity), STYLES.label);
  sheet.input(end + 1, C.rightNumber, STYLES.input);
  sheet.merge({ row: end + 1, col: C.rightNumber, rows: 1, cols: 2 });
  return closeForm(form, {
    columnWidths: { [C.leftNumber]: 30, [C.left]: 300, [C.rightNumber]: 30, [C.right]: 300 },
    rows: end + 2,
    orientation: "landscape",
  });
}
