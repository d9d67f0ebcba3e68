/** Styles of the Pipeline health view's own parts: the in-pane funnel chart and its caption. */
import { makeStyles, typographyStyles } from "@fluentui/react-components";

/**
 * Styles of the Pipeline health view's funnel chart, beyond what every view shares (`useViewStyles`):
 * Fluent tokens only, so both themes apply.
 */
export const usePipelineHealthStyles = makeStyles({
  chart: {
    margin: 0,
    overflowX: "auto",
  },
  chartCaption: {
    ...typographyStyles.subtitle2,
  },
  // The unknown-loss rule's dropdown stays within the pane however long a rule's name is.
  ruleSelect: {
    width: "100%",
    minWidth: 0,
  },
  ruleSelectControl: {
    minWidth: 0,
    textOverflow: "ellipsis",
  },
});
