import { DEAL_CELL_NAMES } from "../sheet";
import { cellAt } from "../sheet/testing/specQueries";
import { EVALUATION_NAMES } from "../templates";
import { readIdentity } from "./evaluationIdentity";
import { EVALUATION_KINDS } from "./evaluationKinds";
import { evaluationSheet } from "./evaluationSheet";

const DEAL = { dealId: "D-007", customer: '=HYPERLINK("x")', opportunity: "ERP 二期", owner: "王芳" };

describe.each(EVALUATION_KINDS.map((k) => k.kind))("the %s evaluation sheet", (kind) => {
  const spec = evaluationSheet(kind, DEAL, "zh");
  const named = (name: string) => spec.names!.find((n) => n.name === name)!;

  it("names only sheet-scoped ranges, so a second deal's sheet never clashes", () => {
    expect(spec.names!.every((n) => n.scope === "sheet")).toBe(true);
  });

  it("carries its identity in a hidden cell that its name points at", () => {
    const { range } = named(EVALUATION_NAMES.identity);
    const cell = cellAt(spec, range.row, range.col)!;
    expect(readIdentity(cell.value)).toEqual({ ok: true, value: { kind, version: 1, dealId: "D-007" } });
    expect(cell.input).toBeUndefined();
    expect(cell.style?.fontColor).toBe("#FFFFFF");
    expect(range.col).toBeGreaterThanOrEqual(spec.printArea!.col + spec.printArea!.cols);
  });

  it("fills the deal's id, customer, opportunity and owner as text in named header cells", () => {
    const value = (name: string) => {
      const { range } = named(name);
      return cellAt(spec, range.row, range.col)?.value;
    };
    expect(value(DEAL_CELL_NAMES.dealId)).toBe("D-007");
    expect(value(DEAL_CELL_NAMES.customer)).toBe('=HYPERLINK("x")');
    expect(value(DEAL_CELL_NAMES.opportunity)).toBe("ERP 二期");
    expect(value(DEAL_CELL_NAMES.owner)).toBe("王芳");
    expect(spec.cells.filter((c) => c.formula?.includes("HYPERLINK"))).toEqual([]);
  });
});
