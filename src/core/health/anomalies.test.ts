import { DEFAULT_SCHEME } from "../stages";
import { abnormalDealCount, findAnomalies } from "./anomalies";
import type { Anomaly } from "./types";
import { stageHealth } from "./stageHealth";
import { AS_OF, at, deal, readOf, STAGE, tenDeals } from "../pipeline/testing/dealFixtures";
import type { Deal, PipelineRead } from "../pipeline";

function anomaliesOf(read: PipelineRead, stuckFactor?: number) {
  const options = { asOf: AS_OF, stuckFactor };
  return findAnomalies(read, DEFAULT_SCHEME, stageHealth(read.deals, DEFAULT_SCHEME, options), options);
}

describe("findAnomalies", () => {
  it("finds nothing in an empty pipeline", () => {
    expect(anomaliesOf(readOf([]))).toEqual([]);
  });

  it("finds nothing wrong with a complete, on-time deal", () => {
    const healthy = deal(0, at(STAGE.intent), {
      amount: 1,
      created: 45800,
      closeDate: 45900,
      stageEntered: 45830,
    });
    expect(anomaliesOf(readOf([healthy]))).toEqual([]);
  });

  it("lists every anomaly of the ten-deal fixture, grouped by kind, each kind by row", () => {
    expect(anomaliesOf(readOf(tenDeals()))).toEqual([
      {
        kind: "stuck",
        row: 2,
        dealId: "D2",
        detail: {
          zh: "在 意向客户 停留 138 天，为该阶段中位数的 3.6 倍",
          en: "138 days in Interested, 3.6× the stage median",
        },
      },
      {
        kind: "overdue",
        row: 3,
        dealId: "D3",
        detail: {
          zh: "预计成交日期 2025-05-23 已过 38 天，仍在 谈判客户",
          en: "Expected to close on 2025-05-23, 38 days ago; still in Negotiation",
        },
      },
      {
        kind: "missingAmount",
        row: 2,
        dealId: "D2",
        detail: expect.objectContaining({ en: expect.any(String) }),
      },
      {
        kind: "missingAmount",
        row: 6,
        dealId: "D6",
        detail: expect.objectContaining({ zh: expect.any(String) }),
      },
      {
        kind: "missingDate",
        row: 2,
        dealId: "D2",
        detail: { zh: "缺少预计成交日期", en: "Missing expected close date" },
      },
      {
        kind: "missingDate",
        row: 9,
        dealId: "D9",
        detail: { zh: "缺少创建日期", en: "Missing created date" },
      },
    ]);
  });

  it("names both missing dates of an open deal in one anomaly", () => {
    const found = anomaliesOf(readOf([deal(0, at(STAGE.project), { amount: 1 })]));
    expect(found).toEqual([
      {
        kind: "missingDate",
        row: 0,
        dealId: "D0",
        detail: {
          zh: "缺少预计成交日期和创建日期",
          en: "Missing expected close date and created date",
        },
      },
    ]);
  });

  it("does not flag a lost deal's blank amount or dates, nor a closed deal's past close date", () => {
    const closed = [deal(0, at("lost")), deal(1, at(STAGE.won), { amount: 5, closeDate: 45000 })];
    expect(anomaliesOf(readOf(closed))).toEqual([]);
  });

  it("does not call a deal due today overdue", () => {
    const dueToday = deal(0, at(STAGE.intent), {
      amount: 1,
      created: 45800,
      closeDate: AS_OF + 0.5,
    });
    expect(anomaliesOf(readOf([dueToday]))).toEqual([]);
  });

  it("follows an adjusted stuck factor", () => {
    const kinds = (factor: number) => anomaliesOf(readOf(tenDeals()), factor).map((found) => found.kind);
    expect(kinds(4)).not.toContain("stuck"); // 138 days < 4 × 38
    expect(kinds(1.5).filter((kind) => kind === "stuck")).toHaveLength(1);
  });

  describe("from stage histories", () => {
    const history = (...steps: [number, number | "lost"][]): Deal[] =>
      steps.map(([row, stage]) => deal(row, at(stage), { id: "K" }));

    it("finds a forward move by more than one stage, naming the stages skipped", () => {
      const found = anomaliesOf(readOf([], [history([4, STAGE.prospect], [7, STAGE.acknowledged])]));
      expect(found).toEqual([
        {
          kind: "skippedStage",
          row: 7,
          dealId: "K",
          detail: {
            zh: "从 潜在客户 直接进入 认可客户，跳过 意向客户、立项客户",
            en: "Moved from Prospect to Shortlisted, skipping Interested, Project approved",
          },
        },
      ]);
    });

    it("finds a move back to an earlier stage", () => {
      const found = anomaliesOf(readOf([], [history([1, STAGE.negotiation], [2, STAGE.intent])]));
      expect(found).toEqual([
        {
          kind: "backward",
          row: 2,
          dealId: "K",
          detail: {
            zh: "从 谈判客户 退回 意向客户",
            en: "Moved back from Negotiation to Interested",
          },
        },
      ]);
    });

    it("accepts steps of one stage, staying put, and moves to or from lost", () => {
      const steady = history(
        [0, STAGE.target],
        [1, STAGE.prospect],
        [2, STAGE.prospect],
        [3, "lost"],
        [4, STAGE.target],
        [5, "lost"],
      );
      expect(anomaliesOf(readOf([], [steady]))).toEqual([]);
    });

    it("counts a jump straight to won as skipping the stages between", () => {
      const found = anomaliesOf(readOf([], [history([0, STAGE.acknowledged], [1, STAGE.won])]));
      expect(found.map((anomaly) => [anomaly.kind, anomaly.detail.en])).toEqual([
        ["skippedStage", "Moved from Shortlisted to Closed won, skipping Negotiation"],
      ]);
    });
  });

  describe("from unreadable cells", () => {
    const unreadable = (deals: Deal[], cells: PipelineRead["unreadable"]): PipelineRead => ({
      ...readOf(deals),
      unreadable: cells,
    });
    const reason = { zh: "“TBD”不是日期", en: "“TBD” is not a date" };

    it("lists each unreadable cell under its deal, naming the column and the reason", () => {
      const open = deal(3, at(STAGE.intent), {
        amount: 5,
        created: 45800,
        closeDate: null,
      });
      const found = anomaliesOf(unreadable([open], [{ row: 3, role: "closeDate", reason }]));
      expect(found).toEqual([
        {
          kind: "unreadable",
          row: 3,
          dealId: "D3",
          detail: {
            zh: "预计成交日期：“TBD”不是日期",
            en: "Expected close: “TBD” is not a date",
          },
        },
      ]);
    });

    it("does not also call an unreadable amount or date missing, but still a blank one", () => {
      const open = deal(0, at(STAGE.intent), {
        amount: null,
        created: null,
        closeDate: null,
      });
      const cells = [
        { row: 0, role: "amount" as const, reason },
        { row: 0, role: "closeDate" as const, reason },
      ];
      const found = anomaliesOf(unreadable([open], cells));
      expect(found.map((anomaly) => [anomaly.kind, anomaly.detail.en])).toEqual([
        ["missingDate", "Missing created date"],
        ["unreadable", "Amount: “TBD” is not a date"],
        ["unreadable", "Expected close: “TBD” is not a date"],
      ]);
    });

    it("names the deal of a history row", () => {
      const rows = [deal(1, at(STAGE.intent), { id: "K" }), deal(2, at(STAGE.project), { id: "K" })];
      const read = {
        ...readOf([rows[1]], [rows]),
        unreadable: [{ row: 1, role: "owner" as const, reason }],
      };
      expect(anomaliesOf(read).find((anomaly) => anomaly.kind === "unreadable")?.dealId).toBe("K");
    });
  });

  it("lists the kinds in a fixed order, whatever the rows", () => {
    const moves = (id: string, ...steps: [number, number][]): Deal[] =>
      steps.map(([row, stage]) => deal(row, at(stage), { id }));
    const read: PipelineRead = {
      ...readOf(tenDeals(), [
        moves("B", [20, STAGE.negotiation], [21, STAGE.intent]),
        moves("S", [22, STAGE.prospect], [23, STAGE.acknowledged]),
      ]),
      unreadable: [{ row: 0, role: "owner", reason: { zh: "无法读取", en: "Unreadable" } }],
    };
    const kinds = [...new Set(anomaliesOf(read).map((anomaly) => anomaly.kind))];
    expect(kinds).toEqual([
      "stuck",
      "overdue",
      "missingAmount",
      "missingDate",
      "skippedStage",
      "backward",
      "unreadable",
    ]);
  });
});

