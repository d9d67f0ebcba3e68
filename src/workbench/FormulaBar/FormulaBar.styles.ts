/** Styles of the workbench's formula bar: the name box, the fx mark and the formula field. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { TOP_BAR } from "../barStyles";

/** Styles of the formula bar: Fluent tokens only. */
export const useFormulaBarStyles = makeStyles({
  root: {
    ...TOP_BAR,
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  nameBox: {
    width: "110px",
    flexShrink: 0,
  },
  fx: {
    color: tokens.colorNeutralForeground3,
    fontStyle: "italic",
    fontFamily: tokens.fontFamilyMonospace,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  formula: {
    flexGrow: 1,
    minWidth: 0,
  },
  error: {
    flexShrink: 1,
    minWidth: 0,
    maxWidth: "45%",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
  },
});
