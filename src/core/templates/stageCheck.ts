/**
 * 阶段判定 (stage check): the seven ordered stage markers (标志) answered 是/否, the resulting stage by
 * FUNNEL.STAGE over the answers, the next actions by FUNNEL.ACTIONS spilling into reserved rows, and
 * each stage's characteristics (特征) as supporting evidence with a count per stage.
 */
import type { Bilingual, Language } from "../kernel";
import {
  type SheetSpec,
  cellAddress,
  columnRange,
  rangeAddress,
  columnHeads,
  LABELS,
  section,
  STYLES,
  yesNo,
  closeForm,
  openDealForm,
  yesTally,
  type TemplateOptions,
} from "../sheet";
import { STAGES } from "../stages";
import { EVALUATION_NAMES } from "./evaluationNames";

const TEXT = {
  sheet: { zh: "阶段判定", en: "Stage check" },
  title: {
    zh: "阶段判定：以客户及其在项目中表现的特征为标志",
    en: "Stage check: the customer's evidence in the project",
  },
  markers: { zh: "一、阶段标志（按顺序回答）", en: "1. Stage markers (answer in order)" },
  stage: { zh: "阶段", en: "Stage" },
  marker: { zh: "标志", en: "Marker" },
  holds: { zh: "是否成立", en: "Holds?" },
  result: { zh: "二、判定结果", en: "2. Result" },
  resultStage: { zh: "判定阶段", en: "Stage reached" },
  hint: {
    zh: "阶段 = 从第 1 项起连续成立的最后一个标志；标志 1 不成立则尚不是目标客户。",
    en: "The stage is the last marker that holds with all markers before it; if marker 1 does not hold, it is not yet a target customer.",
  },
  actions: { zh: "下一步动作", en: "Next actions" },
  characteristics: {
    zh: "三、各阶段特征（辅助判断）",
    en: "3. Characteristics of each stage (supporting evidence)",
  },
  characteristic: { zh: "特征", en: "Characteristic" },
  seen: { zh: "是否具备", en: "Seen?" },
  held: { zh: "具备", en: "Seen" },
  none: { zh: "无", en: "None" },
} satisfies Record<string, Bilingual>;

/**
 * Rows reserved below FUNNEL.ACTIONS for its spill: the most actions any stage has.
 * Tested surface: exported for its tests.
 */
export const ACTION_ROWS = Math.max(...STAGES.map((stage) => stage.actions.length));

/**
 * A stage's markers as one line: 符合产品应用特征；有需求 / Fits our product's application profile; has a need.
 * Tested surface: exported for its tests.
 * @example markerText(STAGES[2].markers, "en") // "Fits our product's application profile; has a need"
 */
export function markerText(markers: readonly Bilingual[], language: Language): string {
  if (language === "zh") return markers.map((marker) => marker.zh).join("；");
  return markers
    .map((marker, i) => (i === 0 ? marker.en : marker.en[0].toLowerCase() + marker.en.slice(1)))
    .join("; ");
}

/** Columns: # | stage | marker / characteristic | answer | count. */
const C = { number: 0, stage: 1, text: 2, answer: 3, count: 4 } as const;

/**
 * The stage check sheet.
 * Tested surface: exported for its tests.
 * @example formulasOf(buildStageCheck({ language: "zh" })) // includes '=IFNA(FUNNEL.STAGE(D8:D14,"zh"),"")'
 */
export function buildStageCheck(options: TemplateOptions): SheetSpec {
  const language = options.language;
  const form = openDealForm(options, {
    name: TEXT.sheet,
    title: TEXT.title,
    lastCol: C.count,
    columns: { labelCol: C.stage, valueCol: C.text },
  });
  const { sheet } = form;

  const markersRow = form.inputs.length + 2;
  section(sheet, markersRow, TEXT.markers, C.number, C.count);
  columnHeads(sheet, markersRow + 1, C.number, [LABELS.number, TEXT.stage, TEXT.marker, TEXT.holds]);
  const firstAnswer = markersRow + 2;
  STAGES.forEach((stage, i) => {
    const row = firstAnswer + i;
    sheet.value(row, C.number, stage.number, STYLES.number);
    sheet.value(row, C.stage, sheet.text(stage.name), STYLES.label);
    sheet.value(row, C.text, markerText(stage.markers, language), STYLES.text);
    sheet.input(row, C.answer, STYLES.choice);
  });
  const answers = columnRange(firstAnswer, C.answer, STAGES.length);
  sheet.validate({ range: answers, kind: "list", values: yesNo(sheet) });
  sheet.nameRange(EVALUATION_NAMES.markers, answers);

  const resultRow = firstAnswer + STAGES.length + 1;
  section(sheet, resultRow, TEXT.result, C.number, C.count);
  const stageRow = resultRow + 1;
  const stageCell = cellAddress(stageRow, C.text);
  sheet.nameRange(EVALUATION_NAMES.stage, { row: stageRow, col: C.text, rows: 1, cols: 1 });
  sheet.value(stageRow, C.stage, sheet.text(TEXT.resultStage), STYLES.label);
  sheet.formula(
    stageRow,
    C.text,
    `=IFNA(FUNNEL.STAGE(${rangeAddress(answers)},"${language}"),"")`,
    STYLES.output,
  );
  sheet.value(stageRow + 1, C.text, sheet.text(TEXT.hint), STYLES.subtitle);
  const actionsRow = stageRow + 2;
  sheet.value(actionsRow, C.stage, sheet.text(TEXT.actions), STYLES.label);
  // The actions spill down from here over ACTION_ROWS rows, which stay empty.
  sheet.formula(actionsRow, C.text, `=FUNNEL.ACTIONS(${stageCell},"${language}")`, {
    wrap: true,
    vertical: "top",
  });

  const traitsRow = actionsRow + ACTION_ROWS + 1;
  section(sheet, traitsRow, TEXT.characteristics, C.number, C.count);
  const traitHeads = [LABELS.number, TEXT.stage, TEXT.characteristic, TEXT.seen, TEXT.held];
  columnHeads(sheet, traitsRow + 1, C.number, traitHeads);
  let row = traitsRow + 2;
  for (const stage of STAGES) {
    sheet.value(row, C.number, stage.number, STYLES.number);
    sheet.value(row, C.stage, sheet.text(stage.name), STYLES.label);
    if (stage.characteristics.length === 0) {
      sheet.value(row, C.text, sheet.text(TEXT.none), STYLES.text);
      row += 1;
      continue;
    }
    const seen = columnRange(row, C.answer, stage.characteristics.length);
    stage.characteristics.forEach((trait, i) => {
      sheet.value(row + i, C.text, sheet.text(trait), STYLES.text);
      sheet.input(row + i, C.answer, STYLES.choice);
    });
    if (stage.characteristics.length > 1) {
      sheet.merge({ row, col: C.number, rows: stage.characteristics.length, cols: 1 });
      sheet.merge({ row, col: C.stage, rows: stage.characteristics.length, cols: 1 });
    }
    sheet.validate({ range: seen, kind: "list", values: yesNo(sheet) });
    sheet.formula(row, C.count, yesTally(sheet, seen), STYLES.output);
    row += stage.characteristics.length;
  }

  return closeForm(form, {
    columnWidths: { [C.number]: 36, [C.stage]: 110, [C.text]: 330, [C.answer]: 60, [C.count]: 50 },
    rows: row,
    orientation: "portrait",
  });
}
