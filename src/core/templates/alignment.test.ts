import type { SheetSpec } from "../sheet";
import { centredVertically, TEMPLATE_VERTICAL } from "./alignment";

const SPEC: SheetSpec = {
  name: "S",
  cells: [
    { row: 0, col: 0, value: "Label", style: { bold: true, vertical: "top", wrap: true } },
    { row: 0, col: 1, value: 8, style: { horizontal: "center" } },
    { row: 0, col: 2, formula: "=B1*2", input: false },
  ],
  columnWidths: { 0: 90 },
};

describe("centredVertically", () => {
  it("centres text, numbers and formulas alike, unstyled cells included", () => {
    const cells = centredVertically(SPEC).cells;
    expect(cells.map((cell) => cell.style?.vertical)).toEqual([TEMPLATE_VERTICAL, "center", "center"]);
  });

  it("keeps every other look, value and setting of the sheet", () => {
    const centred = centredVertically(SPEC);
    expect(centred.cells[0]).toEqual({
      ...SPEC.cells[0],
      style: { bold: true, vertical: "center", wrap: true },
    });
    expect(centred.cells[2].formula).toBe("=B1*2");
    expect(centred.columnWidths).toBe(SPEC.columnWidths);
    expect(Object.isFrozen(centred.cells)).toBe(true);
  });
});
