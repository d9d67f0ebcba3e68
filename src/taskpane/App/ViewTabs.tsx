/**
 * The row of view tabs: always one row. The tabs that do not fit the pane go, last first, into a "More" menu at the
 * end of the row; the open view's tab is never among them. Fluent's Overflow measures the row and hides the tabs.
 * The menu itself (Fluent's Menu and its positioning, ~30 KB gzipped) loads when a tab first overflows
 * (./ViewsMenu), not with the pane: until then the same button stands in its place.
 */
import { lazy, Suspense, useState } from "react";
import {
  MenuButton,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useOverflowMenu,
} from "@fluentui/react-components";
import { useLanguage } from "../language/LanguageContext";
import { useAppStyles } from "./App.styles";
import type { PaneView } from "./views";

/** Props of {@link ViewTabs}. */
export interface ViewTabsProps {
  readonly views: readonly PaneView[];
  readonly selectedId: string;
  readonly onSelect: (id: string) => void;
  /** The id of a view's tab (the panel is labelled by the open view's tab). */
  readonly tabId: (viewId: string) => string;
  /** The id of the panel the tabs control. */
  readonly panelId: string;
}

/** The open view's tab outranks the others, so it is the last to overflow. */
const SELECTED_PRIORITY = 1;

/**
 * The views' tabs in one row, with a "More" menu for those that do not fit.
 * @example <ViewTabs views={VIEWS} selectedId="changes" onSelect={selectView} tabId={tabId} panelId={panelId} />
 */
export function ViewTabs({ views, selectedId, onSelect, tabId, panelId }: ViewTabsProps) {
  const styles = useAppStyles();
  const { t } = useLanguage();
  return (
    <Overflow minimumVisible={1}>
      <div className={styles.tabRow}>
        <TabList
          size="small"
          selectedValue={selectedId}
          onTabSelect={(_, data) => onSelect(String(data.value))}
        >
          {views.map((view) => (
            <OverflowItem
              key={view.id}
              id={view.id}
              priority={view.id === selectedId ? SELECTED_PRIORITY : 0}
            >
              <Tab id={tabId(view.id)} value={view.id} aria-controls={panelId} className={styles.tab}>
                {t(view.label)}
              </Tab>
            </OverflowItem>
          ))}
        </TabList>
        <MoreViewsMenu views={views} onSelect={onSelect} />
      </div>
    </Overflow>
  );
}

const ViewsMenu = lazy(() => import("./ViewsMenu"));

/**
 * The "More" menu, shown only while some tabs overflow (see ./ViewsMenu). The span is what Overflow measures as the
 * menu; while the menu's code loads, a button of the same look stands in: a click on it opens the menu once loaded,
 * and the focus it holds then passes to the menu's own button.
 */
function MoreViewsMenu({ views, onSelect }: Pick<ViewTabsProps, "views" | "onSelect">) {
  const styles = useAppStyles();
  const { t } = useLanguage();
  const { ref, isOverflowing } = useOverflowMenu<HTMLSpanElement>();
  const [asked, setAsked] = useState(false);
  const [focused, setFocused] = useState(false);
  if (!isOverflowing) return null;
  const standIn = (
    <MenuButton
      appearance="transparent"
      size="small"
      className={styles.moreButton}
      aria-label={t("viewsMoreLabel")}
      aria-haspopup="menu"
      onClick={() => setAsked(true)}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      {t("viewsMore")}
    </MenuButton>
  );
  return (
    <span ref={ref} className={styles.moreMenu}>
      <Suspense fallback={standIn}>
        <ViewsMenu views={views} onSelect={onSelect} openAtFirst={asked} focusAtFirst={focused} />
      </Suspense>
    </span>
  );
}
