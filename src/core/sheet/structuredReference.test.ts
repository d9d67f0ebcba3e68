import { structuredReference } from "./structuredReference";

describe("structuredReference", () => {
  it("names one plain column as Table[Column]", () => {
    expect(structuredReference({ table: "Deals", first: "Stage", last: "Stage" })).toBe("Deals[Stage]");
    expect(structuredReference({ table: "商机表", first: "阶段", last: "阶段" })).toBe("商机表[阶段]");
  });

  it("brackets a column whose header has a space or another special character", () => {
    expect(structuredReference({ table: "Deals", first: "Close date", last: "Close date" })).toBe(
      "Deals[[Close date]]",
    );
    expect(structuredReference({ table: "Deals", first: "Amount ($)", last: "Amount ($)" })).toBe(
      "Deals[[Amount ($)]]",
    );
    expect(structuredReference({ table: "T", first: "Stage-1", last: "Stage-1" })).toBe("T[[Stage-1]]");
  });

  it("escapes brackets, # and ' with a single quote, as Excel writes them", () => {
    expect(structuredReference({ table: "T", first: "Deal #", last: "Deal #" })).toBe("T[[Deal '#]]");
    expect(structuredReference({ table: "T", first: "[Stage]", last: "[Stage]" })).toBe("T[['[Stage']]]");
    expect(structuredReference({ table: "T", first: "Rep's", last: "Rep's" })).toBe("T[[Rep''s]]");
  });

  it("names a block of adjacent columns from its first to its last", () => {
    expect(structuredReference({ table: "Deals", first: "目标", last: "成交" })).toBe("Deals[[目标]:[成交]]");
    expect(structuredReference({ table: "Deals", first: "Entered Target", last: "Won #" })).toBe(
      "Deals[[Entered Target]:[Won '#]]",
    );
  });

  it("refuses an empty table or column name", () => {
    expect(() => structuredReference({ table: "", first: "A", last: "A" })).toThrow(RangeError);
    expect(() => structuredReference({ table: "T", first: "", last: "" })).toThrow(RangeError);
  });
});
