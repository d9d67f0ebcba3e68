import { cellAddress, columnLetters, columnRange, formulaText, rangeAddress } from "./a1";

describe("columnLetters", () => {
  it.each([-1, 1.5, NaN])("refuses %p", (col) => expect(() => columnLetters(col)).toThrow(RangeError));

  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("writes column %p as %p", (col, letters) => expect(columnLetters(col)).toBe(letters));
});

describe("cellAddress", () => {
  it("refuses a negative row", () => expect(() => cellAddress(-1, 0)).toThrow(RangeError));

  it("writes relative and absolute addresses", () => {
    expect(cellAddress(1, 1)).toBe("B2");
    expect(cellAddress(4, 3, true)).toBe("$D$5");
  });
});

describe("rangeAddress", () => {
  it("writes one cell without a colon", () => {
    expect(rangeAddress({ row: 0, col: 0, rows: 1, cols: 1 })).toBe("A1");
  });

  it("writes a block from its first to its last cell", () => {
    expect(rangeAddress(columnRange(4, 3, 7))).toBe("D5:D11");
    expect(rangeAddress({ row: 3, col: 0, rows: 38, cols: 2 }, true)).toBe("$A$4:$B$41");
  });
});

describe("formulaText", () => {
  it("doubles quotes inside the text", () => {
    expect(formulaText('说"是"')).toBe('"说""是"""');
  });

  it("quotes plain text", () => {
    expect(formulaText("是")).toBe('"是"');
  });
});
