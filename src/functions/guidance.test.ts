import { LOST_POSITION, STAGES } from "../core/stages";
import { stageActions, stageMarkers } from "./guidance";
import { ACTIONS } from "./functions";
import { excelCall } from "./testing/cells";
import { failureOf } from "./testing/failure";

describe("the lost outcome", () => {
  it("has no guidance: #N/A", () => {
    expect(failureOf(() => stageActions(LOST_POSITION, "en")).code).toBe("NA");
    expect(failureOf(() => stageMarkers(LOST_POSITION, "zh")).message.zh).toContain("丢单");
  });
});

describe("stageActions", () => {
  it("lists every stage's actions, one per row, in the language asked for", () => {
    STAGES.forEach((stage, index) => {
      const kind = index === STAGES.length - 1 ? "won" : "open";
      expect(stageActions({ kind, index }, "zh")).toEqual(stage.actions.map((action) => [action.zh]));
    });
    expect(stageActions({ kind: "open", index: 0 }, "en")[0]).toEqual(["Choose the target market"]);
  });
});

describe("stageMarkers", () => {
  it("lists markers before characteristics, each with its kind", () => {
    const prospect = stageMarkers({ kind: "open", index: 1 }, "zh");
    expect(prospect[0]).toEqual(["标志", "有销售机会"]);
    expect(prospect.slice(1).every(([kind]) => kind === "特征")).toBe(true);
    expect(prospect).toHaveLength(1 + STAGES[1].characteristics.length);
  });

  it("has only markers for a stage without characteristics", () => {
    expect(stageMarkers({ kind: "open", index: 0 }, "en")).toEqual([
      ["Marker", "Our product can fit or satisfy the customer"],
    ]);
  });
});

describe("FUNNEL.ACTIONS by the overview slide's columns", () => {
  const actionsOf = (stage: string) => (excelCall(ACTIONS, stage, "zh") as string[][]).map(([text]) => text);

  it("lists 解释客户疑虑 and the site visits under 谈判, no longer under 认可", () => {
    expect(actionsOf("认可客户")).not.toContain("解释客户疑虑");
    expect(actionsOf("认可客户")).not.toContain("借必要的参观来增加客户信心");
    expect(actionsOf("谈判客户")).toContain("解释客户疑虑");
    expect(actionsOf("谈判客户")).toContain("借必要的参观来增加客户信心");
  });

  it("lists 审批合同 under 成交 and the executive visit under 立项", () => {
    expect(actionsOf("谈判客户")).not.toContain("审批合同");
    expect(actionsOf("成交客户")).toContain("审批合同");
    expect(actionsOf("立项客户")).toContain("拜访客户高层领导，赢得信任");
  });
});
