/**
 * Every stage a deal reached, from all the evidence a table carries (issue 13): stage-history rows and
 * per-stage date columns, counted by hand, under both rules for lost deals of unknown stage of loss.
 */
import { valueOf } from "../kernel/testing/results";
import type { UnknownLossRule } from "../metrics";
import { recogniseColumns, type PipelineTable } from "../pipeline";
import { DEFAULT_SCHEME } from "../stages";
import { analysePipeline } from "./analysePipeline";

const AS_OF = 45900;

function health(table: PipelineTable, unknownLoss?: UnknownLossRule) {
  const mapping = recogniseColumns(table.header).mapping;
  return valueOf(
    analysePipeline(table, {
      mapping,
      scheme: DEFAULT_SCHEME,
      asOf: AS_OF,
      dateOrder: "ymd",
      unknownLoss,
    }),
  ).health;
}
const reached = (table: PipelineTable, unknownLoss?: UnknownLossRule) =>
  health(table, unknownLoss).stages.map((stage) => stage.reached);

/**
 * A stage-change export (rows sharing an id are one deal's history, in row order):
 * A 目标→潜在→意向 (open at 意向); B Target→Prospect→Lost (lost at 潜在); C 谈判→成交 (won);
 * D Lost, one row (stage of loss unknown); E 意向→认可→潜在 (back to 潜在, reached 认可).
 * Reached, hand-counted: 目标 A B C D E = 5; 潜在 A B C E = 4; 意向 A C E = 3; 立项 C E = 2; 认可 C E = 2;
 * 谈判 C = 1; 成交 C = 1. Leaving D out ("knownPaths"): 4 4 3 2 2 1 1.
 */
const HISTORY: PipelineTable = {
  header: ["Opportunity ID", "Stage"],
  rows: [
    ["A", "目标"],
    ["B", "Target"],
    ["C", "谈判"],
    ["A", "潜在"],
    ["B", "Prospect"],
    ["D", "Lost"],
    ["E", "意向"],
    ["A", "意向"],
    ["C", "成交"],
    ["B", "Closed Lost"],
    ["E", "认可"],
    ["E", "潜在"],
  ],
};

describe("a stage-history table counts every stage each deal's history shows", () => {
  it("counts the stages of every history row, and a lost deal's last open stage as its stage of loss", () => {
    expect(reached(HISTORY)).toEqual([5, 4, 3, 2, 2, 1, 1]);
    const model = health(HISTORY);
    expect(model.stages[0].nextStepConversion).toBeCloseTo(4 / 5, 12);
    expect(model.stages[1].current).toBe(1); // E is now at 潜在 (A is at 意向)
    expect(model.overall.winRate).toBeCloseTo(1 / 3, 12);
    expect(model.unknownLoss).toEqual({ count: 1, rule: "firstStage" });
  });

  it("leaves the deal of unknown stage of loss out of the reached counts under knownPaths", () => {
    expect(reached(HISTORY, "knownPaths")).toEqual([4, 4, 3, 2, 2, 1, 1]);
    const model = health(HISTORY, "knownPaths");
    expect(model.stages[0].nextStepConversion).toBe(1);
    expect(model.overall.winRate).toBeCloseTo(1 / 3, 12);
    expect(model.unknownLoss).toEqual({ count: 1, rule: "knownPaths" });
  });

  it("orders a history by its change date when it has one (Last Stage Change Date, 阶段变更时间, Changed On)", () => {
    // Rows out of order; by date A is 目标→潜在→意向 and B 目标→潜在→丢单. By row B would end open at 目标.
    const rows = [
      ["A", "意向", "2025-03-01"],
      ["B", "丢单", "2025-03-05"],
      ["A", "目标", "2025-01-01"],
      ["B", "潜在", "2025-02-10"],
      ["A", "潜在", "2025-02-01"],
      ["B", "目标", "2025-01-10"],
    ];
    for (const dateHeader of ["Last Stage Change Date", "阶段变更时间", "Changed On", "变更日期"]) {
      const model = health({ header: ["商机编号", "阶段", dateHeader], rows });
      expect(model.stages.map((stage) => stage.reached)).toEqual([2, 2, 1, 0, 0, 0, 0]);
      expect(model.stages[2].current).toBe(1);
      expect(model.overall.winRate).toBe(0);
      expect(model.unknownLoss?.count).toBe(0);
    }
  });
});

