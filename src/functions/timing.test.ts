import { DEFAULT_SCHEME } from "../core/stages";
import { listArg } from "./args";
import { column } from "./testing/cells";
import { failureOf } from "./testing/failure";
import { averageCycleTime, dateArg, dateAt, daysInStageOf, pipelineVelocityOf } from "./timing";

describe("dateAt", () => {
  it("rejects text that is not a date, naming the cell", () => {
    const error = failureOf(() => dateAt(listArg(column(45658, "next Tuesday"), "created"), 1));
    expect(error.code).toBe("VALUE");
    expect(error.message.en).toContain("“created” row 2");
    expect(error.message.zh).toContain("参数“created”第 2 行");
  });

  it("rejects a serial outside Excel's dates", () => {
    expect(failureOf(() => dateAt(listArg(column(-3), "closed"), 0)).code).toBe("VALUE");
  });

  it("reads blank as null", () => {
    expect(dateAt(listArg(column(null, " "), "created"), 1)).toBeNull();
  });

  it("reads a serial as whole days, and text dates in the usual forms", () => {
    const dates = listArg(column(45658.75, "2025-01-01", "2025/1/1", "2025年1月1日"), "created");
    expect([0, 1, 2, 3].map((i) => dateAt(dates, i))).toEqual([45658, 45658, 45658, 45658]);
  });
});

describe("dateArg", () => {
  it("rejects a range of several cells", () => {
    expect(failureOf(() => dateArg(column(1, 2), "asOf")).message.en).toContain("single value");
  });

  it("reads an omitted or blank argument as null, and a 1×1 range as its value", () => {
    expect(dateArg(undefined, "asOf")).toBeNull();
    expect(dateArg([[""]], "asOf")).toBeNull();
    expect(dateArg([[45838]], "asOf")).toBe(45838);
  });
});

describe("averageCycleTime", () => {
  it("fails with DIV0 when nothing can be averaged", () => {
    const result = averageCycleTime(column(null), column(null), null, DEFAULT_SCHEME);
    expect(result.ok ? null : result.error.code).toBe("DIV0");
  });

  it("counts only won rows when stages are given", () => {
    const result = averageCycleTime(
      column(45600, 45600),
      column(45610, 45700),
      column("成交", "丢单"),
      DEFAULT_SCHEME,
    );
    expect(result).toEqual({ ok: true, value: 10 });
  });
});

describe("pipelineVelocityOf", () => {
  it("counts open, won and lost deals into the velocity", () => {
    // 1 open × (1 won / 2 closed) × 500 ÷ 60 days
    const result = pipelineVelocityOf(
      column(100, 500, 300),
      column("意向", "成交", "丢单"),
      column(45700, 45600, 45650),
      column(null, 45660, 45700),
      DEFAULT_SCHEME,
    );
    expect(result.ok && result.value).toBeCloseTo(500 / 120, 12);
  });
});

describe("daysInStageOf", () => {
  it("rejects a blank as-of date", () => {
    expect(failureOf(() => daysInStageOf(45700, null)).message.en).toContain("TODAY()");
  });

  it("is null for a blank stage-entered date", () => {
    expect(daysInStageOf(null, 45838)).toBeNull();
  });

  it("counts the days to the as-of date", () => {
    expect(daysInStageOf(45700, 45838)).toBe(138);
  });
});
