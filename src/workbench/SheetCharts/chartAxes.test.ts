import { niceTicks, smallestStep } from "./chartAxes";

describe("niceTicks", () => {
  it("covers the values with round steps from 0", () => {
    expect(niceTicks(0, 19_970_000, 4)).toEqual([0, 5_000_000, 10_000_000, 15_000_000, 20_000_000]);
    expect(niceTicks(0, 0.706, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it("never steps finer than the number format shows", () => {
    expect(niceTicks(0, 3, 6, smallestStep("#,##0"))).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0, 0, 4, smallestStep("#,##0"))).toEqual([0, 1]);
  });

  it("reaches below 0 for a negative value", () => {
    expect(niceTicks(-5, 10, 3)).toEqual([-5, 0, 5, 10]);
  });
});

describe("smallestStep", () => {
  it("is the last digit each format shows", () => {
    expect(smallestStep("#,##0")).toBe(1);
    expect(smallestStep("0.0")).toBeCloseTo(0.1);
    expect(smallestStep("0.0%")).toBeCloseTo(0.001);
    expect(smallestStep(undefined)).toBe(0);
  });
});
