import { OUR_LAYOUT } from "./deckNotes";
import { buildProjectInfo, MILESTONE_STATUS, PROCUREMENT_MILESTONES, REVIEW_ITEMS } from "./projectInfo";
import { cellAt, formulasOf, theCell, validationAt } from "../sheet/testing/specQueries";
import { LANGUAGES } from "./testing/formChecks";

describe("buildProjectInfo", () => {
  describe.each(LANGUAGES)("in %s", (language) => {
    const spec = buildProjectInfo({ language });

    it("says the layout is ours", () => {
      expect(theCell(spec, OUR_LAYOUT[language])).toBeDefined();
    });

    it("has a timetable row per milestone: planned and actual dates, owner and a status dropdown", () => {
      for (const milestone of PROCUREMENT_MILESTONES) {
        const row = theCell(spec, milestone[language]).row;
        expect(cellAt(spec, row, 2)?.style?.numberFormat).toBe("yyyy-mm-dd");
        expect(cellAt(spec, row, 3)?.style?.numberFormat).toBe("yyyy-mm-dd");
        const status = validationAt(spec, row, 5);
        expect(status?.kind === "list" && status.values).toEqual(MILESTONE_STATUS.map((s) => s[language]));
      }
    });

    it("weights the review items and scores us and the main rival by formula", () => {
      const first = theCell(spec, REVIEW_ITEMS[0][language]).row + 1;
      const last = first + REVIEW_ITEMS.length - 1;
      const weights = `C${first}:C${last}`;
      expect(formulasOf(spec)).toEqual([
        `=SUM(${weights})`,
        `=IF(SUM(${weights})=0,"",SUMPRODUCT(${weights},D${first}:D${last})/SUM(${weights}))`,
        `=IF(SUM(${weights})=0,"",SUMPRODUCT(${weights},E${first}:E${last})/SUM(${weights}))`,
      ]);
      expect(validationAt(spec, first - 1, 3)).toMatchObject({ kind: "wholeNumber", min: 0, max: 10 });
    });
  });

  it("carries the deck's two titles", () => {
    const spec = buildProjectInfo({ language: "zh" });
    expect(spec.cells[0].value).toBe("收集立项信息");
    expect(theCell(spec, "二、项目采购时间表")).toBeDefined();
    expect(theCell(spec, "三、ERP项目采购评审内容")).toBeDefined();
  });
});
