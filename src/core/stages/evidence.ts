/**
 * Stage from evidence: the deck defines each stage by its 标志 (markers). A deal is in the furthest
 * stage k such that the markers of every stage 1..k hold (domain note §3). Characteristics (特征) are
 * supporting evidence only: {@link characteristicsHeld} counts them, the stage follows the markers.
 */
import { displayValue, isBlankCell, normaliseLabel, fail, type Result } from "../kernel";
import { DEFAULT_SCHEME, positionAt, type StagePosition } from "./stageScheme";
import { STAGES, stageById, type StageId } from "./stages";

const YES = Object.freeze({ ok: true as const, value: true });
const NO = Object.freeze({ ok: true as const, value: false });
const NOT_YET = Object.freeze({ ok: true as const, value: null });

/** Answer words (after {@link normaliseLabel}) and what they mean. */
const ANSWERS: ReadonlyMap<string, Result<boolean | null>> = new Map<string, Result<boolean | null>>([
  ...["true", "1", "是", "y", "yes", "对", "有", "✓", "✔", "√", "☑"].map((w) => [w, YES] as const),
  ...["false", "0", "否", "n", "no", "错", "无", "没有", "×", "✗", "✘", "x", "☒"].map(
    (w) => [w, NO] as const,
  ),
]);

/**
 * Reads a yes/no answer cell: TRUE/FALSE, 1/0, 是/否, Y/N, Yes/No, 对/错, 有/无/没有, ✓ ✔ √ ☑ / × ✗ ✘ x ☒,
 * "true"/"false" text (case, width and spaces ignored). A blank cell ({@link isBlankCell}: empty,
 * spaces, a placeholder dash) is `null`: not yet answered. Anything else, including an error cell, is a VALUE error naming the value.
 * Tested surface: exported for its tests.
 * @example parseAnswer("是") // { ok: true, value: true }
 * @example parseAnswer("") // { ok: true, value: null }
 */
export function parseAnswer(value: unknown): Result<boolean | null> {
  if (value === true) return YES;
  if (value === false) return NO;
  if (isBlankCell(value)) return NOT_YET;
  if (value === 1 || value === 0) return value === 1 ? YES : NO;
  if (typeof value === "string") {
    const found = ANSWERS.get(normaliseLabel(value));
    if (found) return found;
  }
  if (value instanceof Error)
    return fail("VALUE", {
      zh: "答案单元格是错误值，请先修正它。",
      en: "An answer cell holds an error; fix it first.",
    });
  return fail("VALUE", {
    zh: `无法识别答案“${displayValue(value)}”：请用 是/否、TRUE/FALSE、1/0、✓/×，或留空表示尚未。`,
    en: `Cannot read the answer “${displayValue(value)}”: use Yes/No, TRUE/FALSE, 1/0, ✓/×, or leave it blank for "not yet".`,
  });
}

/** Parses every answer; the first bad one is an error that says which answer it is. */
function parseAll(answers: readonly unknown[], max: number, what: { zh: string; en: string }) {
  if (answers.length > max)
    return fail("VALUE", {
      zh: `最多 ${max} 个答案（${what.zh}），收到 ${answers.length} 个。`,
      en: `At most ${max} answers (${what.en}); got ${answers.length}.`,
    });
  const parsed: (boolean | null)[] = [];
  for (let i = 0; i < answers.length; i++) {
    const answer = parseAnswer(answers[i]);
    if (!answer.ok)
      return fail("VALUE", {
        zh: `第 ${i + 1} 个答案：${answer.error.message.zh}`,
        en: `Answer ${i + 1}: ${answer.error.message.en}`,
      });
    parsed.push(answer.value);
  }
  return { ok: true as const, value: parsed };
}

const FIRST_MARKER = STAGES[0].markers[0];

/**
 * The stage the evidence supports, from answers to the seven ordered markers of domain note §3
 * (1 产品能适应或满足 … 7 完成签约、付款、交货): the furthest stage k such that markers 1..k all hold.
 * A TRUE after a FALSE or blank does not advance: a deal cannot skip a stage. Fewer than seven
 * answers: the missing ones are "not yet". Stage 7 reached is won ({kind:"won", index:6}).
 * Errors: more than seven answers or an unreadable answer (VALUE); marker 1 not holding (NA: not yet
 * a target customer).
 * @example stageFromEvidence([true, true, "是", false]) // { ok: true, value: { kind: "open", index: 2 } }
 */
export function stageFromEvidence(answers: readonly unknown[]): Result<StagePosition> {
  const parsed = parseAll(answers, STAGES.length, { zh: "七个阶段标志", en: "the seven stage markers" });
  if (!parsed.ok) return parsed;
  let reached = 0;
  while (reached < parsed.value.length && parsed.value[reached] === true) reached++;
  if (reached === 0)
    return fail("NA", {
      zh: `尚不是目标客户：标志 1（${FIRST_MARKER.zh}）不成立。`,
      en: `Not yet a target customer: marker 1 (${FIRST_MARKER.en}) does not hold.`,
    });
  return { ok: true, value: positionAt(DEFAULT_SCHEME, reached - 1) };
}

/**
 * How many of a stage's characteristics (特征) hold, from answers in the deck's order. Blank answers
 * do not count as held; fewer answers than characteristics leave the rest not held. More answers
 * than the stage has characteristics, or an unreadable answer, is a VALUE error.
 * Tested surface: exported for its tests.
 * @example characteristicsHeld("prospect", [true, "否", "是"]) // { ok: true, value: { held: 2, of: 3 } }
 */
export function characteristicsHeld(
  stage: StageId,
  answers: readonly unknown[],
): Result<{ held: number; of: number }> {
  const { characteristics, name } = stageById(stage);
  const parsed = parseAll(answers, characteristics.length, {
    zh: `${name.zh}的特征`,
    en: `the characteristics of ${name.en}`,
  });
  if (!parsed.ok) return parsed;
  const held = parsed.value.filter((answer) => answer === true).length;
  return { ok: true, value: { held, of: characteristics.length } };
}
