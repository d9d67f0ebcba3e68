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
  /** The mapping's dropdowns, inside the mapping step's panel. */
  mappingFields: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    margin: 0,
    padding: 0,
    border: "none",
  },
  /** The mapping's one-line summary and its Edit button, wrapping in a narrow pane. */
  mappingSummary: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    ...typographyStyles.body1,
    margin: 0,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});
