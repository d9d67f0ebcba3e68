/**
 * Styles of the task pane's shell: the header with the product name and the navigation tabs, which stay in place
 * (sticky) while the open view scrolls, and the open view.
 */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Styles of the task pane shell: Fluent tokens only, so both themes apply. */
export const useAppStyles = makeStyles({
  /** The pane's page: the whole height, in the pane's background. */
  provider: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground1,
  },
  /** The header and the tabs, kept at the top of the pane while the view scrolls under them. */
  sticky: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: `calc(-1 * ${tokens.spacingVerticalM}) calc(-1 * ${tokens.spacingHorizontalM}) 0`,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  titleBlock: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  title: {
    ...typographyStyles.title3,
    margin: 0,
  },
  tagline: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground3,
  },
  /**
   * The views' tabs and their "More" menu: one row that never wraps nor widens the pane (the Overflow around it
   * moves the tabs that do not fit into the menu).
   */
  tabRow: {
    display: "flex",
    flexWrap: "nowrap",
    alignItems: "center",
    minWidth: 0,
    overflow: "hidden",
  },
  /** A tab with a little less room either side of its name than Fluent's small tab, so more of them fit a row. */
  tab: {
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
  },
  /** The "More" menu button, its text like the tabs' beside it. */
  /** What the tab row measures as its "More" menu: the button, loaded or standing in. */
  moreMenu: {
    display: "inline-flex",
    flexShrink: 0,
  },
  moreButton: {
    ...typographyStyles.body1,
    flexShrink: 0,
    minWidth: "auto",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  main: {
    display: "flex",
    flexDirection: "column",
  },
});
