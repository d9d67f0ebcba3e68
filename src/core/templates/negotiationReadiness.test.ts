import { NEGOTIATION_CONDITIONS } from "./negotiationConditions";
import { buildNegotiationReadiness } from "./negotiationReadiness";
import { cellAt, formulasOf, theCell } from "../sheet/testing/specQueries";
import { expectYesNoInput, LANGUAGES, YES_NO } from "./testing/formChecks";

describe("buildNegotiationReadiness", () => {
  describe.each(LANGUAGES)("in %s", (language) => {
    const spec = buildNegotiationReadiness({ language });
    const [yes] = YES_NO[language];
    const rows = NEGOTIATION_CONDITIONS.map((condition) => theCell(spec, condition[language]).row);

    it("asks the seven conditions in order, each 是/否 with evidence", () => {
      expect(rows).toEqual(rows.map((_, i) => rows[0] + i));
      for (const row of rows) {
        expectYesNoInput(spec, row, 2, language);
        expect(cellAt(spec, row, 3)?.input).toBe(true);
      }
    });

    it("says ready only when all seven hold", () => {
      const answers = `COUNTIF(C${rows[0] + 1}:C${rows[6] + 1},"${yes}")`;
      const [count, verdict] = formulasOf(spec);
      expect(count).toBe(`=${answers}&"/"&7`);
      expect(verdict.startsWith(`=IF(${answers}=7,"✓ `)).toBe(true);
      expect(verdict).toContain(`&(7-${answers})&`);
    });
  });

  it("keeps the deck's Chinese wording", () => {
    const spec = buildNegotiationReadiness({ language: "zh" });
    expect(spec.cells[0].value).toBe("进入商务谈判阶段的条件");
    expect(theCell(spec, "客户大的风险意识,项目已经解决")).toBeDefined();
  });
});
