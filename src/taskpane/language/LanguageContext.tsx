/**
 * The pane's current language, shared through React context: `useLanguage()` gives the language, a setter
 * that also remembers the choice, and `t` bound to the language.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { Language } from "../../core/kernel";
import { t as translate, type UiStringKey, type UiStringParams } from "../../core/i18n";
import {
  browserStorage,
  readLanguagePreference,
  startingLanguage,
  writeLanguagePreference,
  type PreferenceStorage,
} from "./languagePreference";

/** `t` for the current language. */
export type BoundTranslate = <K extends UiStringKey>(key: K, ...params: UiStringParams<K>) => string;

/** What `useLanguage` returns. */
export interface LanguageContextValue {
  readonly language: Language;
  /** Switches the pane's language and remembers the choice for next time. */
  readonly setLanguage: (language: Language) => void;
  readonly t: BoundTranslate;
}

const LanguageContext = createContext<LanguageContextValue | undefined>(undefined);

/** Props of {@link LanguageProvider}. */
export interface LanguageProviderProps {
  /** The language from Office's display language; a remembered choice wins over it. */
  readonly initialLanguage: Language;
  /** Where the choice is remembered; the browser's localStorage by default, `null` for nowhere. */
  readonly storage?: PreferenceStorage | null;
  readonly children?: ReactNode;
}

/**
 * Provides the language to the views.
 * @example <LanguageProvider initialLanguage="zh"><StageGuide /></LanguageProvider>
 */
export function LanguageProvider({ initialLanguage, storage, children }: LanguageProviderProps) {
  const store = storage === null ? undefined : (storage ?? browserStorage());
  const [language, setCurrent] = useState<Language>(() =>
    startingLanguage(readLanguagePreference(store), initialLanguage),
  );
  const setLanguage = useCallback(
    (next: Language) => {
      writeLanguagePreference(store, next);
      setCurrent(next);
    },
    [store],
  );
  const value = useMemo<LanguageContextValue>(
    () => ({
      language,
      setLanguage,
      t: (key, ...params) => translate(key, language, ...params),
    }),
    [language, setLanguage],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/**
 * The current language, its setter and `t`. Throws when used outside a {@link LanguageProvider}
 * (a programming error, not a user's).
 * @example const { t } = useLanguage(); t("viewStageGuide")
 */
export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (value === undefined) throw new Error("useLanguage must be used inside a LanguageProvider.");
  return value;
}