describe("abnormalDealCount", () => {
  const detail = { zh: "说明", en: "Detail" };
  const anomaly = (kind: Anomaly["kind"], row: number, dealId: string): Anomaly => ({
    kind,
    row,
    dealId,
    detail,
  });

  it("counts no deal when nothing is abnormal", () => {
    expect(abnormalDealCount([])).toBe(0);
  });

  it("counts a deal with several anomalies, on one row or across its history, once", () => {
    const anomalies = [
      anomaly("stuck", 3, "D-1"),
      anomaly("overdue", 3, "D-1"),
      anomaly("backward", 4, "D-1"),
      anomaly("missingAmount", 7, "D-2"),
    ];
    expect(anomalies).toHaveLength(4);
    expect(abnormalDealCount(anomalies)).toBe(2);
  });

  it("tells anomalies without a deal id apart by their rows", () => {
    expect(abnormalDealCount([anomaly("unreadable", 1, ""), anomaly("unreadable", 2, "")])).toBe(2);
    expect(abnormalDealCount([anomaly("unreadable", 1, ""), anomaly("unreadable", 1, "")])).toBe(1);
  });

  it("counts fewer deals than anomalies in the ten-deal fixture, where deals have more than one", () => {
    const anomalies = anomaliesOf(readOf(tenDeals()));
    const deals = new Set(anomalies.map((a) => a.dealId));
    expect(abnormalDealCount(anomalies)).toBe(deals.size);
    expect(abnormalDealCount(anomalies)).toBeLessThan(anomalies.length);
  });
});
