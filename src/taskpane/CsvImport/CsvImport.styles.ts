/** Styles of the CSV import panel: Fluent tokens only, so both themes apply. */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Styles of {@link CsvImport}: the preview's scrolling frame, its column captions and the outcome's list. */
export const useCsvImportStyles = makeStyles({
  preview: {
    overflowX: "auto",
    maxWidth: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: {
    ...typographyStyles.caption1,
    minWidth: "100%",
    tableLayout: "auto",
  },
  cell: {
    whiteSpace: "nowrap",
  },
  columnKind: {
    ...typographyStyles.caption2,
    display: "block",
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
  },
  caption: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    textAlign: "start",
    paddingBottom: tokens.spacingVerticalXS,
  },
  // Visually hidden, still labelled and reachable by tests and assistive technology: the button opens it.
  fileInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  fileButton: {
    alignSelf: "flex-start",
  },
});
