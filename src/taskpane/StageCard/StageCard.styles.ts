/** Styles of a stage card: its header, the markers, characteristics and actions, and the next stage's evidence. */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Styles of a stage card: Fluent tokens only, so both themes apply. */
export const useStageCardStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  titleBlock: {
    display: "flex",
    flexDirection: "column",
  },
  title: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  number: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
  },
  sectionHeading: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  list: {
    ...typographyStyles.body1,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
  },
  none: {
    ...typographyStyles.body1,
    margin: 0,
    color: tokens.colorNeutralForeground3,
  },
  next: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
  },
  nextText: {
    ...typographyStyles.body1,
    margin: 0,
  },
  insert: {
    alignSelf: "flex-start",
  },
});
