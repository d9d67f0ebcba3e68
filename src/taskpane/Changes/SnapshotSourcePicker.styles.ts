/** Styles of the snapshot source picker: the list of tables and sheets, each with its as-of date, fitting 320 px. */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Styles of {@link SnapshotSourcePicker}. Fluent tokens only. */
export const useSnapshotSourceStyles = makeStyles({
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  note: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3 },
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  choice: { flex: "1 1 160px", minWidth: 0, overflowWrap: "anywhere" },
  date: { flex: "0 1 150px", minWidth: "120px" },
  dateInput: { width: "100%", minWidth: 0 },
  nameDate: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});
