import type { Bilingual } from "../kernel";
import {
  BUYING_ROLES,
  COMPETITIVE_GROUPS,
  PRELIMINARY_GROUPS,
  SWOT_OPPORTUNITY_ITEMS,
  SWOT_STRENGTH_ITEMS,
} from "./deckAssessments";
import {
  NEED_DIMENSIONS,
  PROBLEM_ANALYSIS_COLUMNS,
  PROBLEM_DISCOVERY,
  VISIT_CHECKLISTS,
} from "./deckChecklists";
import { NEGOTIATION_CONDITIONS } from "./negotiationConditions";

/** Fragments of the scraped site's adverts and footer: never content. */
const ADVERTS = [
  "气瓶",
  "处置方案",
  "合同范本免费",
  "范本下载",
  "郑伟",
  "班主任",
  "举报",
  "开通vip",
  "版权声明",
  "下载",
];

const ALL_TEXTS: Bilingual[] = [
  ...PRELIMINARY_GROUPS.flatMap((g) => [g.name, ...g.questions]),
  ...COMPETITIVE_GROUPS.flatMap((g) => [g.name, ...g.questions]),
  ...BUYING_ROLES.flatMap((r) => [r.name, r.basis, r.count, r.focus, ...r.duties]),
  ...SWOT_STRENGTH_ITEMS,
  ...SWOT_OPPORTUNITY_ITEMS,
  ...VISIT_CHECKLISTS.flatMap((c) => [c.name, ...c.items]),
  ...NEED_DIMENSIONS.flatMap((c) => [c.name, ...c.items]),
  ...PROBLEM_ANALYSIS_COLUMNS,
  ...PROBLEM_DISCOVERY.steps,
  PROBLEM_DISCOVERY.how,
  ...NEGOTIATION_CONDITIONS,
];
const nfkc = (texts: readonly Bilingual[]) => texts.map((text) => text.zh.normalize("NFKC"));

describe("the deck's forms as data", () => {
  it("carries none of the scrape's adverts", () => {
    for (const text of ALL_TEXTS) for (const advert of ADVERTS) expect(text.zh).not.toContain(advert);
  });

  it("has every text in both languages, the English without Chinese characters", () => {
    for (const text of ALL_TEXTS) {
      expect(text.zh.trim()).not.toBe("");
      expect(text.en.trim()).not.toBe("");
      expect(text.en).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it("has the five preliminary groups with 21 questions, in the deck's wording", () => {
    expect(PRELIMINARY_GROUPS.map((g) => g.name.zh)).toEqual([
      "需求与项目",
      "客户业务",
      "财务状况",
      "预算",
      "紧迫性",
    ]);
    expect(PRELIMINARY_GROUPS.map((g) => g.questions.length)).toEqual([5, 4, 3, 4, 5]);
    const questions = nfkc(PRELIMINARY_GROUPS.flatMap((g) => g.questions));
    expect(questions).toContain("什么是客户需求?");
    expect(questions).toContain("这个计划的预算是多少?(定预算的时间及执行时间)");
    expect(questions).toContain("和他们相似的公司对比,财务状况如何?");
    expect(questions).toContain("项目会给我们的经营带来什么影响?");
  });

  it("has the ten competitive groups and their questions", () => {
    expect(COMPETITIVE_GROUPS.map((g) => g.name.zh)).toEqual([
      "评选标准",
      "方案能力",
      "销售资源",
      "客户关系",
      "独特价值",
      "内线支持",
      "影响者",
      "企业文化",
      "决策方式",
      "权威人物",
    ]);
    expect(COMPETITIVE_GROUPS.map((g) => g.questions.length)).toEqual([4, 4, 6, 5, 5, 4, 3, 4, 3, 4]);
    const questions = nfkc(COMPETITIVE_GROUPS.flatMap((g) => g.questions));
    expect(questions).toContain(
      "客户怎么认为我们能满足他需求的综合能力(性能,价格,技术,服务,经验,品牌,信誉等)?",
    );
    expect(questions).toContain("客户的忠诚度");
    expect(questions).toContain("他们是否有能力去制造紧迫感?");
  });

  it("has the four buying roles with the deck's duties", () => {
    expect(BUYING_ROLES.map((r) => r.name.en)).toEqual([
      "Economic Buyer",
      "Technical Buyer",
      "User Buyer",
      "Coach",
    ]);
    expect(BUYING_ROLES.map((r) => r.name.zh)).toEqual([
      "经济决策者",
      "技术把关者",
      "使用者",
      "内线（Coach）",
    ]);
    expect(BUYING_ROLES.map((r) => r.duties.length)).toEqual([4, 4, 4, 3]);
    expect(BUYING_ROLES[0].count.zh).toBe("通常一个项目只有一位");
    expect(BUYING_ROLES[3].count.zh).toBe("至少要安排或培养一位");
    expect(BUYING_ROLES[0].duties.map((d) => d.zh)).toContain("有否决权");
  });

  it("has the SWOT's ten and nine items", () => {
    expect(SWOT_STRENGTH_ITEMS).toHaveLength(10);
    expect(SWOT_OPPORTUNITY_ITEMS).toHaveLength(9);
    expect(SWOT_STRENGTH_ITEMS[0].zh).toBe("产品和服务如何满足客户需求");
    expect(SWOT_STRENGTH_ITEMS[9].zh).toBe("客户体验");
    expect(nfkc(SWOT_OPPORTUNITY_ITEMS)).toContain("竞争对手的人员(客户经理/高层领导)的变动");
    expect(SWOT_OPPORTUNITY_ITEMS[8].zh).toBe("科技、管理模式的变化");
  });

  it("has the three visit checklists: 7, 16 and 8 items", () => {
    expect(VISIT_CHECKLISTS.map((c) => c.name.zh)).toEqual([
      "客户拜访前的准备",
      "拜访客户取得客户的好感",
      "总结客户拜访情况",
    ]);
    expect(VISIT_CHECKLISTS.map((c) => c.items.length)).toEqual([7, 16, 8]);
    const items = VISIT_CHECKLISTS.flatMap((c) => c.items.map((item) => item.zh));
    for (const expected of [
      "专业的形象",
      "灵活运用小礼品",
      "确认目标是否达成",
      "所得信息输入客户关系管理系统CRM",
    ]) {
      expect(items).toContain(expected);
    }
    expect(items.some((item) => item.startsWith("组织自己的出席人员"))).toBe(true);
  });

  it("has the problem analysis columns and the three dimensions of need", () => {
    expect(PROBLEM_ANALYSIS_COLUMNS.map((c) => c.zh)).toEqual([
      "现状",
      "困难/问题",
      "产生的影响",
      "改进后的效益",
    ]);
    expect(NEED_DIMENSIONS.map((d) => d.name.zh)).toEqual([
      "应用及服务的需求",
      "技术及系统的需求",
      "关系及合作的需求",
    ]);
    expect(NEED_DIMENSIONS.map((d) => d.items.length)).toEqual([8, 4, 5]);
    expect(NEED_DIMENSIONS[2].items[4].zh).toBe("心理需求：受重视、被关怀");
  });

  it("has the seven negotiation entry conditions", () => {
    expect(NEGOTIATION_CONDITIONS).toHaveLength(7);
    expect(NEGOTIATION_CONDITIONS[0].zh).toBe("与老总或高级主管或ERP负责人见面沟通过");
    expect(NEGOTIATION_CONDITIONS[6].zh).toBe("提供合同范本或经过企业内部法律顾问审定");
  });
});
