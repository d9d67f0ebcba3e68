/** Styles of the pipeline-source parts the views share: the data picker and the column-mapping editor. */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/**
 * Styles of the pipeline data controls views share (the data picker, the column mapping, the stage list and
 * date fields): Fluent tokens only, so both themes apply.
 */
export const usePipelineSourceStyles = makeStyles({
  panelHeading: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  note: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground3,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});
