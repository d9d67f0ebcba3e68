/**
 * The task pane: theme, gateway and language providers around a header (product name, language switch), a
 * navigation between views, and the open view. It never touches Office.*: the composition root
 * (`index.tsx`, or the workbench) passes the gateway, the starting language and the theme.
 */
import { FluentProvider, Tab, TabList, useId, webLightTheme, type Theme } from "@fluentui/react-components";
import type { Language } from "../../core/kernel";
import type { WorkbookGateway } from "../../excel/gateway";
import { GatewayProvider } from "../gateway/GatewayContext";
import { LanguageProvider, useLanguage } from "../language/LanguageContext";
import type { ChineseScriptSetting } from "../language/chineseScript";
import type { PreferenceStorage } from "../language/languagePreference";
import { LanguageSwitch } from "../LanguageSwitch/LanguageSwitch";
import { useAppStyles } from "./App.styles";
import { useApp } from "./useApp";

/** Props of {@link App}. */
export interface AppProps {
  readonly gateway: WorkbookGateway;
  /** The language from Office's display language; the user's remembered choice wins over it. */
  readonly initialLanguage: Language;
  /** The Fluent theme; light by default. */
  readonly theme?: Theme;
  /** Where the language choice is remembered; the browser's localStorage by default, `null` for nowhere. */
  readonly languageStorage?: PreferenceStorage | null;
  /** How Chinese is written: Traditional for zh-TW/zh-HK/zh-MO display languages (loadChineseScript). */
  readonly chinese?: ChineseScriptSetting;
}

/**
 * The whole task pane.
 * @example createRoot(container).render(<App gateway={gateway} initialLanguage="zh" theme={webDarkTheme} />)
 */
export function App({ gateway, initialLanguage, theme = webLightTheme, languageStorage, chinese }: AppProps) {
  const styles = useAppStyles();
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <GatewayProvider gateway={gateway}>
        <LanguageProvider initialLanguage={initialLanguage} storage={languageStorage} chinese={chinese}>
          <PaneShell />
        </LanguageProvider>
      </GatewayProvider>
    </FluentProvider>
  );
}

function PaneShell() {
  const styles = useAppStyles();
  const { tag, t } = useLanguage();
  const { views, selectedView, selectView } = useApp();
  const idPrefix = useId("view");
  const tabId = (viewId: string) => `${idPrefix}-tab-${viewId}`;
  const panelId = `${idPrefix}-panel`;
  const View = selectedView.Component;

  return (
    <div className={styles.root} lang={tag}>
      <header className={styles.header}>
        <div className={styles.titleBlock}>
          <h1 className={styles.title}>{t("appTitle")}</h1>
          <p className={styles.tagline}>{t("appTagline")}</p>
        </div>
        <LanguageSwitch />
      </header>
      <nav aria-label={t("navigationLabel")}>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={selectedView.id}
          onTabSelect={(_, data) => selectView(String(data.value))}
        >
          {views.map((view) => (
            <Tab key={view.id} id={tabId(view.id)} value={view.id} aria-controls={panelId}>
              {t(view.label)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main id={panelId} role="tabpanel" aria-labelledby={tabId(selectedView.id)} className={styles.main}>
        <View />
      </main>
    </div>
  );
}
