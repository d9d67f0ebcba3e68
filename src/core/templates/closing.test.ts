import { CLOSING_CAUTIONS } from "../stages";
import { buildClosing, CLOSING_EVIDENCE } from "./closing";
import { cellAt, formulasOf, theCell } from "../sheet/testing/specQueries";
import { expectYesNoInput, LANGUAGES, YES_NO } from "./testing/formChecks";

describe("buildClosing", () => {
  describe.each(LANGUAGES)("in %s", (language) => {
    const spec = buildClosing({ language });
    const [yes] = YES_NO[language];

    it("ticks the deck's six watch-outs and the three pieces of evidence 是/否, with notes", () => {
      for (const item of [...CLOSING_CAUTIONS.items, ...CLOSING_EVIDENCE]) {
        const cell = theCell(spec, item[language]);
        expectYesNoInput(spec, cell.row, 2, language);
        expect(cellAt(spec, cell.row, 3)?.input).toBe(true);
      }
    });

    it("calls the deal closed only when signing, payment and delivery all hold", () => {
      const first = theCell(spec, CLOSING_EVIDENCE[0][language]).row + 1;
      const answers = `COUNTIF(C${first}:C${first + 2},"${yes}")`;
      const verdict = formulasOf(spec).at(-1)!;
      expect(verdict.startsWith(`=IF(${answers}=3,"✓ `)).toBe(true);
      expect(verdict).toContain(`&(3-${answers})&`);
    });
  });

  it("keeps the deck's Chinese: signing is not closing", () => {
    const spec = buildClosing({ language: "zh" });
    expect(theCell(spec, "签署合同不代表成交，合同送审过程仍然需要跟踪")).toBeDefined();
    expect(formulasOf(spec).at(-1)).toContain("签署合同不代表成交");
  });
});
