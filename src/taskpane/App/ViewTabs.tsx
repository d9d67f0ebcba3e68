/**
 * The row of view tabs: always one row. The tabs that do not fit the pane go, last first, into a "More" menu at the
 * end of the row; the open view's tab is never among them. Fluent's Overflow measures the row and hides the tabs.
 * The menu itself (Fluent's Menu and its positioning, ~30 KB gzipped) loads when a tab first overflows
 * (./ViewsMenu), not with the pane: until then the same button stands in its place.
 */
import { useEffect, useState } from "react";
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

/** The menu's component, from its module once loaded. */
type ViewsMenuComponent = (typeof import("./ViewsMenu"))["default"];

/**
 * The "More" menu, shown only while some tabs overflow (see ./ViewsMenu). The span is what Overflow measures as the
 * menu. Its code loads when a tab first overflows; until then a button of the same look stands in: a click on it opens
 * the menu once loaded, and the focus it holds then passes to the menu's own button. The menu never replaces the
 * button in the middle of a press (a click whose press and release fell on different buttons would be lost): it
 * waits for the release.
 */
function MoreViewsMenu({ views, onSelect }: Pick<ViewTabsProps, "views" | "onSelect">) {
  const styles = useAppStyles();
  const { t } = useLanguage();
  const { ref, isOverflowing } = useOverflowMenu<HTMLSpanElement>();
  const [menu, setMenu] = useState<{ readonly Component: ViewsMenuComponent } | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [asked, setAsked] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pressed, setPressed] = useState(false);
  useEffect(() => {
    if (!isOverflowing || menu !== null || loadFailed) return undefined;
    let wanted = true;
    import("./ViewsMenu").then(
      (module) => wanted && setMenu({ Component: module.default }),
      () => wanted && setLoadFailed(true),
    );
    return () => {
      wanted = false;
    };
  }, [isOverflowing, menu, loadFailed]);
  if (!isOverflowing) return null;
  if (menu !== null && !pressed) {
    return (
      <span ref={ref} className={styles.moreMenu}>
        <menu.Component views={views} onSelect={onSelect} openAtFirst={asked} focusAtFirst={focused} />
      </span>
    );
  }
  // A press ends when the pointer or key is released, wherever; the click (if any) comes in the same task.
  const holdUntilReleased = () => {
    setPressed(true);
    const release = () => window.setTimeout(() => setPressed(false), 0);
    for (const type of ["pointerup", "pointercancel", "keyup"] as const) {
      window.addEventListener(type, release, { once: true, capture: true });
    }
  };
  return (
    <span ref={ref} className={styles.moreMenu}>
      <MenuButton
        appearance="transparent"
        size="small"
        className={styles.moreButton}
        aria-label={t("viewsMoreLabel")}
        aria-haspopup="menu"
        // The menu it opens is still loading.
        aria-busy
        onPointerDown={holdUntilReleased}
        onKeyDown={(event) => {
          if (event.key === " " || event.key === "Enter") holdUntilReleased();
        }}
        onClick={() => {
          setAsked(true);
          // A click after the menu's code failed to load tries it again.
          setLoadFailed(false);
        }}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      >
        {t("viewsMore")}
      </MenuButton>
    </span>
  );
}
