/** Styles of the Templates view: the list of template cards, each with its title, purpose and Generate button. */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/**
 * Styles of the Templates view, beyond the column, heading and intro every view shares (`useViewStyles`): Fluent
 * tokens only, so both themes apply.
 */
export const useTemplatesStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  title: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  purpose: {
    ...typographyStyles.body1,
    margin: 0,
  },
  requires: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground3,
  },
  generate: {
    alignSelf: "flex-start",
    marginTop: tokens.spacingVerticalXS,
  },
});
