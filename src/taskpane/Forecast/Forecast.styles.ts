/**
 * Styles of the Forecast view's own parts: panel headings, the quarter and target fields, the headline figures,
 * the empty quarter, and the default-vs-measured probability table.
 */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/**
 * Styles of the Forecast view, beyond what every view shares (`useViewStyles`). Fluent tokens only, so both
 * themes apply.
 */
export const useForecastStyles = makeStyles({
  panelHeading: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  note: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground3,
  },
  /** The quarter and the target side by side, one under the other in a narrow pane. */
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
  headline: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    wordBreak: "keep-all",
    overflowWrap: "break-word",
  },
  leadFigure: {
    display: "flex",
    flexDirection: "column",
  },
  leadValue: {
    ...typographyStyles.title1,
    whiteSpace: "nowrap",
    color: tokens.colorBrandForeground1,
    fontVariantNumeric: "tabular-nums",
  },
  headlineRow: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  headlineFigure: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  headlineValue: {
    ...typographyStyles.subtitle1,
    whiteSpace: "nowrap",
    color: tokens.colorNeutralForeground1,
    fontVariantNumeric: "tabular-nums",
  },
  figureLabel: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  emptyText: {
    margin: 0,
  },
  otherQuarters: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalXS,
  },
  /** The table takes the panel's padding too, so five columns fit a 320 px pane. */
  tableWrap: {
    overflowX: "auto",
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  /** Columns as wide as their content, not five equal fifths of a narrow pane. */
  table: {
    tableLayout: "auto",
    width: "100%",
  },
  headerCell: {
    ...typographyStyles.caption1Strong,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    whiteSpace: "nowrap",
  },
  cell: {
    ...typographyStyles.caption1,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
  },
  /** Stage names break between words (Project / established), never inside one (目标客户, Acknowledged). */
  stageCell: {
    wordBreak: "keep-all",
    overflowWrap: "normal",
    hyphens: "none",
  },
  number: {
    textAlign: "end",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
});
