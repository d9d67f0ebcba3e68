import { RowFingerprints } from "./rowFingerprints";

describe("RowFingerprints", () => {
  it("finds a row copying an earlier one, spaces around texts and trailing blanks aside", () => {
    const seen = new RowFingerprints();
    expect(seen.firstOf(["D1", "谈判", 1200], 0)).toBe(-1);
    expect(seen.firstOf([" D1 ", "谈判", 1200, "", null], 1)).toBe(0);
  });

  it("tells rows apart by any cell, by a cell's type, and by where a blank cell is", () => {
    const seen = new RowFingerprints();
    expect(seen.firstOf(["D1", "谈判", 1200], 0)).toBe(-1);
    expect(seen.firstOf(["D1", "谈判", 1300], 1)).toBe(-1);
    expect(seen.firstOf(["D1", "谈判", "1200"], 2)).toBe(-1);
    expect(seen.firstOf(["D1", "", "谈判", 1200], 3)).toBe(-1);
    expect(seen.firstOf(["D1", "谈判", 1300], 4)).toBe(1);
  });

  it("takes numbers as equal when their texts are (0 and −0, NaN), small and large, whole or not", () => {
    const seen = new RowFingerprints();
    const numbers = [0, 1, 65_536, -1, 2 ** 31, 2 ** 32 - 1, 1.5, 1e21, Number.NaN];
    numbers.forEach((n, i) => expect(seen.firstOf(["D1", n], i)).toBe(-1));
    numbers.forEach((n, i) => expect(seen.firstOf(["D1", n], 100 + i)).toBe(i));
    expect(seen.firstOf(["D1", -0], 200)).toBe(0);
    expect(seen.firstOf(["D1", "0"], 201)).toBe(-1);
  });

  it("gives the number the first copy was remembered as, numbers passed over included", () => {
    const seen = new RowFingerprints();
    expect(seen.firstOf(["A"], 7)).toBe(-1);
    expect(seen.firstOf(["B"], 70_000)).toBe(-1);
    expect(seen.firstOf(["B"], 70_001)).toBe(70_000);
    expect(seen.firstOf(["A"], 70_002)).toBe(7);
  });

  it("still finds every row after growing well past its first size", () => {
    const seen = new RowFingerprints();
    const rows = 20_000;
    for (let i = 0; i < rows; i++) expect(seen.firstOf([`D${i}`, i % 7], i)).toBe(-1);
    for (let i = 0; i < rows; i += 997) expect(seen.firstOf([`D${i} `, i % 7], rows + i)).toBe(i);
  });
});
