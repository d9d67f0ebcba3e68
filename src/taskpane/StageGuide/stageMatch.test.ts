import { STAGES } from "../../core/stages";
import {
  foldForSearch,
  queryWords,
  stageMatchesQuery,
  stagesMatching,
  type SearchableStage,
} from "./stageMatch";

const b = (zh: string, en: string) => ({ zh, en });
const sample: SearchableStage = {
  name: b("立项客户", "Project established"),
  shortName: b("立项", "Project"),
  markers: [b("成立小组跟进", "A team is set up to follow up")],
  characteristics: [b("有初步预算", "Has a preliminary budget")],
  actions: [b("编写销售计划", "Write the sales plan")],
};

describe("foldForSearch", () => {
  it("folds full-width letters, case and runs of spaces", () => {
    expect(foldForSearch("  ＢＵＤＧＥＴ \t  Plan ")).toBe("budget plan");
  });
});

describe("queryWords", () => {
  it("has no words for a blank query", () => {
    expect(queryWords("   ")).toEqual([]);
  });

  it("splits on spaces, including the ideographic space", () => {
    expect(queryWords("预算\u3000Budget")).toEqual(["预算", "budget"]);
  });
});

describe("stageMatchesQuery", () => {
  it("matches every stage for a blank query", () => {
    expect(stageMatchesQuery(sample, "")).toBe(true);
  });

  it("does not match a word the stage lacks", () => {
    expect(stageMatchesQuery(sample, "报价")).toBe(false);
    expect(stageMatchesQuery(sample, "quote")).toBe(false);
  });

  it("requires every word of the query", () => {
    expect(stageMatchesQuery(sample, "budget quote")).toBe(false);
    expect(stageMatchesQuery(sample, "budget 计划")).toBe(true);
  });

  it("matches names, markers, characteristics and actions in Chinese", () => {
    for (const word of ["立项", "小组", "预算", "销售计划"])
      expect(stageMatchesQuery(sample, word)).toBe(true);
  });

  it("matches in English regardless of case", () => {
    for (const word of ["PROJECT", "Team", "preliminary BUDGET", "sales plan"]) {
      expect(stageMatchesQuery(sample, word)).toBe(true);
    }
  });
});

describe("stagesMatching", () => {
  it("keeps the stages in funnel order", () => {
    expect(stagesMatching(STAGES, "").map((stage) => stage.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("finds the stages whose texts mention a quote, in either language", () => {
    expect(stagesMatching(STAGES, "报价").map((stage) => stage.id)).toEqual(["acknowledged", "negotiation"]);
    expect(stagesMatching(STAGES, "quote").map((stage) => stage.id)).toEqual(["acknowledged", "negotiation"]);
  });

  it("finds nothing for a word no stage contains", () => {
    expect(stagesMatching(STAGES, "blockchain")).toEqual([]);
  });
});
