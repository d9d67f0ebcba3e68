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
});
