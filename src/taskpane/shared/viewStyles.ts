/** Styles every task-pane view shares: the view's frame, heading, intro line and panels. */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/**
 * Styles every task-pane view shares: the view's column (`root`), its heading (`heading`), the line that
 * introduces it (`intro`), the results that lead it (`results`) and a bordered group of inputs (`panel`). Fluent tokens only, so both themes apply; a view keeps its own styles in its own
 * `X.styles.ts`.
 * @example
 * const view = useViewStyles();
 * <section className={view.root}><h2 className={view.heading}>…</h2><p className={view.intro}>…</p></section>
 */
export const useViewStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  heading: {
    ...typographyStyles.subtitle1,
    margin: 0,
  },
  intro: {
    ...typographyStyles.body1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  /**
   * An action's outcome and figures, leading the view; scrolled to below the pane's sticky header (whose height
   * App sets as `--funnel-pane-sticky`).
   */
  results: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    scrollMarginTop: `calc(var(--funnel-pane-sticky, 0px) + ${tokens.spacingVerticalS})`,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});
