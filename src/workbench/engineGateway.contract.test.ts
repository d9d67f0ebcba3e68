/**
 * The gateway contract (see src/excel/testing/gatewayContract.ts) kept by the workbench's gateway on its
 * HyperFormula engine: the user's text is seeded as text (as a user's cell holds it), and a failure midway is
 * the engine refusing the write of the sheet's contents, after the sheet and its names were added.
 */
import { DetailedCellError } from "hyperformula";
import { literalText } from "../core/sheet";
import { describeGatewayContract, type StoredCell } from "../excel/testing/gatewayContract";
import { parseA1 } from "./a1";
import { type CellView, WorkbookEngine } from "./engine/workbookEngine";
import { createEngineGateway } from "./engineGateway";
import { createSelectionStore } from "./selection";

/** How the engine holds a cell: a formula as entered, text, another value (number, boolean, error), or nothing. */
function held(view: CellView): StoredCell {
  if (view.input.startsWith("=")) return { kind: "formula", formula: view.input };
  if (view.value === null || view.value === "") return { kind: "blank" };
  return typeof view.value === "string"
    ? { kind: "text", text: view.value }
    : { kind: "value", input: view.value };
}

describeGatewayContract("the workbench's gateway", async (workbook) => {
  const names = Object.keys(workbook.sheets);
  const engine = WorkbookEngine.create(names);
  for (const [sheet, rows] of Object.entries(workbook.sheets)) {
    if (rows.length === 0) continue;
    const typed = rows.map((row) =>
      row.map((value) => (typeof value === "string" ? literalText(value) : value)),
    );
    engine.setCells(sheet, { row: 0, col: 0 }, typed);
  }
  const selection = createSelectionStore({ sheet: names[0], row: 0, col: 0 });
  return {
    gateway: createEngineGateway(engine, selection),
    select: (address) => selection.set({ sheet: names[0], ...parseA1(address)! }),
    failNextWrite: () =>
      void jest.spyOn(engine, "setCells").mockImplementationOnce(() => {
        throw new Error("the engine refused the write");
      }),
    sheets: () => engine.sheetNames(),
    cell: (sheet, row, col) => held(engine.cell(sheet, { row, col })),
    // As a user deleting the rows of the name's cells does.
    breakName: (sheet, name) => {
      const address = engine.sheetScopedNames(sheet).find((n) => n.name === name)?.address;
      const at = address ? parseA1(address.replace(/\$/g, "").split(":")[0]) : undefined;
      if (at) engine.deleteRows(sheet, at.row, 1);
    },
    // Computed by HyperFormula, as a user's formula is: a deleted sheet turns it to #REF!.
    referTo: (sheet, address, target) => {
      const at = parseA1(address)!;
      engine.setCell(sheet, at, `='${target.sheet.replace(/'/g, "''")}'!${target.address}`);
      return () => {
        const { value } = engine.cell(sheet, at);
        return value instanceof DetailedCellError ? value.value : value;
      };
    },
  };
});
