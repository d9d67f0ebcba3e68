/**
 * What the workbench page's address chooses: `?lang=zh` or `?lang=en` (also zh-CN, en-US …) picks the
 * language, otherwise the browser's language decides; `?pane=320` sets the task pane's width (320–450 px,
 * the range of Excel's task pane), 380 px by default.
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

/** The task pane's width when the address sets none, and the range an address may set. */
export const PANE_WIDTH = Object.freeze({ default: 380, min: 320, max: 450 });

/**
 * The task pane's width in pixels for the page's query string: `pane`, kept within 320–450, else 380.
 * @example paneWidth("?lang=en&pane=320") // 320
 * @example paneWidth("?pane=9999") // 450
 * @example paneWidth("") // 380
 */
export function paneWidth(search: string): number {
  const requested = Number(new URLSearchParams(search).get("pane"));
  if (!Number.isFinite(requested) || requested <= 0) return PANE_WIDTH.default;
  return Math.min(PANE_WIDTH.max, Math.max(PANE_WIDTH.min, Math.round(requested)));
}

/**
 * Office's display-language tag for a product language, as the emulated Excel reports it.
 * @example displayLanguageTag("zh") // "zh-CN"
 */
export function displayLanguageTag(language: Language): string {
  return language === "zh" ? "zh-CN" : "en-US";
}
