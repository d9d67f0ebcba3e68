import { correctDeckWording, DECK_CORRECTIONS } from "./deckWording";

describe("DECK_CORRECTIONS", () => {
  it("lists the deck's five slips, each with where it is and why", () => {
    expect(DECK_CORRECTIONS.map((c) => `${c.deck}→${c.ours}`)).toEqual([
      "那位→哪位",
      "定单→订单",
      "连络→联络",
      "作个→做个",
      "自已→自己",
    ]);
    for (const correction of DECK_CORRECTIONS) {
      expect(correction.where).toContain(correction.deck);
      expect(correction.why.en).not.toMatch(/^\s*$/);
    }
  });
});

describe("correctDeckWording", () => {
  it("corrects every slip in a text, however often it occurs", () => {
    expect(correctDeckWording("那位决策者？那位？")).toBe("哪位决策者？哪位？");
    expect(correctDeckWording("协调厂家与客户之间的连络")).toBe("协调厂家与客户之间的联络");
  });

  it("leaves a text without slips as it is", () => {
    expect(correctDeckWording("确认客户需求")).toBe("确认客户需求");
  });
});
