/**
 * 成交检查 (closing checklist, stage 7 成交): the deck's 注意事项 when closing — standard contract templates,
 * conditions, clauses and payment terms, "签署合同不代表成交", the first payment, hand-over and kick-off,
 * ordering, shipping and acceptance — ticked 是/否 with notes; then the stage's evidence (合同签署, 首期款
 * 得到财务确认, 订货和发货) and a conclusion by formula: the deal is closed only when all of it holds.
 */
import type { Bilingual } from "../kernel";
import {
  type SheetSpec,
  columnHeads,
  formulaText,
  columnRange,
  LABELS,
  STYLES,
  closeForm,
  openDealForm,
  tickGroup,
  yesCount,
  type TemplateOptions,
} from "../sheet";
import { CLOSING_CAUTIONS, stageById } from "../stages";

const TEXT = {
  sheet: { zh: "成交检查", en: "Closing checklist" },
  title: { zh: "成交客户阶段：注意事项检查表", en: "Closing: the watch-outs checklist" },
  item: { zh: "检查项", en: "Item" },
  done: { zh: "完成", en: "Done?" },
  evidence: { zh: "成交的标志与特征", en: "Evidence the deal is closed" },
  conclusion: { zh: "结论", en: "Conclusion" },
  marker: { zh: "成交标志", en: "Marker of a closed deal" },
} satisfies Record<string, Bilingual>;

/**
 * The evidence of a closed deal: the 特征 of stage 7, the contract, the first payment and the shipping.
 * Tested surface: exported for its tests.
 */
export const CLOSING_EVIDENCE: readonly Bilingual[] = Object.freeze([
  { zh: "合同签署", en: "The contract is signed" },
  {
    zh: "支付首期及相关款项并得到财务确认",
    en: "The first and related payments are in, and finance has confirmed them",
  },
  { zh: "已经办理订货和发货", en: "Ordering and shipping are done" },
]);

const C = { number: 0, item: 1, done: 2, notes: 3 } as const;

/**
 * The closing checklist sheet.
 * Tested surface: exported for its tests.
 * @example buildClosing({ language: "en" }).name // "Closing checklist"
 */
export function buildClosing(options: TemplateOptions): SheetSpec {
  const form = openDealForm(options, {
    name: TEXT.sheet,
    title: TEXT.title,
    lastCol: C.notes,
    moreFields: [{ label: LABELS.customerManager }],
    columns: { labelCol: C.item, valueCol: C.done, lastCol: C.notes },
  });
  const { sheet, inputs } = form;
  const headRow = 1 + inputs.length + 1;
  columnHeads(sheet, headRow, C.number, [LABELS.number, TEXT.item, TEXT.done, LABELS.notes]);
  const columns = {
    heading: C.number,
    headingCols: 2,
    number: C.number,
    text: C.item,
    tick: C.done,
    notes: C.notes,
  };
  const cautions = tickGroup(
    sheet,
    headRow + 1,
    1,
    { name: CLOSING_CAUTIONS.title, items: CLOSING_CAUTIONS.items },
    columns,
  );
  const evidenceRow = cautions;
  const end = tickGroup(sheet, evidenceRow, 2, { name: TEXT.evidence, items: CLOSING_EVIDENCE }, columns);

  const n = CLOSING_EVIDENCE.length;
  const met = yesCount(sheet, columnRange(evidenceRow + 1, C.done, n));
  const marker = stageById("won").markers[0];
  const closed = formulaText(sheet.text({ zh: `✓ ${marker.zh}：已成交`, en: `✓ ${marker.en}: closed` }));
  const before = sheet.text({ zh: "✗ 签署合同不代表成交：还差 ", en: "✗ Signing is not closing: " });
  const after = sheet.text({ zh: " 项", en: " still to do" });
  sheet.value(end, C.item, sheet.text(TEXT.conclusion), STYLES.label);
  sheet.formula(
    end,
    C.done,
    `=IF(${met}=${n},${closed},${formulaText(before)}&(${n}-${met})&${formulaText(after)})`,
    STYLES.output,
  );
  sheet.merge({ row: end, col: C.done, rows: 1, cols: 2 });
  sheet.value(
    end + 1,
    C.item,
    `${sheet.text(TEXT.marker)}${sheet.language === "zh" ? "：" : ": "}${sheet.text(marker)}`,
    STYLES.subtitle,
  );

  return closeForm(form, {
    columnWidths: { [C.number]: 30, [C.item]: 340, [C.done]: 60, [C.notes]: 220 },
    rows: end + 2,
    orientation: "portrait",
  });
}
