import { buildCustomerSwot, CUSTOMER_SWOT_QUADRANTS, CUSTOMER_SWOT_ROWS } from "./customerSwot";
import { buildSwot } from "./swot";
import { theCell } from "../sheet/testing/specQueries";
import { LANGUAGES } from "./testing/formChecks";

describe("buildCustomerSwot", () => {
  describe.each(LANGUAGES)("in %s", (language) => {
    const spec = buildCustomerSwot({ language });

    it("has the four quadrants, each with rows to fill", () => {
      for (const quadrant of CUSTOMER_SWOT_QUADRANTS) {
        const head = theCell(spec, quadrant.name[language]);
        const inputs = spec.cells.filter((c) => c.input && c.col === head.col + 1 && c.row > head.row + 1);
        expect(inputs.filter((c) => c.row <= head.row + 1 + CUSTOMER_SWOT_ROWS)).toHaveLength(
          CUSTOMER_SWOT_ROWS,
        );
      }
    });

    it("is named apart from our own competitive SWOT", () => {
      expect(spec.name).not.toBe(buildSwot({ language }).name);
      expect(spec.cells[0].value).not.toBe(buildSwot({ language }).cells[0].value);
    });
  });

  it("carries the deck's action name and says the layout is ours", () => {
    const spec = buildCustomerSwot({ language: "zh" });
    expect(spec.cells[0].value).toBe("分析客户的SWOT");
    expect(spec.cells.some((c) => String(c.value).includes("本表的栏目与布局为本工具"))).toBe(true);
  });
});
