import { DEFAULT_SCHEME } from "../stages";
import { errorOf, valueOf } from "../kernel/testing/results";
import { bottleneckOf, checkHealthOptions, pipelineHealth, weightedByCloseMonth } from "./pipelineHealth";
import { stageHealth } from "./stageHealth";
import { AS_OF, at, deal, readOf, STAGE, tenDeals } from "../pipeline/testing/dealFixtures";

describe("checkHealthOptions", () => {
  it("rejects an as-of date that is not a date", () => {
    expect(errorOf(checkHealthOptions({ asOf: Number.NaN })).code).toBe("VALUE");
    expect(errorOf(checkHealthOptions({ asOf: -1 })).code).toBe("VALUE");
  });

  it("rejects a stuck factor of 0 or less, or not a number", () => {
    for (const stuckFactor of [0, -2, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = errorOf(checkHealthOptions({ asOf: AS_OF, stuckFactor }));
      expect(error.message.en).toContain("stuck factor");
      expect(error.message.zh).toContain("停滞倍数");
    }
  });

  it("fills in the default stuck factor of 2", () => {
    expect(valueOf(checkHealthOptions({ asOf: AS_OF }))).toEqual({
      asOf: AS_OF,
      stuckFactor: 2,
    });
    expect(valueOf(checkHealthOptions({ asOf: AS_OF, stuckFactor: 3 }))).toEqual({
      asOf: AS_OF,
      stuckFactor: 3,
    });
  });
});

describe("bottleneckOf", () => {
  it("has no bottleneck without deals", () => {
    expect(bottleneckOf(stageHealth([], DEFAULT_SCHEME, { asOf: AS_OF }))).toEqual({
      conversion: null,
      time: null,
    });
  });

  it("picks the lowest next-step conversion and the longest median days in stage", () => {
    // 意向: two deals, 38 and 8 days; 谈判: one deal, 20 days. Nobody reached 立项: 意向 converts at 0.
    const deals = [
      deal(0, at(STAGE.intent), { stageEntered: 45800 }),
      deal(1, at(STAGE.intent), { stageEntered: 45830 }),
      deal(2, at(STAGE.negotiation), { stageEntered: 45818 }),
    ];
    const stages = stageHealth(deals, DEFAULT_SCHEME, { asOf: AS_OF });
    expect(stages.map((stage) => stage.nextStepConversion)).toEqual([1, 1, 1 / 3, 1, 1, 0, null]);
    expect(bottleneckOf(stages)).toEqual({
      conversion: STAGE.negotiation,
      time: STAGE.intent,
    });
  });

  it("ignores stages no deal reached", () => {
    // one deal at 潜在: 目标 converts at 1, 潜在 at 0; later stages reached by none have no conversion
    const stages = stageHealth([deal(0, at(STAGE.prospect))], DEFAULT_SCHEME, {
      asOf: AS_OF,
    });
    expect(bottleneckOf(stages).conversion).toBe(STAGE.prospect);
  });

  it("prefers the earlier of two stages with the same lowest conversion or longest median", () => {
    // reached: 目标 4, 潜在 2, then 1 (the won deal): 目标 and 潜在 both convert at 0.5
    const lostAndWon = [
      deal(0, at("lost"), { lostAtIndex: STAGE.target }),
      deal(1, at("lost"), { lostAtIndex: STAGE.target }),
      deal(2, at("lost"), { lostAtIndex: STAGE.prospect }),
      deal(3, at(STAGE.won)),
    ];
    const conversion = stageHealth(lostAndWon, DEFAULT_SCHEME, { asOf: AS_OF });
    expect(conversion.slice(0, 3).map((stage) => stage.nextStepConversion)).toEqual([0.5, 0.5, 1]);
    expect(bottleneckOf(conversion).conversion).toBe(STAGE.target);
    // 38 days at 意向 and at 立项
    const sameDays = [
      deal(0, at(STAGE.intent), { stageEntered: 45800 }),
      deal(1, at(STAGE.project), { stageEntered: 45800 }),
    ];
    expect(bottleneckOf(stageHealth(sameDays, DEFAULT_SCHEME, { asOf: AS_OF })).time).toBe(STAGE.intent);
  });
});

describe("weightedByCloseMonth", () => {
  it("groups the open deals with an amount and a close date by month, in order", () => {
    expect(weightedByCloseMonth(tenDeals(), DEFAULT_SCHEME)).toEqual([
      { month: "2025-05", open: 1000, weighted: 750 },
      { month: "2025-07", open: 200, weighted: 40 },
      { month: "2025-08", open: 150, weighted: 22.5 }, // 100 × 20% + 50 × 5%
    ]);
  });

  it("gives no month for no open deal", () => {
    expect(
      weightedByCloseMonth([deal(0, at(STAGE.won), { amount: 5, closeDate: 45800 })], DEFAULT_SCHEME),
    ).toEqual([]);
  });
});

describe("pipelineHealth", () => {
  it("throws on options that are not valid (the task pane checks them first)", () => {
    expect(() =>
      pipelineHealth(readOf([]), DEFAULT_SCHEME, {
        asOf: AS_OF,
        stuckFactor: 0,
      }),
    ).toThrow(RangeError);
  });

  it("computes an empty pipeline without failing", () => {
    const health = pipelineHealth(readOf([]), DEFAULT_SCHEME, { asOf: AS_OF });
    expect(health.overall.deals).toBe(0);
    expect(health.stages).toHaveLength(7);
    expect(health.owners).toEqual([]);
    expect(health.bottleneck).toEqual({ conversion: null, time: null });
    expect(health.anomalies).toEqual([]);
  });

  it("brings every figure of the ten-deal fixture together", () => {
    const skipped = [
      {
        row: 10,
        reason: { zh: "未知阶段“Closing”", en: "Unknown stage “Closing”" },
      },
    ];
    const read = readOf(tenDeals(), [], skipped);
    const health = pipelineHealth(read, DEFAULT_SCHEME, { asOf: AS_OF });
    expect(health.asOf).toBe(AS_OF);
    expect(health.scheme).toBe(DEFAULT_SCHEME);
    expect(health.overall).toEqual(
      expect.objectContaining({
        open: 5,
        weightedPipeline: 812.5,
        velocityPerDay: 30,
      }),
    );
    expect(health.stages.map((stage) => stage.reached)).toEqual([10, 8, 8, 5, 4, 4, 3]);
    expect(health.owners.map((owner) => owner.owner)).toEqual(["王芳", "张伟", ""]);
    // lowest next-step conversion: 意向 5/8; longest median days: 谈判 48
    expect(health.bottleneck).toEqual({
      conversion: STAGE.intent,
      time: STAGE.negotiation,
    });
    expect(health.weightedByCloseMonth.map((month) => month.month)).toEqual([
      "2025-05",
      "2025-07",
      "2025-08",
    ]);
    expect(health.anomalies.map((anomaly) => `${anomaly.kind}@${anomaly.row}`)).toEqual([
      "stuck@2",
      "overdue@3",
      "missingAmount@2",
      "missingAmount@6",
      "missingDate@2",
      "missingDate@9",
    ]);
    expect(health.rowsRead).toBe(11);
    expect(health.rowsUsed).toBe(10);
    expect(health.skipped).toBe(skipped);
  });

  it("finds history anomalies next to the current deals", () => {
    const history = [deal(0, at(STAGE.target), { id: "K" }), deal(1, at(STAGE.project), { id: "K" })];
    const current = deal(1, at(STAGE.project), {
      id: "K",
      amount: 5,
      created: 45800,
      closeDate: 45900,
    });
    const health = pipelineHealth(readOf([current], [history]), DEFAULT_SCHEME, { asOf: AS_OF });
    expect(health.anomalies.map((anomaly) => anomaly.kind)).toEqual(["skippedStage"]);
    expect(health.rowsUsed).toBe(2);
  });
});
