import {
  DEFAULT_SIMULATIONS,
  SIMULATION_TOLERANCE,
  exactDistribution,
  simulatedDistribution,
  totalDistribution,
  type TotalDistribution,
  type WinLoseEvents,
} from "./distribution";
import { mulberry32 } from "../kernel";
import { normalCdf } from "./normal";
import { normalFit } from "./normalApproximation";

const Z90 = 1.2815515655446004;

function exact(events: WinLoseEvents): TotalDistribution {
  const distribution = exactDistribution(events);
  if (distribution === null) throw new Error("expected an exact distribution");
  return distribution;
}

/** Checks a simulated distribution against the exact one within the stated tolerance (see distribution.ts). */
function expectWithinTolerance(
  simulated: TotalDistribution,
  truth: TotalDistribution,
  targets: number[],
): void {
  for (const q of [0.1, 0.5, 0.9]) {
    expect(simulated.percentile(q)).toBeGreaterThanOrEqual(truth.percentile(q - SIMULATION_TOLERANCE));
    expect(simulated.percentile(q)).toBeLessThanOrEqual(truth.percentile(q + SIMULATION_TOLERANCE));
  }
  for (const target of targets) {
    expect(
      Math.abs(simulated.probabilityAtLeast(target) - truth.probabilityAtLeast(target)),
    ).toBeLessThanOrEqual(SIMULATION_TOLERANCE);
  }
}

describe("bad inputs", () => {
  it("rejects columns of different lengths", () => {
    expect(() => exactDistribution({ amounts: [1, 2], probabilities: [0.5] })).toThrow(RangeError);
    expect(() => simulatedDistribution({ amounts: [1], probabilities: [] })).toThrow(RangeError);
  });

  it("rejects a probability outside 0..1 or not a number", () => {
    for (const p of [1.2, -0.1, NaN]) {
      expect(() => exactDistribution({ amounts: [100], probabilities: [p] })).toThrow(/outside 0\.\.1/);
      expect(() => simulatedDistribution({ amounts: [100], probabilities: [p] })).toThrow(/outside 0\.\.1/);
    }
  });

  it("rejects an amount that is not a finite number", () => {
    expect(() => exactDistribution({ amounts: [Infinity], probabilities: [0.5] })).toThrow(/finite/);
    expect(() => exactDistribution({ amounts: [NaN], probabilities: [0.5] })).toThrow(/finite/);
  });

  it("rejects a seed that is not an integer and runs below one", () => {
    const events = { amounts: [100], probabilities: [0.5] };
    expect(() => simulatedDistribution(events, 1.5)).toThrow(/seed/);
    expect(() => simulatedDistribution(events, 1, 0)).toThrow(/Runs/);
  });

  it("rejects a percentile outside (0, 1]", () => {
    const distribution = exact({ amounts: [100], probabilities: [0.5] });
    expect(() => distribution.percentile(0)).toThrow(RangeError);
    expect(() => distribution.percentile(1.5)).toThrow(RangeError);
    expect(() => simulatedDistribution({ amounts: [100], probabilities: [0.5] }).percentile(0)).toThrow(
      RangeError,
    );
  });
});