/**
 * A HubSpot export with a "Date entered" column per stage:
 * P lost, dated 目标 潜在 意向 (lost at 意向); Q lost, dated 目标 and 谈判 (lost at 谈判); R lost, no date
 * (unknown); S won, dated 目标 and 成交; T open at 潜在, dated 目标 潜在; U open at 意向, no date.
 * Reached: 目标 6; 潜在 P Q S T U = 5; 意向 P Q S U = 4; 立项 Q S = 2; 认可 2; 谈判 2; 成交 S = 1.
 * Leaving R out: 5 5 4 2 2 2 1. (Counting every loss without a lost-at cell at 目标, as before, gave 3 at 潜在.)
 */
const entered = (stage: string) => `Date entered "${stage} (Sales Pipeline)"`;
const HUBSPOT: PipelineTable = {
  header: [
    "Deal Name",
    "Deal Stage",
    entered("Target"),
    entered("Prospect"),
    entered("Intent"),
    entered("Negotiation"),
    entered("Closed Won"),
  ],
  rows: [
    ["P", "Closed Lost", "2025-01-02", "2025-01-20", "2025-02-11", "", ""],
    ["Q", "Closed Lost", "2025-01-03", "", "", "2025-03-01", ""],
    ["R", "Closed Lost", "", "", "", "", ""],
    ["S", "Closed Won", 45660, "", "", "", 45750],
    ["T", "Prospect", "2025-01-05", "2025-02-01", "", "", ""],
    ["U", "Intent", "", "", "", "", ""],
  ],
};

describe("a table with per-stage date columns counts every stage a deal has a date for", () => {
  it("counts a dated stage as reached, and a lost deal's furthest dated stage as its stage of loss", () => {
    expect(reached(HUBSPOT)).toEqual([6, 5, 4, 2, 2, 2, 1]);
    const model = health(HUBSPOT);
    expect(model.stages[0].nextStepConversion).toBeCloseTo(5 / 6, 12);
    expect(model.unknownLoss).toEqual({ count: 1, rule: "firstStage" });
    expect(model.overall.winRate).toBeCloseTo(1 / 4, 12);
  });

  it("leaves the undated lost deal out under knownPaths", () => {
    expect(reached(HUBSPOT, "knownPaths")).toEqual([5, 5, 4, 2, 2, 2, 1]);
  });

  it("lists a stage-date cell that is not a date, and does not take it as evidence", () => {
    const table = {
      header: HUBSPOT.header,
      rows: [["V", "Closed Lost", "", "", "", "soon", ""]],
    };
    const model = health(table);
    expect(model.unknownLoss?.count).toBe(1);
    const anomaly = model.anomalies.find((found) => found.kind === "unreadable");
    expect(anomaly?.detail.en).toContain(entered("Negotiation"));
    expect(anomaly?.detail.zh).toContain(entered("Negotiation"));
  });
});

/**
 * Chinese headers: 甲 丢单 with 潜在日期 and 进入意向阶段日期 (lost at 意向); 乙 丢单 with no date
 * (unknown); 丙 成交 with 谈判日期; 丁 open at 目标 with 潜在日期 (reached 潜在).
 * Reached: 4 3 2 1 1 1 1; leaving 乙 out: 3 3 2 1 1 1 1.
 */
const CHINESE: PipelineTable = {
  header: ["商机", "阶段", "潜在日期", "进入意向阶段日期", "谈判日期"],
  rows: [
    ["甲", "丢单", "2025-01-10", "2025-02-10", ""],
    ["乙", "丢单", "", "", ""],
    ["丙", "成交", "", "", "2025-04-01"],
    ["丁", "目标", "2025-03-01", "", ""],
  ],
};

describe("Chinese per-stage date headers are evidence too", () => {
  it("counts under both rules", () => {
    expect(reached(CHINESE)).toEqual([4, 3, 2, 1, 1, 1, 1]);
    expect(reached(CHINESE, "knownPaths")).toEqual([3, 3, 2, 1, 1, 1, 1]);
    expect(health(CHINESE, "knownPaths").unknownLoss).toEqual({
      count: 1,
      rule: "knownPaths",
    });
  });
});
