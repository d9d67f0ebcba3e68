import { DEFAULT_SCHEME } from "../stages";
import { categoryOf, defaultCategoryIndexes } from "./categories";

const stages = (count: number) => ({ stages: DEFAULT_SCHEME.stages.slice(0, count) });

describe("defaultCategoryIndexes", () => {
  it("starts commit at 谈判 and best case at 认可 in the deck's funnel", () => {
    expect(defaultCategoryIndexes(DEFAULT_SCHEME)).toEqual({ commitIndex: 5, bestCaseIndex: 4 });
  });

  it("stays on the first stage for short stage lists", () => {
    expect(defaultCategoryIndexes(stages(3))).toEqual({ commitIndex: 1, bestCaseIndex: 0 });
    expect(defaultCategoryIndexes(stages(2))).toEqual({ commitIndex: 0, bestCaseIndex: 0 });
  });
});

describe("categoryOf", () => {
  const indexes = { commitIndex: 5, bestCaseIndex: 4 };
  it("puts stages at or beyond commit in commit, the best-case stages in best case, the rest in pipeline", () => {
    expect([0, 3, 4, 5].map((index) => categoryOf(index, indexes))).toEqual([
      "pipeline",
      "pipeline",
      "bestCase",
      "commit",
    ]);
  });

  it("has no best-case stage when best case starts at commit", () => {
    expect(categoryOf(4, { commitIndex: 4, bestCaseIndex: 4 })).toBe("commit");
    expect(categoryOf(3, { commitIndex: 4, bestCaseIndex: 4 })).toBe("pipeline");
  });
});
