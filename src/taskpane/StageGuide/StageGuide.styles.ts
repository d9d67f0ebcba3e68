/** Styles of the stage guide view: the search status, the list of stages with their coaching, and the note on the lost outcome. */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/**
 * Styles of the stage guide, beyond the column, heading and intro every view shares (`useViewStyles`): Fluent
 * tokens only, so both themes apply.
 */
export const useStageGuideStyles = makeStyles({
  status: {
    ...typographyStyles.body1,
    minHeight: typographyStyles.body1.lineHeight,
    color: tokens.colorNeutralForeground2,
  },
  stages: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  entry: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  coaching: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
  },
  coachingHeading: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  coachingLabel: {
    ...typographyStyles.caption1Strong,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  coachingList: {
    ...typographyStyles.body1,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
  },
  topic: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  topicTitle: {
    ...typographyStyles.body1Strong,
    cursor: "pointer",
    color: tokens.colorBrandForeground1,
  },
  coachingNote: {
    ...typographyStyles.body1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  lost: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  lostHeading: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  lostNote: {
    ...typographyStyles.body1,
    margin: 0,
  },
});
