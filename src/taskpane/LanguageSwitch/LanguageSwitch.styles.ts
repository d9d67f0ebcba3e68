/** Styles of the 中文 / English switch. */
import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of the language switch. */
export const useLanguageSwitchStyles = makeStyles({
  root: {
    columnGap: tokens.spacingHorizontalXS,
    flexWrap: "nowrap",
  },
});
