/** The sheet grid's dimensions and styles: row height, row-header width, column and row headers, cells. */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Row height of the grid, in pixels. */
export const ROW_HEIGHT = 24;
/** Width of the row-number column, in pixels. */
const ROW_HEADER_WIDTH = 64;

/** Styles of the sheet grid: Fluent tokens only. */
export const useSheetGridStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: `${ROW_HEADER_WIDTH}px minmax(0, 1fr)`,
    gridTemplateRows: `${ROW_HEIGHT}px minmax(0, 1fr)`,
    minHeight: 0,
    minWidth: 0,
    flexGrow: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    ...typographyStyles.caption1,
    fontSize: "13px",
  },
  corner: {
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  columnHeaders: {
    position: "relative",
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  columnHeaderStrip: {
    display: "flex",
    height: "100%",
    willChange: "transform",
  },
  rowHeaders: {
    position: "relative",
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  header: {
    boxSizing: "border-box",
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    flexShrink: 0,
    color: tokens.colorNeutralForeground2,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    userSelect: "none",
  },
  rowHeader: {
    position: "absolute",
    left: 0,
    width: "100%",
  },
  headerActive: {
    backgroundColor: tokens.colorNeutralBackground3Selected,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  body: {
    position: "relative",
    minHeight: 0,
    minWidth: 0,
    overflow: "hidden",
  },
  grid: {
    outlineStyle: "none",
  },
  cell: {
    boxSizing: "border-box",
    paddingLeft: "4px",
    paddingRight: "4px",
    lineHeight: `${ROW_HEIGHT - 1}px`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    color: tokens.colorNeutralForeground1,
    cursor: "cell",
  },
  left: { textAlign: "left" },
  right: { textAlign: "right" },
  center: { textAlign: "center" },
  // An error cell is marked as Excel marks one: a small triangle in its top-left corner, visible without hovering.
  error: {
    color: tokens.colorPaletteRedForeground1,
    backgroundImage: `linear-gradient(135deg, ${tokens.colorPaletteRedBorder2} 0 5px, transparent 5px)`,
  },
  spilled: { backgroundColor: tokens.colorBrandBackground2 },
  // A table's header row, in bold on a light band, so the table shows (a cell's own look still wins).
  tableHeader: {
    fontWeight: tokens.fontWeightBold,
    backgroundColor: tokens.colorPaletteBlueBackground2,
    borderBottomColor: tokens.colorPaletteBlueBorderActive,
  },
  overflowing: {
    overflow: "visible",
    textOverflow: "clip",
    zIndex: 1,
  },
  mergeAnchor: {
    backgroundColor: tokens.colorNeutralBackground1,
    zIndex: 1,
  },
  covered: {
    borderRightColor: "transparent",
    borderBottomColor: "transparent",
  },
  choices: {
    position: "absolute",
    boxSizing: "border-box",
    width: "20px",
    margin: 0,
    padding: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    cursor: "pointer",
    zIndex: 3,
  },
  rangeBox: {
    position: "absolute",
    boxSizing: "border-box",
    border: `1px solid ${tokens.colorBrandStroke1}`,
    pointerEvents: "none",
    zIndex: 1,
  },
  inRange: {
    backgroundColor: tokens.colorBrandBackground2Hover,
  },
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    cursor: "pointer",
  },
  active: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    zIndex: 1,
  },
  editor: {
    position: "absolute",
    boxSizing: "border-box",
    height: `${ROW_HEIGHT}px`,
    margin: 0,
    padding: "0 4px",
    border: "none",
    outline: "none",
    font: "inherit",
    fontSize: "13px",
    color: tokens.colorNeutralForeground1,
    backgroundColor: "transparent",
    opacity: 0,
    pointerEvents: "none",
    zIndex: 2,
  },
  editorOpen: {
    opacity: 1,
    pointerEvents: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    boxShadow: tokens.shadow8,
  },
});
