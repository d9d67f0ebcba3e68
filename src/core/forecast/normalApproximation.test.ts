import {
  MAX_EXACT_OUTCOMES,
  SIMULATION_TOLERANCE,
  exactDistribution,
  simulatedDistribution,
} from "./distribution";
import { normalQuantile } from "./normal";
import { BERRY_ESSEEN_CONSTANT, normalDistribution, normalFit } from "./normalApproximation";
import type { TotalDistribution, WinLoseEvents } from "./winLoseEvents";

const repeat = <T>(n: number, value: T): T[] => Array<T>(n).fill(value);

/** n deals of `amount` at `p`, then m of `other` at `r`: few distinct totals, so an exact distribution exists. */
function twoKinds(n: number, amount: number, p: number, m: number, other: number, r: number): WinLoseEvents {
  return {
    amounts: [...repeat(n, amount), ...repeat(m, other)],
    probabilities: [...repeat(n, p), ...repeat(m, r)],
  };
}

function normalOf(events: WinLoseEvents): TotalDistribution {
  const distribution = normalDistribution(events, SIMULATION_TOLERANCE);
  if (distribution === null) throw new Error("expected the normal approximation to apply");
  return distribution;
}

/** Pq, with the percentiles beyond (0, 1] read as the infinities (no bound on that side). */
function percentileOf(distribution: TotalDistribution, q: number): number {
  if (q <= 0) return Number.NEGATIVE_INFINITY;
  return q > 1 ? Number.POSITIVE_INFINITY : distribution.percentile(q);
}

/** The percentiles at which the approximation is checked: the report's and the tails. */
const QS = [0.02, 0.1, 0.25, 0.5, 0.75, 0.9, 0.98];

describe("bad inputs", () => {
  it("rejects the events the other methods reject", () => {
    expect(() => normalFit({ amounts: [1, 2], probabilities: [0.5] })).toThrow(RangeError);
    expect(() => normalFit({ amounts: [NaN], probabilities: [0.5] })).toThrow(/finite/);
    expect(() => normalDistribution({ amounts: [1], probabilities: [1.5] }, 0.1)).toThrow(/outside 0\.\.1/);
  });

  it("rejects a tolerance that is not a positive number", () => {
    for (const tolerance of [0, -0.01, NaN]) {
      expect(() => normalDistribution({ amounts: [1], probabilities: [0.5] }, tolerance)).toThrow(
        /tolerance/,
      );
    }
  });

  it("rejects a percentile outside (0, 1]", () => {
    const normal = normalOf({ amounts: repeat(4000, 10), probabilities: repeat(4000, 0.5) });
    expect(() => normal.percentile(0)).toThrow(RangeError);
    expect(() => normal.percentile(1.01)).toThrow(RangeError);
  });
});

describe("normalFit: mean, standard deviation and the Berry–Esseen bound", () => {
  it("gives one deal of 10 at 50 %: σ = 5, E|X − μ|³ = 125, bound C₀ · 125 / 125", () => {
    const fit = normalFit({ amounts: [10], probabilities: [0.5] });
    expect(fit).toEqual({ mean: 5, stdev: 5, bound: BERRY_ESSEEN_CONSTANT, lowest: 0, highest: 10 });
  });

  it("adds the third moments and variances of unequal deals, a credit included", () => {
    // −20 at 20 %: a²pq = 400 · 0.16 = 64, |a|³ pq (p² + q²) = 8000 · 0.16 · 0.68 = 870.4
    // 10 at 50 %: a²pq = 25, |a|³ pq (p² + q²) = 1000 · 0.25 · 0.5 = 125
    const fit = normalFit({ amounts: [-20, 10], probabilities: [0.2, 0.5] });
    expect(fit.mean).toBeCloseTo(-4 + 5, 12);
    expect(fit.stdev).toBeCloseTo(Math.sqrt(89), 12);
    expect(fit.bound).toBeCloseTo((0.56 * (870.4 + 125)) / 89 ** 1.5, 12);
    expect([fit.lowest, fit.highest]).toEqual([-20, 10]);
  });

  it("is 0.56 · (p² + q²) / √(n·p·q) for n equal deals", () => {
    for (const [n, p] of [
      [1000, 0.3],
      [5000, 0.05],
      [2, 0.5],
    ]) {
      const q = 1 - p;
      const fit = normalFit({ amounts: repeat(n, 250), probabilities: repeat(n, p) });
      expect(fit.bound).toBeCloseTo((0.56 * (p * p + q * q)) / Math.sqrt(n * p * q), 12);
      expect(fit.mean).toBeCloseTo(250 * n * p, 6);
      expect(fit.stdev).toBeCloseTo(250 * Math.sqrt(n * p * q), 6);
    }
  });

  it("counts certain deals in the mean and the range only, and leaves out impossible deals and zero amounts", () => {
    const base = normalFit({ amounts: [10, 30], probabilities: [0.5, 0.2] });
    const mixed = normalFit({ amounts: [10, 30, 500, 300, 0], probabilities: [0.5, 0.2, 1, 0, 0.5] });
    expect(mixed.mean).toBeCloseTo(base.mean + 500, 12);
    expect([mixed.stdev, mixed.bound]).toEqual([base.stdev, base.bound]);
    expect([mixed.lowest, mixed.highest]).toEqual([500, 540]);
  });

  it("has no finite bound for a certain total (σ = 0), so the approximation is not used", () => {
    const certain = { amounts: [100, 200], probabilities: [1, 0] };
    expect(normalFit(certain)).toMatchObject({ mean: 100, stdev: 0, bound: Number.POSITIVE_INFINITY });
    expect(normalDistribution(certain, 1)).toBeNull();
  });
});

