/**
 * How a stage is written back into a cell: its Chinese name, English name, id/key, or 1-based number.
 */
import { displayValue, normaliseLabel, fail, type Result } from "../kernel";
import type { StagePosition, StageScheme } from "./stageScheme";

/** zh: 目标客户; en: Target; id: "target" (a custom list's key); number: 1..n. */
export type StageForm = "zh" | "en" | "id" | "number";

const FORMS: ReadonlyMap<string, StageForm> = new Map<string, StageForm>([
  ...["zh", "cn", "zh cn", "中文", "汉语", "chinese", "中"].map((w) => [w, "zh"] as const),
  ...["en", "english", "英文", "英语", "英"].map((w) => [w, "en"] as const),
  ...["id", "key", "代码", "键"].map((w) => [w, "id"] as const),
  ...["number", "num", "no", "#", "序号", "编号", "数字"].map((w) => [w, "number"] as const),
]);

/**
 * Reads the form argument: zh (中文, cn, chinese), en (english, 英文), id (key, 代码) or number
 * (num, 序号, 编号); case, width and spaces ignored. Blank (omitted) is "zh", the deck's language.
 * Anything else is a VALUE error listing the accepted words.
 * @example parseStageForm("English") // { ok: true, value: "en" }
 * @example parseStageForm(null) // { ok: true, value: "zh" }
 */
export function parseStageForm(value: unknown): Result<StageForm> {
  if (value === null || value === undefined) return { ok: true, value: "zh" };
  const key = typeof value === "string" ? normaliseLabel(value) : null;
  if (key === "") return { ok: true, value: "zh" };
  const form = key === null ? undefined : FORMS.get(key);
  if (form) return { ok: true, value: form };
  return fail("VALUE", {
    zh: `未知的阶段格式“${displayValue(value)}”：请用 zh（中文）、en（英文）、id（代码）或 number（序号）。`,
    en: `Unknown stage form “${displayValue(value)}”: use zh (Chinese), en (English), id or number.`,
  });
}

/**
 * A position written in a form: zh → the stage's Chinese name, en → its English name, id → its key,
 * number → its 1-based number. Lost is written as the scheme's lost name (丢单 / Lost), "lost" and 0.
 * @throws RangeError when the index is outside the scheme (a programming error).
 * @example formatStage({ kind: "open", index: 0 }, DEFAULT_SCHEME, "zh") // "目标客户"
 * @example formatStage(LOST_POSITION, DEFAULT_SCHEME, "number") // 0
 */
export function formatStage(position: StagePosition, scheme: StageScheme, form: StageForm): string | number {
  if (position.kind === "lost") {
    if (form === "number") return 0;
    return form === "id" ? "lost" : scheme.lostName[form];
  }
  const stage = scheme.stages[position.index];
  if (!stage) throw new RangeError(`No stage at index ${position.index}`);
  if (form === "number") return position.index + 1;
  return form === "id" ? stage.key : stage.name[form];
}
