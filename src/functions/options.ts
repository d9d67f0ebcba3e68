/**
 * The single-value and option arguments of the custom functions, read the same way everywhere (part of
 * the shared argument helper, with ./args): the optional stage list, a stage, a language, and a choice
 * from a fixed set of words.
 */
import {
  type Bilingual,
  type Language,
  displayValue,
  normaliseLabel,
  shownName,
  type Result,
} from "../core/kernel";
import { DEFAULT_SCHEME, type StagePosition, type StageScheme, schemeFromList } from "../core/stages";
import { argumentText, asRange, isBlankRange, optionalValue, plainRange, type Range } from "./args";
import { failWith, valueOf } from "./errors";
import { displayLanguage, languageNamed } from "./language";

/**
 * The stage scheme of the optional `stageList` range: the user's own ordered stages (names, and
 * optionally probabilities, see `schemeFromList`), or the deck's seven stages when omitted or blank.
 * @example schemeArg(null, "stageList") === DEFAULT_SCHEME // true
 * @example schemeArg([["Lead"], ["Deal"], ["Won"]], "stageList").stages.length // 3
 */
export function schemeArg(value: unknown, name: string): StageScheme {
  const range = plainRange(asRange(value), name);
  if (isBlankRange(range)) return DEFAULT_SCHEME;
  return valueOf(schemeOfList(range), argumentText(name));
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
function schemeOfList(range: Range): Result<StageScheme> {
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
 * @example stageArg("谈判", "stage", DEFAULT_SCHEME) // { kind: "open", index: 5 }
 */
export function stageArg(value: unknown, name: string, scheme: StageScheme): StagePosition | null {
  const single = optionalValue(value, name);
  if (single === undefined) return null;
  return valueOf(scheme.resolve(single), argumentText(name));
}

/**
 * A stage argument that must be a stage of the funnel (not the lost outcome): its 0-based index, or
 * `null` when omitted or blank.
 * @example stageIndexArg("意向", "fromStage", DEFAULT_SCHEME) // 2
 */
export function stageIndexArg(value: unknown, name: string, scheme: StageScheme): number | null {
  const position = stageArg(value, name, scheme);
  if (position === null) return null;
  if (position.kind !== "lost") return position.index;
  const arg = argumentText(name);
  return failWith("VALUE", {
    en: `${arg.en}: “${shownName(scheme.lostName.en)}” is an outcome, not a stage of the funnel.`,
    zh: `${arg.zh}：“${shownName(scheme.lostName.zh)}”是结果，不是漏斗的阶段。`,
  });
}

/**
 * The optional language argument: zh / 中文 / zh-CN … or en / English / en-US …; omitted or blank
 * follows Office's display language. Anything else is #VALUE!.
 * @example languageArg("英文", "language") // "en"
 */
export function languageArg(value: unknown, name: string): Language {
  const single = optionalValue(value, name);
  if (single === undefined) return displayLanguage();
  const language = typeof single === "string" ? languageNamed(single) : undefined;
  if (language) return language;
  const arg = argumentText(name);
  return failWith("VALUE", {
    en: `${arg.en}: “${displayValue(single)}” is not a language; use zh (中文) or en (English).`,
    zh: `${arg.zh}：“${displayValue(single)}”不是语言；请用 zh（中文）或 en（英文）。`,
  });
}

/**
 * An optional choice from a fixed set of words (compared case-, width- and space-insensitively);
 * `fallback` when omitted or blank. Anything else is #VALUE! listing `accepted`.
 * @example choiceArg("Verdict", "output", new Map([["verdict", "verdict"]]), "score", accepted) // "verdict"
 */
export function choiceArg<T>(
  value: unknown,
  name: string,
  words: ReadonlyMap<string, T>,
  fallback: T,
  accepted: Bilingual,
): T {
  const single = optionalValue(value, name);
  if (single === undefined) return fallback;
  const chosen = words.get(normaliseLabel(String(single)));
  if (chosen !== undefined) return chosen;
  const arg = argumentText(name);
  return failWith("VALUE", {
    en: `${arg.en}: “${displayValue(single)}” is not one of ${accepted.en}.`,
    zh: `${arg.zh}：“${displayValue(single)}”无效，请用 ${accepted.zh}。`,
  });
}
