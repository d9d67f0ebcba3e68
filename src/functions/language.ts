/**
 * The language FUNNEL's functions answer in: an explicit language argument wins, then Office's display
 * language, then English (outside Office: jest, the workbench before Office loads).
 */
import { languageFromLocale, type Language } from "../core/kernel";

/**
 * The language of Office's user interface, or English when Office (or its context) is not there.
 * @example displayLanguage() // "zh" in Excel running in Chinese, "en" under jest
 */
export function displayLanguage(): Language {
  if (typeof Office === "undefined") return "en";
  try {
    return languageFromLocale(Office.context?.displayLanguage);
  } catch {
    return "en";
  }
}

/** The words (case and spaces ignored) a user may type for each language. */
const LANGUAGE_WORDS: ReadonlyMap<string, Language> = new Map<string, Language>([
  ["zh", "zh"],
  ["cn", "zh"],
  ["chinese", "zh"],
  ["中文", "zh"],
  ["汉语", "zh"],
  ["简体中文", "zh"],
  ["en", "en"],
  ["english", "en"],
  ["英文", "en"],
  ["英语", "en"],
]);

/**
 * Reads a language the user typed: a word (zh, 中文, Chinese, en, English, 英文) or a locale tag
 * (zh-CN, zh-TW, en-US). Anything else is `undefined`.
 * @example languageNamed("中文") // "zh"
 * @example languageNamed("en-GB") // "en"
 * @example languageNamed("fr") // undefined
 */
export function languageNamed(text: string): Language | undefined {
  const word = text.trim().toLowerCase();
  const known = LANGUAGE_WORDS.get(word);
  if (known) return known;
  if (/^zh([-_][a-z0-9]+)*$/.test(word)) return "zh";
  if (/^en([-_][a-z0-9]+)*$/.test(word)) return "en";
  return undefined;
}

/**
 * The language to answer in: `explicit` when it names a language, else the display language. Used for
 * error messages too, so a bad language argument still gets a readable message.
 * @example answerLanguage("英文") // "en"
 * @example answerLanguage(null) // displayLanguage()
 */
export function answerLanguage(explicit?: unknown): Language {
  if (typeof explicit === "string") {
    const named = languageNamed(explicit);
    if (named) return named;
  }
  return displayLanguage();
}
