import { buildCustomerVisit } from "./customerVisit";
import { VISIT_CHECKLISTS } from "./deckChecklists";
import { cellAt, formulasOf, theCell } from "../sheet/testing/specQueries";
import { expectYesNoInput, LANGUAGES, YES_NO } from "./testing/formChecks";

describe("buildCustomerVisit", () => {
  describe.each(LANGUAGES)("in %s", (language) => {
    const spec = buildCustomerVisit({ language });
    const [yes] = YES_NO[language];

    it("has the three checklists with every item ticked 是/否 with notes", () => {
      for (const checklist of VISIT_CHECKLISTS) {
        for (const item of checklist.items) {
          const cell = theCell(spec, item[language]);
          expectYesNoInput(spec, cell.row, 2, language);
          expect(cellAt(spec, cell.row, 3)?.input).toBe(true);
        }
      }
    });

    it("counts each checklist's progress by formula", () => {
      const progress = VISIT_CHECKLISTS.map((checklist, c) => {
        const title = theCell(spec, `${c + 1}. ${checklist.name[language]}`);
        const n = checklist.items.length;
        return `=COUNTIF(C${title.row + 2}:C${title.row + 1 + n},"${yes}")&"/"&${n}`;
      });
      expect(formulasOf(spec)).toEqual(progress);
    });
  });

  it("keeps the deck's Chinese wording", () => {
    const spec = buildCustomerVisit({ language: "zh" });
    expect(theCell(spec, "1. 客户拜访前的准备")).toBeDefined();
    expect(theCell(spec, "2. 拜访客户取得客户的好感")).toBeDefined();
    expect(theCell(spec, "多让客户讲话,做个好听众")).toBeDefined();
    expect(theCell(spec, "致信感谢对方的招待和时间")).toBeDefined();
  });
});
