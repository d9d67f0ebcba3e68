import { normalCdf, normalDensity, normalQuantile } from "./normal";

// Reference values computed with mpmath at 40–50 digits: ncdf(z), and the root of ncdf(z) = p for p the double
// nearest the decimal shown (0.9999999 as a double is 1 − 1.0000000005838672e-7).
const CDF: readonly (readonly [number, number])[] = [
  [-37, 5.725571222524577e-300],
  [-20, 2.7536241186062337e-89],
  [-10, 7.619853024160525e-24],
  [-5, 2.866515718791939e-7],
  [-3, 0.0013498980316300946],
  [-2.5, 0.006209665325776135],
  [-1, 0.15865525393145705],
  [-0.5, 0.3085375387259869],
  [0, 0.5],
  [0.3, 0.6179114221889527],
  [1, 0.8413447460685429],
  [2, 0.9772498680518208],
  [2.9999, 0.998649658717045],
  [3, 0.9986501019683699],
  [3.0001, 0.9986505450867392],
  [4, 0.9999683287581669],
  [6, 0.9999999990134123],
];

const QUANTILE: readonly (readonly [number, number])[] = [
  [1e-20, -9.262340089798407],
  [1e-10, -6.361340902404057],
  [0.001, -3.0902323061678136],
  [0.02425, -1.9729610513118847],
  [0.025, -1.9599639845400543],
  [0.1, -1.2815515655446004],
  [0.3, -0.5244005127080408],
  [0.7, 0.5244005127080407],
  [0.9, 1.2815515655446006],
  [0.97575, 1.972961051311885],
  [0.999, 3.090232306167813],
  [0.9999999, 5.199337582290661],
];

describe("normalQuantile bad inputs", () => {
  it("rejects p outside 0..1 or not a number", () => {
    for (const p of [-0.1, 1.5, NaN]) expect(() => normalQuantile(p)).toThrow(RangeError);
  });
});

describe("normalCdf", () => {
  it("matches 40-digit reference values to 1e-15, and relatively to 1e-13 in the lower tail", () => {
    for (const [z, expected] of CDF) {
      expect(Math.abs(normalCdf(z) - expected)).toBeLessThanOrEqual(1e-15);
      expect(Math.abs(normalCdf(z) - expected)).toBeLessThanOrEqual(1e-13 * expected);
    }
  });

  it("is continuous where the series hands over to the continued fraction (z = ±3)", () => {
    for (const z of [3, -3]) {
      const [below, above] = [normalCdf(z - 1e-12), normalCdf(z + 1e-12)];
      expect(above - below).toBeGreaterThanOrEqual(0);
      expect(above - below).toBeLessThanOrEqual(1e-14);
    }
  });

  it("is symmetric, increasing, and 0 and 1 at the infinities", () => {
    for (let z = -8; z <= 8; z += 0.37) {
      expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 15);
      expect(normalCdf(z + 0.01)).toBeGreaterThan(normalCdf(z));
    }
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(NaN)).toBeNaN();
  });
});

describe("normalDensity", () => {
  it("is 1/√(2π) at 0 and e^(−½)/√(2π) at ±1", () => {
    expect(normalDensity(0)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 16);
    expect(normalDensity(1)).toBeCloseTo(Math.exp(-0.5) / Math.sqrt(2 * Math.PI), 16);
    expect(normalDensity(-1)).toBe(normalDensity(1));
  });
});

describe("normalQuantile", () => {
  it("matches 40-digit reference values to 1e-14 relative", () => {
    for (const [p, expected] of QUANTILE) {
      expect(Math.abs(normalQuantile(p) - expected)).toBeLessThanOrEqual(1e-14 * Math.abs(expected));
    }
  });

  it("is 0 at ½ and ∓∞ at 0 and 1", () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
  });

  it("inverts normalCdf across the whole range, the far tails included", () => {
    for (const p of [1e-300, 1e-100, 1e-15, 0.0001, 0.0242, 0.0243, 0.2, 0.45, 0.55, 0.8, 0.9757, 0.99999]) {
      const z = normalQuantile(p);
      const back = p < 0.5 ? normalCdf(z) : 1 - normalCdf(-z);
      const gap = p < 0.5 ? Math.abs(back - p) / p : Math.abs(back - p);
      // Φ's relative slope in the lower tail is about |z|, so one rounding of z (|z|·2.2e-16) moves Φ(z) by
      // a relative z²·2.2e-16: at p = 1e-300 (z = −37) that alone is 3e-13.
      expect(gap).toBeLessThanOrEqual(1e-14 + 1e-15 * z * z);
    }
  });
});
