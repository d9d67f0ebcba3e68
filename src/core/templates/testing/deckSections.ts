/**
 * The deck's items by section, read from the seed (deckSeed.zh.txt: the scraped deck, kept as it came): each
 * section is either a slice of the seed split into items, or items listed by hand where the scrape runs them
 * together. Test support for deckCoverage.test.ts only: production code never imports it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The scraped site's advert fragments inside the deck's text: removed before reading (never content). */
export const SEED_ADVERTS: readonly string[] = Object.freeze([
  "气瓶 现场处置方案 .pdf气瓶 现场处置方案 .doc见习基地管理方案.doc关于群访事件的化解方案建筑工地扬尘治理专项方案下载",
  "劳动合同范本免费下载装修合同范本免费下载租赁合同免费下载房屋买卖合同下载劳务合同范本下载",
  "郑伟家庭教育讲座全集个人独资股东决定成立安全领导小组关于成立临时党支部关于注销分公司决定",
  "班主任工作经验交流宣传工作经验交流材料优秀班主任经验交流小学课改经验典型材料房地产总经理管理经验",
  "协议范本下载族谱范本下载临帖范本下载公司章程范本下载监理月检范本下载",
]);

/**
 * The deck's text: the second (complete) copy of the slides in the scrape, up to the site's footer, without
 * the adverts.
 */
export function deckText(): string {
  const raw = readFileSync(join(__dirname, "deckSeed.zh.txt"), "utf8");
  let body = raw.slice(raw.lastIndexOf("nullnull陈 丽"), raw.indexOf("本文档为"));
  for (const advert of SEED_ADVERTS) {
    if (!body.includes(advert)) throw new Error(`The seed no longer holds the advert “${advert}”.`);
    body = body.split(advert).join("");
  }
  return body;
}

/** How a section's items are read: a slice of the seed split into items, or items listed by hand. */
export type SectionReading =
  | {
      readonly from: string;
      readonly to: string;
      readonly split: RegExp;
      /** Slide headings and page breaks inside the slice, removed first. */
      readonly drop?: RegExp;
    }
  | { readonly items: readonly string[] };

/** A section of the deck. */
export interface DeckSection {
  readonly id: string;
  /** Where it is in the deck. */
  readonly title: string;
  readonly reading: SectionReading;
}

const slice = (from: string, to: string, split: RegExp, drop?: RegExp): SectionReading => ({
  from,
  to,
  split,
  drop,
});
const listed = (...items: string[]): SectionReading => ({ items });

