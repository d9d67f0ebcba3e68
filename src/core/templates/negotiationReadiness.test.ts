import type { Language } from "../kernel";
import { NEGOTIATION_CONDITIONS } from "./deckChecklists";
import { buildNegotiationReadiness } from "./negotiationReadiness";
import { specProblems } from "../sheet/testing/specChecks";
import { cellAt, formulasOf, theCell, validationAt } from "../sheet/testing/specQueries";

const LANGUAGES: readonly Language[] = ["zh", "en"];

describe("buildNegotiationReadiness", () => {
  it("writes an opportunity name that looks like a formula as text", () => {
    const spec = buildNegotiationReadiness({ language: "en", opportunity: "=2*3" });
    expect(spec.cells.find((c) => c.value === "=2*3")?.input).toBe(true);
  });

  it.each(LANGUAGES)("is a sound sheet in %s", (language) => {
    expect(specProblems(buildNegotiationReadiness({ language }))).toEqual([]);
  });

  describe.each(LANGUAGES)("in %s", (language) => {
    const spec = buildNegotiationReadiness({ language });
    const yes = language === "zh" ? "是" : "Yes";
    const rows = NEGOTIATION_CONDITIONS.map((condition) => theCell(spec, condition[language]).row);

    it("asks the seven conditions in order, each 是/否 with evidence", () => {
      expect(rows).toEqual(rows.map((_, i) => rows[0] + i));
      for (const row of rows) {
        expect(cellAt(spec, row, 2)?.input).toBe(true);
        expect(cellAt(spec, row, 3)?.input).toBe(true);
        expect(validationAt(spec, row, 2)).toMatchObject({
          kind: "list",
          values: [yes, language === "zh" ? "否" : "No"],
        });
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