describe("exactDistribution", () => {
  it("gives one deal's two outcomes: 100 at 30 % is 0 up to P70, then 100", () => {
    const one = exact({ amounts: [100], probabilities: [0.3] });
    expect([one.percentile(0.1), one.percentile(0.5), one.percentile(0.7), one.percentile(0.9)]).toEqual([
      0, 0, 0, 100,
    ]);
    expect(one.probabilityAtLeast(100)).toBeCloseTo(0.3, 12);
    expect(one.probabilityAtLeast(50)).toBeCloseTo(0.3, 12);
    expect(one.probabilityAtLeast(0)).toBe(1);
    expect(one.probabilityAtLeast(100.01)).toBe(0);
    expect(one.outcomes).toBe(2);
  });

  it("takes Pq as the smallest total whose cumulative probability reaches q", () => {
    const even = exact({ amounts: [100], probabilities: [0.5] });
    expect(even.percentile(0.5)).toBe(0);
    expect(even.percentile(0.5000001)).toBe(100);
  });

  it("matches the eight outcomes of three deals enumerated by hand", () => {
    // 100 at 50 %, 200 at 20 %, 300 at 90 %:
    //   none 0.5·0.8·0.1 = 0.04 → 0      | 100 only 0.04 → 100 | 200 only 0.01 → 200 | 100+200 0.01 → 300
    //   300 only 0.5·0.8·0.9 = 0.36 → 300 | 100+300 0.36 → 400  | 200+300 0.09 → 500  | all 0.09 → 600
    // P(≤ t): 0 .04, 100 .08, 200 .09, 300 .46, 400 .82, 500 .91, 600 1
    const three = exact({ amounts: [100, 200, 300], probabilities: [0.5, 0.2, 0.9] });
    expect(three.outcomes).toBe(7); // 300 is reached two ways
    expect([three.percentile(0.1), three.percentile(0.5), three.percentile(0.9)]).toEqual([300, 400, 500]);
    expect(three.percentile(0.08)).toBe(100);
    expect(three.probabilityAtLeast(400)).toBeCloseTo(0.54, 12);
    expect(three.probabilityAtLeast(300)).toBeCloseTo(0.91, 12);
    expect(three.probabilityAtLeast(601)).toBe(0);
  });

  it("counts a certain deal in every outcome and leaves out impossible ones and zero amounts", () => {
    const mixed = exact({ amounts: [1000, 500, 100, 0], probabilities: [1, 0, 0.5, 0.4] });
    expect(mixed.outcomes).toBe(2);
    expect([mixed.percentile(0.1), mixed.percentile(0.9)]).toEqual([1000, 1100]);
    expect(exact({ amounts: [], probabilities: [] }).percentile(0.5)).toBe(0);
  });

  it("handles negative amounts (a credit lowers the total when it is won)", () => {
    const credit = exact({ amounts: [-100, 300], probabilities: [0.5, 0.5] });
    // −100, 0, 200, 300 each 0.25
    expect([credit.percentile(0.25), credit.percentile(0.5), credit.percentile(0.75)]).toEqual([
      -100, 0, 200,
    ]);
    expect(credit.probabilityAtLeast(0)).toBeCloseTo(0.75, 12);
  });

  it("merges totals that differ by rounding only", () => {
    const sums = exact({ amounts: [0.1, 0.2, 0.3], probabilities: [0.5, 0.5, 0.5] });
    // 0.1 + 0.2 and 0.3 are one total
    expect(sums.outcomes).toBe(7);
    expect(sums.probabilityAtLeast(0.3)).toBeCloseTo(0.625, 12);
  });

  it("gives up (null) when the distinct totals or the work exceed the limits, not when equal amounts keep totals few", () => {
    const distinct = { amounts: [1, 2, 4], probabilities: [0.5, 0.5, 0.5] };
    expect(exactDistribution(distinct, 7)).toBeNull();
    expect(exactDistribution(distinct, 8)?.outcomes).toBe(8);
    const equal = { amounts: Array(1000).fill(10), probabilities: Array(1000).fill(0.3) };
    expect(exactDistribution(equal, 1001)?.outcomes).toBe(1001);
    expect(exactDistribution(equal, 1001, 100_000)).toBeNull(); // Σ 2·size = 1,001,000 totals merged
  });

  it("never gives up on deals whose totals stay within the limit: small amounts, near-equal ones, credits", () => {
    const random = mulberry32(5);
    for (let trial = 0; trial < 60; trial++) {
      const n = 2 + Math.floor(random() * 11);
      const amounts = Array.from({ length: n }, () => {
        const kind = random();
        if (kind < 0.2) return 1000 + random() * 1e-10; // equal to 1000 up to rounding
        if (kind < 0.4) return Math.round(random() * 5) * 100; // few distinct amounts
        return ((random() < 0.2 ? -1 : 1) * Math.round(random() * 1e6)) / 100;
      });
      const probabilities = amounts.map(() => 0.05 + 0.9 * random());
      const full = exact({ amounts, probabilities });
      // With the limit set to exactly the totals it has, the exact method must still answer.
      expect(exactDistribution({ amounts, probabilities }, full.outcomes)?.outcomes).toBe(full.outcomes);
    }
  });

  it("agrees with the normal approximation for many small equal deals (binomial)", () => {
    // 400 deals of 10 at 30 %: mean 1200, sd 10·√(400·0.3·0.7) = 91.65. The binomial's quantile lies
    // within one deal (10) of the normal one; P(total ≥ t) within 0.01 of the normal with continuity correction.
    const n = 400;
    const many = exact({ amounts: Array(n).fill(10), probabilities: Array(n).fill(0.3) });
    const [mean, sd] = [1200, 10 * Math.sqrt(n * 0.3 * 0.7)];
    expect(Math.abs(many.percentile(0.1) - (mean - Z90 * sd))).toBeLessThanOrEqual(10);
    expect(Math.abs(many.percentile(0.5) - mean)).toBeLessThanOrEqual(10);
    expect(Math.abs(many.percentile(0.9) - (mean + Z90 * sd))).toBeLessThanOrEqual(10);
    for (const target of [1100, 1200, 1300]) {
      const normal = 1 - normalCdf((target - 5 - mean) / sd);
      expect(Math.abs(many.probabilityAtLeast(target) - normal)).toBeLessThanOrEqual(0.01);
    }
  });
});

