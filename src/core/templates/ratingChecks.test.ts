import { HyperFormula } from "hyperformula";
import { columnRange, SheetBuilder } from "../sheet";
import { badScaleRating, badWorthRating, countedWorthRating, ratingCheck, WORTH_MARKS } from "./ratingChecks";

const RULE = { zh: "评估应为 0–10、＋ 或 －。", en: "Ratings are 0–10, ＋ or －." };

/**
 * A sheet with the ratings in A1:A{n}, their counted ratings in B, and a check of them in C1, computed by
 * HyperFormula (the workbench's engine; the formulas are plain Excel).
 */
function computed(ratings: readonly (string | number | null)[], language: "zh" | "en" = "zh") {
  const sheet = new SheetBuilder(language);
  const range = columnRange(0, 0, ratings.length);
  const rows = ratings.map((rating, i) => [
    rating,
    countedWorthRating(`A${i + 1}`),
    i === 0 ? ratingCheck(sheet, range, (cell, row) => badWorthRating(cell, `B${row + 1}`), RULE) : null,
  ]);
  const hf = HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3" });
  const counted = ratings.map((_, row) => hf.getCellValue({ sheet: 0, row, col: 1 }));
  const check = hf.getCellValue({ sheet: 0, row: 0, col: 2 });
  hf.destroy();
  return { counted, check };
}

describe("countedWorthRating", () => {
  it("counts numbers 0–10, their text and the dropdown's marks as they are", () => {
    expect(computed([8, 0, 10, "7", ...WORTH_MARKS]).counted).toEqual([8, 0, 10, 7, ...WORTH_MARKS]);
  });

  it("counts a blank cell, spaces and anything that is not a rating as not rated", () => {
    expect(computed([null, "  ", "很好", 12, -1, "11", "N/A"]).counted).toEqual(["", "", "", "", "", "", ""]);
  });
});

describe("ratingCheck", () => {
  it("says every rating is valid when none is left out, blanks included", () => {
    expect(computed([8, null, "＋", "  ", 3]).check).toBe("✓ 评估均有效");
    expect(computed([8, null], "en").check).toBe("✓ Every rating is valid");
  });

  it("names each cell left out with its value, then what a rating may be", () => {
    expect(computed([8, "很好", 7, 12, null]).check).toBe(
      "✗ 无效评估，未计入：A2“很好”、A4“12”。评估应为 0–10、＋ 或 －。",
    );
    expect(computed(["great", 9], "en").check).toBe(
      "✗ Not a valid rating, not counted: A1 “great”. Ratings are 0–10, ＋ or －.",
    );
  });

  it("checks a 0–10 scale with numbers only", () => {
    const sheet = new SheetBuilder("en");
    const check = ratingCheck(sheet, columnRange(0, 0, 4), badScaleRating, {
      zh: "",
      en: "Ratings are 0–10.",
    });
    const hf = HyperFormula.buildFromArray([[7, check], ["seven"], [null], [11]], { licenseKey: "gpl-v3" });
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(
      "✗ Not a valid rating, not counted: A2 “seven”, A4 “11”. Ratings are 0–10.",
    );
    hf.destroy();
  });
});
