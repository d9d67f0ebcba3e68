/**
 * The look of the bars across the top of the workbook (the page header and the formula bar): a centred row
 * on the pane's background, ruled off from what lies below. Each bar adds its own spacing.
 */
import { tokens, type GriffelStyle } from "@fluentui/react-components";

/**
 * A bar across the top of the workbook, for a `makeStyles` slot to spread.
 * @example makeStyles({ root: { ...TOP_BAR, columnGap: tokens.spacingHorizontalS } })
 */
export const TOP_BAR: GriffelStyle = Object.freeze({
  display: "flex",
  alignItems: "center",
  backgroundColor: tokens.colorNeutralBackground1,
  borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
});
