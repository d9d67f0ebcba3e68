import { answerLanguage, displayLanguage, languageNamed } from "./language";
import { withDisplayLanguage } from "./testing/cells";

describe("displayLanguage", () => {
  it("is English without Office", () => {
    expect(displayLanguage()).toBe("en");
  });

  it("is English when Office has no context yet", () => {
    const target = globalThis as { Office?: unknown };
    target.Office = {};
    try {
      expect(displayLanguage()).toBe("en");
    } finally {
      delete target.Office;
    }
  });

  it("follows Office's display language", () => {
    expect(withDisplayLanguage("zh-CN", displayLanguage)).toBe("zh");
    expect(withDisplayLanguage("zh-TW", displayLanguage)).toBe("zh");
    expect(withDisplayLanguage("fr-FR", displayLanguage)).toBe("en");
  });
});

describe("languageNamed", () => {
  it("does not recognise other languages or words", () => {
    expect(languageNamed("fr")).toBeUndefined();
    expect(languageNamed("zhong")).toBeUndefined();
    expect(languageNamed("")).toBeUndefined();
  });

  it.each([
    ["zh", "zh"],
    [" 中文 ", "zh"],
    ["Chinese", "zh"],
    ["zh-CN", "zh"],
    ["zh_Hans", "zh"],
    ["EN", "en"],
    ["English", "en"],
    ["英文", "en"],
    ["en-GB", "en"],
  ] as const)("reads %p as %p", (text, language) => {
    expect(languageNamed(text)).toBe(language);
  });
});

describe("answerLanguage", () => {
  it("falls back to the display language for a missing or unknown argument", () => {
    expect(withDisplayLanguage("zh-CN", () => answerLanguage(undefined))).toBe("zh");
    expect(withDisplayLanguage("zh-CN", () => answerLanguage("klingon"))).toBe("zh");
    expect(withDisplayLanguage("zh-CN", () => answerLanguage(42))).toBe("zh");
  });

  it("lets an explicit language win", () => {
    expect(withDisplayLanguage("zh-CN", () => answerLanguage("en"))).toBe("en");
  });
});
