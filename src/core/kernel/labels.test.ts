import { displayValue, normaliseLabel, shownName } from "./labels";

describe("normaliseLabel", () => {
  it("turns blank and space-only text into the empty string", () => {
    expect(normaliseLabel("")).toBe("");
    expect(normaliseLabel("   ")).toBe("");
    expect(normaliseLabel("\u3000\u3000")).toBe("");
  });

  it("removes zero-width characters and emoji variation selectors", () => {
    expect(normaliseLabel("\u200bWon\ufeff")).toBe("won");
    expect(normaliseLabel("✔\ufe0f")).toBe("✔");
  });

  it("folds full-width letters, digits and spaces to half-width lower case", () => {
    expect(normaliseLabel("Ｔａｒｇｅｔ")).toBe("target");
    expect(normaliseLabel("３")).toBe("3");
    expect(normaliseLabel("３５％")).toBe("35%");
  });

  it("collapses runs of spaces, hyphens and underscores into one space and trims", () => {
    expect(normaliseLabel("  Closed   Won ")).toBe("closed won");
    expect(normaliseLabel("Closed-Won")).toBe("closed won");
    expect(normaliseLabel("closed_won")).toBe("closed won");
    expect(normaliseLabel("Ｃｌｏｓｅｄ－Ｗｏｎ")).toBe("closed won");
    expect(normaliseLabel("Closed – Won")).toBe("closed won");
  });

  it("drops spaces between Chinese characters but keeps those next to Latin text", () => {
    expect(normaliseLabel("目标 客户")).toBe("目标客户");
    expect(normaliseLabel("目标\u3000\u3000客户")).toBe("目标客户");
    expect(normaliseLabel("CRM 系统")).toBe("crm 系统");
  });

  it("keeps other punctuation that distinguishes CRM stage names", () => {
    expect(normaliseLabel("Proposal/Price Quote")).toBe("proposal/price quote");
    expect(normaliseLabel("Id. Decision Makers")).toBe("id. decision makers");
  });
});

describe("shownName", () => {
  it("quotes a name of up to 40 characters whole and cuts a longer one", () => {
    expect(shownName("Prospecting")).toBe("Prospecting");
    expect(shownName("意".repeat(10_000))).toBe(`${"意".repeat(40)}…`);
  });
});

describe("displayValue", () => {
  it("shortens long values with an ellipsis", () => {
    expect(displayValue("x".repeat(100), 5)).toBe("xxxxx…");
  });

  it("never cuts an emoji in half", () => {
    expect(displayValue("x😀😀", 2)).toBe("x…");
    expect(displayValue("x😀😀", 3)).toBe("x😀…");
  });

  it("shows an error by its message", () => {
    expect(displayValue(new Error("#REF!"))).toBe("#REF!");
  });

  it("shows short values unchanged", () => {
    expect(displayValue("Prospecting")).toBe("Prospecting");
    expect(displayValue(3)).toBe("3");
  });
});
