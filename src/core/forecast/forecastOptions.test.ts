import { DEFAULT_SCHEME } from "../stages";
import { errorOf, valueOf } from "../kernel/testing/results";
import { checkPeriod, resolveForecastOptions } from "./forecastOptions";

describe("checkPeriod", () => {
  it("rejects a missing bound and a start after the end", () => {
    expect(errorOf(checkPeriod({ from: NaN, to: 45900 })).message.en).toContain("start and an end");
    const swapped = errorOf(checkPeriod({ from: 45900, to: 45800 }));
    expect(swapped).toMatchObject({ code: "VALUE" });
    expect(swapped.message.zh).toContain("交换");
  });

  it("accepts a one-day period", () => {
    expect(valueOf(checkPeriod({ from: 45900, to: 45900 }))).toEqual({ from: 45900, to: 45900 });
  });
});

describe("resolveForecastOptions", () => {
  it("rejects category stages outside the scheme and best case after commit", () => {
    expect(errorOf(resolveForecastOptions(DEFAULT_SCHEME, { commitIndex: 7 })).message.en).toContain(
      "1–7, not 8",
    );
    expect(errorOf(resolveForecastOptions(DEFAULT_SCHEME, { bestCaseIndex: -1 })).message.en).toContain(
      "best-case",
    );
    expect(errorOf(resolveForecastOptions(DEFAULT_SCHEME, { commitIndex: 2.5 })).code).toBe("VALUE");
    expect(
      errorOf(resolveForecastOptions(DEFAULT_SCHEME, { commitIndex: 3, bestCaseIndex: 4 })).message.en,
    ).toContain("at or before commit");
  });

  it("rejects probabilities that are not one per stage or lie outside 0..1", () => {
    expect(errorOf(resolveForecastOptions(DEFAULT_SCHEME, { probabilities: [0.5] })).message.en).toContain(
      "7 stages, 1 probability",
    );
    const tooHigh = [0.1, 0.2, 0.3, 1.2, 0.5, 0.6, 1];
    const error = errorOf(resolveForecastOptions(DEFAULT_SCHEME, { probabilities: tooHigh }));
    expect(error.message.en).toContain("stage 4 (1.2) is outside 0..1");
    expect(error.message.zh).toContain("第 4 阶段");
    expect(
      errorOf(resolveForecastOptions(DEFAULT_SCHEME, { probabilities: [0, 0, 0, NaN, 0, 0, 1] })).code,
    ).toBe("VALUE");
  });

  it("rejects a target that is not a number, a fractional seed and runs out of range", () => {
    expect(errorOf(resolveForecastOptions(DEFAULT_SCHEME, { target: NaN })).message.en).toContain("target");
    expect(errorOf(resolveForecastOptions(DEFAULT_SCHEME, { seed: 0.5 })).message.en).toContain("seed");
    expect(errorOf(resolveForecastOptions(DEFAULT_SCHEME, { simulations: 0 })).message.en).toContain("runs");
    expect(errorOf(resolveForecastOptions(DEFAULT_SCHEME, { simulations: 2_000_000 })).code).toBe("VALUE");
  });

  it("fills in the defaults: 谈判 commit, 认可 best case, the scheme's ladder, seed and 20,000 runs", () => {
    expect(valueOf(resolveForecastOptions(DEFAULT_SCHEME))).toEqual({
      commitIndex: 5,
      bestCaseIndex: 4,
      probabilities: [0.05, 0.1, 0.2, 0.35, 0.55, 0.75, 1],
      target: null,
      seed: 20110301,
      simulations: 20_000,
    });
  });

  it("starts best case at the stage before a given commit stage unless it is given too", () => {
    expect(valueOf(resolveForecastOptions(DEFAULT_SCHEME, { commitIndex: 4 }))).toMatchObject({
      commitIndex: 4,
      bestCaseIndex: 3,
    });
    expect(valueOf(resolveForecastOptions(DEFAULT_SCHEME, { commitIndex: 0 })).bestCaseIndex).toBe(0);
    expect(valueOf(resolveForecastOptions(DEFAULT_SCHEME, { bestCaseIndex: 2 }))).toMatchObject({
      commitIndex: 5,
      bestCaseIndex: 2,
    });
  });
});
