import { DEFAULT_PROBABILITIES, LOST, STAGES, stageById, type StageId } from "./stages";
import { DECK_STAGE_IDS, DECK_STAGE_NAMES_ZH } from "./testing/deckStages";

const zh = (texts: readonly { zh: string }[]) => texts.map((text) => text.zh);

describe("stageById", () => {
  it("throws a RangeError for an id that is not a stage", () => {
    expect(() => stageById("lost" as StageId)).toThrow(RangeError);
  });

  it("finds each stage by its id", () => {
    for (const stage of STAGES) expect(stageById(stage.id)).toBe(stage);
    expect(stageById("intent").name.zh).toBe("意向客户");
  });
});

describe("STAGES", () => {
  it("holds the seven stages of the deck in order, numbered 1 to 7", () => {
    expect(STAGES.map((stage) => stage.id)).toEqual(DECK_STAGE_IDS);
    expect(STAGES.map((stage) => stage.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(zh(STAGES.map((stage) => stage.name))).toEqual(DECK_STAGE_NAMES_ZH);
    expect(zh(STAGES.map((stage) => stage.shortName))).toEqual([
      "目标",
      "潜在",
      "意向",
      "立项",
      "认可",
      "谈判",
      "成交",
    ]);
  });

  it("has the deck's markers (标志) for every stage", () => {
    expect(STAGES.map((stage) => zh(stage.markers))).toEqual([
      ["产品能适应或满足"],
      ["有销售机会"],
      ["符合产品应用特征", "有需求"],
      ["评估符合项目要求", "成立小组跟进"],
      ["小组跟进后客户基本认可"],
      ["确定作为重要备选之一"],
      ["完成签约、付款、交货"],
    ]);
  });

  it("has the deck's characteristics (特征): none for target, 3, 4, 6, 4, 3 and 2 for the others", () => {
    expect(STAGES.map((stage) => stage.characteristics.length)).toEqual([0, 3, 4, 6, 4, 3, 2]);
    expect(STAGES.map((stage) => zh(stage.characteristics))).toEqual([
      [],
      ["有管理需要", "经济效益好", "未使用或使用效果不佳"],
      ["对产品/服务感兴趣", "认同外购", "有需求", "接触厂商"],
      ["对公司一定认同", "有明确需求", "有初步预算", "成立小组或有专人", "有时间计划", "有第三方介入"],
      ["初步认可产品或方案", "作为备选", "初步商务报价", "未来90天内成交可能超过50%"],
      ["认可公司", "作为主要备选", "确定项目操作时间进度表（投标、谈判、签约）"],
      ["合同签署、支付首期及相关款项并得到财务确认", "已经办理订货和发货"],
    ]);
  });

  it("has the deck's actions (动作), with the overview slide's additions for stages 2, 4, 5, 6 and 7", () => {
    expect(STAGES.map((stage) => stage.actions.length)).toEqual([3, 5, 4, 8, 9, 8, 5]);
    expect(STAGES.map((stage) => zh(stage.actions))).toEqual([
      ["选择目标市场", "挖掘符合描述的目标客户群", "筛选合格的目标客户"],
      [
        "客户拜访前的准备",
        "拜访客户，取得客户好感",
        "收集客户全貌信息",
        "总结发掘潜在的销售机会",
        "分析客户的SWOT",
      ],
      [
        "了解客户的困难、问题和影响，探索客户需求",
        "引导客户认识其问题并鼓励采取行动",
        "说服客户对我们的产品感兴趣",
        "初步分析和评估销售机会",
      ],
      [
        "确认客户需求",
        "收集客户立项及关键人物信息",
        "再次分析及评估销售机会",
        "分析与竞争对手的优劣势",
        "制定销售竞争策略和客户决策者关系策略",
        "组建项目销售团队",
        "编写销售计划",
        "拜访客户高层领导，赢得信任",
      ],
      [
        "组织项目团队并分配任务",
        "客户高层拜访，赢得其信任",
        "收集客户项目解决方案并做效益分析",
        "突出解决方案与竞争对手差异并做方案验证以获得客户认可",
        "项目小组全面跟进",
        "强化客户关系",
        "提供个性化解决方案及初步报价",
        "安排大客户简报，答辩",
        "赢得客户初步认可",
      ],
      [
        "异议排队和沟通及必要的演示",
        "正式商务报价",
        "商务合同条款谈判",
        "合同送审",
        "解释客户疑虑",
        "借必要的参观来增加客户信心",
        "确定商务进度表",
        "协商及谈判",
      ],
      ["收款", "订货和发货", "做实施准备和项目交接", "审批合同", "签约"],
    ]);
  });

  it("puts each overview action under the column it stands in on the overview slide", () => {
    const holds = (id: string, action: string) =>
      STAGES.find((stage) => stage.id === id)!.actions.some((a) => a.zh === action);
    expect(holds("acknowledged", "解释客户疑虑")).toBe(false);
    expect(holds("acknowledged", "借必要的参观来增加客户信心")).toBe(false);
    expect(holds("negotiation", "解释客户疑虑")).toBe(true);
    expect(holds("negotiation", "借必要的参观来增加客户信心")).toBe(true);
    expect(holds("negotiation", "审批合同")).toBe(false);
    expect(holds("won", "审批合同")).toBe(true);
    expect(holds("project", "拜访客户高层领导，赢得信任")).toBe(true);
  });

  it("has each stage's goal: the heading of its column on the overview slide", () => {
    expect(STAGES.map((stage) => stage.goal.zh)).toEqual([
      "定位及挖掘目标客户",
      "发现潜在销售机会",
      "引导及确认客户意向",
      "影响及跟进客户立项",
      "赢得客户初步认可",
      "进行商务谈判",
      "完成销售成交",
    ]);
    for (const stage of STAGES) expect(stage.goal.en).not.toMatch(/\p{Script=Han}/u);
  });

  it("has an English translation for every text and none of the scraped site's adverts", () => {
    const texts = STAGES.flatMap((stage) => [
      stage.name,
      stage.shortName,
      ...stage.markers,
      ...stage.characteristics,
      ...stage.actions,
    ]);
    for (const text of texts) {
      expect(text.zh.trim()).not.toBe("");
      expect(text.en.trim()).not.toBe("");
      expect(text.en).not.toMatch(/\p{Script=Han}/u);
    }
    const all = texts.map((text) => text.zh).join("\n");
    for (const advert of [
      "气瓶",
      "合同范本",
      "免费下载",
      "家庭教育",
      "班主任",
      "协议范本",
      "举报",
      "vip",
      "版权",
    ])
      expect(all).not.toContain(advert);
  });

  it("cannot be changed by callers", () => {
    expect(Object.isFrozen(STAGES)).toBe(true);
    expect(Object.isFrozen(STAGES[0])).toBe(true);
    expect(Object.isFrozen(STAGES[0].actions)).toBe(true);
  });
});

describe("DEFAULT_PROBABILITIES", () => {
  it("is the documented ladder 5, 10, 20, 35, 55, 75, 100 % and lost 0 %", () => {
    expect(DEFAULT_PROBABILITIES).toEqual({
      target: 0.05,
      prospect: 0.1,
      intent: 0.2,
      project: 0.35,
      acknowledged: 0.55,
      negotiation: 0.75,
      won: 1,
      lost: 0,
    });
  });

  it("agrees with the deck: an acknowledged deal is more than 50 % likely", () => {
    expect(stageById("acknowledged").defaultProbability).toBeGreaterThan(0.5);
  });

  it("is each stage's default probability, rising stage by stage", () => {
    const probabilities = STAGES.map((stage) => stage.defaultProbability);
    expect(probabilities).toEqual(STAGES.map((stage) => DEFAULT_PROBABILITIES[stage.id]));
    for (let i = 1; i < probabilities.length; i++)
      expect(probabilities[i]).toBeGreaterThan(probabilities[i - 1]);
  });
});

describe("LOST", () => {
  it("is the lost outcome 丢单 / Closed lost with probability 0", () => {
    expect(LOST).toEqual({ id: "lost", name: { zh: "丢单", en: "Closed lost" }, defaultProbability: 0 });
  });
});
