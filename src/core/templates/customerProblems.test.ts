import { buildCustomerProblems, PROBLEM_ROWS } from "./customerProblems";
import { NEED_DIMENSIONS, PROBLEM_ANALYSIS_COLUMNS, PROBLEM_DISCOVERY } from "./deckChecklists";
import { cellAt, formulasOf, rowCells, theCell } from "../sheet/testing/specQueries";
import { expectYesNoInput, LANGUAGES, YES_NO } from "./testing/formChecks";

describe("buildCustomerProblems", () => {
  describe.each(LANGUAGES)("in %s", (language) => {
    const spec = buildCustomerProblems({ language });
    const [yes] = YES_NO[language];

    it("has the four columns of the deck with input rows", () => {
      const head = theCell(spec, PROBLEM_ANALYSIS_COLUMNS[0][language]);
      expect(
        rowCells(spec, head.row)
          .slice(1, 5)
          .map((c) => c.value),
      ).toEqual(PROBLEM_ANALYSIS_COLUMNS.map((c) => c[language]));
      for (let row = head.row + 1; row <= head.row + PROBLEM_ROWS; row++) {
        for (let col = 1; col <= 4; col++) expect(cellAt(spec, row, col)?.input).toBe(true);
      }
    });

    it("lists the three dimensions of need beside it, every item ticked 是/否, counted per dimension", () => {
      NEED_DIMENSIONS.forEach((dimension, d) => {
        const title = theCell(spec, `${d + 1}. ${dimension.name[language]}`);
        expect(cellAt(spec, title.row, title.col + 1)?.formula).toBe(
          `=COUNTIF(H${title.row + 2}:H${title.row + 1 + dimension.items.length},"${yes}")&"/"&${dimension.items.length}`,
        );
        dimension.items.forEach((item, i) => {
          const cell = theCell(spec, item[language]);
          expect(cell.row).toBe(title.row + 1 + i);
          expectYesNoInput(spec, cell.row, cell.col + 1, language);
        });
      });
      expect(formulasOf(spec)).toHaveLength(3);
    });

    it("recalls the deck's discovery process", () => {
      const steps = PROBLEM_DISCOVERY.steps.map((s) => s[language]).join(" → ");
      expect(theCell(spec, steps)).toBeDefined();
      expect(theCell(spec, PROBLEM_DISCOVERY.how[language])).toBeDefined();
    });
  });

  it("keeps the deck's Chinese title and items", () => {
    const spec = buildCustomerProblems({ language: "zh" });
    expect(spec.cells[0].value).toBe("客户困难/问题的分析");
    expect(theCell(spec, "ERP项目投资收益")).toBeDefined();
    expect(theCell(spec, "付款:信贷,付款方式")).toBeDefined();
  });
});
