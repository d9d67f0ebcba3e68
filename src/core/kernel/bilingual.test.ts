import { bilingual, languageFromLocale } from "./bilingual";

describe("bilingual", () => {
  it("holds both texts, frozen", () => {
    const text = bilingual("日期", "Date");
    expect(text).toEqual({ zh: "日期", en: "Date" });
    expect(Object.isFrozen(text)).toBe(true);
  });
});

describe("languageFromLocale", () => {
  it("is Chinese for any zh tag and English otherwise", () => {
    expect(["zh-CN", "zh-TW", " ZH ", "zh"].map(languageFromLocale)).toEqual(["zh", "zh", "zh", "zh"]);
    expect(["en-US", "fr-FR", "", undefined, null].map(languageFromLocale)).toEqual([
      "en",
      "en",
      "en",
      "en",
      "en",
    ]);
  });
});
