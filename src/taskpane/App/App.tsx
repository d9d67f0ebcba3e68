/**
 * The task pane: theme, gateway and language providers around a header (product name, language switch), a
 * navigation between views (one row of tabs, a "More" menu for those that do not fit), and the open view. The header
 * and the tabs stay in place while the view scrolls; each view's code loads when it first opens. The pipeline data
 * (what was read, the mapping, the as-of date) is held above the views from the first time a view reads the pipeline
 * (SharedPipelineSource), so Pipeline health and Forecast share it and switching tabs keeps it. It never touches
 * Office.*: the composition root (`index.tsx`, or the workbench) passes the gateway, the starting language and the
 * theme.
 */
import { FluentProvider, Spinner, useId, webLightTheme, type Theme } from "@fluentui/react-components";
import { Suspense, useEffect, useRef, type RefObject } from "react";
import type { Language } from "../../core/kernel";
import type { WorkbookGateway } from "../../excel/gateway";
import { GatewayProvider } from "../gateway/GatewayContext";
import { LanguageProvider, useLanguage } from "../language/LanguageContext";
import type { ChineseScriptSetting } from "../language/chineseScript";
import type { PreferenceStorage } from "../language/languagePreference";
import { LanguageSwitch } from "../LanguageSwitch/LanguageSwitch";
import { useAppStyles } from "./App.styles";
import { SharedPipelineSource } from "./SharedPipelineSource";
import { useApp } from "./useApp";
import { ViewTabs } from "./ViewTabs";

/** Props of {@link App}. */
export interface AppProps {
  readonly gateway: WorkbookGateway;
  /** The language from Office's display language; the user's remembered choice wins over it. */
  readonly initialLanguage: Language;
  /** The Fluent theme; light by default. */
  readonly theme?: Theme;
  /**
   * Where the language choice and the confirmed column mappings are remembered; the browser's localStorage by
   * default, `null` for nowhere.
   */
  readonly languageStorage?: PreferenceStorage | null;
  /** How Chinese is written: Traditional for zh-TW/zh-HK/zh-MO display languages (loadChineseScript). */
  readonly chinese?: ChineseScriptSetting;
  /** Today's date, the pipeline views' default as-of date; the clock by default. */
  readonly today?: () => Date;
}

/**
 * The whole task pane.
 * @example createRoot(container).render(<App gateway={gateway} initialLanguage="zh" theme={webDarkTheme} />)
 */
export function App({
  gateway,
  initialLanguage,
  theme = webLightTheme,
  languageStorage,
  chinese,
  today,
}: AppProps) {
  const styles = useAppStyles();
  return (
    // The pane's background is on a box inside the provider: Fluent gives the provider's classes to the layer its
    // popups (the More menu) open in, which a full-height background would paint over the whole pane.
    <FluentProvider theme={theme}>
      <div className={styles.provider}>
        <GatewayProvider gateway={gateway}>
          <LanguageProvider initialLanguage={initialLanguage} storage={languageStorage} chinese={chinese}>
            <PaneShell today={today} storage={languageStorage} />
          </LanguageProvider>
        </GatewayProvider>
      </div>
    </FluentProvider>
  );
}

function PaneShell({ today, storage }: { today?: () => Date; storage?: PreferenceStorage | null }) {
  const styles = useAppStyles();
  const { tag, t } = useLanguage();
  const { views, selectedView, selectView } = useApp();
  const idPrefix = useId("view");
  const tabId = (viewId: string) => `${idPrefix}-tab-${viewId}`;
  const panelId = `${idPrefix}-panel`;
  const View = selectedView.Component;
  const rootRef = useRef<HTMLDivElement>(null);
  const stickyRef = useRef<HTMLDivElement>(null);
  useStickyHeight(rootRef, stickyRef);

  return (
    <div ref={rootRef} className={styles.root} lang={tag}>
      <div ref={stickyRef} className={styles.sticky}>
        <header className={styles.header}>
          <div className={styles.titleBlock}>
            <h1 className={styles.title}>{t("appTitle")}</h1>
            <p className={styles.tagline} title={t("appTagline")}>
              {t("appTagline")}
            </p>
          </div>
          <LanguageSwitch />
        </header>
        <nav aria-label={t("navigationLabel")}>
          <ViewTabs
            views={views}
            selectedId={selectedView.id}
            onSelect={selectView}
            tabId={tabId}
            panelId={panelId}
          />
        </nav>
      </div>
      <main id={panelId} role="tabpanel" aria-labelledby={tabId(selectedView.id)} className={styles.main}>
        <Suspense fallback={<Spinner size="small" label={t("loadingView")} />}>
          <SharedPipelineSource needed={selectedView.readsPipeline === true} today={today} storage={storage}>
            <View />
          </SharedPipelineSource>
        </Suspense>
      </main>
    </div>
  );
}

/**
 * Keeps `--funnel-pane-sticky` on the root at the sticky header's height, so a view's results scroll to just
 * below it (see `viewStyles.results`). Where ResizeObserver is missing, results scroll to the very top.
 */
function useStickyHeight(rootRef: RefObject<HTMLDivElement>, stickyRef: RefObject<HTMLDivElement>): void {
  useEffect(() => {
    const root = rootRef.current;
    const sticky = stickyRef.current;
    if (root === null || sticky === null || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      root.style.setProperty("--funnel-pane-sticky", `${sticky.offsetHeight}px`);
    });
    observer.observe(sticky);
    return () => observer.disconnect();
  }, [rootRef, stickyRef]);
}
