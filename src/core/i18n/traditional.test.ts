import OpenCC from "opencc-js";
import { traditionalConverter, traditionalRegion } from "./index";
import { UI_STRINGS } from "./uiStrings";

const tw = traditionalConverter(OpenCC, "tw");
const hk = traditionalConverter(OpenCC, "hk");

describe("traditionalRegion", () => {
  it("finds Taiwan, Hong Kong and Macao, and nothing for Simplified or other languages", () => {
    const tags = [
      "zh-TW",
      "zh-HK",
      "zh-MO",
      "zh-Hant",
      "zh-Hant-HK",
      "zh_TW",
      "zh-Hans-HK",
      "zh-CN",
      "zh",
      "en-US",
    ];
    expect(tags.map(traditionalRegion)).toEqual([
      "tw",
      "hk",
      "hk",
      "tw",
      "hk",
      "tw",
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(traditionalRegion(undefined)).toBeUndefined();
  });
});

describe("the deck's terms in Traditional Chinese", () => {
  // The deck's words converted character by character; 转化率 stays 轉化率 (the deck's stage-to-stage rate,
  // not Taiwan's advertising 轉換率).
  const TERMS: [string, string][] = [
    ["商机", "商機"],
    ["阶段", "階段"],
    ["目标客户", "目標客戶"],
    ["潜在客户", "潛在客戶"],
    ["意向客户", "意向客戶"],
    ["立项客户", "立項客戶"],
    ["认可客户", "認可客戶"],
    ["谈判客户", "談判客戶"],
    ["成交客户", "成交客戶"],
    ["丢单", "丟單"],
    ["赢单率", "贏單率"],
    ["转化率", "轉化率"],
    ["漏斗", "漏斗"],
    ["加权", "加權"],
    ["预测", "預測"],
    ["值得赢吗", "值得贏嗎"],
    ["管线", "管線"],
    ["销售漏斗", "銷售漏斗"],
    ["阶段指南", "階段指南"],
  ];

  it.each(TERMS)("writes %s as %s in Taiwan and Hong Kong", (simplified, traditional) => {
    expect([tw(simplified), hk(simplified)]).toEqual([traditional, traditional]);
  });

  it("keeps the deck's meaning where a Taiwan phrase would change it", () => {
    expect(tw("评估符合项目要求")).toBe("評估符合項目要求"); // not 專案
    expect(tw("阶段代码")).toBe("階段代碼"); // not 程式碼
    expect(tw("客户预算申请程序为何？")).toBe("客戶預算申請程序為何？"); // not 程式
    expect(tw("内线支持")).toBe("內線支持"); // not 支援
    expect(tw("FUNNEL 函数逐格溢出阶段")).toBe("FUNNEL 函數逐格溢出階段"); // Excel's 函數, 溢出
  });

  it("uses Taiwan's standard phrases and Excel's own words", () => {
    expect(tw("数据不离开工作簿")).toBe("資料不離開活頁簿");
    expect(tw("在单元格中输入")).toBe("在儲存格中輸入");
    expect(tw("默认概率")).toBe("預設機率");
    expect(tw("评估模板")).toBe("評估範本");
  });

  it("leaves text without Chinese, and the placeholders of the UI strings, as they are", () => {
    expect(tw("FUNNEL.STAGE(A2)")).toBe("FUNNEL.STAGE(A2)");
    for (const [key, text] of Object.entries(UI_STRINGS)) {
      const names = (s: string) => Array.from(s.matchAll(/\{\w+(?:\|[^{}]*)?\}/g), (m) => m[0]);
      expect({ key, placeholders: names(tw(text.zh)) }).toEqual({ key, placeholders: names(text.zh) });
    }
  });

  it("writes every UI string in Traditional characters", () => {
    const simplifiedOnly = /[阶谈转销认项数开启户页据关这个们为时会说发]/;
    const left = Object.entries(UI_STRINGS)
      .flatMap(([key, text]) => [`${key}: ${tw(text.zh)}`, `${key}: ${hk(text.zh)}`])
      .filter((line) => simplifiedOnly.test(line.slice(line.indexOf(":"))));
    expect(left).toEqual([]);
  });
});
