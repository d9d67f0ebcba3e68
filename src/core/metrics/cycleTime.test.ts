import { daysInStage, salesCycleDays, SalesCycleAverage } from "./cycleTime";
import { errorOf, valueOf } from "../kernel/testing/results";

describe("salesCycleDays", () => {
  it("rejects a date that is not a finite number", () => {
    expect(errorOf(salesCycleDays(Number.NaN, 45688)).code).toBe("VALUE");
    expect(errorOf(salesCycleDays(45658, Number.POSITIVE_INFINITY)).code).toBe("VALUE");
  });

  it("rejects a close date before the created date, saying by how many days", () => {
    const error = errorOf(salesCycleDays(45688, 45658));
    expect(error.code).toBe("VALUE");
    expect(error.message.en).toContain("30 days before");
    expect(error.message.zh).toContain("30 天");
  });

  it("counts whole days from created to close", () => {
    expect(valueOf(salesCycleDays(45658, 45688))).toBe(30);
  });

  it("ignores the time of day, as Excel's DAYS does", () => {
    expect(valueOf(salesCycleDays(45658.9, 45660.1))).toBe(2);
  });

  it("gives 0 for a deal created and closed on the same day", () => {
    expect(valueOf(salesCycleDays(45658.2, 45658.7))).toBe(0);
  });
});

describe("daysInStage", () => {
  it("rejects a stage-entered date after the as-of date", () => {
    const error = errorOf(daysInStage(45779, 45778));
    expect(error.code).toBe("VALUE");
    expect(error.message.en).toContain("1 day after the as-of date");
  });

  it("rejects a date that is not a finite number", () => {
    expect(errorOf(daysInStage(Number.NaN, 45778)).code).toBe("VALUE");
  });

  it("counts whole days from entering the stage to the as-of date", () => {
    expect(valueOf(daysInStage(45658, 45778))).toBe(120);
  });

  it("gives 0 on the day the deal entered the stage", () => {
    expect(valueOf(daysInStage(45778.75, 45778.1))).toBe(0);
  });
});

describe("SalesCycleAverage", () => {
  it("has no average before any deal is counted (DIV0)", () => {
    const cycle = new SalesCycleAverage();
    expect(errorOf(cycle.average).code).toBe("DIV0");
    expect(cycle.count).toBe(0);
  });

  it("leaves out a deal whose dates are wrong and returns its failure", () => {
    const cycle = new SalesCycleAverage();
    expect(errorOf(cycle.add(45688, 45658)).code).toBe("VALUE");
    expect(cycle.count).toBe(0);
  });

  it("averages the cycles of the deals counted", () => {
    const cycle = new SalesCycleAverage();
    expect(valueOf(cycle.add(45658, 45688))).toBe(30);
    cycle.add(45658, 45668);
    cycle.add(45700, 45700);
    expect(cycle.count).toBe(3);
    expect(valueOf(cycle.average)).toBeCloseTo(40 / 3, 12);
  });

  it("counts with addIfValid exactly the deals add counts, to the same average", () => {
    const deals: [number, number][] = [
      [45658, 45688],
      [45688, 45658],
      [Number.NaN, 45688],
      [45658, Number.POSITIVE_INFINITY],
      [59, 61],
      [45700, 45700.9],
    ];
    const [counted, checked] = [new SalesCycleAverage(), new SalesCycleAverage()];
    expect(deals.map(([from, to]) => counted.addIfValid(from, to))).toEqual(
      deals.map(([from, to]) => checked.add(from, to).ok),
    );
    expect(counted.count).toBe(3);
    expect(counted.average).toEqual(checked.average);
  });
});
