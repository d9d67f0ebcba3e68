import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findVariants, GLOSSARY, glossaryMarkdown, halfWidthInChinese, isChineseText } from "./glossary";

const GLOSSARY_DOC = join(__dirname, "..", "..", "..", "docs", "glossary.md");

describe("findVariants", () => {
  it("finds a variant planted in a text, with the text around it and the word to use", () => {
    const hits = findVariants("请查看漏斗健康报告中的数据");
    expect(hits.map((hit) => hit.term.zh)).toContain("管线健康");
    expect(hits[0].context).toBe("请查看漏斗健康报告中的数据");
    expect(findVariants("Weighted 管道 of open deals").map((h) => h.term.en)).toEqual(["pipeline"]);
  });

  it("finds every refused variant of the table", () => {
    const planted = [
      "未结商机",
      "输单",
      "商机已丢失",
      "实测赢率",
      "P10（较差情况）",
      "P90 (high)",
      "原始资料",
      "讲义 刻度",
      "红旗警示",
      "customer managers",
      "Funnel Health",
      "Project established",
    ];
    for (const text of planted) expect(findVariants(text)).not.toEqual([]);
  });

  it("lets a variant through where an allowed context holds it", () => {
    for (const text of ["销售漏斗的七个阶段", "漏斗图", "倒推漏斗", "尚未结束的期间", "已丢单, 输单, 失单"])
      expect(findVariants(text)).toEqual([]);
    expect(findVariants("earlier names Target, Intent, Project established, Acknowledged, Won")).toEqual([]);
    expect(findVariants("漏斗的阶段")).toHaveLength(1);
  });

  it("finds none in the glossary's own words: no preferred word is refused by another entry", () => {
    for (const entry of GLOSSARY) {
      expect(findVariants(entry.zh)).toEqual([]);
      expect(findVariants(entry.en)).toEqual([]);
    }
  });
});

describe("halfWidthInChinese", () => {
  it("flags ASCII commas, colons, brackets and question marks in a Chinese sentence", () => {
    expect(halfWidthInChinese("赢单率(按金额)")).toHaveLength(2);
    expect(halfWidthInChinese("客户名称:请填写")).toHaveLength(1);
    expect(halfWidthInChinese("目标,潜在")).toHaveLength(1);
    expect(halfWidthInChinese("值得赢吗?")).toHaveLength(1);
  });

  it("leaves formulas, numbers, codes, a quoted mark and English sentences alone", () => {
    expect(halfWidthInChinese("=FUNNEL.STAGE(A2)，序号 1–7，P10、P90")).toEqual([]);
    expect(halfWidthInChinese("请用“,”分隔千位")).toEqual([]);
    expect(halfWidthInChinese("A lost word (丢单, Lost).")).toEqual([]);
    expect(isChineseText("A lost word (丢单, Lost).")).toBe(false);
  });
});

describe("the glossary", () => {
  it("names the deck's own measure words: 销售升迁周期, 机会阶段转化率, 机会升迁耗时", () => {
    const words = GLOSSARY.map((entry) => entry.zh);
    for (const word of ["销售升迁周期", "机会阶段转化率", "机会升迁耗时"]) expect(words).toContain(word);
  });

  it("holds one entry per Chinese word and one per English word", () => {
    expect(new Set(GLOSSARY.map((entry) => entry.zh)).size).toBe(GLOSSARY.length);
    expect(new Set(GLOSSARY.map((entry) => entry.en.toLowerCase())).size).toBe(GLOSSARY.length);
  });

  it("is what docs/glossary.md says (UPDATE_GOLDEN=1 rewrites the document)", () => {
    const rendered = glossaryMarkdown();
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GLOSSARY_DOC, rendered);
    expect(readFileSync(GLOSSARY_DOC, "utf8")).toBe(rendered);
  });
});
