/**
 * What FUNNEL.GAPS, FUNNEL.GATE and FUNNEL.READY read and answer: yes/no answers in one row or column — the
 * evidence checklist of the seven stage markers (as FUNNEL.STAGE reads it, core's parseAnswer) or the seven
 * negotiation conditions — and the missing markers as spilled rows.
 */
import type { Bilingual, Language } from "../core/kernel";
import { parseAnswer, type StageDefinition } from "../core/stages";
import { argumentText, type CellList } from "./args";
import { stopWith, unwrap } from "./errors";
import { type Choice, wordChoice } from "./options";

/**
 * The answers of a row or column of at most `max` cells (TRUE/FALSE, 是/否, Yes/No, 1/0, ✓/× …; blank = not yet),
 * in order. More cells, or an answer that cannot be read, stops the call naming the range or the cell.
 * @example readAnswers(readList([[true], ["否"], [null]], "evidence"), 7, WHAT) // [true, false, null]
 */
export function readAnswers(cells: CellList, max: number, what: Bilingual): (boolean | null)[] {
  if (cells.length > max) {
    const arg = argumentText(cells.name);
    stopWith("VALUE", {
      en: `${arg.en}: at most ${max} answers (${what.en}); got ${cells.length}.`,
      zh: `${arg.zh}：最多 ${max} 个答案（${what.zh}），收到 ${cells.length} 个。`,
    });
  }
  const answers: (boolean | null)[] = [];
  for (let i = 0; i < cells.length; i++) answers.push(unwrap(parseAnswer(cells.plainAt(i)), cells.where(i)));
  return answers;
}

/** What the evidence checklist answers. */
export const MARKER_ANSWERS: Bilingual = { zh: "七个阶段标志", en: "the seven stage markers" };
/** What the negotiation conditions answer. */
export const CONDITION_ANSWERS: Bilingual = {
  zh: "进入商务谈判的七项条件",
  en: "the seven negotiation conditions",
};

/**
 * The stages whose marker is missing, one row each: the stage's short name and its markers, in `language`; one
 * blank row when none is missing (the evidence supports the stage).
 * @example gapRows([STAGES[3]], "zh") // [["立项：评估符合项目要求；成立小组跟进"]]
 */
export function gapRows(gaps: readonly StageDefinition[], language: Language): string[][] {
  if (gaps.length === 0) return [[""]];
  const [colon, join] = language === "zh" ? ["：", "；"] : [": ", "; "];
  return gaps.map((stage) => [
    `${stage.shortName[language]}${colon}${stage.markers.map((m) => m[language]).join(join)}`,
  ]);
}

/** What FUNNEL.READY answers with. */
export type ReadyOutput = "count" | "ready";

const READY_WORDS: ReadonlyMap<string, ReadyOutput> = new Map<string, ReadyOutput>([
  ...["count", "k", "数量", "项数", "具备项数"].map((word) => [word, "count"] as const),
  ...["ready", "all", "是否就绪", "就绪", "是否具备"].map((word) => [word, "ready"] as const),
]);

/**
 * The `output` argument of FUNNEL.READY: "count" (the default: how many of the seven hold) or "ready" (TRUE when
 * all seven hold).
 * @example readChoice("ready", "output", READY_OUTPUTS) // "ready"
 */
export const READY_OUTPUTS: Choice<ReadyOutput> = wordChoice(READY_WORDS, "count", {
  en: "count or ready",
  zh: "count（具备项数）或 ready（是否就绪）",
});
