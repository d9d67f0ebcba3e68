import { displayLanguageTag, pageLanguage } from "./pageOptions";

describe("pageLanguage", () => {
  it.each(["?lang=fr", "?lang=", "?lang=zhx", "?language=zh"])(
    "ignores %p and follows the browser",
    (search) => {
      expect(pageLanguage(search, "zh-TW")).toEqual({ language: "zh", fromAddress: false });
      expect(pageLanguage(search, undefined)).toEqual({ language: "en", fromAddress: false });
    },
  );

  it("takes the language the address asks for", () => {
    expect(pageLanguage("?lang=zh", "en-US")).toEqual({ language: "zh", fromAddress: true });
    expect(pageLanguage("?x=1&lang=EN-gb", "zh-CN")).toEqual({ language: "en", fromAddress: true });
    expect(pageLanguage("?lang=zh-CN", "en")).toEqual({ language: "zh", fromAddress: true });
  });
});

describe("displayLanguageTag", () => {
  it("gives Office's tag of each language", () => {
    expect(displayLanguageTag("zh")).toBe("zh-CN");
    expect(displayLanguageTag("en")).toBe("en-US");
  });
});
