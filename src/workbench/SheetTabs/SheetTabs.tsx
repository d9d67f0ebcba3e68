/**
 * The sheet tabs under the grid, and the button that adds a sheet.
 */
import { Button, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../core/kernel";
import { workbenchText } from "../workbenchStrings";

const useSheetTabsStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowX: "auto",
  },
});

/** Props of {@link SheetTabs}. */
export interface SheetTabsProps {
  readonly sheets: readonly string[];
  readonly active: string;
  readonly language: Language;
  readonly onSelect: (sheet: string) => void;
  readonly onAdd: () => void;
}

/**
 * One tab per sheet, the active one selected, and a "new sheet" button.
 * @example <SheetTabs sheets={["Sheet1"]} active="Sheet1" language="en" onSelect={show} onAdd={add} />
 */
export function SheetTabs({ sheets, active, language, onSelect, onAdd }: SheetTabsProps) {
  const styles = useSheetTabsStyles();
  return (
    <div className={styles.root}>
      <TabList
        size="small"
        aria-label={workbenchText("sheetTabsLabel", language)}
        selectedValue={active}
        onTabSelect={(_, data) => onSelect(String(data.value))}
      >
        {sheets.map((sheet) => (
          <Tab key={sheet} value={sheet}>
            {sheet}
          </Tab>
        ))}
      </TabList>
      <Button
        appearance="subtle"
        size="small"
        aria-label={workbenchText("addSheet", language)}
        title={workbenchText("addSheet", language)}
        onClick={onAdd}
      >
        +
      </Button>
    </div>
  );
}
