/**
 * The readers of the custom functions' single-value arguments (with ./args, which reads ranges): the
 * optional stage list, a stage, an amount, a date, a language, and a choice from a fixed set of words.
 * The runner (./runner) reads each argument with the reader of its declared kind.
 */
import {
  type Bilingual,
  type Language,
  displayValue,
  normaliseLabel,
  parseDate,
  shownName,
  type Result,
} from "../core/kernel";
import { DEFAULT_SCHEME, type StagePosition, type StageScheme, schemeFromList } from "../core/stages";
import {
  argumentText,
  asRange,
  isBlankRange,
  numberFrom,
  readPlainRange,
  readSingle,
  type Range,
} from "./args";
import { stopWith, unwrap } from "./errors";
import { displayLanguage, languageNamed } from "./language";

/**
 * The stage scheme of the optional `stageList` range: the user's own ordered stages (names, and
 * optionally probabilities, see `schemeFromList`), or the deck's seven stages when omitted or blank.
 * @example readStageList(null, "stageList") === DEFAULT_SCHEME // true
 * @example readStageList([["Lead"], ["Deal"], ["Won"]], "stageList").stages.length // 3
 */
export function readStageList(value: unknown, name: string): StageScheme {
  const range = readPlainRange(asRange(value), name);
  if (isBlankRange(range)) return DEFAULT_SCHEME;
  return unwrap(rememberedScheme(range), argumentText(name));
}

/** Schemes of recently seen stage lists: a filled-down column of formulas reads the same list per row. */
const RECENT_SCHEMES = new Map<string, Result<StageScheme>>();
const RECENT_LIMIT = 32;
/** Longer lists (a whole column passed by mistake) are not remembered. */
const RECENT_MAX_ROWS = 200;

/**
 * The key a list is remembered by: each cell's type and value, as JSON, so that no two lists of plain
 * values share a key (text that looks like JSON or holds control characters included).
 */
function listKey(range: Range): string {
  return JSON.stringify(range, (_key, cell: unknown) => {
    if (cell === null || typeof cell === "boolean" || Array.isArray(cell)) return cell;
    return Object.is(cell, -0) ? "number:-0" : `${typeof cell}:${String(cell)}`;
  });
}

/** `schemeFromList`, remembered by the list's content. */
function rememberedScheme(range: Range): Result<StageScheme> {
  if (range.length > RECENT_MAX_ROWS) return schemeFromList(range);
  const key = listKey(range);
  const known = RECENT_SCHEMES.get(key);
  if (known) return known;
  const scheme = schemeFromList(range);
  if (RECENT_SCHEMES.size >= RECENT_LIMIT) RECENT_SCHEMES.clear();
  RECENT_SCHEMES.set(key, scheme);
  return scheme;
}

/**
 * A single stage argument resolved in `scheme`; `null` when omitted or blank. An unknown label is
 * #VALUE! naming the argument and the label.
 * @example readStage("谈判", "stage", DEFAULT_SCHEME) // { kind: "open", index: 5 }
 */
export function readStage(value: unknown, name: string, scheme: StageScheme): StagePosition | null {
  const single = readSingle(value, name);
  if (single === undefined) return null;
  const resolved = scheme.resolve(single);
  return resolved.ok ? resolved.value : unwrap(resolved, argumentText(name));
}

/**
 * A stage argument that must be a stage of the funnel (not the lost outcome): its 0-based index, or
 * `null` when omitted or blank.
 * @example readFunnelStage("意向", "fromStage", DEFAULT_SCHEME) // 2
 */
export function readFunnelStage(value: unknown, name: string, scheme: StageScheme): number | null {
  const position = readStage(value, name, scheme);
  if (position === null) return null;
  if (position.kind !== "lost") return position.index;
  const arg = argumentText(name);
  return stopWith("VALUE", {
    en: `${arg.en}: “${shownName(scheme.lostName.en)}” is an outcome, not a stage of the funnel.`,
    zh: `${arg.zh}：“${shownName(scheme.lostName.zh)}”是结果，不是阶段。`,
  });
}

/**
 * An amount argument; `undefined` when omitted or blank; text that is not a number, or a boolean, is
 * #VALUE!.
 * @example readAmount(" 5000 ", "target") // 5000
 */
export function readAmount(value: unknown, name: string): number | undefined {
  const single = readSingle(value, name);
  if (single === undefined) return undefined;
  const number = typeof single === "boolean" ? undefined : numberFrom(single);
  if (number !== undefined) return number;
  const arg = argumentText(name);
  return stopWith("VALUE", {
    en: `${arg.en}: “${displayValue(single)}” is not a number.`,
    zh: `${arg.zh}：“${displayValue(single)}”不是数字。`,
  });
}

/**
 * A single date argument (an Excel serial or text such as 2025-03-05) as a serial date; `null` when
 * omitted or blank. Anything else is #VALUE! naming the argument.
 * @example readDate([[45658.5]], "asOf") // 45658
 */
export function readDate(value: unknown, name: string): number | null {
  const single = readSingle(value, name);
  if (single === undefined) return null;
  const date = parseDate(single);
  return date.ok ? date.value : unwrap(date, argumentText(name));
}

/**
 * An argument that picks one of a fixed set of meanings: what it means when omitted or blank, and how a
 * given value is read.
 */
export interface Choice<T> {
  /** The meaning of an omitted or blank argument. */
  whenBlank(): T;
  /** The meaning of a given plain value; anything else stops the call naming the argument `name`. */
  read(value: unknown, name: string): T;
}

/**
 * A choice among words, compared case-, width- and space-insensitively; `fallback` when omitted or blank.
 * Any other word is #VALUE! listing `accepted`.
 * @example wordChoice(new Map([["score", "score"], ["verdict", "verdict"]]), "score", { en: "score or verdict", zh: "score 或 verdict" })
 */
export function wordChoice<T>(words: ReadonlyMap<string, T>, fallback: T, accepted: Bilingual): Choice<T> {
  return {
    whenBlank: () => fallback,
    read(value, name) {
      const chosen = words.get(normaliseLabel(String(value)));
      if (chosen !== undefined) return chosen;
      const arg = argumentText(name);
      return stopWith("VALUE", {
        en: `${arg.en}: “${displayValue(value)}” is not one of ${accepted.en}.`,
        zh: `${arg.zh}：“${displayValue(value)}”无效，请用 ${accepted.zh}。`,
      });
    },
  };
}

/**
 * A choice argument: its meaning, `choice.whenBlank()` when omitted or blank.
 * @example readChoice("Verdict", "output", WORTH_OUTPUTS) // "verdict"
 */
export function readChoice<T>(value: unknown, name: string, choice: Choice<T>): T {
  const single = readSingle(value, name);
  return single === undefined ? choice.whenBlank() : choice.read(single, name);
}

/**
 * The language argument's choice: zh / 中文 / zh-CN … or en / English / en-US …; omitted or blank follows
 * Office's display language. Anything else is #VALUE!.
 * @example readChoice("英文", "language", LANGUAGES) // "en"
 */
export const LANGUAGES: Choice<Language> = {
  whenBlank: displayLanguage,
  read(value, name) {
    const language = typeof value === "string" ? languageNamed(value) : undefined;
    if (language) return language;
    const arg = argumentText(name);
    return stopWith("VALUE", {
      en: `${arg.en}: “${displayValue(value)}” is not a language; use zh (中文) or en (English).`,
      zh: `${arg.zh}：“${displayValue(value)}”不是语言；请用 zh（中文）或 en（英文）。`,
    });
  },
};
