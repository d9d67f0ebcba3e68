/**
 * 客户拜访 (customer visit, stage 2): the deck's three checklists — 客户拜访前的准备 (7 items),
 * 拜访客户取得客户的好感 (16) and 总结客户拜访情况 (8) — each item ticked 是/否 with notes, and each
 * checklist's progress by formula.
 */
import type { Bilingual } from "../kernel";
import {
  type SheetSpec,
  columnHeads,
  LABELS,
  closeForm,
  openDealForm,
  tickGroup,
  type TemplateOptions,
} from "../sheet";
import { VISIT_CHECKLISTS } from "./deckChecklists";

const TEXT = {
  sheet: { zh: "客户拜访", en: "Customer visit" },
  title: { zh: "客户拜访检查表", en: "Customer visit checklists" },
  item: { zh: "检查项", en: "Item" },
  done: { zh: "完成", en: "Done?" },
  purpose: { zh: "拜访目的", en: "Purpose of the visit" },
} satisfies Record<string, Bilingual>;

const C = { number: 0, item: 1, done: 2, notes: 3 } as const;

/**
 * The customer visit sheet.
 * Tested surface: exported for its tests.
 * @example buildCustomerVisit({ language: "en" }).name // "Customer visit"
 */
export function buildCustomerVisit(options: TemplateOptions): SheetSpec {
  const form = openDealForm(options, {
    name: TEXT.sheet,
    title: TEXT.title,
    lastCol: C.notes,
    moreFields: [{ label: LABELS.customerManager }, { label: TEXT.purpose }],
    columns: { labelCol: C.item, valueCol: C.done, lastCol: C.notes },
  });
  const { sheet, inputs } = form;
  const headRow = 1 + inputs.length + 1;
  columnHeads(sheet, headRow, C.number, [LABELS.number, TEXT.item, TEXT.done, LABELS.notes]);
  let row = headRow + 1;
  VISIT_CHECKLISTS.forEach((checklist, c) => {
    row = tickGroup(sheet, row, c + 1, checklist, {
      heading: C.number,
      headingCols: 2,
      number: C.number,
      text: C.item,
      tick: C.done,
      notes: C.notes,
    });
  });

  return closeForm(form, {
    columnWidths: { [C.number]: 30, [C.item]: 340, [C.done]: 60, [C.notes]: 200 },
    rows: row,
    orientation: "portrait",
  });
}
