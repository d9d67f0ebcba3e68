/**
 * What the workbench page's address chooses: `?lang=zh` or `?lang=en` (also zh-CN, en-US …) picks the
 * language; otherwise the browser's language decides.
 */
import { languageFromLocale, type Language } from "../core/kernel";

/** The page's language and whether the address chose it. */
export interface PageLanguage {
  readonly language: Language;
  readonly fromAddress: boolean;
}

/**
 * The language of the page for its query string and the browser's language.
 * @example pageLanguage("?lang=zh", "en-US") // { language: "zh", fromAddress: true }
 * @example pageLanguage("", "zh-CN") // { language: "zh", fromAddress: false }
 */
export function pageLanguage(search: string, browserLanguage: string | undefined): PageLanguage {
  const requested = new URLSearchParams(search).get("lang")?.trim().toLowerCase();
  if (requested && /^(zh|en)([-_][a-z0-9]+)*$/.test(requested)) {
    return { language: languageFromLocale(requested), fromAddress: true };
  }
  return { language: languageFromLocale(browserLanguage), fromAddress: false };
}

/**
 * Office's display-language tag for a product language, as the emulated Excel reports it.
 * @example displayLanguageTag("zh") // "zh-CN"
 */
export function displayLanguageTag(language: Language): string {
  return language === "zh" ? "zh-CN" : "en-US";
}