describe("simulatedDistribution", () => {
  const events: WinLoseEvents = {
    // distinct amounts whose subset sums are all different: 2^15 = 32768 totals
    amounts: Array.from({ length: 15 }, (_, i) => Math.round(100 * 1.37 ** i * 100) / 100),
    probabilities: [0.1, 0.2, 0.35, 0.55, 0.75, 0.05, 0.9, 0.35, 0.2, 0.55, 0.1, 0.75, 0.5, 0.3, 0.6],
  };

  it("is reproducible: the same seed and runs give the same totals", () => {
    const [first, second] = [simulatedDistribution(events, 7), simulatedDistribution(events, 7)];
    for (const q of [0.1, 0.25, 0.5, 0.75, 0.9]) expect(first.percentile(q)).toBe(second.percentile(q));
    expect(first.probabilityAtLeast(5000)).toBe(second.probabilityAtLeast(5000));
    expect(first.outcomes).toBe(DEFAULT_SIMULATIONS);
    expect(first.method).toBe("simulation");
  });

  it("draws exactly the totals of the plain simulation: event e adds its amount when mulberry32 draws below p", () => {
    // Probabilities that sit right on and beside a 32-bit step, negative and fractional amounts, a certain deal.
    const edge = 2 ** -32;
    const mixed: WinLoseEvents = {
      amounts: [...Array.from(events.amounts), -250.5, 1e9, 0.01, 42],
      probabilities: [...Array.from(events.probabilities), 0.5 + edge, 0.5 - edge, 3 * edge, 1],
    };
    const runs = 5000;
    const random = mulberry32(99);
    const plain: number[] = [];
    for (let r = 0; r < runs; r++) {
      let total = 42;
      for (let e = 0; e < mixed.amounts.length - 1; e++) {
        if (random() < mixed.probabilities[e]) total += mixed.amounts[e];
      }
      plain.push(total);
    }
    plain.sort((a, b) => a - b);
    const simulated = simulatedDistribution(mixed, 99, runs);
    for (let k = 1; k <= runs; k++) expect(simulated.percentile(k / runs)).toBe(plain[k - 1]);
  });

  it("draws other totals with another seed", () => {
    const [a, b] = [simulatedDistribution(events, 1), simulatedDistribution(events, 2)];
    expect(a.probabilityAtLeast(5000)).not.toBe(b.probabilityAtLeast(5000));
  });

  it("stays within the stated tolerance of the exact answer (15 distinct deals: 2^15 outcomes)", () => {
    const truth = exact(events);
    expect(truth.outcomes).toBe(2 ** 15);
    expectWithinTolerance(simulatedDistribution(events), truth, [2000, 5000, 10000, 20000]);
    expectWithinTolerance(simulatedDistribution(events, 12345), truth, [2000, 5000, 10000, 20000]);
  });

  it("stays within the stated tolerance of the exact binomial", () => {
    const binomial = { amounts: Array(200).fill(10), probabilities: Array(200).fill(0.4) };
    expectWithinTolerance(simulatedDistribution(binomial), exact(binomial), [700, 800, 900]);
  });

  it("takes the ⌈qN⌉-th smallest total as Pq", () => {
    // 4 runs of one deal at 50 %: the sorted totals are some 0s then some 100s
    const four = simulatedDistribution({ amounts: [100], probabilities: [0.5] }, 3, 4);
    const zeros = Math.round((1 - four.probabilityAtLeast(100)) * 4);
    expect(four.percentile(zeros / 4)).toBe(zeros === 0 ? 100 : 0);
    if (zeros < 4) expect(four.percentile((zeros + 1) / 4)).toBe(100);
  });
});

