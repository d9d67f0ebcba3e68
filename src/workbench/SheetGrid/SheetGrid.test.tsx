/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { SheetSpec } from "../../core/sheetSpec";
import { INPUT_FILL } from "../../core/specBlocks";
import { valueOf } from "../../core/testing/results";
import { renderSpec } from "../engine/renderSpec";
import { WorkbookEngine } from "../engine/workbookEngine";
import type { CellEditor } from "../useCellEditor";
import { SheetGrid } from "./SheetGrid";
import { ROW_HEIGHT } from "./SheetGrid.styles";

const FORM: SheetSpec = {
  name: "评估",
  cells: [
    {
      row: 0,
      col: 0,
      value: "初步销售机会评估",
      style: { bold: true, fill: "#DDEBF7", horizontal: "center" },
    },
    { row: 1, col: 0, value: "状态", style: { italic: true } },
    { row: 1, col: 1, input: true },
    { row: 2, col: 0, value: 0.25, style: { numberFormat: "0%" } },
    { row: 3, col: 0, value: "很长的说明".repeat(20), style: { wrap: true } },
  ],
  columnWidths: { 0: 75, 1: 75 },
  merges: [{ row: 0, col: 0, rows: 1, cols: 2 }],
  validations: [
    { range: { row: 1, col: 1, rows: 1, cols: 1 }, kind: "list", values: ["已知", "部分", "未知"] },
  ],
};

const fakeEditor = (): CellEditor => ({
  draft: null,
  mode: "enter",
  begin: jest.fn(),
  change: jest.fn(),
  commit: jest.fn(),
  cancel: jest.fn(),
});

function renderGrid(active = { row: 0, col: 0 }) {
  const engine = WorkbookEngine.create();
  const { sheet } = valueOf(renderSpec(engine, FORM));
  const onSelect = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <SheetGrid
        engine={engine}
        version={engine.version}
        sheet={sheet}
        active={active}
        bounds={{ rows: 100, columns: 10 }}
        editor={fakeEditor()}
        language="en"
        onSelect={onSelect}
      />
    </FluentProvider>,
  );
  const cell = (address: string) => document.querySelector<HTMLElement>(`[data-address="${address}"]`)!;
  return { engine, sheet, onSelect, cell };
}

describe("SheetGrid showing a sheet rendered from a spec", () => {
  it("offers no dropdown on a cell without a list", () => {
    renderGrid({ row: 0, col: 0 });
    expect(screen.queryByRole("combobox")).not.toBeInTheDocument();
  });

  it("draws the merged title over its range, with its fill, font and alignment", () => {
    const { cell } = renderGrid();
    const title = cell("A1");
    expect(title).toHaveTextContent("初步销售机会评估");
    expect(title).toHaveStyle({
      backgroundColor: "#DDEBF7",
      fontWeight: "700",
      textAlign: "center",
      width: "200px",
    });
    expect(cell("B1")).toHaveTextContent("");
  });

  it("selects a merged range at its top-left cell", async () => {
    const { cell, onSelect } = renderGrid({ row: 5, col: 5 });
    await userEvent.pointer({ keys: "[MouseLeft>]", target: cell("B1") });
    expect(onSelect).toHaveBeenCalledWith({ row: 0, col: 0 });
  });

  it("shows inputs in the input fill, numbers in their format, and wrapped text in a taller row", () => {
    const { cell } = renderGrid();
    expect(cell("B2")).toHaveStyle({ backgroundColor: INPUT_FILL });
    expect(cell("A2")).toHaveStyle({ fontStyle: "italic" });
    expect(cell("A3")).toHaveTextContent("25%");
    expect(parseFloat(cell("A4").style.height)).toBeGreaterThan(ROW_HEIGHT);
    expect(cell("A4")).toHaveStyle({ whiteSpace: "normal" });
  });

  it("offers a list cell's choices in a dropdown that writes the choice into the cell", async () => {
    const { engine, sheet } = renderGrid({ row: 1, col: 1 });
    const dropdown = screen.getByRole("combobox", { name: "Choose a value for B2" });
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["", "已知", "部分", "未知"]);
    await userEvent.selectOptions(dropdown, "部分");
    expect(engine.cell(sheet, { row: 1, col: 1 }).value).toBe("部分");
  });
});
