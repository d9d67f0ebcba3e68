import { exactDistribution, SIMULATION_TOLERANCE } from "./distribution";
import { latticeDistribution } from "./latticeDistribution";
import { normalFit } from "./normalApproximation";
import { LATTICE_CASES } from "./testing/latticeCases";

/** The exact distribution of a published case, with limits raised for the test. */
const exactOf = (events: Parameters<typeof exactDistribution>[0]) => {
  const exact = exactDistribution(events, 1 << 20, 1 << 26);
  if (exact === null) throw new Error("The case is too large for the exact method.");
  return exact;
};

describe("latticeDistribution", () => {
  it("rejects a tolerance that is not a positive number", () => {
    expect(() => latticeDistribution({ amounts: [1], probabilities: [0.5] }, 0)).toThrow(RangeError);
    expect(() => latticeDistribution({ amounts: [1], probabilities: [0.5] }, Number.NaN)).toThrow(RangeError);
  });

  it("rejects bad events as the other methods do", () => {
    expect(() => latticeDistribution({ amounts: [1], probabilities: [1.5] }, 0.015)).toThrow(RangeError);
    expect(() => latticeDistribution({ amounts: [Infinity], probabilities: [0.5] }, 0.015)).toThrow(
      RangeError,
    );
  });

  it("leaves a certain total to the exact method", () => {
    expect(latticeDistribution({ amounts: [100, 200], probabilities: [1, 0] }, 0.015)).toBeNull();
  });

  it("gives up rather than state a bound above the tolerance: one deal is two totals", () => {
    expect(latticeDistribution({ amounts: [100], probabilities: [0.5] }, 0.015)).toBeNull();
  });

  it("gives up when the work it would take is beyond the limit", () => {
    const { events } = LATTICE_CASES[0];
    expect(latticeDistribution(events, 0.015, 1000)).toBeNull();
    expect(latticeDistribution(events, 0.015)).not.toBeNull();
  });

  it("keeps percentiles within the totals that can occur and certain amounts added", () => {
    const amounts = [...Array.from({ length: 300 }, (_, i) => 10 + (i % 7)), 500];
    const probabilities = [...Array(300).fill(0.3), 1];
    const grid = latticeDistribution({ amounts, probabilities }, 0.015);
    expect(grid?.method).toBe("lattice");
    const highest = 500 + amounts.slice(0, 300).reduce((sum, a) => sum + a, 0);
    expect(grid?.percentile(1)).toBeLessThanOrEqual(highest);
    expect(grid?.percentile(0.001)).toBeGreaterThanOrEqual(500);
    expect(grid?.probabilityAtLeast(500)).toBe(1);
    expect(grid?.probabilityAtLeast(highest + 1)).toBe(0);
  });
});

describe("the amount grid against the exact distribution, on the published cases", () => {
  it.each(LATTICE_CASES)(
    "$name: needs the grid, and every figure is within the proven bound",
    ({ events }) => {
      // The normal approximation's bound is too loose for the case: the grid is what the forecast would use.
      expect(normalFit(events).bound).toBeGreaterThan(SIMULATION_TOLERANCE);
      const grid = latticeDistribution(events, SIMULATION_TOLERANCE);
      if (grid === null) throw new Error("The grid gave no distribution for a published case.");
      expect(grid.bound).toBeLessThanOrEqual(SIMULATION_TOLERANCE);
      const exact = exactOf(events);
      // P(total ≥ t) within the bound, at 400 targets across the range of the total.
      const [low, high] = [exact.percentile(1e-9), exact.percentile(1)];
      let worst = 0;
      for (let k = 0; k <= 400; k++) {
        const target = low + ((high - low) * k) / 400;
        worst = Math.max(worst, Math.abs(grid.probabilityAtLeast(target) - exact.probabilityAtLeast(target)));
      }
      expect(worst).toBeLessThanOrEqual(grid.bound);
      // Pq between the exact P(q − ε) and P(q + ε).
      for (const q of [0.1, 0.5, 0.9]) {
        const pq = grid.percentile(q);
        expect(pq).toBeGreaterThanOrEqual(exact.percentile(Math.max(1e-9, q - grid.bound)));
        expect(pq).toBeLessThanOrEqual(exact.percentile(Math.min(1, q + grid.bound)));
      }
    },
  );
});
