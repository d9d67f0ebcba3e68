import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Styles of the stage guide: Fluent tokens only, so both themes apply. */
export const useStageGuideStyles = makeStyles({
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
