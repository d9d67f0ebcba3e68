/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type SheetSpec, INPUT_FILL } from "../../core/sheet";
import { valueOf } from "../../core/kernel/testing/results";
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
    { row: 4, col: 0, value: "D-007", link: { sheet: "Sheet1", address: "B8:C9" } },
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
  const onExtend = jest.fn();
  const onFollowLink = jest.fn();
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
        onExtend={onExtend}
        onFollowLink={onFollowLink}
      />
    </FluentProvider>,
  );
  const cell = (address: string) => document.querySelector<HTMLElement>(`[data-address="${address}"]`)!;
  return { engine, sheet, onSelect, onExtend, onFollowLink, cell };
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
    expect(cell("A4")).toHaveStyle({ whiteSpace: "pre-wrap" });
  });

  it("offers a list cell's choices in a dropdown that writes the choice into the cell", async () => {
    const { engine, sheet } = renderGrid({ row: 1, col: 1 });
    const dropdown = screen.getByRole("combobox", { name: "Choose a value for B2" });
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["", "已知", "部分", "未知"]);
    await userEvent.selectOptions(dropdown, "部分");
    expect(engine.cell(sheet, { row: 1, col: 1 }).value).toBe("部分");
  });

  it("follows a link on a click instead of selecting its cell", async () => {
    const { cell, onSelect, onFollowLink } = renderGrid();
    expect(screen.getByRole("link", { name: "D-007" })).toBeInTheDocument();
    await userEvent.pointer({ keys: "[MouseLeft>]", target: cell("A5") });
    expect(onFollowLink).toHaveBeenCalledWith({ sheet: "Sheet1", address: "B8:C9" });
    expect(onSelect).not.toHaveBeenCalled();
  });

  it("extends the selection with Shift+click and Shift+arrows instead of moving it", async () => {
    const { cell, onSelect, onExtend } = renderGrid({ row: 1, col: 1 });
    const user = userEvent.setup();
    await user.keyboard("{Shift>}");
    await user.pointer({ keys: "[MouseLeft>]", target: cell("C4") });
    await user.keyboard("{/Shift}");
    expect(onExtend).toHaveBeenCalledWith({ row: 3, col: 2 });
    screen.getByTestId("cell-editor").focus();
    await user.keyboard("{Shift>}{ArrowDown}{/Shift}");
    expect(onExtend).toHaveBeenLastCalledWith({ row: 2, col: 1 });
    expect(onSelect).not.toHaveBeenCalled();
  });
});

describe("SheetGrid showing a selected range", () => {
  it("marks every cell of the range selected and moves its far corner with Shift+arrows", async () => {
    const engine = WorkbookEngine.create();
    const onExtend = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <SheetGrid
          engine={engine}
          version={engine.version}
          sheet="Sheet1"
          active={{ row: 0, col: 0 }}
          extent={{ row: 1, col: 1 }}
          bounds={{ rows: 100, columns: 10 }}
          editor={fakeEditor()}
          language="en"
          onSelect={jest.fn()}
          onExtend={onExtend}
        />
      </FluentProvider>,
    );
    const selected = document.querySelectorAll('[aria-selected="true"]');
    expect([...selected].map((cell) => cell.getAttribute("data-address")).sort()).toEqual([
      "A1",
      "A2",
      "B1",
      "B2",
    ]);
    screen.getByTestId("cell-editor").focus();
    await userEvent.keyboard("{Shift>}{ArrowRight}{/Shift}");
    expect(onExtend).toHaveBeenCalledWith({ row: 1, col: 2 });
  });
});

describe("SheetGrid deleting rows", () => {
  function renderRows(extent?: { row: number; col: number }, language: "zh" | "en" = "en") {
    const engine = WorkbookEngine.create();
    engine.setCells("Sheet1", { row: 0, col: 0 }, [["r1"], ["r2"], ["r3"], ["r4"], ["r5"]]);
    const onSelect = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <SheetGrid
          engine={engine}
          version={engine.version}
          sheet="Sheet1"
          active={{ row: 1, col: 0 }}
          extent={extent}
          bounds={{ rows: 100, columns: 10 }}
          editor={fakeEditor()}
          language={language}
          onSelect={onSelect}
        />
      </FluentProvider>,
    );
    const column = () => [0, 1, 2, 3, 4].map((row) => engine.cell("Sheet1", { row, col: 0 }).value);
    const rowHeader = (row: number) => document.querySelector<HTMLElement>(`[data-row="${row}"]`)!;
    return { engine, onSelect, column, rowHeader };
  }

  it("draws a table's header row in bold", () => {
    const { engine } = renderRows();
    engine.addTable("T", "Sheet1", { row: 0, col: 0, rows: 5, cols: 1 });
    cleanup();
    render(
      <FluentProvider theme={webLightTheme}>
        <SheetGrid
          engine={engine}
          version={engine.version}
          sheet="Sheet1"
          active={{ row: 3, col: 3 }}
          bounds={{ rows: 100, columns: 10 }}
          editor={fakeEditor()}
          language="en"
          onSelect={jest.fn()}
        />
      </FluentProvider>,
    );
    const cell = (address: string) => document.querySelector<HTMLElement>(`[data-address="${address}"]`)!;
    expect(getComputedStyle(cell("A1")).fontWeight).not.toBe(getComputedStyle(cell("A2")).fontWeight);
    expect(getComputedStyle(cell("B1")).fontWeight).toBe(getComputedStyle(cell("A2")).fontWeight);
  });

  it("deletes the whole rows of the selection with Ctrl+-", async () => {
    const { column } = renderRows({ row: 2, col: 3 });
    screen.getByTestId("cell-editor").focus();
    await userEvent.keyboard("{Control>}-{/Control}");
    expect(column()).toEqual(["r1", "r4", "r5", null, null]);
  });

  it("deletes the active cell's row with Ctrl+- when one cell is selected", async () => {
    const { column } = renderRows();
    screen.getByTestId("cell-editor").focus();
    await userEvent.keyboard("{Control>}-{/Control}");
    expect(column()).toEqual(["r1", "r3", "r4", "r5", null]);
  });

  it("deletes the selected rows from a row header's context menu", async () => {
    const { column, rowHeader, onSelect } = renderRows({ row: 2, col: 0 });
    await userEvent.pointer({ keys: "[MouseRight]", target: rowHeader(3) });
    await userEvent.click(await screen.findByRole("menuitem", { name: "Delete rows" }));
    expect(column()).toEqual(["r1", "r4", "r5", null, null]);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it("selects and deletes the row right-clicked outside the selection, the menu in Chinese", async () => {
    const { column, rowHeader, onSelect } = renderRows(undefined, "zh");
    await userEvent.pointer({ keys: "[MouseRight]", target: rowHeader(5) });
    expect(onSelect).toHaveBeenCalledWith({ row: 4, col: 0 });
    await userEvent.click(await screen.findByRole("menuitem", { name: "删除行" }));
    expect(column()).toEqual(["r1", "r2", "r3", "r4", null]);
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
  });
});
