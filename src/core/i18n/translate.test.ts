import { fillPlaceholders, placeholdersIn, t, type PlainUiStringKey } from "./translate";

describe("fillPlaceholders", () => {
  it("leaves a placeholder without a value as written", () => {
    expect(fillPlaceholders("{count} of {total}", { count: 2 })).toBe("2 of {total}");
  });

  it("ignores values the template does not use", () => {
    expect(fillPlaceholders("Stage {number}", { number: 4, extra: "x" })).toBe("Stage 4");
  });

  it("does not read inherited properties as values", () => {
    expect(fillPlaceholders("{toString}", {})).toBe("{toString}");
  });

  it("fills every occurrence of a parameter", () => {
    expect(fillPlaceholders("{a}-{a}", { a: "x" })).toBe("x-x");
  });
});

describe("fillPlaceholders with a count's noun forms", () => {
  it("writes the singular for a count of 1 and the plural otherwise", () => {
    const template = "{count} open {count|deal|deals}";
    expect(fillPlaceholders(template, { count: 1 })).toBe("1 open deal");
    expect(fillPlaceholders(template, { count: 0 })).toBe("0 open deals");
    expect(fillPlaceholders(template, { count: 2 })).toBe("2 open deals");
  });

  it("reads a count already formatted with thousands separators", () => {
    expect(fillPlaceholders("{rows} {rows|row|rows}", { rows: "1,000" })).toBe("1,000 rows");
    expect(fillPlaceholders("{rows} {rows|row|rows}", { rows: "1" })).toBe("1 row");
  });

  it("leaves the forms as written when the count is missing", () => {
    expect(fillPlaceholders("{count|row|rows}", {})).toBe("{count|row|rows}");
  });
});

describe("placeholdersIn", () => {
  it("names a count once, whether it is written or picks a noun form", () => {
    expect(placeholdersIn("{count} open {count|deal|deals}")).toEqual(["count"]);
  });

  it("finds nothing in a plain text", () => {
    expect(placeholdersIn("阶段指南")).toEqual([]);
  });

  it("lists each parameter once, in order of first use", () => {
    expect(placeholdersIn("{b} {a} {b}")).toEqual(["b", "a"]);
  });
});

describe("t", () => {
  it("returns the text in the requested language", () => {
    expect(t("viewStageGuide", "zh")).toBe("阶段指南");
    expect(t("viewStageGuide", "en")).toBe("Guide");
  });

  it("fills the parameters of a text", () => {
    expect(t("searchCount", "en", { query: "budget", count: 2, total: 7 })).toBe(
      "Stages matching “budget”: 2 of 7",
    );
    expect(t("searchCount", "zh", { query: "预算", count: 2, total: 7 })).toBe("匹配“预算”的阶段：2 / 7");
  });
});

describe("t's parameter typing", () => {
  it("rejects, at compile time, a missing or misspelt parameter", () => {
    // @ts-expect-error stageNumber needs { number }
    expect(t("stageNumber", "en")).toBe("Stage {number}");
    // @ts-expect-error the parameter is `number`, not `num`
    expect(t("stageNumber", "en", { num: 1 })).toBe("Stage {number}");
    // @ts-expect-error a plain text takes no parameters
    expect(t("dismiss", "en", { x: 1 })).toBe("Dismiss");
  });
});

describe("PlainUiStringKey", () => {
  it("admits only texts without parameters", () => {
    const plain: PlainUiStringKey = "viewStageGuide";
    // @ts-expect-error stageNumber has a parameter
    const withParams: PlainUiStringKey = "stageNumber";
    expect(t(plain, "en")).toBe("Guide");
    expect(withParams).toBe("stageNumber");
  });
});
