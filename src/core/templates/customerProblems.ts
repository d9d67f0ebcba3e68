/**
 * 客户困难/问题的分析 (stage 3): the deck's four-column analysis 现状 | 困难/问题 | 产生的影响 |
 * 改进后的效益, with the three dimensions of need (三维的客户需求) as a checklist beside it, each
 * dimension counting the needs ticked, and the deck's discovery process as a reminder.
 */
import type { Bilingual } from "../kernel";
import {
  type SheetSpec,
  columnRange,
  formulaText,
  rangeAddress,
  columnHeads,
  dealFields,
  header,
  LABELS,
  STYLES,
  title,
  yesNo,
  SheetBuilder,
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
  const sheet = new SheetBuilder(options.language);
  const [yes] = yesNo(sheet);
  title(sheet, 0, sheet.text(TEXT.title), C.ticked);
  header(sheet, 1, [...dealFields(options), { label: LABELS.customerManager }], {
    labelCol: C.first,
    valueCol: C.first + 1,
    lastCol: C.first + 3,
  });
  sheet.value(1, C.need, sheet.text(TEXT.process), STYLES.label);
  sheet.value(2, C.need, PROBLEM_DISCOVERY.steps.map((step) => sheet.text(step)).join(" → "), STYLES.text);
  sheet.value(3, C.need, sheet.text(PROBLEM_DISCOVERY.how), STYLES.subtitle);

  const headRow = 6;
  const heads = [LABELS.number, ...PROBLEM_ANALYSIS_COLUMNS].map((h) => sheet.text(h));
  columnHeads(sheet, headRow, C.number, heads);
  const first = headRow + 1;
  for (let i = 0; i < PROBLEM_ROWS; i++) {
    sheet.value(first + i, C.number, i + 1, STYLES.number);
    PROBLEM_ANALYSIS_COLUMNS.forEach((_, j) => sheet.input(first + i, C.first + j, STYLES.input));
  }

  columnHeads(sheet, headRow, C.need, [sheet.text(TEXT.needs), sheet.text(TEXT.present)]);
  let row = first;
  NEED_DIMENSIONS.forEach((dimension, d) => {
    const items = columnRange(row + 1, C.ticked, dimension.items.length);
    sheet.value(row, C.need, `${d + 1}. ${sheet.text(dimension.name)}`, STYLES.section);
    sheet.formula(
      row,
      C.ticked,
      `=COUNTIF(${rangeAddress(items)},${formulaText(yes)})&"/"&${dimension.items.length}`,
      STYLES.output,
    );
    dimension.items.forEach((item, i) => {
      sheet.value(row + 1 + i, C.need, sheet.text(item), STYLES.text);
      sheet.input(row + 1 + i, C.ticked, STYLES.choice);
    });
    sheet.validate({ range: items, kind: "list", values: yesNo(sheet) });
    row += 1 + dimension.items.length;
  });

  return sheet.build(sheet.text(TEXT.sheet), {
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
    freeze: { rows: first, cols: 0 },
    printArea: { row: 0, col: 0, rows: first + PROBLEM_ROWS, cols: C.ticked + 1 },
    page: { orientation: "landscape" },
    protect: true,
  });
}