/** The deck's sections, in the deck's order. */
export const DECK_SECTIONS: readonly DeckSection[] = Object.freeze([
  {
    id: "purpose",
    title: "销售漏斗的意义",
    reading: listed("销售升迁周期", "机会阶段转化率", "机会升迁耗时"),
  },
  {
    id: "overviewGoals",
    title: "总览：各列目标",
    // The last four headings run together in the scrape.
    reading: slice("定位及挖掘目标客户", "-取得客户的好感", /\s+|(?<=客户立项)|(?<=初步认可)|(?<=商务谈判)/),
  },
  { id: "overviewActions", title: "总览：各列动作", reading: slice("-取得客户的好感", "附合The", /-/) },
  {
    id: "stageNames",
    title: "目录与七个阶段",
    reading: slice("一、目标客户阶段", " 销售漏斗的意义", /[一二三四五六七]、/),
  },
  { id: "funnelRule", title: "销售漏斗阶段的划分", reading: listed("以客户及其在项目中表现的特征为标志") },
  // The seven stage slides (标志 / 特征 / 动作) are read by stageSlides() below.
  { id: "targeting", title: "一、定位和挖掘目标客户", reading: slice("通过区域行业", "null二、潜在", /\s+/) },
  {
    id: "visitPreparation",
    title: "二、客户拜访前的准备",
    reading: slice("□ 预约拜访", "客户拜访前的准备 二、", /□/),
  },
  {
    id: "goodwill",
    title: "二、拜访客户取得客户的好感",
    reading: slice("□ 专业的形象", "拜访客户取得客户的好感 二", /□/),
  },
  {
    id: "visitSummary",
    title: "二、总结客户拜访情况",
    reading: slice("□ 确认目标是否达成", "二、潜在客户阶段 总结", /□/),
  },
  {
    id: "profile",
    title: "二、客户全貌信息（一）（二）",
    reading: listed("客户经理", "时间", "客户全貌信息", "组织结构图"),
  },
  {
    id: "needProcess",
    title: "三、发现客户困难/问题和需求的流程",
    reading: listed(
      "发现客户困难/问题和需求的流程",
      "了解现状",
      "发现问题/困难",
      "分析影响",
      "确认并归类需求",
      "与客户不同部门的相关人员进行访谈",
    ),
  },
  {
    id: "problemAnalysis",
    title: "三、客户困难/问题的分析",
    reading: listed("客户困难/问题的分析", "现状", "困难/问题", "产生的影响", "改进后的效益"),
  },
  {
    id: "needs1",
    title: "三、三维的客户需求(1)",
    reading: slice("□ 应用及服务的需求", "三、意向客户阶段三维的客户需求(1)", /□/),
  },
  {
    id: "needs2",
    title: "三、三维的客户需求(2)",
    reading: slice("□ 技术及系统的需求", "三、意向客户阶段三维的客户需求(2)", /□/),
  },
  {
    id: "needs3",
    title: "三、三维的客户需求(3)",
    reading: slice("□ 关系及合作的需求", "三、意向客户阶段三维的客户需求(3)", /□/),
  },
  {
    id: "seeingNeeds",
    title: "三、看透客户的需求",
    reading: listed(
      "看透客户的需求",
      "客户需求有些是意识到的,有些是没有意识到的。",
      "看得到的 意识到的 表面的 明确的",
      "看不到的 意识不到的 潜在的 含糊的",
    ),
  },
  {
    id: "buyingPurpose",
    title: "三、了解客户购买的目的",
    reading: slice("□ 每个人", "null三、意向客户阶段 了解", /□|:/),
  },
  {
    id: "buyingIntent",
    title: "三、了解客户的购买意向",
    reading: slice("□ 客户是基于", "null三、意向客户阶段 说服", /□/),
  },
  { id: "fab", title: "三、说服客户购买(FAB)", reading: slice("说服法", "null三、意向客户阶段 初步", /□/) },
  {
    id: "preliminary",
    title: "三、初步销售机会评估",
    reading: slice(
      "什么是客户需求?",
      "null四、立项客户阶段标志",
      /\?(?!\()|(?<=执行时间\))/,
      /三、意向客户阶段\s*初步销售机会评估\s*(null)?/g,
    ),
  },
  {
    id: "projectInfo",
    title: "四、收集立项信息",
    reading: listed("收集立项信息", "项目采购时间表", "ERP项目采购评审内容"),
  },
  {
    id: "buyingRoles",
    title: "四、影响企业采购决定的四种角色",
    reading: slice(
      "□ 以经济效益为出发点的",
      "null值得赢吗",
      /□|---|:/,
      /四、立项客户阶段|影响企业采购决定的四种角色|null/g,
    ),
  },
  {
    id: "worth",
    title: "四、销售机会二次评估：值得赢吗？",
    reading: listed(
      "销售机会二次评估",
      "值得赢吗?",
      "我们短期销售收入",
      "我们未来销售收入",
      "我们的利润",
      "我们的风险",
      "对我们扩充市场的 战略价值",
      "结论",
      "评估内容",
      "评估标准",
      "评语",
    ),
  },
  {
    id: "worthQuestions",
    title: "四、销售机会二次评估：详细问题",
    reading: slice(
      "定单数量是多少?",
      "null销售竞争力的评估",
      /\?/,
      /四、立项客户阶段销售机会二次评估\s*(null)?/g,
    ),
  },
  {
    id: "competitive",
    title: "四、销售竞争力的评估",
    reading: slice(
      "什么是评选的标准?",
      "null销售竞争力的自我SWOT",
      /\?|(?<=客户的忠诚度)/,
      /销售竞争力的评估|四、立项客户阶段|立项客户阶段|null/g,
    ),
  },
  {
    id: "swotStrengths",
    title: "四、销售竞争力的自我SWOT分析：强项与弱项",
    reading: slice("□ 产品和服务如何满足", "四、立项客户阶段null销售竞争力", /□/),
  },
  {
    id: "swotOpportunities",
    title: "四、销售竞争力的自我SWOT分析：机会与威胁",
    reading: slice("□ 与客户企业的关系层次及其影响", "四、立项客户阶段null□ 关系突破期", /□/),
  },
  {
    id: "swotTitles",
    title: "四、销售竞争力的自我SWOT分析",
    reading: listed("销售竞争力的自我SWOT 分析", "强项与弱项", "机会与威胁"),
  },
  {
    id: "relationshipPhases",
    title: "四、客户关系发展阶段",
    reading: slice(
      "□ 关系突破期",
      "null五、认可客户阶段标志",
      /□/,
      /客户关系发展阶段|四、立项客户阶段|立项客户阶段|null/g,
    ),
  },
  {
    id: "executiveMeeting",
    title: "五、争取客户高层会面方法",
    reading: slice("争取客户高层会面方法□", "五、认可客户阶段null赢得", /□/),
  },
  {
    id: "executiveTrust",
    title: "五、赢得客户高层信任",
    reading: slice("赢得客户高层信任□", "五、认可客户阶段null与客户", /□/),
  },
  {
    id: "executiveTrustElements",
    title: "五、与客户高层领导建立信任的要素",
    reading: slice("与客户高层领导建立信任的要素□", "五、认可客户阶段null六、", /□/),
  },
  {
    id: "negotiationEntry",
    title: "六、进入商务谈判阶段的条件",
    reading: listed(
      "进入商务谈判阶段的条件",
      "与老总或高级主管或ERP负责人见面沟通过",
      "明确客户关键需求和客户关键评估项目",
      "完成报价并让客户很容易看懂并能做出合理的解释",
      "完成了公司介绍、交流、演示、调研",
      "客户大的风险意识,项目已经解决",
      "项目组选型有了具体结论上报老总并批示",
      "提供合同 范本  或经过企业内部法律顾问审定",
    ),
  },
  {
    id: "tactics",
    title: "六、谈判的技巧",
    reading: slice("谈判的技巧 ", "null七、成交客户阶段标志", /;?\s+/),
  },
  { id: "closing", title: "七、注意事项", reading: slice("注意事项 ", "null总体目标", /\s+/) },
  {
    id: "summary",
    title: "总结",
    reading: listed("通过掌握、学习销售漏斗的技巧,进行有效的销售管理和过程控制,才能成为一名优秀的 营销人员!"),
  },
]);

