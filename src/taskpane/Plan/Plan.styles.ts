/**
 * Styles of the Plan view's own parts: panel headings and notes, the target/period fields, the plan's tables (five
 * columns that fit a 320 px pane), the month list and the levers' chart.
 */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Styles of the Plan view, beyond what every view shares (`useViewStyles`). Fluent tokens only. */
export const usePlanStyles = makeStyles({
  panelHeading: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  note: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground3,
  },
  lead: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  /** The period and the target side by side, one under the other in a narrow pane. */
  choices: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  choice: {
    flex: "1 1 180px",
    minWidth: 0,
  },
  /** A dropdown as wide as its field, however long its options (the quarter's dates). */
  selectRoot: {
    width: "100%",
    minWidth: 0,
  },
  selectControl: {
    minWidth: 0,
    maxWidth: "100%",
    textOverflow: "ellipsis",
  },
  quotas: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  /** The table takes the panel's padding too, so five columns fit a 320 px pane. */
  tableWrap: {
    overflowX: "auto",
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  table: {
    tableLayout: "auto",
    width: "100%",
  },
  headerCell: {
    ...typographyStyles.caption1Strong,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
  },
  cell: {
    ...typographyStyles.caption1,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
  },
  /** Stage and owner names break between words, never inside one (目标客户, Acknowledged). */
  nameCell: {
    wordBreak: "keep-all",
    overflowWrap: "normal",
  },
  number: {
    textAlign: "end",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
  list: {
    ...typographyStyles.body1,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  chart: {
    margin: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    overflowX: "hidden",
  },
  chartCaption: {
    ...typographyStyles.subtitle2,
  },
});
