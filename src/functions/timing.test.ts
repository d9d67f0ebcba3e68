import { DEFAULT_SCHEME } from "../core/stages";
import { readList } from "./args";
import { column } from "./testing/cells";
import { failureOf } from "./testing/failure";
import { readSalesCycles, readVelocityTally } from "./timing";

/** The sales cycles of the columns, as the runner hands them over. */
const salesCycles = (created: unknown[][], closed: unknown[][], stages?: unknown[][]) =>
  readSalesCycles(
    readList(created, "created"),
    readList(closed, "closed"),
    stages ? readList(stages, "stages") : undefined,
    DEFAULT_SCHEME,
  );

describe("bad arguments", () => {
  it("rejects a close date before its created date, naming the close-date cell", () => {
    const failure = failureOf(() => salesCycles(column(45600, 45700), column(45610, 45690)));
    expect(failure.message.en).toMatch(/^“closed” row 2: /);
  });

  it("rejects a date that is not a date in a won row, naming the cell", () => {
    expect(
      failureOf(() => salesCycles(column(45600, "soon"), column(45610, 45700), column("成交", "成交")))
        .message.en,
    ).toContain("“created” row 2");
  });
});

describe("readSalesCycles", () => {
  it("averages nothing (DIV0) when no row has both dates", () => {
    const average = salesCycles(column(null), column(null)).average;
    expect(average.ok ? null : average.error.code).toBe("DIV0");
  });

  it("counts only won rows when stages are given, without reading the others' dates", () => {
    const cycles = salesCycles(column(45600, "not read"), column(45610, 45700), column("成交", "丢单"));
    expect(cycles.average).toEqual({ ok: true, value: 10 });
  });
});

describe("readVelocityTally", () => {
  it("counts open, won and lost deals into the velocity", () => {
    // 1 open × (1 won / 2 closed) × 500 ÷ 60 days
    const tally = readVelocityTally(
      readList(column(100, 500, 300), "amounts"),
      readList(column("意向", "成交", "丢单"), "stages"),
      readList(column(45700, 45600, 45650), "created"),
      readList(column(null, 45660, 45700), "closed"),
      DEFAULT_SCHEME,
    );
    const velocity = tally.velocity();
    expect(velocity.ok && velocity.value).toBeCloseTo(500 / 120, 12);
  });
});
