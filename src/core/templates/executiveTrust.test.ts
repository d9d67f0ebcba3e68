import { buildExecutiveTrust, EXECUTIVE_LISTS } from "./executiveTrust";
import { cellAt, formulasOf, theCell } from "../sheet/testing/specQueries";
import { expectYesNoInput, LANGUAGES, YES_NO } from "./testing/formChecks";

describe("buildExecutiveTrust", () => {
  describe.each(LANGUAGES)("in %s", (language) => {
    const spec = buildExecutiveTrust({ language });
    const [yes] = YES_NO[language];

    it("has the deck's three executive lists, every item ticked 是/否 with notes", () => {
      expect(EXECUTIVE_LISTS.map((list) => list.items.length)).toEqual([5, 9, 11]);
      for (const list of EXECUTIVE_LISTS) {
        for (const item of list.items) {
          const cell = theCell(spec, item[language]);
          expectYesNoInput(spec, cell.row, 2, language);
          expect(cellAt(spec, cell.row, 3)?.input).toBe(true);
        }
      }
    });

    it("tallies each list by formula", () => {
      const tallies = EXECUTIVE_LISTS.map((list, i) => {
        const title = theCell(spec, `${i + 1}. ${list.title[language]}`);
        const n = list.items.length;
        return `=COUNTIF(C${title.row + 2}:C${title.row + 1 + n},"${yes}")&"/"&${n}`;
      });
      expect(formulasOf(spec)).toEqual(tallies);
    });
  });

  it("names the two actions it serves, in the deck's words", () => {
    const spec = buildExecutiveTrust({ language: "zh" });
    expect(theCell(spec, "客户高层拜访，赢得其信任\n拜访客户高层领导，赢得信任")).toBeDefined();
    expect(theCell(spec, "1. 争取客户高层会面方法")).toBeDefined();
    expect(theCell(spec, "3. 与客户高层领导建立信任的要素")).toBeDefined();
  });
});
