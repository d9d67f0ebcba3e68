/**
 * The dropdown of a cell with a list validation, beside the active cell as Excel shows its arrow: a native
 * select of the choices (and a blank, to clear the cell), showing the cell's value when it is one of them.
 */
import type { CSSProperties } from "react";

/** Props of {@link CellChoices}. */
export interface CellChoicesProps {
  readonly choices: readonly string[];
  /** What the cell holds, as typed. */
  readonly current: string;
  /** The accessible name, e.g. "Choose a value for D4". */
  readonly label: string;
  readonly className?: string;
  readonly style?: CSSProperties;
  /** Called with the chosen value ("" to clear the cell). */
  readonly onChoose: (choice: string) => void;
}

/**
 * A cell's dropdown.
 * @example <CellChoices choices={["是", "否"]} current="" label="选择 D4 的值" onChoose={write} />
 */
export function CellChoices({ choices, current, label, className, style, onChoose }: CellChoicesProps) {
  return (
    <select
      aria-label={label}
      className={className}
      style={style}
      value={choices.includes(current) ? current : ""}
      onChange={(event) => onChoose(event.target.value)}
      onMouseDown={(event) => event.stopPropagation()}
    >
      <option value="" />
      {choices.map((choice, i) => (
        <option key={`${i}:${choice}`} value={choice}>
          {choice}
        </option>
      ))}
    </select>
  );
}
