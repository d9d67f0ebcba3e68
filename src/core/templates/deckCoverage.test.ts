/**
 * Every item of the deck, read from the seed section by section, is carried by the product — in the stage
 * guide (stages and their coaching), in FUNNEL.ACTIONS / FUNNEL.MARKERS (the stages' actions and markers) or
 * in a template — or is named here as left out, with why. Items are compared without spaces and punctuation,
 * with the deck's slips corrected (stages/deckWording.ts); an item the product words differently says what
 * carries it. docs/deck-coverage.md and the README state the count.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { correctDeckWording, DECK_CORRECTIONS, RELATIONSHIP_PHASES, STAGE_COACHING, STAGES } from "../stages";
import { TEMPLATES } from "./index";
import { deckText, DECK_SECTIONS, SEED_ADVERTS, sectionItems, stageSlides } from "./testing/deckSections";

/** Without spaces, punctuation and symbols, full-width folded: how the deck and the product are compared. */
const fold = (text: string) => text.normalize("NFKC").replace(/[\s\p{P}\p{S}]/gu, "");

/** Items the product carries in other words: the deck's item → the product text that carries it. */
const CARRIED_AS: Readonly<Record<string, string>> = {
  // The overview slide words some actions differently from the stage slides; the stage's action carries both.
  取得客户的好感: "拜访客户，取得客户好感",
  "发现客户的困难,问题及影响": "了解客户的困难、问题和影响，探索客户需求",
  探索客户的需求: "探索客户需求",
  引导客户认识他企业问题并鼓励其采取行动: "引导客户认识其问题并鼓励采取行动",
  说服客户对我们的产品和服务感兴趣: "说服客户对我们的产品感兴趣",
  确认客户要求: "确认客户需求",
  // "用友" is the vendor the deck was written for; the product is for any vendor.
  分析竞争对手及用友销售机会的优劣势: "分析与竞争对手的优劣势",
  制定销售机会竞争策略及客户决策者的关系策略: "制定销售竞争策略和客户决策者关系策略",
  // The stage slides' titles ("…阶段") are the stages' names.
  目标客户阶段: "目标客户",
  潜在客户阶段: "潜在客户",
  意向客户阶段: "意向客户",
  立项客户阶段: "立项客户",
  认可客户阶段: "认可客户",
  谈判客户阶段: "谈判客户",
  成交客户阶段: "成交客户",
  // The profile form's 时间 is the date of every form's header.
  时间: "日期",
  // The four roles' "以…为出发点的" reads "以…为出发点" on the sheet.
  以经济效益为出发点的: "以经济效益为出发点",
  以技术把关为出发点的: "以技术把关为出发点",
  以用户运作为出发点的: "以用户运作为出发点",
  "以双方(厂家与客户)连络沟通为出发点的": "以双方（厂家与客户）联络沟通为出发点",
  // The deck names three of the four roles in English only; the Chinese sheets name them in Chinese (glossary).
  "Economic Buyer": "经济决策者",
  "Technical Buyer": "技术把关者",
  User: "使用者",
};

/** Items left out on purpose, and why. */
const LEFT_OUT: Readonly<Record<string, string>> = {
  销售升迁周期:
    "The purpose slide's measures are what FUNNEL.CYCLETIME computes; named in the glossary (src/core/i18n/glossary.ts), not coaching.",
  机会阶段转化率: "What FUNNEL.CONVERSION computes; named in the glossary (src/core/i18n/glossary.ts).",
  机会升迁耗时: "What FUNNEL.DAYSINSTAGE computes; named in the glossary (src/core/i18n/glossary.ts).",
  "通过掌握、学习销售漏斗的技巧,进行有效的销售管理和过程控制,才能成为一名优秀的 营销人员!":
    "The closing slide's encouragement: no advice to act on.",
};

