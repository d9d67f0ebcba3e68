/**
 * 说服客户购买（FAB） (FAB worksheet, stage 3 意向): for each need the customer has stated, why it buys
 * (脱离痛苦，解决问题 or 追求快乐，获得利益), then the feature (F), the advantage for users in general (A) and the
 * benefit for this customer's stated need (B); a status per row and a count of needs still without a
 * benefit, by formula. The deck gives the method; the worksheet's layout is ours.
 */
import type { Bilingual } from "../kernel";
import {
  type SheetSpec,
  cellAddress,
  columnHeads,
  columnRange,
  formulaText,
  rangeAddress,
  LABELS,
  STYLES,
  closeForm,
  openDealForm,
  type TemplateOptions,
} from "../sheet";
import { BUYING_PURPOSES, FAB_STEPS, PERSUADING } from "../stages";

/**
 * Rows for stated needs.
 * Tested surface: exported for its tests.
 */
export const FAB_ROWS = 10;

const TEXT = {
  sheet: { zh: "FAB说服", en: "FAB" },
  title: { zh: "说服客户购买（FAB）", en: "Persuading the customer to buy (FAB)" },
  need: { zh: "客户已经表示过的需求", en: "Need the customer has stated" },
  purpose: { zh: "购买的目的", en: "Why they buy" },
  feature: { zh: "F 性能及功能", en: "F — Feature" },
  advantage: { zh: "A 如何帮助一般的用户", en: "A — Advantage for users in general" },
  benefit: { zh: "B 如何满足这项需求", en: "B — Benefit for this need" },
  status: { zh: "状态", en: "Status" },
  missing: { zh: "⚠ 还缺 B", en: "⚠ No benefit yet" },
  ready: { zh: "✓", en: "✓" },
  count: { zh: "还缺 B 的需求", en: "Needs still without a benefit" },
  layout: {
    zh: "方法为讲义的“说服客户购买（FAB）”；本表布局为本工具设计。",
    en: "The method is the deck's “persuading the customer to buy (FAB)”; this sheet's layout is ours.",
  },
} satisfies Record<string, Bilingual>;

const C = { number: 0, need: 1, purpose: 2, feature: 3, advantage: 4, benefit: 5, status: 6 } as const;

/**
 * The FAB worksheet.
 * Tested surface: exported for its tests.
 * @example buildFab({ language: "en" }).name // "FAB"
 */
export function buildFab(options: TemplateOptions): SheetSpec {
  const form = openDealForm(options, {
    name: TEXT.sheet,
    title: TEXT.title,
    lastCol: C.status,
    moreFields: [{ label: LABELS.customerManager }],
    columns: { labelCol: C.need, valueCol: C.purpose, lastCol: C.feature },
  });
  const { sheet, inputs } = form;
  let row = 1 + inputs.length + 1;
  sheet.value(row, C.need, sheet.text(PERSUADING.note[0]), STYLES.label);
  FAB_STEPS.forEach((step, i) => {
    sheet.value(row + i, C.purpose, sheet.text(step), STYLES.text);
    sheet.merge({ row: row + i, col: C.purpose, rows: 1, cols: 4 });
  });
  row += FAB_STEPS.length;
  sheet.value(row, C.purpose, sheet.text(TEXT.layout), STYLES.subtitle);
  sheet.merge({ row, col: C.purpose, rows: 1, cols: 4 });

  const headRow = row + 2;
  columnHeads(sheet, headRow, C.number, [
    LABELS.number,
    TEXT.need,
    TEXT.purpose,
    TEXT.feature,
    TEXT.advantage,
    TEXT.benefit,
    TEXT.status,
  ]);
  const first = headRow + 1;
  const missing = sheet.text(TEXT.missing);
  for (let i = 0; i < FAB_ROWS; i++) {
    const at = first + i;
    sheet.value(at, C.number, i + 1, STYLES.number);
    for (const col of [C.need, C.feature, C.advantage, C.benefit]) sheet.input(at, col, STYLES.input);
    sheet.input(at, C.purpose, STYLES.choice);
    const need = cellAddress(at, C.need);
    const benefit = cellAddress(at, C.benefit);
    sheet.formula(
      at,
      C.status,
      `=IF(LEN(TRIM(${need}))=0,"",IF(LEN(TRIM(${benefit}))=0,${formulaText(missing)},${formulaText(sheet.text(TEXT.ready))}))`,
      STYLES.output,
    );
  }
  sheet.validate({
    range: columnRange(first, C.purpose, FAB_ROWS),
    kind: "list",
    values: BUYING_PURPOSES.map((purpose) => sheet.text(purpose)),
  });
  const end = first + FAB_ROWS;
  sheet.value(end, C.advantage, sheet.text(TEXT.count), STYLES.label);
  sheet.merge({ row: end, col: C.advantage, rows: 1, cols: 2 });
  sheet.formula(
    end,
    C.status,
    `=COUNTIF(${rangeAddress(columnRange(first, C.status, FAB_ROWS))},${formulaText(missing)})`,
    STYLES.output,
  );

  return closeForm(form, {
    columnWidths: {
      [C.number]: 30,
      [C.need]: 180,
      [C.purpose]: 110,
      [C.feature]: 160,
      [C.advantage]: 160,
      [C.benefit]: 180,
      [C.status]: 90,
    },
    rows: end + 1,
    orientation: "landscape",
  });
}
