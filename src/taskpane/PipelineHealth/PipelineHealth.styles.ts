import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/**
 * Styles of the Pipeline health view, beyond the column, heading and intro every view shares (`useViewStyles`):
 * Fluent tokens only, so both themes apply.
 */
export const usePipelineHealthStyles = makeStyles({
  panelHeading: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  note: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground3,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingVerticalS,
  },
  figure: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  figureLabel: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  figureValue: {
    ...typographyStyles.subtitle2,
    color: tokens.colorBrandForeground1,
    overflowWrap: "anywhere",
  },
  figureDetail: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
  },
  chart: {
    margin: 0,
    overflowX: "auto",
  },
  chartCaption: {
    ...typographyStyles.subtitle2,
  },
});
