/**
 * 二次评估 part 3: the four buying roles (影响企业采购决定的四种角色) — who is who on the customer's side
 * (name, title, role, attitude −5..+5, influence), red flags by formula (no Coach, no or more than one
 * Economic Buyer, a negative Economic Buyer), and what each role is, in the deck's words.
 */
import type { Bilingual } from "../kernel";
import {
  columnRange,
  formulaText,
  rangeAddress,
  LABELS,
  section,
  sectionWithHeads,
  STYLES,
  type SheetBuilder,
} from "../sheet";
import { BUYING_ROLES, type BuyingRoleId } from "./deckAssessments";
import { SECONDARY_COLUMNS as C } from "./secondaryLayout";
import { EVALUATION_NAMES } from "./evaluationNames";

/**
 * Rows for the people of the buying centre.
 * Tested surface: exported for its tests.
 */
export const BUYING_ROLE_ROWS = 10;

/**
 * Influence levels of a person on the decision.
 * Tested surface: exported for its tests.
 */
export const INFLUENCE_LEVELS: readonly Bilingual[] = Object.freeze([
  { zh: "高", en: "High" },
  { zh: "中", en: "Medium" },
  { zh: "低", en: "Low" },
]);

const TEXT = {
  section: {
    zh: "三、影响企业采购决定的四种角色",
    en: "3. The four roles that influence the purchase decision",
  },
  name: { zh: "姓名", en: "Name" },
  position: { zh: "职务", en: "Title" },
  role: { zh: "角色", en: "Role" },
  attitude: { zh: "态度（−5～+5）", en: "Attitude (−5 to +5)" },
  influence: { zh: "影响力（高/中/低）", en: "Influence (High/Medium/Low)" },
  flags: { zh: "风险预警", en: "Red flags" },
  legend: { zh: "角色说明", en: "The roles" },
  count: { zh: "人数", en: "How many" },
  duties: { zh: "职责", en: "Duties" },
  focus: { zh: "关注事项", en: "Focus" },
} satisfies Record<string, Bilingual>;

const roleName = (sheet: SheetBuilder, id: BuyingRoleId) =>
  sheet.text(BUYING_ROLES.find((role) => role.id === id)!.name);

/**
 * Writes part 3 from `row`; returns the first row after it.
 * @example const next = writeBuyingRoles(sheet, 40);
 */
export function writeBuyingRoles(sheet: SheetBuilder, row: number): number {
  const heads = [LABELS.number, TEXT.name, TEXT.position, TEXT.role, TEXT.attitude, TEXT.influence];
  const first = sectionWithHeads(sheet, row, TEXT.section, heads, C.number, C.detail);
  for (let i = 0; i < BUYING_ROLE_ROWS; i++) {
    sheet.value(first + i, C.number, i + 1, STYLES.number);
    sheet.input(first + i, C.item, STYLES.input);
    sheet.input(first + i, C.standard, STYLES.input);
    sheet.input(first + i, C.rating, STYLES.choice);
    sheet.input(first + i, C.comment, STYLES.choice);
    sheet.input(first + i, C.detail, STYLES.choice);
  }
  const roles = columnRange(first, C.rating, BUYING_ROLE_ROWS);
  const attitudes = columnRange(first, C.comment, BUYING_ROLE_ROWS);
  sheet.nameRange(EVALUATION_NAMES.roles, roles);
  sheet.nameRange(EVALUATION_NAMES.attitudes, attitudes);
  sheet.validate({ range: roles, kind: "list", values: BUYING_ROLES.map((role) => sheet.text(role.name)) });
  sheet.validate({ range: attitudes, kind: "wholeNumber", min: -5, max: 5 });
  sheet.validate({
    range: columnRange(first, C.detail, BUYING_ROLE_ROWS),
    kind: "list",
    values: INFLUENCE_LEVELS.map((level) => sheet.text(level)),
  });

  const flagsRow = first + BUYING_ROLE_ROWS + 1;
  section(sheet, flagsRow, TEXT.flags, C.number, C.detail);
  const roleRange = rangeAddress(roles, true);
  const count = (id: BuyingRoleId) => `COUNTIF(${roleRange},${formulaText(roleName(sheet, id))})`;
  const say = (text: Bilingual) => formulaText(sheet.text(text));
  const coach = roleName(sheet, "coach");
  const buyer = roleName(sheet, "economicBuyer");
  const flags: [string, string][] = [
    [
      coach,
      `=IF(${count("coach")}=0,${say({ zh: `⚠ 没有${coach}：至少要安排或培养一位`, en: `⚠ No ${coach}: arrange or develop at least one` })},${say({ zh: `✓ 已有${coach}`, en: `✓ There is a ${coach}` })})`,
    ],
    [
      `${buyer} · ${sheet.text(TEXT.count)}`,
      `=IF(${count("economicBuyer")}=0,${say({ zh: `⚠ 没有${buyer}：找出最后拍板的人`, en: `⚠ No ${buyer}: find who makes the final decision` })},` +
        `IF(${count("economicBuyer")}>1,${say({ zh: `⚠ ${buyer}多于一位：通常一个项目只有一位`, en: `⚠ More than one ${buyer}: a project usually has only one` })},` +
        `${say({ zh: `✓ 有一位${buyer}`, en: `✓ One ${buyer}` })}))`,
    ],
    [
      `${buyer} · ${sheet.text(TEXT.attitude)}`,
      `=IF(COUNTIFS(${roleRange},${formulaText(buyer)},${rangeAddress(attitudes, true)},"<0")>0,` +
        `${say({ zh: `⚠ ${buyer}态度消极`, en: `⚠ The ${buyer} is negative` })},${say({ zh: `✓ 没有态度消极的${buyer}`, en: `✓ No negative ${buyer}` })})`,
    ],
  ];
  flags.forEach(([label, formula], i) => {
    sheet.value(flagsRow + 1 + i, C.item, label, STYLES.label);
    sheet.merge({ row: flagsRow + 1 + i, col: C.item, rows: 1, cols: 4 });
    sheet.formula(flagsRow + 1 + i, C.detail, formula, STYLES.output);
  });

  const legendRow = flagsRow + flags.length + 2;
  section(sheet, legendRow, TEXT.legend, C.number, C.detail);
  const lines = (label: Bilingual, texts: readonly Bilingual[]) =>
    `${sheet.text(label)}${sheet.language === "zh" ? "：" : ": "}${texts.map((t) => sheet.text(t)).join(sheet.language === "zh" ? "；" : "; ")}`;
  BUYING_ROLES.forEach((role, i) => {
    const at = legendRow + 1 + i;
    sheet.value(at, C.number, i + 1, STYLES.number);
    sheet.value(at, C.item, sheet.text(role.name), STYLES.label);
    sheet.value(at, C.standard, sheet.text(role.basis), STYLES.text);
    sheet.merge({ row: at, col: C.standard, rows: 1, cols: 3 });
    sheet.value(
      at,
      C.detail,
      [
        lines(TEXT.count, [role.count]),
        lines(TEXT.duties, role.duties),
        lines(TEXT.focus, [role.focus]),
      ].join("\n"),
      STYLES.text,
    );
  });
  return legendRow + 1 + BUYING_ROLES.length;
}
