import {
  parseRating,
  verdictText,
  WORTH_CRITERIA,
  worthVerdict,
  worthWinning,
  type WorthAssessment,
} from "./winworth";
import { valueOf, errorOf } from "../kernel/testing/results";

const marks = (...cells: unknown[]) => cells.map((cell) => valueOf(parseRating(cell)));

describe("WORTH_CRITERIA", () => {
  it("lists the five criteria of 值得赢吗? in the deck's order", () => {
    expect(WORTH_CRITERIA.map((c) => c.id)).toEqual([
      "shortTermRevenue",
      "futureRevenue",
      "profit",
      "risk",
      "strategicValue",
    ]);
    expect(WORTH_CRITERIA.map((c) => c.name.zh)).toEqual([
      "我们短期销售收入",
      "我们未来销售收入",
      "我们的利润",
      "我们的风险",
      "对我们扩充市场的战略价值",
    ]);
  });

  it("prints risk's standard as 高 but marks it inverted, and strategic value's as 有", () => {
    expect(WORTH_CRITERIA.map((c) => c.standard.zh)).toEqual(["高", "高", "高", "高", "有"]);
    expect(WORTH_CRITERIA.filter((c) => c.inverted).map((c) => c.id)).toEqual(["risk"]);
  });

  it("carries the deck's detail questions in both languages", () => {
    expect(WORTH_CRITERIA.map((c) => c.questions.length)).toEqual([4, 5, 4, 4, 0]);
    expect(WORTH_CRITERIA[0].questions[0].zh).toBe("订单数量是多少？");
    for (const question of WORTH_CRITERIA.flatMap((c) => c.questions)) {
      expect(question.zh).toMatch(/？$/);
      expect(question.en).toMatch(/\?$/);
    }
  });

  it("cannot be changed by a caller", () => {
    expect(Object.isFrozen(WORTH_CRITERIA)).toBe(true);
    expect(Object.isFrozen(WORTH_CRITERIA[3])).toBe(true);
    expect(Object.isFrozen(WORTH_CRITERIA[3].questions)).toBe(true);
  });
});