describe("normalDistribution", () => {
  it("applies only where the bound is within the tolerance", () => {
    // 1394 equal deals at 50 %: bound 0.56 / √1394 = 0.014999; 1393: 0.015004
    expect(
      normalDistribution({ amounts: repeat(1394, 10), probabilities: repeat(1394, 0.5) }, 0.015)?.method,
    ).toBe("normal");
    expect(
      normalDistribution({ amounts: repeat(1393, 10), probabilities: repeat(1393, 0.5) }, 0.015),
    ).toBeNull();
  });

  it("gives Pq = μ + σ·Φ⁻¹(q) and P(total ≥ t) = 1 − Φ((t − μ)/σ)", () => {
    const events = twoKinds(3000, 10, 0.3, 2000, 25, 0.6);
    const { mean, stdev } = normalFit(events);
    const normal = normalOf(events);
    for (const q of QS) expect(normal.percentile(q)).toBeCloseTo(mean + stdev * normalQuantile(q), 8);
    expect(normal.probabilityAtLeast(mean)).toBeCloseTo(0.5, 9);
    expect(normal.probabilityAtLeast(mean + stdev)).toBeCloseTo(0.15865525393145705, 9);
    expect(normal.method).toBe("normal");
  });

  it("keeps every figure within the totals that can occur (1000 certain + 10 at 50 %: 1000 … 1010)", () => {
    // Bound 0.56 for one uncertain deal: only a tolerance of 1 lets the approximation apply.
    const normal = normalDistribution({ amounts: [10, 1000], probabilities: [0.5, 1] }, 1);
    if (normal === null) throw new Error("expected the normal approximation to apply");
    expect(normal.percentile(0.01)).toBe(1000); // 1005 + 5·Φ⁻¹(0.01) = 993.4
    expect(normal.percentile(0.99)).toBe(1010); // 1016.6
    expect(normal.percentile(1)).toBe(1010);
    expect(normal.percentile(0.5)).toBeCloseTo(1005, 12);
    expect(normal.probabilityAtLeast(1010)).toBeCloseTo(0.15865525393145705, 9);
    expect(normal.probabilityAtLeast(1010.01)).toBe(0);
    expect(normal.probabilityAtLeast(1000)).toBe(1);
  });

  it("is within its bound of the exact distribution: percentiles between exact P(q ∓ ε), probabilities ±ε", () => {
    for (const events of [
      { amounts: repeat(2000, 10), probabilities: repeat(2000, 0.5) },
      twoKinds(3000, 10, 0.3, 2000, 20, 0.6),
      twoKinds(8000, 10, 0.2, 1000, 20, 0.75),
    ]) {
      const { bound } = normalFit(events);
      expect(bound).toBeLessThanOrEqual(SIMULATION_TOLERANCE);
      const exact = exactDistribution(events, MAX_EXACT_OUTCOMES, 2 ** 30);
      if (exact === null) throw new Error("expected an exact distribution");
      const normal = normalOf(events);
      for (const q of QS) {
        expect(normal.percentile(q)).toBeGreaterThanOrEqual(percentileOf(exact, q - bound));
        expect(normal.percentile(q)).toBeLessThanOrEqual(percentileOf(exact, q + bound));
      }
      for (const q of QS) {
        const target = exact.percentile(q);
        expect(
          Math.abs(normal.probabilityAtLeast(target) - exact.probabilityAtLeast(target)),
        ).toBeLessThanOrEqual(bound);
      }
    }
  });

  it("agrees with a long simulation (200,000 runs) of deals of distinct amounts, within the bound", () => {
    // 1,600 deals of distinct amounts 100 … 116 at 45–55 %: no exact distribution, bound ≈ 0.0140.
    const n = 1600;
    const events = {
      amounts: Array.from({ length: n }, (_, i) => 100 + 0.01 * i + 0.0001 * (i % 7)),
      probabilities: Array.from({ length: n }, (_, i) => 0.45 + (0.1 * ((i * 37) % 101)) / 100),
    };
    const { bound } = normalFit(events);
    expect(bound).toBeLessThanOrEqual(SIMULATION_TOLERANCE);
    const runs = 200_000;
    const simulated = simulatedDistribution(events, 4242, runs);
    // The simulation's own error: by the DKW inequality, within 0.006 with probability 1 − 2·e^(−14.4) > 0.99999.
    const slack = bound + 0.006;
    const normal = normalOf(events);
    for (const q of QS) {
      expect(normal.percentile(q)).toBeGreaterThanOrEqual(percentileOf(simulated, q - slack));
      expect(normal.percentile(q)).toBeLessThanOrEqual(percentileOf(simulated, q + slack));
      const target = simulated.percentile(q);
      expect(
        Math.abs(normal.probabilityAtLeast(target) - simulated.probabilityAtLeast(target)),
      ).toBeLessThanOrEqual(slack);
    }
  });

  it("is deterministic: the same events give the same figures", () => {
    const events = twoKinds(3000, 10.5, 0.35, 2000, 33.3, 0.55);
    const [first, second] = [normalOf(events), normalOf(events)];
    for (const q of QS) expect(first.percentile(q)).toBe(second.percentile(q));
    expect(first.probabilityAtLeast(60_000)).toBe(second.probabilityAtLeast(60_000));
  });
});
