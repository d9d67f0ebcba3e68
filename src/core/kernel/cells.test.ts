import { isBlankCell } from "./cells";
import { normaliseLabel } from "./labels";

describe("isBlankCell", () => {
  it("treats numbers, booleans, error values and words as filled", () => {
    for (const cell of [0, -1, Number.NaN, false, true, new Error("#N/A"), { basicValue: "" }])
      expect([cell, isBlankCell(cell)]).toEqual([cell, false]);
    for (const cell of ["0", "x", "N/A", "n/a", "TBD", "无", "谈判", "-5", "- 5", "_x", "#N/A", "−", "😀"])
      expect([cell, isBlankCell(cell)]).toEqual([cell, false]);
  });

  it("treats an empty cell and text of only spaces or invisible characters as blank", () => {
    for (const cell of [
      null,
      undefined,
      "",
      "  ",
      "\t\n",
      "\u3000",
      "\u00a0",
      "\u200b",
      "\ufeff",
      " \ufe0f ",
    ])
      expect([cell, isBlankCell(cell)]).toEqual([cell, true]);
  });

  it("treats placeholder dashes and underscores as blank, in ASCII, typographic and full-width forms", () => {
    for (const cell of ["-", "--", " - ", "—", "–", "―", "‐", "_", "__", "－", "＿", "-\u3000-", "—_—"])
      expect([cell, isBlankCell(cell)]).toEqual([cell, true]);
  });

  it("agrees with the label normalisation: a text is blank exactly when it normalises to nothing", () => {
    const texts = [
      "-",
      "x",
      " ",
      "\u200b-",
      "-\u200bx",
      "－－",
      "_ _",
      "Ｘ",
      "\u2014\u2013",
      "a-b",
      "\u00a0",
      "。",
    ];
    for (const text of texts) expect([text, isBlankCell(text)]).toEqual([text, normaliseLabel(text) === ""]);
  });
});