describe("parseRating", () => {
  it("is a VALUE error naming a value that is not a rating", () => {
    for (const value of ["abc", "++", "8分", true, {}]) {
      expect(errorOf(parseRating(value)).code).toBe("VALUE");
    }
    expect(errorOf(parseRating("abc")).message.en).toContain("“abc”");
    expect(errorOf(parseRating("abc")).message.zh).toContain("“abc”");
  });

  it("quotes at most 60 characters of a long text that is not a rating", () => {
    const result = parseRating("意".repeat(10_000));
    expect(result.ok ? "" : result.error.message.zh).toContain(`“${"意".repeat(60)}…”`);
    expect(result.ok ? Infinity : result.error.message.en.length).toBeLessThan(200);
  });

  it("is a VALUE error for a number outside 0..10", () => {
    for (const value of [-1, 10.5, 11, Number.NaN, Number.POSITIVE_INFINITY, "-3", "12"]) {
      expect(errorOf(parseRating(value)).code).toBe("VALUE");
    }
    expect(errorOf(parseRating(12)).message.en).toContain("12");
  });

  it("reads a blank cell as not rated", () => {
    expect(marks(null, undefined, "", "   ")).toEqual([null, null, null, null]);
  });

  it("reads a lone dash as the low mark, other placeholder fillers as not rated", () => {
    expect(marks(" - ", "—")).toEqual([0, 0]);
    expect(marks("--", "_", "\u200b")).toEqual([null, null, null]);
  });

  it("reads the deck's + and − marks (and their look-alikes) as 10 and 0", () => {
    expect(marks("+", "＋", "✓", "√", "高", "有", "High")).toEqual([10, 10, 10, 10, 10, 10, 10]);
    expect(marks("-", "−", "－", "–", "—", "×", "低", "无", "low")).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("reads numbers and numeric text from 0 to 10", () => {
    expect(marks(0, 10, 7.5, " 8 ", "８", "6.5", "+9")).toEqual([0, 10, 7.5, 8, 8, 6.5, 9]);
    expect(Object.is(valueOf(parseRating(-0)), 0)).toBe(true);
  });
});

describe("worthWinning", () => {
  it("is a VALUE error unless exactly five ratings are given", () => {
    expect(errorOf(worthWinning([8, 8, 8, 8])).code).toBe("VALUE");
    expect(errorOf(worthWinning([8, 8, 8, 8, 8, 8])).message.en).toMatch(/exactly 5 ratings.*got 6/);
  });

  it("is a VALUE error naming the criterion of a rating outside 0..10", () => {
    const error = errorOf(worthWinning([8, 8, 8, 11, 8]));
    expect(error.code).toBe("VALUE");
    expect(error.message.zh).toContain("我们的风险");
    expect(errorOf(worthWinning([Number.NaN, 8, 8, 8, 8])).code).toBe("VALUE");
  });

  it("is a VALUE error for bad weights", () => {
    const ratings = [8, 8, 8, 2, 8];
    expect(errorOf(worthWinning(ratings, [1, 1, 1, 1])).code).toBe("VALUE");
    expect(errorOf(worthWinning(ratings, [1, -1, 1, 1, 1])).message.en).toContain("Our future sales revenue");
    expect(errorOf(worthWinning(ratings, [1, Number.NaN, 1, 1, 1])).code).toBe("VALUE");
    expect(errorOf(worthWinning(ratings, [1, Number.POSITIVE_INFINITY, 1, 1, 1])).code).toBe("VALUE");
    expect(errorOf(worthWinning(ratings, [0, 0, 0, 0, 0])).message.en).toMatch(/all zero/);
  });

  it("is a VALUE error when every rated criterion has weight 0", () => {
    expect(errorOf(worthWinning([8, null, null, null, null], [0, 1, 1, 1, 1])).code).toBe("VALUE");
  });

  it("is an NA error asking for a rating when none is rated", () => {
    const error = errorOf(worthWinning([null, null, null, null, null]));
    expect(error.code).toBe("NA");
    expect(error.message.en).toBe("Rate at least one criterion.");
    expect(error.message.zh).toBe("请至少评估一项标准。");
  });

  it("scores all favourable marks 100: high revenue, profit and strategic value, low risk", () => {
    expect(valueOf(worthWinning(marks("+", "+", "+", "−", "+")))).toEqual({
      score: 100,
      verdict: "worth",
      rated: 5,
    });
  });

  it("inverts risk: a high risk counts against the deal", () => {
    expect(valueOf(worthWinning(marks("+", "+", "+", "+", "+"))).score).toBe(80);
    expect(valueOf(worthWinning([null, null, null, 2, null])).score).toBe(80);
    expect(valueOf(worthWinning([null, null, null, 9, null])).score).toBe(10);
  });

  it("scores marks as the share of favourable criteria", () => {
    const score = (...cells: string[]) => valueOf(worthWinning(marks(...cells)));
    expect(score("+", "+", "−", "−", "+")).toEqual({ score: 80, verdict: "worth", rated: 5 });
    expect(score("+", "−", "−", "+", "+")).toEqual({ score: 40, verdict: "not-worth", rated: 5 });
    expect(score("+", "+", "−", "+", "+")).toEqual({ score: 60, verdict: "review", rated: 5 });
  });

  it("averages over the rated criteria only", () => {
    // contributions 8, 6 and 10 − 7 = 3 → mean 17/3
    expect(valueOf(worthWinning([8, null, 6, 7, null]))).toEqual({
      score: 56.666666667,
      verdict: "review",
      rated: 3,
    });
  });

  it("weights the contributions, blank weights counting as 1", () => {
    // contributions 10, 10, 0, 10 (risk 0), 0 with weights 3, 3, 1, 1, 1 → 70 / 9
    expect(valueOf(worthWinning([10, 10, 0, 0, 0], [3, 3, 1, 1, 1])).score).toBeCloseTo(700 / 9, 8);
    expect(valueOf(worthWinning([10, 10, 0, 0, 0], [3, 3, null, null, null])).score).toBeCloseTo(700 / 9, 8);
    expect(valueOf(worthWinning([9, 5, 7, 4, 3], [null, null, null, null, null]))).toEqual(
      valueOf(worthWinning([9, 5, 7, 4, 3])),
    );
  });

  it("scores weights at the edges of floating point as their ratios: huge ones do not overflow, tiny ones do not vanish", () => {
    // contributions 10, 10, 0, 10 (risk 0), 0 with equal weights → 60, whatever their size
    for (const weight of [1e308, Number.MAX_VALUE, 5e-324, 1e-300]) {
      expect(valueOf(worthWinning([10, 10, 0, 0, 0], new Array(5).fill(weight)))).toEqual({
        score: 60,
        verdict: "review",
        rated: 5,
      });
    }
    expect(valueOf(worthWinning([10, 10, 0, 0, 0], [3e307, 3e307, 1e307, 1e307, 1e307])).score).toBeCloseTo(
      700 / 9,
      8,
    );
  });

  it("leaves a criterion with weight 0 out of the score", () => {
    expect(valueOf(worthWinning([10, 0, 0, 0, 0], [1, 0, 0, 0, 0])).score).toBe(100);
  });

  it("puts the verdict boundaries at 70 (worth) and 50 (review)", () => {
    const verdict = (ratings: number[]): WorthAssessment => valueOf(worthWinning(ratings));
    expect(verdict([7, 7, 7, 3, 7])).toEqual({ score: 70, verdict: "worth", rated: 5 });
    expect(verdict([7, 7, 7, 3, 6.9])).toEqual({ score: 69.8, verdict: "review", rated: 5 });
    expect(verdict([5, 5, 5, 5, 5])).toEqual({ score: 50, verdict: "review", rated: 5 });
    expect(verdict([5, 5, 5, 5, 4.9])).toEqual({ score: 49.8, verdict: "not-worth", rated: 5 });
  });

  it("does not let floating-point noise push a score of exactly 70 below the boundary", () => {
    // a plain weighted mean of these gives 69.99999999999999
    expect(valueOf(worthWinning([7, 7, 7, 3, 7], [0.3, 0.1, 0.2, 0.3, 0.3]))).toEqual({
      score: 70,
      verdict: "worth",
      rated: 5,
    });
  });
});

describe("worthVerdict", () => {
  it("applies ≥ 70 worth, 50–70 review, < 50 not worth", () => {
    expect([100, 70, 69.999, 50, 49.999, 0].map(worthVerdict)).toEqual([
      "worth",
      "worth",
      "review",
      "review",
      "not-worth",
      "not-worth",
    ]);
  });
});

describe("verdictText", () => {
  it("says the verdict in Chinese and English", () => {
    expect(verdictText("worth", "zh")).toBe("值得赢");
    expect(verdictText("review", "zh")).toBe("需复核");
    expect(verdictText("not-worth", "zh")).toBe("不值得");
    expect(verdictText("worth", "en")).toBe("Worth winning");
    expect(verdictText("review", "en")).toBe("Review");
    expect(verdictText("not-worth", "en")).toBe("Not worth it");
  });
});
