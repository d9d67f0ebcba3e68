/** Styles of the task pane's shell: the header with the product name, the navigation tabs and the open view. */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Styles of the task pane shell: Fluent tokens only, so both themes apply. */
export const useAppStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  titleBlock: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  title: {
    ...typographyStyles.title3,
    margin: 0,
  },
  tagline: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground3,
  },
  /** The views' tabs wrap onto a second line rather than widen a narrow pane. */
  tabs: {
    flexWrap: "wrap",
  },
  main: {
    display: "flex",
    flexDirection: "column",
  },
});
