/** Styles of the workbench page: the workbook (header, toolbar, status) beside the task pane. */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { TOP_BAR } from "../barStyles";

import { PANE_WIDTH } from "../pageOptions";

/** Styles of the workbench page: Fluent tokens only. */
export const useWorkbenchStyles = makeStyles({
  root: {
    display: "grid",
    // Excel's task pane is about this wide; the page's `?pane=` sets another width (see pageOptions).
    gridTemplateColumns: `minmax(0, 1fr) ${PANE_WIDTH.default}px`,
    gridTemplateRows: "minmax(0, 1fr)",
    height: "100vh",
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  workbook: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    minHeight: 0,
  },
  header: {
    ...TOP_BAR,
    columnGap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  titleBlock: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  title: {
    ...typographyStyles.subtitle2,
    margin: 0,
    color: tokens.colorBrandForeground1,
  },
  subtitle: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground3,
  },
  toolbar: {
    marginLeft: "auto",
    columnGap: tokens.spacingHorizontalS,
  },
  pane: {
    minHeight: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  status: {
    margin: tokens.spacingHorizontalXXL,
  },
});
