import { CompensatedSum, roundNoise } from "./numbers";

describe("CompensatedSum", () => {
  it("starts at 0", () => {
    expect(new CompensatedSum().value).toBe(0);
  });

  it("keeps the digits a plain loop loses", () => {
    const sum = new CompensatedSum();
    let plain = 0;
    for (let i = 0; i < 10; i++) {
      sum.add(0.1);
      plain += 0.1;
    }
    expect(plain).not.toBe(1);
    expect(sum.value).toBe(1);
  });

  it("recovers a small term added beside large ones", () => {
    const sum = new CompensatedSum();
    for (const term of [1e16, 1, -1e16]) sum.add(term);
    expect(sum.value).toBe(1);
  });
});

describe("roundNoise", () => {
  it("removes floating-point noise but keeps real decimals", () => {
    expect(roundNoise(69.99999999999999)).toBe(70);
    expect(roundNoise(0.1 + 0.2)).toBe(0.3);
    expect(roundNoise(56.666666666666664)).toBe(56.666666667);
    expect(roundNoise(69.9)).toBe(69.9);
  });
});
