import { openSheet } from "../sheet";
import { OUR_LAYOUT } from "./deckNotes";
import { writeOurLayoutAndFacts } from "./pictureForms";

describe("writeOurLayoutAndFacts", () => {
  it("says the layout is ours, then writes one input line per field, and returns the row after them", () => {
    const sheet = openSheet("en", { zh: "表", en: "Form" }, 6);
    const fields = [
      { zh: "甲", en: "First" },
      { zh: "乙", en: "Second" },
    ];
    const next = writeOurLayoutAndFacts(
      sheet,
      3,
      { first: 0, label: 1, input: 2, last: 6 },
      { zh: "事实", en: "Facts" },
      fields,
    );
    const spec = sheet.build("Form", {});
    const at = (row: number, col: number) => spec.cells.find((c) => c.row === row && c.col === col);
    expect(at(3, 1)?.value).toBe(OUR_LAYOUT.en);
    expect(at(6, 1)?.value).toBe("First");
    expect(at(7, 1)?.value).toBe("Second");
    expect(spec.merges).toContainEqual({ row: 7, col: 2, rows: 1, cols: 5 });
    expect(next).toBe(8);
  });
});
