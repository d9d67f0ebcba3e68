/**
 * The pane's current language, shared through React context: `useLanguage()` gives the language, a setter
 * that also remembers the choice, `t` bound to the language, and the Chinese script (Simplified, or
 * Traditional for zh-TW/zh-HK/zh-MO users): `t`, `text` and `inScript` give every Chinese text the pane
 * renders in that script.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { Bilingual, Language } from "../../core/kernel";
import { SIMPLIFIED, type ChineseScript, type ChineseScriptSetting } from "./chineseScript";
import {
  browserStorage,
  readLanguagePreference,
  startingLanguage,
  writeLanguagePreference,
  type PreferenceStorage,
} from "./languagePreference";
import { paneT, type PaneStringKey, type PaneStringParams } from "./paneStrings";

/** `t` for the current language: any text of core's UI_STRINGS or the pane's own PANE_STRINGS. */
export type BoundTranslate = <K extends PaneStringKey>(key: K, ...params: PaneStringParams<K>) => string;

/** What `useLanguage` returns. */
export interface LanguageContextValue {
  readonly language: Language;
  /** Switches the pane's language and remembers the choice for next time. */
  readonly setLanguage: (language: Language) => void;
  readonly t: BoundTranslate;
  /** The script of the pane's Chinese: "Hans" (Simplified) or "Hant" (Traditional). */
  readonly script: ChineseScript;
  /** The pane's language tag, for `lang` attributes: "en", "zh-CN", "zh-TW" or "zh-HK". */
  readonly tag: string;
  /** A text of both languages, in the pane's language (and Chinese script). */
  readonly text: (bilingual: Bilingual) => string;
  /** A text already in the pane's language (e.g. made by a helper from `language`), in the Chinese script. */
  readonly inScript: (text: string) => string;
}

const LanguageContext = createContext<LanguageContextValue | undefined>(undefined);

/** Props of {@link LanguageProvider}. */
export interface LanguageProviderProps {
  /** The language from Office's display language; a remembered choice wins over it. */
  readonly initialLanguage: Language;
  /** Where the choice is remembered; the browser's localStorage by default, `null` for nowhere. */
  readonly storage?: PreferenceStorage | null;
  /** How Chinese is written (from Office's display language, see loadChineseScript); Simplified by default. */
  readonly chinese?: ChineseScriptSetting;
  readonly children?: ReactNode;
}

/**
 * Provides the language to the views.
 * @example <LanguageProvider initialLanguage="zh"><StageGuide /></LanguageProvider>
 */
export function LanguageProvider({
  initialLanguage,
  storage,
  chinese = SIMPLIFIED,
  children,
}: LanguageProviderProps) {
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
  const value = useMemo<LanguageContextValue>(() => {
    const inScript = language === "zh" ? chinese.convert : (text: string) => text;
    return {
      language,
      setLanguage,
      // The template is converted, not the filled text: values such as sheet names stay as written.
      t: (key, ...params) => paneT(key, language, inScript, ...params),
      script: chinese.script,
      tag: language === "zh" ? chinese.tag : "en",
      text: (bilingual) => inScript(bilingual[language]),
      inScript,
    };
  }, [language, setLanguage, chinese]);
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
