/**
 * Styles of the Changes view's own parts: panel headings and notes, the choices, the compact tables (that fit a
 * 320 px pane), the bridge chart, the forecast accuracy quarters, the flow of stage moves and the probabilities to write.
 */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Styles of the Changes view, beyond what every view shares (`useViewStyles`). Fluent tokens only. */
export const useChangesStyles = makeStyles({
  panelHeading: { ...typographyStyles.subtitle2, margin: 0 },
  note: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  choices: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  choice: { flex: "1 1 140px", minWidth: 0 },
  selectRoot: { width: "100%", minWidth: 0 },
  selectControl: { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" },
  tableWrap: {
    overflowX: "auto",
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  table: { tableLayout: "auto", width: "100%" },
  headerCell: {
    ...typographyStyles.caption1Strong,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
  },
  cell: {
    ...typographyStyles.caption1,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    wordBreak: "keep-all",
    overflowWrap: "anywhere",
  },
  /** A numeric column's cells, the heading's included: right-aligned, digits of one width. */
  number: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  /** A numeric column's heading text, at the end of the heading's flex box, like the figures under it. */
  numberHead: { justifyContent: "flex-end", textAlign: "end" },
  list: { ...typographyStyles.caption1, margin: 0, paddingLeft: tokens.spacingHorizontalL },
  chart: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  chartCaption: { ...typographyStyles.caption1Strong },
  svg: { display: "block", maxWidth: "100%" },
  accuracyPeriod: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  periodHeading: { ...typographyStyles.body1Strong, margin: 0 },
  figureLine: { ...typographyStyles.caption1, margin: 0 },
  changeList: { ...typographyStyles.caption1, margin: 0, paddingLeft: tokens.spacingHorizontalL },
  flow: { width: "100%", minWidth: 0 },
});
