import { duplicateRows, sameCells } from "./duplicateRows";

describe("sameCells", () => {
  it("treats blank cells as one value and texts without their surrounding spaces", () => {
    expect(sameCells(["A", "", null, 5], ["A ", "  ", "", 5])).toBe(true);
    expect(sameCells(["A", 5], ["A", 5, "", "\u3000"])).toBe(true);
  });

  it("tells apart a number from its text, and different values", () => {
    expect(sameCells(["A", 5], ["A", "5"])).toBe(false);
    expect(sameCells(["A", 5], ["A", 6])).toBe(false);
    expect(sameCells(["A", true], ["A", "TRUE"])).toBe(false);
  });
});

describe("duplicateRows", () => {
  const rows = [
    ["D1", "谈判", 100],
    ["D1", "谈判", 100],
    ["D1", "成交", 100],
    ["D1", " 谈判 ", 100, ""],
    ["D2", "意向", 5],
  ];

  it("maps each copy to the first row it copies, within the groups given", () => {
    expect(duplicateRows(rows, [[0, 1, 2, 3]])).toEqual(
      new Map([
        [1, 0],
        [3, 0],
      ]),
    );
  });

  it("compares only rows of the same group", () => {
    expect(
      duplicateRows(rows, [
        [0, 2],
        [1, 4],
      ]),
    ).toEqual(new Map());
  });
});
