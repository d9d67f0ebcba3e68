import { DEFAULT_SCHEME } from "../stages";
import { forecastAccuracy } from "./forecastAccuracy";
import { snapshotHistory } from "./history";
import { snapshotAt } from "./testing/snapshotFixtures";

describe("forecastAccuracy", () => {
  const PERIOD = { from: 100, to: 199, label: "P" };
  const history = snapshotHistory([
    // Day 50: a 100 at 谈判 (75 %) closing 150, b 200 at 意向 (20 %) closing 160, c 300 closing 300 (outside).
    //   expected = 100 × 0.75 + 200 × 0.2 = 115; commit (谈判 and beyond) = 100.
    //   Totals: 0 (0.25 × 0.8 = 0.2), 100 (0.75 × 0.8 = 0.6), 200 (0.25 × 0.2 = 0.05), 300 (0.75 × 0.2 = 0.15);
    //   cumulative 0.2, 0.8, 0.85, 1 → P10 = 0, P50 = 100, P90 = 300.
    snapshotAt(50, [
      { id: "a", stage: 5, amount: 100, close: 150 },
      { id: "b", stage: 2, amount: 200, close: 160 },
      { id: "c", stage: 1, amount: 300, close: 300 },
    ]),
    // Day 120: a won on 130 (100 won already), b still 意向: expected = 100 + 40 = 140;
    //   totals 100 (0.8), 300 (0.2) → P10 = 100, P50 = 100, P90 = 300.
    snapshotAt(120, [
      { id: "a", stage: 6, amount: 100, close: 130 },
      { id: "b", stage: 2, amount: 200, close: 160 },
      { id: "c", stage: 1, amount: 300, close: 300 },
    ]),
    // Day 210 (after the period): b lost. Actual won in the period = a's 100.
    snapshotAt(210, [
      { id: "a", stage: 6, amount: 100, close: 130 },
      { id: "b", stage: "lost", amount: 200, close: 160 },
      { id: "c", stage: 1, amount: 300, close: 300 },
    ]),
  ]);

  it("checks each earlier snapshot's forecast against what was won in the period", () => {
    const result = forecastAccuracy(history, DEFAULT_SCHEME, [PERIOD]);
    if (!result.ok) throw new Error(result.error.message.en);
    const [accuracy] = result.value;
    expect(accuracy.actual).toBe(100);
    expect(accuracy.actualAsOf).toBe(210);
    expect(
      accuracy.forecasts.map((f) => [f.asOf, f.expected, f.commit, f.p10, f.p50, f.p90, f.error, f.inRange]),
    ).toEqual([
      [50, 115, 100, 0, 100, 300, 15, true],
      [120, 140, 100, 100, 100, 300, 40, true],
    ]);
    // bias = (15 + 40) / 2 = 27.5; every actual inside P10–P90
    expect([accuracy.bias, accuracy.meanAbsoluteError, accuracy.hitRate]).toEqual([27.5, 27.5, 1]);
  });

  it("lists forecasts without errors while no snapshot has been taken since the period ended", () => {
    const result = forecastAccuracy(history, DEFAULT_SCHEME, [{ from: 250, to: 400, label: "later" }]);
    if (!result.ok) throw new Error();
    expect(result.value[0].actual).toBeNull();
    expect(result.value[0].forecasts).toHaveLength(3);
    expect(result.value[0].bias).toBeNull();
  });
});
