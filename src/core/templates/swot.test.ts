import { SWOT_OPPORTUNITY_ITEMS, SWOT_STRENGTH_ITEMS } from "./deckAssessments";
import { buildSwot, SWOT_LEVELS } from "./swot";
import { cellAt, formulasOf, theCell, validationAt } from "../sheet/testing/specQueries";
import { LANGUAGES } from "./testing/formChecks";

describe("buildSwot", () => {
  describe.each(LANGUAGES)("in %s", (language) => {
    const spec = buildSwot({ language });
    const rowOf = (text: string, i: number) => theCell(spec, `${i + 1}. ${text}`).row;
    const strengthRows = SWOT_STRENGTH_ITEMS.map((item, i) => rowOf(item[language], i));
    const opportunityRows = SWOT_OPPORTUNITY_ITEMS.map((item, i) => rowOf(item[language], i));

    it("lays out a 2×2 grid: S | W over the ten items, O | T below over the nine", () => {
      const quadrant = (zh: string, en: string) => theCell(spec, language === "zh" ? zh : en);
      const s = quadrant("强项 S", "Strengths (S)");
      const w = quadrant("弱项 W", "Weaknesses (W)");
      const o = quadrant("机会 O", "Opportunities (O)");
      const t = quadrant("威胁 T", "Threats (T)");
      expect([s.row, s.col, w.row, w.col]).toEqual([s.row, 1, s.row, 3]);
      expect([o.row, o.col, t.row, t.col]).toEqual([o.row, 1, o.row, 3]);
      expect(o.row).toBeGreaterThan(strengthRows[9]);
      expect(strengthRows[0]).toBe(s.row + 2);
      expect(opportunityRows[0]).toBe(o.row + 2);
    });

    it("gives every item an assessment dropdown and notes in both quadrants", () => {
      const levels = SWOT_LEVELS.map((level) => level[language]);
      for (const row of [...strengthRows, ...opportunityRows]) {
        for (const col of [1, 2, 3, 4]) expect(cellAt(spec, row, col)?.input).toBe(true);
        for (const col of [1, 3])
          expect(validationAt(spec, row, col)).toMatchObject({ kind: "list", values: levels });
      }
    });

    it("counts each quadrant's items rated high", () => {
      const high = SWOT_LEVELS[0][language];
      expect(formulasOf(spec)).toEqual([
        `=COUNTIF(B${strengthRows[0] + 1}:B${strengthRows[9] + 1},"${high}")`,
        `=COUNTIF(D${strengthRows[0] + 1}:D${strengthRows[9] + 1},"${high}")`,
        `=COUNTIF(B${opportunityRows[0] + 1}:B${opportunityRows[8] + 1},"${high}")`,
        `=COUNTIF(D${opportunityRows[0] + 1}:D${opportunityRows[8] + 1},"${high}")`,
      ]);
    });
  });

  it("keeps the deck's Chinese titles", () => {
    const spec = buildSwot({ language: "zh" });
    expect(spec.cells[0].value).toBe("销售竞争力的自我SWOT分析");
    expect(theCell(spec, "强项与弱项")).toBeDefined();
    expect(theCell(spec, "机会与威胁")).toBeDefined();
    expect(theCell(spec, "5. 竞争对手的人员(客户经理/高层领导)的变动")).toBeDefined();
  });
});
