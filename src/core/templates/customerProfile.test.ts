import { BUYING_ROLES } from "./deckAssessments";
import { OUR_LAYOUT } from "./deckNotes";
import { buildCustomerProfile, ORG_CHART_ROWS, PROFILE_FIELDS, RELATIONSHIP_TO_US } from "./customerProfile";
import { cellAt, formulasOf, theCell, validationAt } from "../sheet/testing/specQueries";
import { LANGUAGES } from "./testing/formChecks";

describe("buildCustomerProfile", () => {
  describe.each(LANGUAGES)("in %s", (language) => {
    const spec = buildCustomerProfile({ language });

    it("says the layout is ours", () => {
      expect(theCell(spec, OUR_LAYOUT[language])).toBeDefined();
    });

    it("asks each company fact with a place to write it", () => {
      for (const field of PROFILE_FIELDS) {
        const cell = theCell(spec, field[language]);
        expect(cellAt(spec, cell.row, cell.col + 1)?.input).toBe(true);
      }
    });

    it("has an org chart of people with a buying role and a relationship to us, each from a dropdown", () => {
      const head = theCell(spec, language === "zh" ? "采购角色" : "Buying role");
      const role = validationAt(spec, head.row + 1, head.col);
      expect(role?.kind === "list" && role.values).toEqual(BUYING_ROLES.map((r) => r.name[language]));
      expect(role?.range.rows).toBe(ORG_CHART_ROWS);
      const relation = validationAt(spec, head.row + 1, head.col + 1);
      expect(relation?.kind === "list" && relation.values).toEqual(
        RELATIONSHIP_TO_US.map((r) => r[language]),
      );
    });

    it("counts the people filled in for each buying role", () => {
      const counts = formulasOf(spec);
      expect(counts).toHaveLength(BUYING_ROLES.length);
      const buyer = BUYING_ROLES[0].name[language];
      expect(counts[0]).toMatch(new RegExp(`^=COUNTIF\\(\\$F\\$\\d+:\\$F\\$\\d+,"${buyer}"\\)$`));
    });
  });

  it("carries the deck's title and its 组织结构图", () => {
    const spec = buildCustomerProfile({ language: "zh" });
    expect(spec.cells[0].value).toBe("客户全貌信息");
    expect(theCell(spec, "二、组织结构图")).toBeDefined();
  });
});
