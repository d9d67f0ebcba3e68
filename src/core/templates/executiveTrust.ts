/**
 * 赢得客户高层信任 (executive trust checklist, stage 5 认可): the deck's three lists for the action
 * 客户高层拜访，赢得其信任 (and 立项's 拜访客户高层领导，赢得信任) — 争取客户高层会面方法 (5),
 * 赢得客户高层信任 (character and capability, 9) and 与客户高层领导建立信任的要素 (11) — each item ticked
 * 是/否 with notes, each list's tally by formula.
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
import {
  EXECUTIVE_MEETING,
  EXECUTIVE_TRUST,
  EXECUTIVE_TRUST_ELEMENTS,
  stageById,
  type StageId,
} from "../stages";

/**
 * The lists of the sheet, in the deck's order.
 * Tested surface: exported for its tests.
 */
export const EXECUTIVE_LISTS = Object.freeze([EXECUTIVE_MEETING, EXECUTIVE_TRUST, EXECUTIVE_TRUST_ELEMENTS]);

/**
 * The actions the checklist serves: 认可's 客户高层拜访，赢得其信任 and 立项's 拜访客户高层领导，赢得信任.
 * Tested surface: exported for its tests.
 */
export const EXECUTIVE_ACTIONS: readonly (readonly [StageId, string])[] = Object.freeze([
  ["acknowledged", "客户高层拜访，赢得其信任"],
  ["project", "拜访客户高层领导，赢得信任"],
] as const);

const TEXT = {
  sheet: { zh: "高层信任", en: "Executive trust" },
  title: { zh: "客户高层拜访，赢得其信任", en: "Meeting the customer's executives and winning their trust" },
  executive: { zh: "客户高层领导（姓名、职务）", en: "Executive (name, title)" },
  item: { zh: "检查项", en: "Item" },
  done: { zh: "具备", en: "In place?" },
  forActions: { zh: "用于动作", en: "For the actions" },
} satisfies Record<string, Bilingual>;

const C = { number: 0, item: 1, done: 2, notes: 3 } as const;

/**
 * The executive trust sheet.
 * Tested surface: exported for its tests.
 * @example buildExecutiveTrust({ language: "zh" }).name // "高层信任"
 */
export function buildExecutiveTrust(options: TemplateOptions): SheetSpec {
  const form = openDealForm(options, {
    name: TEXT.sheet,
    title: TEXT.title,
    lastCol: C.notes,
    moreFields: [{ label: LABELS.customerManager }, { label: TEXT.executive }],
    columns: { labelCol: C.item, valueCol: C.done, lastCol: C.notes },
  });
  const { sheet, inputs } = form;
  const actions = EXECUTIVE_ACTIONS.map(([stage, zh]) => stageById(stage).actions.find((a) => a.zh === zh)!);
  const used = 1 + inputs.length;
  sheet.value(used, C.item, sheet.text(TEXT.forActions), STYLES.label);
  sheet.value(used, C.done, actions.map((action) => sheet.text(action)).join("\n"), STYLES.subtitle);
  sheet.merge({ row: used, col: C.done, rows: 1, cols: 2 });

  const headRow = used + 2;
  columnHeads(sheet, headRow, C.number, [LABELS.number, TEXT.item, TEXT.done, LABELS.notes]);
  let row = headRow + 1;
  EXECUTIVE_LISTS.forEach((list, i) => {
    row = tickGroup(
      sheet,
      row,
      i + 1,
      { name: list.title, items: list.items },
      {
        heading: C.number,
        headingCols: 2,
        number: C.number,
        text: C.item,
        tick: C.done,
        notes: C.notes,
      },
    );
  });

  return closeForm(form, {
    columnWidths: { [C.number]: 30, [C.item]: 340, [C.done]: 60, [C.notes]: 200 },
    rows: row,
    orientation: "portrait",
  });
}