describe("totalDistribution", () => {
  it("is exact while the distinct totals stay within the limit", () => {
    expect(totalDistribution(events15()).method).toBe("exact");
    // 2,000 equal deals: a bound of 0.0125 would allow the normal, but the exact distribution comes first.
    expect(
      totalDistribution({ amounts: Array(2000).fill(10), probabilities: Array(2000).fill(0.5) }).method,
    ).toBe("exact");
  });

  it("is exact for a certain total (σ = 0)", () => {
    const certain = totalDistribution({ amounts: [100, 200, 300], probabilities: [1, 1, 0] });
    expect(certain.method).toBe("exact");
    expect([certain.percentile(0.1), certain.percentile(1), certain.probabilityAtLeast(300)]).toEqual([
      300, 300, 1,
    ]);
  });

  it("uses the normal approximation for many deals of comparable, distinct amounts (bound ≤ the tolerance)", () => {
    const events = manyDeals(4000);
    const { mean, stdev, bound } = normalFit(events);
    expect(bound).toBeLessThanOrEqual(SIMULATION_TOLERANCE);
    const distribution = totalDistribution(events);
    expect(distribution.method).toBe("normal");
    expect(distribution.percentile(0.9)).toBeCloseTo(mean + Z90 * stdev, 6);
    expect(distribution.probabilityAtLeast(mean)).toBeCloseTo(0.5, 9);
    // Not the seeded simulation: another seed changes nothing.
    expect(totalDistribution(events, 1).percentile(0.1)).toBe(distribution.percentile(0.1));
  });

  it("simulates when a few dominant deals among many push the bound beyond the tolerance", () => {
    const many = manyDeals(4000);
    const events = {
      amounts: [...many.amounts, 2_000_000, 3_000_000, 5_000_000],
      probabilities: [...many.probabilities, 0.5, 0.3, 0.2],
    };
    expect(normalFit(events).bound).toBeGreaterThan(SIMULATION_TOLERANCE);
    expect(totalDistribution(events).method).toBe("simulation");
  });

  it("computes on the amount grid when there are too many distinct totals and the normal's bound is too loose", () => {
    // 200 deals of distinct amounts 100 + 0.37·i at 50 %: far beyond 2^20 totals, a Berry–Esseen bound of 0.04.
    const amounts = Array.from({ length: 200 }, (_, i) => 100 + 0.37 * i);
    const probabilities = Array(200).fill(0.5);
    expect(normalFit({ amounts, probabilities }).bound).toBeGreaterThan(SIMULATION_TOLERANCE);
    const distribution = totalDistribution({ amounts, probabilities });
    expect(distribution.method).toBe("lattice");
    const mean = amounts.reduce((sum, a) => sum + a * 0.5, 0);
    const sd = Math.sqrt(amounts.reduce((sum, a) => sum + a * a * 0.25, 0));
    // Tolerance: the stated 0.015 in probability is ≤ 0.04 sd near the median, 0.09 sd at P10/P90.
    expect(Math.abs(distribution.percentile(0.5) - mean)).toBeLessThanOrEqual(0.1 * sd);
    expect(Math.abs(distribution.percentile(0.1) - (mean - Z90 * sd))).toBeLessThanOrEqual(0.15 * sd);
    expect(Math.abs(distribution.percentile(0.9) - (mean + Z90 * sd))).toBeLessThanOrEqual(0.15 * sd);
    expect(Math.abs(distribution.probabilityAtLeast(mean + sd) - (1 - normalCdf(1)))).toBeLessThanOrEqual(
      0.02,
    );
    // Not the seeded simulation: another seed changes nothing.
    expect(totalDistribution({ amounts, probabilities }, 1).percentile(0.9)).toBe(
      distribution.percentile(0.9),
    );
  });

  it("simulates a lumpy total that neither the grid's bound nor the exact limit allows", () => {
    // 25 deals of amounts 3^i at 10 %: 2^25 distinct totals, and "all lost" alone has probability 0.07.
    const amounts = Array.from({ length: 25 }, (_, i) => 3 ** i);
    const probabilities = Array(25).fill(0.1);
    const distribution = totalDistribution({ amounts, probabilities });
    expect(distribution.method).toBe("simulation");
    expect(distribution.percentile(0.05)).toBe(0);
  });
});

/** n deals of distinct amounts 1,000 … 1,400 at 20–75 %: far beyond 2^20 totals. */
function manyDeals(n: number): { amounts: number[]; probabilities: number[] } {
  const stages = [0.2, 0.35, 0.55, 0.75];
  return {
    amounts: Array.from({ length: n }, (_, i) => 1000 + (400 * i) / n + 0.01 * (i % 3)),
    probabilities: Array.from({ length: n }, (_, i) => stages[i % stages.length]),
  };
}

function events15(): WinLoseEvents {
  return {
    amounts: Array.from({ length: 15 }, (_, i) => 100 * (i + 1) + i * i),
    probabilities: Array.from({ length: 15 }, (_, i) => 0.05 + 0.06 * i),
  };
}
