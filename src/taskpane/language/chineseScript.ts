/**
 * The pane's Chinese script: Simplified, or Traditional where Office's display language is zh-TW, zh-HK,
 * zh-MO or zh-Hant*. The texts are written in Simplified (the deck's wording); for Traditional users the
 * pane converts them with opencc-js and the product's terms (src/core/i18n/traditional.cjs). The converter
 * and its dictionaries load lazily, in their own chunk, and only for Traditional users: Simplified and
 * English users download nothing more.
 */
import { traditionalConverter, traditionalRegion } from "../../core/i18n";

/** Simplified (Hans) or Traditional (Hant) Chinese. */
export type ChineseScript = "Hans" | "Hant";

/** How the pane writes Chinese. */
export interface ChineseScriptSetting {
  readonly script: ChineseScript;
  /** The language tag of the pane's Chinese (its `lang` attribute). */
  readonly tag: "zh-CN" | "zh-TW" | "zh-HK";
  /** Converts a Simplified text to the script (the identity for Simplified). */
  readonly convert: (text: string) => string;
}

/** Simplified Chinese, the texts as written. */
export const SIMPLIFIED: ChineseScriptSetting = Object.freeze({
  script: "Hans",
  tag: "zh-CN",
  convert: (text: string) => text,
});

/**
 * The Chinese script for a display language, loading the converter when it is Traditional. Never fails:
 * when the converter cannot load, the pane stays in Simplified.
 * @example await loadChineseScript("zh-TW") // { script: "Hant", tag: "zh-TW", convert }
 * @example await loadChineseScript("en-US") // SIMPLIFIED, without loading anything
 */
export async function loadChineseScript(
  displayLanguage: string | undefined | null,
): Promise<ChineseScriptSetting> {
  const region = traditionalRegion(displayLanguage);
  if (region === undefined) return SIMPLIFIED;
  try {
    const opencc = (await import("opencc-js/cn2t")).default;
    const convert = traditionalConverter(opencc, region);
    const cache = new Map<string, string>();
    return Object.freeze({
      script: "Hant",
      tag: region === "hk" ? "zh-HK" : "zh-TW",
      convert: (text: string) => {
        let converted = cache.get(text);
        if (converted === undefined) {
          converted = convert(text);
          if (cache.size < 5000) cache.set(text, converted);
        }
        return converted;
      },
    });
  } catch {
    return SIMPLIFIED;
  }
}
