/**
 * 客户拜访 (customer visit, stage 2): the deck's three checklists — 客户拜访前的准备 (7 items),
 * 拜访客户取得客户的好感 (16) and 总结客户拜访情况 (8) — each item ticked 是/否 with notes, and each
 * checklist's progress by formula.
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
import { VISIT_CHECKLISTS } from "./deckChecklists";

const TEXT = {
  sheet: { zh: "客户拜访", en: "Customer visit" },
  title: { zh: "客户拜访检查表", en: "Customer visit checklists" },
  item: { zh: "检查项", en: "Item" },
  done: { zh: "完成", en: "Done?" },
  notes: { zh: "备注", en: "Notes" },
  purpose: { zh: "拜访目的", en: "Purpose of the visit" },
} satisfies Record<string, Bilingual>;

const C = { number: 0, item: 1, done: 2, notes: 3 } as const;

/**
 * The customer visit sheet.
 * Tested surface: exported for its tests.
 * @example buildCustomerVisit({ language: "en" }).name // "Customer visit"
 */
export function buildCustomerVisit(options: TemplateOptions): SheetSpec {
  const sheet = new SheetBuilder(options.language);
  const [yes] = yesNo(sheet);
  title(sheet, 0, sheet.text(TEXT.title), C.notes);
  const fields = [...dealFields(options), { label: LABELS.customerManager }, { label: TEXT.purpose }];
  header(sheet, 1, fields, { labelCol: C.item, valueCol: C.done, lastCol: C.notes });
  const headRow = 1 + fields.length + 1;
  columnHeads(
    sheet,
    headRow,
    C.number,
    [LABELS.number, TEXT.item, TEXT.done, TEXT.notes].map((h) => sheet.text(h)),
  );
  let row = headRow + 1;
  VISIT_CHECKLISTS.forEach((checklist, c) => {
    const done = columnRange(row + 1, C.done, checklist.items.length);
    sheet.value(row, C.number, `${c + 1}. ${sheet.text(checklist.name)}`, STYLES.section);
    sheet.merge({ row, col: C.number, rows: 1, cols: 2 });
    sheet.formula(
      row,
      C.done,
      `=COUNTIF(${rangeAddress(done)},${formulaText(yes)})&"/"&${checklist.items.length}`,
      STYLES.output,
    );
    checklist.items.forEach((item, i) => {
      sheet.value(row + 1 + i, C.number, i + 1, STYLES.number);
      sheet.value(row + 1 + i, C.item, sheet.text(item), STYLES.text);
      sheet.input(row + 1 + i, C.done, STYLES.choice);
      sheet.input(row + 1 + i, C.notes, STYLES.input);
    });
    sheet.validate({ range: done, kind: "list", values: yesNo(sheet) });
    row += 1 + checklist.items.length;
  });

  return sheet.build(sheet.text(TEXT.sheet), {
    columnWidths: { [C.number]: 30, [C.item]: 340, [C.done]: 60, [C.notes]: 200 },
    freeze: { rows: 1, cols: 0 },
    printArea: { row: 0, col: 0, rows: row, cols: C.notes + 1 },
    page: { orientation: "portrait" },
    protect: true,
  });
}
