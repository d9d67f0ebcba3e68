import { BUYING_PURPOSES, FAB_STEPS } from "../stages";
import { buildFab, FAB_ROWS } from "./fab";
import { formulasOf, theCell, validationAt } from "../sheet/testing/specQueries";
import { LANGUAGES } from "./testing/formChecks";

describe("buildFab", () => {
  describe.each(LANGUAGES)("in %s", (language) => {
    const spec = buildFab({ language });

    it("states the three FAB steps in the deck's words", () => {
      for (const step of FAB_STEPS) expect(theCell(spec, step[language])).toBeDefined();
    });

    it("offers why the customer buys as a dropdown of the deck's two purposes", () => {
      const validation = (spec.validations ?? []).find((v) => v.kind === "list");
      expect(validation?.kind === "list" && validation.values).toEqual(
        BUYING_PURPOSES.map((purpose) => purpose[language]),
      );
      expect(validation?.range.rows).toBe(FAB_ROWS);
      // Excel's list choices are comma-separated: a choice must hold no comma.
      for (const purpose of BUYING_PURPOSES) expect(purpose[language]).not.toContain(",");
    });

    it("flags each stated need still without a benefit, and counts them", () => {
      const formulas = formulasOf(spec);
      expect(formulas).toHaveLength(FAB_ROWS + 1);
      const status = formulas[0];
      expect(status).toMatch(/^=IF\(LEN\(TRIM\(B\d+\)\)=0,"",IF\(LEN\(TRIM\(F\d+\)\)=0,"⚠ /);
      expect(formulas.at(-1)).toMatch(/^=COUNTIF\(G\d+:G\d+,"⚠ /);
    });
  });

  it("says its layout is ours and its method the deck's", () => {
    const spec = buildFab({ language: "en" });
    expect(spec.cells.some((cell) => String(cell.value).includes("layout is ours"))).toBe(true);
    expect(validationAt(spec, 0, 0)).toBeUndefined();
  });
});
