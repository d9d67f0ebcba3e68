/**
 * The won and lost words of the CRMs teams export from: HubSpot's internal ids, Salesforce's and Zoho's
 * labels, Dynamics' status reasons, the words of Chinese CRMs, and the variants people type.
 */
import { DEFAULT_SCHEME, LOST_POSITION, outcomeOfLabel, withoutPercent } from "./stageScheme";
import { schemeFromList } from "./stageList";
import { errorOf, valueOf } from "../kernel/testing/results";
import { open, resolved, won } from "./testing/positions";

const WON_LABELS = [
  "closedwon",
  "ClosedWon",
  "Closed Won",
  "Closed - Won",
  "Closed-Won",
  "closed_won",
  "Won (100%)",
  "Closed Won (100%)",
  "Won（100%）",
  "Deal won",
  "赢单",
  "已赢单",
  "已成交",
  "关闭-赢单",
  "关闭-成交",
  "Won",
];

const LOST_LABELS = [
  "closedlost",
  "ClosedLost",
  "Closed Lost",
  "Closed - Lost",
  "Lost (0%)",
  "Closed Lost (0%)",
  "Closed-Lost to Competition",
  "Deal lost",
  "Lost",
  "Canceled",
  "Cancelled",
  "Out-Sold",
  "Outsold",
  "输单",
  "已输单",
  "失单",
  "已失单",
  "已丢单",
  "关闭-丢单",
  "关闭 - 丢单",
  "失败",
  "放弃",
  "已放弃",
];

describe("DEFAULT_SCHEME.resolve: CRM won and lost words", () => {
  it.each(WON_LABELS)("resolves the won word %p to the won stage", (label) => {
    expect(resolved(label)).toEqual(won(6));
    expect(outcomeOfLabel(label)).toBe("won");
  });

  it.each(LOST_LABELS)("resolves the lost word %p to lost", (label) => {
    expect(resolved(label)).toBe(LOST_POSITION);
    expect(outcomeOfLabel(label)).toBe("lost");
  });

  it("ignores a trailing percentage on any stage label, not only on won and lost words", () => {
    expect(resolved("Negotiation (75%)")).toEqual(open(5));
    expect(resolved("谈判（75%）")).toEqual(open(5));
  });

  it("leaves open statuses and other labels alone: they are not outcomes", () => {
    for (const label of ["In Progress", "On Hold", "Prospecting", "won over", "100%"]) {
      expect(outcomeOfLabel(label)).toBeUndefined();
    }
    expect(errorOf(DEFAULT_SCHEME.resolve("In Progress")).message.en).toContain("“In Progress”");
  });

  it("strips only a bracketed percentage at the end of a key", () => {
    expect(withoutPercent("won (100%)")).toBe("won");
    expect(withoutPercent("won (100)")).toBe("won (100)");
    expect(withoutPercent("(50%) lead")).toBe("(50%) lead");
  });
});

describe("schemeFromList: CRM stage lists", () => {
  it("reads HubSpot's default deal stages: closedwon is the won stage and closedlost the lost outcome", () => {
    const scheme = valueOf(
      schemeFromList([
        ["appointmentscheduled"],
        ["qualifiedtobuy"],
        ["presentationscheduled"],
        ["decisionmakerboughtin"],
        ["contractsent"],
        ["closedwon"],
        ["closedlost"],
      ]),
    );
    expect(scheme.stages.map((stage) => stage.key)).toEqual([
      "appointmentscheduled",
      "qualifiedtobuy",
      "presentationscheduled",
      "decisionmakerboughtin",
      "contractsent",
      "closedwon",
    ]);
    expect(scheme.stages[5].probability).toBe(1);
    expect(scheme.lostName.en).toBe("closedlost");
    expect(resolved("closedlost", scheme)).toBe(LOST_POSITION);
    expect(resolved("Closed Lost", scheme)).toBe(LOST_POSITION);
    expect(resolved("closedwon", scheme)).toEqual(won(5));
    expect(resolved("contractsent", scheme)).toEqual(open(4));
  });

  it("reads HubSpot's stages with their probabilities, the lost stage at 0", () => {
    const scheme = valueOf(
      schemeFromList([
        ["appointmentscheduled", 0.2],
        ["qualifiedtobuy", 0.4],
        ["presentationscheduled", 0.6],
        ["decisionmakerboughtin", 0.8],
        ["contractsent", 0.9],
        ["closedwon", 1],
        ["closedlost", 0],
      ]),
    );
    expect(scheme.stages.map((stage) => stage.probability)).toEqual([0.2, 0.4, 0.6, 0.8, 0.9, 1]);
  });

  it("reads Dynamics-style and Chinese-CRM outcome names", () => {
    const dynamics = valueOf(schemeFromList([["Qualify"], ["Develop"], ["Propose"], ["Won"], ["Out-Sold"]]));
    expect(dynamics.stages).toHaveLength(4);
    expect(resolved("Canceled", dynamics)).toBe(LOST_POSITION);
    const chinese = valueOf(schemeFromList([["初步接触"], ["方案报价"], ["已成交"], ["关闭-丢单"]]));
    expect(chinese.stages.map((stage) => stage.key)).toEqual(["初步接触", "方案报价", "已成交"]);
    expect(resolved("放弃", chinese)).toBe(LOST_POSITION);
    expect(resolved("赢单", chinese)).toEqual(won(2));
  });

  it("reads a won stage written with its percentage", () => {
    const scheme = valueOf(schemeFromList([["Lead (10%)"], ["Demo (50%)"], ["Won (100%)"], ["Lost (0%)"]]));
    expect(scheme.stages).toHaveLength(3);
    expect(resolved("Lost (0%)", scheme)).toBe(LOST_POSITION);
    expect(resolved("Demo (50%)", scheme)).toEqual(open(1));
  });
});
