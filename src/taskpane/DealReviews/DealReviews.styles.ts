/**
 * Styles of the Deal reviews view's own parts: panel headings and notes, the form picker and its button (one under
 * the other in a 320 px pane), and the lists of sheets and gate failures, whose long texts wrap.
 */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Styles of the Deal reviews view, beyond what every view shares (`useViewStyles`). Fluent tokens only. */
export const useDealReviewsStyles = makeStyles({
  /** A panel scrolled to (the board's findings) stops below the pane's sticky header. */
  revealed: {
    scrollMarginTop: `calc(var(--funnel-pane-sticky, 0px) + ${tokens.spacingVerticalS})`,
  },
  panelHeading: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  note: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground3,
  },
  /** The form picker and the button: side by side when there is room, else stacked. */
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  kind: {
    flex: "1 1 160px",
    minWidth: 0,
  },
  listHeading: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
  deal: {
    ...typographyStyles.body1Strong,
  },
  failure: {
    ...typographyStyles.body1,
    color: tokens.colorPaletteRedForeground1,
  },
});