/** The items of a section read from the deck's text (trimmed, blanks and repeats left out). */
export function sectionItems(deck: string, section: DeckSection): string[] {
  const reading = section.reading;
  if ("items" in reading) return [...reading.items];
  const start = deck.indexOf(reading.from);
  const end = deck.indexOf(reading.to, start + reading.from.length);
  if (start < 0 || end < 0) throw new Error(`Section ${section.id}: anchors not found in the deck.`);
  let text = deck.slice(start, end);
  if (reading.drop) text = text.replace(reading.drop, " ");
  const items = text
    .split(reading.split)
    .map((item) => item.trim())
    .filter((item) => item !== "");
  return [...new Set(items)];
}

/** The 标志, 特征 and 动作 of the seven stage slides, in order (特征 "无" is no item). */
export function stageSlides(
  deck: string,
): { markers: string[]; characteristics: string[]; actions: string[] }[] {
  return [...deck.matchAll(/标志 (.*?) 特征 (.*?) 动作 (.*?)null/g)].map(([, markers, traits, actions]) => ({
    markers: markers.split(";").map((s) => s.trim()),
    characteristics: traits === "无" ? [] : traits.split(";").map((s) => s.trim()),
    actions: actions.split(/\s+/).filter((s) => s !== ""),
  }));
}
