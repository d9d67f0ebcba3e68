import { UINT32_RANGE, mulberry32, mulberry32Draw, mulberry32Next } from "./random";

describe("mulberry32", () => {
  it("repeats its sequence for a seed and stays in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    for (const value of values) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
    expect(mulberry32(43)()).not.toBe(values[0]);
  });
});

describe("mulberry32Next and mulberry32Draw", () => {
  it("draw the sequence of mulberry32 as 32-bit numbers", () => {
    const generator = mulberry32(20110301);
    let state = 20110301 >>> 0;
    for (let i = 0; i < 1000; i++) {
      state = mulberry32Next(state);
      const draw = mulberry32Draw(state);
      expect(Number.isInteger(draw) && draw >= 0 && draw < UINT32_RANGE).toBe(true);
      expect(draw / UINT32_RANGE).toBe(generator());
    }
  });
});