function productTexts(): string[] {
  const stageTexts = STAGES.flatMap((stage) => [
    stage.name,
    stage.shortName,
    stage.goal,
    ...stage.markers,
    ...stage.characteristics,
    ...stage.actions,
  ]);
  const coaching = Object.values(STAGE_COACHING).flatMap((c) =>
    c.topics.flatMap((topic) => [topic.title, ...topic.note, ...topic.items]),
  );
  const phases = RELATIONSHIP_PHASES.flatMap((phase) => [phase.name, ...phase.description, ...phase.actions]);
  const sheets = TEMPLATES.flatMap((template) => {
    const spec = template.build({ language: "zh" });
    return [
      template.title.zh,
      template.purpose.zh,
      ...spec.cells.flatMap((cell) => [typeof cell.value === "string" ? cell.value : "", cell.formula ?? ""]),
      ...(spec.validations ?? []).flatMap((v) => (v.kind === "list" ? v.values : [])),
    ];
  });
  return [...[...stageTexts, ...coaching, ...phases].map((text) => text.zh), ...sheets];
}

const deck = deckText();
const product = productTexts();
const corpus = product.map(fold);
const carries = (text: string) => {
  const wanted = fold(text);
  return corpus.some((t) => t.includes(wanted));
};

/** The deck's items by section, the stage slides as one section each. */
const SECTIONS: readonly { id: string; items: string[] }[] = [
  ...DECK_SECTIONS.map((section) => ({ id: section.id, items: sectionItems(deck, section) })),
  ...stageSlides(deck).map((slide, i) => ({
    id: `stage${i + 1}`,
    items: [...slide.markers, ...slide.characteristics, ...slide.actions],
  })),
];
const ALL_ITEMS = SECTIONS.flatMap((section) => section.items);
const CARRIED = ALL_ITEMS.filter((item) => !(item in LEFT_OUT));

/** The count docs/deck-coverage.md and the README state. */
const STATED = `${CARRIED.length} of ${ALL_ITEMS.length}`;

describe("the deck's items, read from the seed", () => {
  it("are read from the deck's text, never from the scrape's adverts", () => {
    for (const advert of SEED_ADVERTS) expect(deck).not.toContain(advert);
    const folded = fold(deck);
    for (const item of ALL_ITEMS) expect(folded).toContain(fold(item));
  });

  it("cover every section and the seven stage slides", () => {
    expect(stageSlides(deck)).toHaveLength(7);
    for (const section of SECTIONS) expect(section.items.length).toBeGreaterThan(0);
    expect(SECTIONS.find((s) => s.id === "goodwill")?.items).toHaveLength(16);
    expect(SECTIONS.find((s) => s.id === "preliminary")?.items).toHaveLength(21);
    expect(SECTIONS.find((s) => s.id === "executiveTrustElements")?.items).toHaveLength(12);
  });
});

describe.each(SECTIONS.map((section) => [section.id, section.items] as const))("section %s", (_id, items) => {
  it("is carried by the product, item by item, or the item is named as left out", () => {
    const missing = items.filter((item) => {
      if (item in LEFT_OUT) return false;
      const deckWording = correctDeckWording(item);
      return !carries(deckWording) && !(item in CARRIED_AS && carries(CARRIED_AS[item]));
    });
    expect(missing).toEqual([]);
  });
});

describe("the product's wording of the deck", () => {
  it("carries none of the deck's slips (one typo policy, stages/deckWording.ts)", () => {
    for (const text of product) for (const c of DECK_CORRECTIONS) expect(text).not.toContain(c.deck);
  });

  it("never claims a deck scale the deck does not have", () => {
    for (const text of product) expect(text).not.toMatch(/讲义\s*刻度/);
  });

  it("lists only real items as carried in other words or left out", () => {
    for (const item of [...Object.keys(CARRIED_AS), ...Object.keys(LEFT_OUT)])
      expect(ALL_ITEMS).toContain(item);
    for (const text of Object.values(CARRIED_AS)) expect(carries(text)).toBe(true);
  });

  it("is counted in docs/deck-coverage.md and the README", () => {
    const root = join(__dirname, "..", "..", "..");
    expect(readFileSync(join(root, "docs", "deck-coverage.md"), "utf8")).toContain(STATED);
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain(STATED);
  });
});
