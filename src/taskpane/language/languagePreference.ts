/**
 * The user's language choice, kept in the browser's storage so that it wins over Office's display
 * language next time. Storage may be missing or may throw (private modes, locked-down webviews); then the
 * choice simply lasts for the session: the pane never fails because of it.
 */
import type { Language } from "../../core/kernel";

/**
 * The storage key of the language choice.
 * Tested surface: exported for its tests.
 */
export const LANGUAGE_PREFERENCE_KEY = "funnel.taskpane.language";

/** The part of the Web Storage API the preference needs. */
export interface PreferenceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * The stored language choice, or undefined when none (or an unreadable one) is stored.
 * @example readLanguagePreference(window.localStorage) // "en" after the user chose English
 */
export function readLanguagePreference(storage: PreferenceStorage | undefined): Language | undefined {
  if (storage === undefined) return undefined;
  try {
    const stored = storage.getItem(LANGUAGE_PREFERENCE_KEY);
    return stored === "zh" || stored === "en" ? stored : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Stores the language choice; false when storage is unavailable or refuses it.
 * @example writeLanguagePreference(window.localStorage, "zh") // true
 */
export function writeLanguagePreference(storage: PreferenceStorage | undefined, language: Language): boolean {
  if (storage === undefined) return false;
  try {
    storage.setItem(LANGUAGE_PREFERENCE_KEY, language);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser's localStorage, or undefined where it does not exist or may not be touched.
 * @example readLanguagePreference(browserStorage())
 */
export function browserStorage(): PreferenceStorage | undefined {
  try {
    return typeof window === "undefined" ? undefined : (window.localStorage ?? undefined);
  } catch {
    return undefined;
  }
}

/**
 * The language the pane opens in: the stored choice if any, else the display language.
 * @example startingLanguage(undefined, "zh") // "zh"
 * @example startingLanguage("en", "zh") // "en"
 */
export function startingLanguage(stored: Language | undefined, displayLanguage: Language): Language {
  return stored ?? displayLanguage;
}
