import { isValidSheetName, uniqueSheetName, validSheetName } from "./sheetNames";

describe("isValidSheetName", () => {
  it.each(["", "   ", "a:b", "a\\b", "a/b", "a?b", "a*b", "a[b", "a]b", "'Q1", "Q1'", "History", "HISTORY"])(
    "refuses %p",
    (name) => expect(isValidSheetName(name)).toBe(false),
  );

  it("refuses a name longer than 31 characters", () => {
    expect(isValidSheetName("x".repeat(32))).toBe(false);
    expect(isValidSheetName("x".repeat(31))).toBe(true);
  });

  it.each(["二次评估", "Stage settings", "SWOT分析", "It's Q1", "History 2020", "二次评估 (2)"])(
    "accepts %p",
    (name) => expect(isValidSheetName(name)).toBe(true),
  );
});

describe("validSheetName", () => {
  it("replaces the characters Excel forbids", () => {
    expect(validSheetName("客户困难/问题的分析")).toBe("客户困难_问题的分析");
    expect(validSheetName("a:b\\c?d*e[f]")).toBe("a_b_c_d_e_f_");
  });

  it("drops apostrophes and spaces at either end", () => {
    expect(validSheetName(" 'Q1' ")).toBe("Q1");
  });

  it("falls back to Sheet for a blank or reserved name", () => {
    expect(validSheetName("  ")).toBe("Sheet");
    expect(validSheetName("''")).toBe("Sheet");
    expect(validSheetName("history")).toBe("Sheet");
  });

  it("cuts a long name to 31 characters without splitting a surrogate pair", () => {
    expect(validSheetName("y".repeat(40))).toBe("y".repeat(31));
    const name = validSheetName("x".repeat(30) + "😀");
    expect(name).toBe("x".repeat(30));
    expect(isValidSheetName(name)).toBe(true);
  });
});

describe("uniqueSheetName", () => {
  it("keeps a free name as it is", () => {
    expect(uniqueSheetName("二次评估", [])).toBe("二次评估");
    expect(uniqueSheetName("二次评估", ["初步评估"])).toBe("二次评估");
  });

  it("numbers a taken name from (2) on", () => {
    expect(uniqueSheetName("二次评估", ["二次评估"])).toBe("二次评估 (2)");
    expect(uniqueSheetName("二次评估", ["二次评估", "二次评估 (2)"])).toBe("二次评估 (3)");
  });

  it("compares names case-insensitively, as Excel does", () => {
    expect(uniqueSheetName("Pipeline", ["PIPELINE"])).toBe("Pipeline (2)");
    expect(uniqueSheetName("Pipeline", ["PIPELINE", "pipeline (2)"])).toBe("Pipeline (3)");
  });

  it("makes the wanted name valid before numbering it", () => {
    expect(uniqueSheetName("客户困难/问题", ["客户困难_问题"])).toBe("客户困难_问题 (2)");
  });

  it("cuts the base, never the suffix, to stay within 31 characters", () => {
    const long = "Secondary assessment of the deal"; // 32 characters
    const first = uniqueSheetName(long, []);
    expect(first).toHaveLength(31);
    const second = uniqueSheetName(long, [first]);
    expect(second).toBe("Secondary assessment of the (2)");
    expect(second.length).toBeLessThanOrEqual(31);
    expect(uniqueSheetName(long, [first, second])).toBe("Secondary assessment of the (3)");
  });

  it("always answers a valid name that is not taken", () => {
    const existing: string[] = [];
    for (let i = 0; i < 15; i++) existing.push(uniqueSheetName("二次评估", existing));
    expect(new Set(existing.map((n) => n.toUpperCase())).size).toBe(15);
    expect(existing.every(isValidSheetName)).toBe(true);
    expect(existing[14]).toBe("二次评估 (15)");
  });
});
