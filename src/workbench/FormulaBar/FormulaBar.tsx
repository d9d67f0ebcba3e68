/**
 * The formula bar: the name box (the active cell's address; type an address and press Enter to go there) and
 * the active cell's formula or value, editable like the cell itself (Enter writes, Escape cancels), and the
 * active cell's error message, visible (not only on hover) when it holds an error.
 */
import { Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Language } from "../../core/kernel";
import { a1Address, parseA1, type CellPosition } from "../a1";
import type { CellEditor } from "../useCellEditor";
import { workbenchText } from "../workbenchStrings";
import { useFormulaBarStyles } from "./FormulaBar.styles";

/** Props of {@link FormulaBar}. */
export interface FormulaBarProps {
  readonly active: CellPosition;
  /** What the active cell holds: its formula, or its value as text. */
  readonly input: string;
  readonly editor: CellEditor;
  /** The active cell's error message, when it holds an error. */
  readonly error?: string;
  readonly language: Language;
  /** Moves the active cell (from the name box). */
  readonly onGoTo: (position: CellPosition) => void;
}

/**
 * The formula bar of the workbench.
 * @example <FormulaBar active={{ row: 0, col: 0 }} input="=1+1" editor={editor} language="en" onGoTo={select} />
 */
export function FormulaBar({ active, input, editor, error, language, onGoTo }: FormulaBarProps) {
  const styles = useFormulaBarStyles();
  const address = a1Address(active);
  const [name, setName] = useState(address);
  useEffect(() => setName(address), [address]);

  return (
    <div className={styles.root} role="group" aria-label={workbenchText("formulaBarLabel", language)}>
      <Input
        className={styles.nameBox}
        aria-label={workbenchText("nameBoxLabel", language)}
        value={name}
        onChange={(_, data) => setName(data.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            const position = parseA1(name);
            if (position) onGoTo(position);
            else setName(address);
          } else if (event.key === "Escape") setName(address);
        }}
        onBlur={() => setName(address)}
      />
      <span className={styles.fx} aria-hidden>
        fx
      </span>
      <Input
        className={styles.formula}
        aria-label={workbenchText("formulaBarLabel", language)}
        value={editor.draft ?? input}
        onChange={(_, data) =>
          editor.draft === null ? editor.begin(data.value, "edit") : editor.change(data.value)
        }
        onKeyDown={(event) => {
          if (editor.draft === null) return;
          if (event.key === "Enter") {
            event.preventDefault();
            editor.commit();
          } else if (event.key === "Escape") {
            event.preventDefault();
            editor.cancel();
          }
        }}
      />
      {error === undefined ? null : (
        <span role="status" className={styles.error} title={error}>
          ⚠ {error}
        </span>
      )}
    </div>
  );
}
