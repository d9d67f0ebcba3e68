/**
 * The "More" menu of the view tabs (loaded on demand by ./ViewTabs): a menu button listing the views whose tabs do
 * not fit the row; choosing one opens that view.
 */
import {
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  useIsOverflowItemVisible,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useLanguage } from "../language/LanguageContext";
import { useAppStyles } from "./App.styles";
import type { PaneView } from "./views";

/** Props of {@link ViewsMenu}. */
export interface ViewsMenuProps {
  readonly views: readonly PaneView[];
  readonly onSelect: (id: string) => void;
  /** Open at once: the user clicked the button standing in while this code loaded. */
  readonly openAtFirst: boolean;
  /** Take the focus at once: the button standing in while this code loaded had it. */
  readonly focusAtFirst?: boolean;
}

/**
 * The menu button and its menu of the views whose tabs are hidden.
 * @example <ViewsMenu views={VIEWS} onSelect={selectView} openAtFirst={false} focusAtFirst />
 */
export default function ViewsMenu({ views, onSelect, openAtFirst, focusAtFirst }: ViewsMenuProps) {
  const styles = useAppStyles();
  const { t } = useLanguage();
  const button = useRef<HTMLButtonElement>(null);
  // Once, when it replaces the button standing in: a keyboard user's focus stays on "More".
  const focusNow = useRef(focusAtFirst === true && !openAtFirst);
  useEffect(() => {
    if (focusNow.current) button.current?.focus();
  }, []);
  return (
    <Menu defaultOpen={openAtFirst}>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton
          ref={button}
          appearance="transparent"
          size="small"
          className={styles.moreButton}
          aria-label={t("viewsMoreLabel")}
        >
          {t("viewsMore")}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {views.map((view) => (
            <OverflowMenuItem key={view.id} view={view} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** A view's entry in the "More" menu, there only while its tab is hidden. */
function OverflowMenuItem({ view, onSelect }: { view: PaneView; onSelect: (id: string) => void }) {
  const { t } = useLanguage();
  const visible = useIsOverflowItemVisible(view.id);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(view.id)}>{t(view.label)}</MenuItem>;
}
