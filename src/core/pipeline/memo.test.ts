import { MEMO_LIMIT, memoByText } from "./memo";

describe("memoByText", () => {
  it("reads each distinct text once, and other cells every time", () => {
    const seen: unknown[] = [];
    const read = memoByText((cell) => {
      seen.push(cell);
      return String(cell).length;
    });
    expect([read("ab"), read("ab"), read(12), read(12)]).toEqual([2, 2, 2, 2]);
    expect(seen).toEqual(["ab", 12, 12]);
  });

  it("starts over past its limit, still reading right", () => {
    let reads = 0;
    const read = memoByText((cell) => {
      reads += 1;
      return `${String(cell)}!`;
    });
    for (let i = 0; i <= MEMO_LIMIT; i++) read(`t${i}`);
    expect(read("t0")).toBe("t0!");
    expect(reads).toBe(MEMO_LIMIT + 2);
  });
});
