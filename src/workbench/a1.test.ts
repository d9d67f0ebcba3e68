import { a1Address, parseA1, qualifiedAddress } from "./a1";

describe("a1Address", () => {
  it("refuses a negative row or column", () => {
    expect(() => a1Address({ row: -1, col: 0 })).toThrow(RangeError);
    expect(() => a1Address({ row: 0, col: -1 })).toThrow(RangeError);
  });

  it("writes row and column as Excel does", () => {
    expect(a1Address({ row: 0, col: 0 })).toBe("A1");
    expect(a1Address({ row: 99_999, col: 3 })).toBe("D100000");
    expect(a1Address({ row: 0, col: 16_383 })).toBe("XFD1");
  });
});

describe("parseA1", () => {
  it.each(["", "A", "1", "A0", "B-2", "XFE1", "A1048577", "A1:B2", "Sheet1!A1"])("refuses %p", (text) => {
    expect(parseA1(text)).toBeUndefined();
  });

  it("reads letters in any case, $ signs and surrounding spaces", () => {
    expect(parseA1("b2")).toEqual({ row: 1, col: 1 });
    expect(parseA1(" $C$10 ")).toEqual({ row: 9, col: 2 });
    expect(parseA1("XFD1048576")).toEqual({ row: 1_048_575, col: 16_383 });
  });

  it("reads back what a1Address writes", () => {
    for (const position of [
      { row: 0, col: 0 },
      { row: 41, col: 730 },
      { row: 99_999, col: 8 },
    ]) {
      expect(parseA1(a1Address(position))).toEqual(position);
    }
  });
});

describe("qualifiedAddress", () => {
  it("quotes a sheet name that needs it, doubling quotes inside", () => {
    expect(qualifiedAddress("Q3 pipeline", { row: 0, col: 0 })).toBe("'Q3 pipeline'!A1");
    expect(qualifiedAddress("Bob's", { row: 1, col: 1 })).toBe("'Bob''s'!B2");
    expect(qualifiedAddress("2025", { row: 0, col: 0 })).toBe("'2025'!A1");
  });

  it("leaves a plain name as it is, Chinese included", () => {
    expect(qualifiedAddress("Sheet1", { row: 4, col: 2 })).toBe("Sheet1!C5");
    expect(qualifiedAddress("示例商机", { row: 0, col: 3 })).toBe("示例商机!D1");
  });
});
