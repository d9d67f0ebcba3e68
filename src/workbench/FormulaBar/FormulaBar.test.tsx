/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CellEditor } from "../useCellEditor";
import { FormulaBar } from "./FormulaBar";

function fakeEditor(draft: string | null = null): CellEditor {
  return {
    draft,
    mode: "edit",
    begin: jest.fn(),
    change: jest.fn(),
    commit: jest.fn(),
    cancel: jest.fn(),
  };
}

function renderBar(
  options: {
    input?: string;
    editor?: CellEditor;
    onGoTo?: jest.Mock;
    error?: string;
  } = {},
) {
  const editor = options.editor ?? fakeEditor();
  const onGoTo = options.onGoTo ?? jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <FormulaBar
        active={{ row: 1, col: 2 }}
        input={options.input ?? ""}
        editor={editor}
        error={options.error}
        language="en"
        onGoTo={onGoTo}
      />
    </FluentProvider>,
  );
  return { editor, onGoTo };
}

describe("FormulaBar", () => {
  it("puts the active address back when the name box holds no address", async () => {
    const { onGoTo } = renderBar();
    const nameBox = screen.getByRole("textbox", {
      name: "Name box (cell address)",
    });
    await userEvent.clear(nameBox);
    await userEvent.type(nameBox, "nowhere{Enter}");
    expect(onGoTo).not.toHaveBeenCalled();
    expect(nameBox).toHaveValue("C2");
  });

  it("goes to the address typed into the name box", async () => {
    const { onGoTo } = renderBar();
    const nameBox = screen.getByRole("textbox", {
      name: "Name box (cell address)",
    });
    await userEvent.clear(nameBox);
    await userEvent.type(nameBox, "a100000{Enter}");
    expect(onGoTo).toHaveBeenCalledWith({ row: 99_999, col: 0 });
  });

  it("shows the active cell's error message in view, not only on hover", () => {
    renderBar({ input: "=ABS(1,2)", error: "参数个数不对。" });
    expect(screen.getByRole("status")).toHaveTextContent("参数个数不对。");
  });

  it("shows no error line for a cell without an error", () => {
    renderBar({ input: "=1+1" });
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("shows the active cell's formula", () => {
    renderBar({ input: "=FUNNEL.STAGE(A1)" });
    expect(screen.getByRole("textbox", { name: "Formula bar" })).toHaveValue("=FUNNEL.STAGE(A1)");
  });

  it("shows the draft while the cell is edited", () => {
    renderBar({ input: "=1", editor: fakeEditor("=1+2") });
    expect(screen.getByRole("textbox", { name: "Formula bar" })).toHaveValue("=1+2");
  });

  it("starts editing when the user types", async () => {
    const idle = renderBar({ input: "=1" }).editor;
    await userEvent.type(screen.getByRole("textbox", { name: "Formula bar" }), "+");
    expect(idle.begin).toHaveBeenCalledWith("=1+", "edit");
  });

  it("writes the draft on Enter", async () => {
    const { editor } = renderBar({ editor: fakeEditor("=2") });
    await userEvent.type(screen.getByRole("textbox", { name: "Formula bar" }), "{Enter}");
    expect(editor.commit).toHaveBeenCalledTimes(1);
  });

  it("drops the draft on Escape", async () => {
    const { editor } = renderBar({ editor: fakeEditor("=2") });
    await userEvent.type(screen.getByRole("textbox", { name: "Formula bar" }), "{Escape}");
    expect(editor.cancel).toHaveBeenCalledTimes(1);
    expect(editor.commit).not.toHaveBeenCalled();
  });
});
