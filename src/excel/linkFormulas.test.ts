import type { CellSpec } from "../core/sheet";
import { documentReference, linkedByCall, linkFormula, withLinkFormulas } from "./linkFormulas";
import { HOSTILE_TEXTS } from "./testing/hostileText";
import { hyperlinkOf } from "./testing/linkFormulaModel";
import { storedCell } from "./testing/recordingInput";

const link = { sheet: "商机", address: "A8" };
const linked = (value: CellSpec["value"], to = link): CellSpec => ({ row: 4, col: 0, value, link: to });

describe("documentReference", () => {
  it("quotes the sheet and doubles its apostrophes", () => {
    expect(documentReference("Bob's deals", "A8")).toBe("'Bob''s deals'!A8");
    expect(documentReference("商机", "C3")).toBe("'商机'!C3");
  });
});

describe("linkFormula", () => {
  it("jumps to the link's cell and shows the cell's text", () => {
    expect(linkFormula(linked("D7"))).toBe(`=HYPERLINK("#'商机'!A8","D7")`);
    expect(hyperlinkOf(linkFormula(linked("D7")))).toEqual({ target: link, shown: "D7" });
  });

  it("shows a user's text that reads as a formula, a number or a date as that text, never computed", () => {
    for (const text of [...HOSTILE_TEXTS, 'say "hi"', '", 1) & "', '"']) {
      const formula = linkFormula(linked(text));
      expect([text, hyperlinkOf(formula)]).toEqual([text, { target: link, shown: text }]);
      // Excel stores one formula, the HYPERLINK: the text is none of its own.
      expect(storedCell(formula)).toMatchObject({
        kind: "formula",
        formula: expect.stringMatching(/^=HYPERLINK\(/),
      });
    }
  });

  it("reaches a sheet whose name holds apostrophes and quotes", () => {
    const to = { sheet: `Bob's "best" deals`, address: "B12" };
    expect(hyperlinkOf(linkFormula(linked("D1", to)))?.target).toEqual(to);
  });

  it("shows a whole number as that number", () => {
    expect(hyperlinkOf(linkFormula(linked(1234)))).toEqual({ target: link, shown: 1234 });
  });

  it("leaves to a call the links a formula cannot carry exactly: long or multi-line text, fractions, formulas, blanks", () => {
    const byCall: CellSpec[] = [
      linked("x".repeat(256)),
      linked("a\nb"),
      linked("tab\there"),
      linked(0.1),
      linked(true),
      { row: 0, col: 0, formula: "=A1", link },
      { row: 0, col: 0, link },
    ];
    for (const cell of byCall)
      expect([cell, linkFormula(cell), linkedByCall(cell)]).toEqual([cell, undefined, true]);
    expect(linkFormula(linked("x".repeat(255)))).toBeDefined();
    expect(linkedByCall({ row: 0, col: 0, value: "D1" })).toBe(false);
    expect(linkedByCall(linked("D1"))).toBe(false);
  });
});

describe("withLinkFormulas", () => {
  it("writes each linked cell as its formula and leaves every other cell as it is", () => {
    const plain: CellSpec = { row: 0, col: 0, value: "=1+1" };
    const long = linked("a\nb");
    const cells = withLinkFormulas([plain, linked("D7"), long]);
    expect(cells).toEqual([plain, { ...linked("D7"), formula: `=HYPERLINK("#'商机'!A8","D7")` }, long]);
  });
});
