/** The two languages of the product. Chinese is the source of truth for the deck's wording. */
export type Language = "zh" | "en";

/** A text in both languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/**
 * The product language for an Office display-language tag: Chinese for any `zh*` tag, English otherwise.
 * @example languageFromLocale("zh-CN") // "zh"
 * @example languageFromLocale("en-US") // "en"
 */
export function languageFromLocale(locale: string | undefined | null): Language {
  return typeof locale === "string" && /^zh\b/i.test(locale.trim()) ? "zh" : "en";
}

/**
 * A text in both languages, frozen: the one constructor of the tables of texts (stages, deck data, report words).
 * @example bilingual("日期", "Date") // { zh: "日期", en: "Date" }
 */
export function bilingual(zh: string, en: string): Bilingual {
  return Object.freeze({ zh, en });
}
