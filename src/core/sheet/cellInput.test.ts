import { cellInput, literalText, readsAsNonText } from "./cellInput";

describe("readsAsNonText", () => {
  it.each([
    ['=HYPERLINK("http://x")', "a formula"],
    ["+1", "a signed number"],
    ["-x", "a formula start"],
    ["@SUM(A1)", "a formula start"],
    ["0042", "a number"],
    ["12%", "a percentage"],
    ["2024-01-01", "a date"],
    ["$100", "a currency amount"],
    ["¥100", "a currency amount"],
    ["(5)", "a negative number"],
    ["TRUE", "a boolean"],
    ["false", "a boolean"],
    ["#N/A", "an error"],
    ["'quoted", "a text prefix"],
    ["  =1", "a formula after spaces"],
    ["May 5", "a date"],
    ["＝1+1", "a full-width formula start"],
    ["＋1", "a full-width sign"],
    ["－2", "a full-width sign"],
    ["＠SUM(A1)", "a full-width formula start"],
    ["１２３", "full-width digits"],
    ["（5）", "a full-width negative number"],
    ["＃N/A", "a full-width error start"],
  ])("is true for %s (%s)", (text) => {
    expect(readsAsNonText(text)).toBe(true);
  });

  it.each(["客户名称", "Contoso", "Mayfield", "Mayfield 3", "阶段 1", "", "True love", "Ａcme", "第1阶段"])(
    "is false for plain text %p",
    (text) => {
      expect(readsAsNonText(text)).toBe(false);
    },
  );
});

describe("literalText", () => {
  it("prefixes an apostrophe only where Excel would read the text otherwise", () => {
    expect(literalText("=1+1")).toBe("'=1+1");
    expect(literalText("＝1+1")).toBe("'＝1+1");
    expect(literalText("'x")).toBe("''x");
    expect(literalText("意向客户")).toBe("意向客户");
  });
});

describe("cellInput", () => {
  it("is blank for a cell without value or formula", () => {
    expect(cellInput({})).toBe("");
  });

  it("keeps formulas, numbers and booleans, and makes text literal", () => {
    expect(cellInput({ formula: "=SUM(A1:A3)" })).toBe("=SUM(A1:A3)");
    expect(cellInput({ value: 0.25 })).toBe(0.25);
    expect(cellInput({ value: false })).toBe(false);
    expect(cellInput({ value: "=cmd|' /C calc'!A0" })).toBe("'=cmd|' /C calc'!A0");
  });
});
