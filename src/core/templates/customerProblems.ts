/**
 * 客户困难/问题的分析 (stage 3): the deck's four-column analysis 现状 | 困难/问题 | 产生的影响 |
 * 改进后的效益, with the three dimensions of need (三维的客户需求) as a checklist beside it, each
 * dimension counting the needs ticked, and the deck's discovery process as a reminder.
 */
import type { Bilingual } from "../kernel";
import {
  type SheetSpec,
  columnHeads,
  LABELS,
  STYLES,
  closeForm,
  openDealForm,
  tickGroup,
  type TemplateOptions,
} from "../sheet";
import { NEED_DIMENSIONS, PROBLEM_ANALYSIS_COLUMNS, PROBLEM_DISCOVERY } from "./deckChecklists";

const TEXT = {
  sheet: { zh: "客户问题分析", en: "Customer problems" },
  title: { zh: "客户困难/问题的分析", en: "Analysis of the customer's difficulties and problems" },
  process: {
    zh: "发现客户困难/问题和需求的流程",
    en: "How to find the customer's difficulties, problems and needs",
  },
  needs: { zh: "三维的客户需求", en: "The three dimensions of need" },
  present: { zh: "有此需求", en: "Needed?" },
} satisfies Record<string, Bilingual>;

/**
 * Input rows of the four-column analysis: as many as the needs checklist beside it.
 * Tested surface: exported for its tests.
 */
export const PROBLEM_ROWS = NEED_DIMENSIONS.reduce((rows, dimension) => rows + 1 + dimension.items.length, 0);

/** Columns: # | four analysis columns | gap | need | ticked. */
const C = { number: 0, first: 1, gap: 5, need: 6, ticked: 7 } as const;

/**
 * The customer problem analysis sheet.
 * Tested surface: exported for its tests.
 * @example buildCustomerProblems({ language: "zh" }).name // "客户问题分析"
 */
export function buildCustomerProblems(options: TemplateOptions): SheetSpec {
  const form = openDealForm(options, {
    name: TEXT.sheet,
    title: TEXT.title,
    lastCol: C.ticked,
    moreFields: [{ label: LABELS.customerManager }],
    columns: { labelCol: C.first, valueCol: C.first + 1, lastCol: C.first + 3 },
  });
  const { sheet } = form;
  sheet.value(1, C.need, sheet.text(TEXT.process), STYLES.label);
  sheet.value(2, C.need, PROBLEM_DISCOVERY.steps.map((step) => sheet.text(step)).join(" → "), STYLES.text);
  sheet.value(3, C.need, sheet.text(PROBLEM_DISCOVERY.how), STYLES.subtitle);

  const headRow = 6;
  columnHeads(sheet, headRow, C.number, [LABELS.number, ...PROBLEM_ANALYSIS_COLUMNS]);
  const first = headRow + 1;
  for (let i = 0; i < PROBLEM_ROWS; i++) {
    sheet.value(first + i, C.number, i + 1, STYLES.number);
    PROBLEM_ANALYSIS_COLUMNS.forEach((_, j) => sheet.input(first + i, C.first + j, STYLES.input));
  }

  columnHeads(sheet, headRow, C.need, [TEXT.needs, TEXT.present]);
  let row = first;
  NEED_DIMENSIONS.forEach((dimension, d) => {
    row = tickGroup(sheet, row, d + 1, dimension, { heading: C.need, text: C.need, tick: C.ticked });
  });

  return closeForm(form, {
    columnWidths: {
      [C.number]: 30,
      1: 150,
      2: 150,
      3: 150,
      4: 150,
      [C.gap]: 14,
      [C.need]: 320,
      [C.ticked]: 60,
    },
    rows: first + PROBLEM_ROWS,
    orientation: "landscape",
    frozenRows: first,
  });
}
