/**
 * The context menu of the grid's row headers, as Excel's: opened where the user right-clicked, it deletes the
 * rows it was opened for (the selected rows, or the row clicked).
 */
import {
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  type PositioningVirtualElement,
} from "@fluentui/react-components";
import type { Language } from "../../core/kernel";
import { workbenchText } from "../workbenchStrings";

/** Where the menu opened and which rows it is for (0-based first row and count). */
export interface RowMenuTarget {
  readonly x: number;
  readonly y: number;
  readonly row: number;
  readonly count: number;
}

/** Props of {@link RowMenu}. */
export interface RowMenuProps {
  /** Open at this point for these rows; closed when undefined. */
  readonly target: RowMenuTarget | undefined;
  readonly language: Language;
  readonly onDeleteRows: (row: number, count: number) => void;
  readonly onClose: () => void;
}

/** A zero-size element at the pointer, for the menu to open beside. */
function pointAt(x: number, y: number): PositioningVirtualElement {
  return {
    getBoundingClientRect: () => ({ x, y, top: y, left: x, bottom: y, right: x, width: 0, height: 0 }),
  };
}

/**
 * The row headers' context menu.
 * @example <RowMenu target={{ x: 10, y: 80, row: 3, count: 2 }} language="zh" onDeleteRows={…} onClose={…} />
 */
export function RowMenu({ target, language, onDeleteRows, onClose }: RowMenuProps) {
  if (target === undefined) return null;
  return (
    <Menu
      open
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
      positioning={{ target: pointAt(target.x, target.y), position: "below", align: "start" }}
    >
      <MenuPopover>
        <MenuList>
          <MenuItem
            onClick={() => {
              onDeleteRows(target.row, target.count);
              onClose();
            }}
          >
            {workbenchText("deleteRows", language)}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
