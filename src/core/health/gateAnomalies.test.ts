import { checkGates } from "../reviews";
import { gateAnomalies, withAnomalies } from "./gateAnomalies";
import type { Anomaly, PipelineHealth } from "./types";
import type { Deal } from "../pipeline";

const deal = (id: string, row: number, index: number): Deal => ({
  row,
  id,
  opportunity: null,
  customer: null,
  owner: null,
  position: { kind: "open", index },
  lostAtIndex: null,
  amount: null,
  created: null,
  closeDate: null,
  stageEntered: null,
  lastActivity: null,
});

const negotiating = deal("D-2", 1, 5);
const failures = checkGates(
  negotiating,
  { conditions: [true, true, true, true, true, false, false] },
  { asOf: 45900 },
).filter((f) => f.rule.id === "negotiationEntry");

describe("gateAnomalies", () => {
  it("makes each failed gate an unsupported-stage anomaly on the deal's row, naming the rule and the missing conditions", () => {
    const anomalies = gateAnomalies([deal("D-1", 0, 2), negotiating], new Map([["D-2", failures]]));
    expect(anomalies).toHaveLength(1);
    expect(anomalies[0]).toMatchObject({ kind: "unsupportedStage", row: 1, dealId: "D-2" });
    expect(anomalies[0].detail.zh).toContain("只具备 5 项");
    expect(anomalies[0].detail.en).toContain("5 of 7");
  });

  it("adds nothing for deals without failures", () => {
    expect(gateAnomalies([negotiating], new Map())).toEqual([]);
  });
});

describe("withAnomalies", () => {
  const anomaly = (kind: Anomaly["kind"], dealId: string): Anomaly => ({
    kind,
    row: 0,
    dealId,
    detail: { zh: kind, en: kind },
  });
  const health = {
    anomalies: [anomaly("stuck", "A"), anomaly("unreadable", "B")],
  } as unknown as PipelineHealth;

  it("places the unsupported stages before the unreadable cells, keeping the list grouped by kind", () => {
    const merged = withAnomalies(health, [anomaly("unsupportedStage", "C")]);
    expect(merged.anomalies.map((a) => a.kind)).toEqual(["stuck", "unsupportedStage", "unreadable"]);
  });

  it("leaves the health as it was when nothing is added", () => {
    expect(withAnomalies(health, [])).toBe(health);
  });
});
