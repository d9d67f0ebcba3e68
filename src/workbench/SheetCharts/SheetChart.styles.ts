/** Styles of the charts drawn over a workbench sheet: the chart layer, each chart's figure, caption and empty note. */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Styles of a chart drawn over a sheet: Fluent tokens only. */
export const useSheetChartStyles = makeStyles({
  layer: {
    position: "absolute",
    top: 0,
    left: 0,
    width: 0,
    height: 0,
    zIndex: 2,
  },
  figure: {
    position: "absolute",
    boxSizing: "border-box",
    margin: 0,
    padding: tokens.spacingVerticalS,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow4,
    cursor: "default",
  },
  caption: {
    ...typographyStyles.body1Strong,
    height: "22px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
  },
  /** A chart of nothing: its note (why, and what to do) where the plot would be. */
  empty: {
    ...typographyStyles.body1,
    margin: `${tokens.spacingVerticalM} 0 0`,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
});
