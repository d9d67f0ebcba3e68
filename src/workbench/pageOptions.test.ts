import { displayLanguageTag, pageLanguage, paneWidth } from "./pageOptions";

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

describe("paneWidth", () => {
  it("takes the pane's width from the address, within Excel's task pane range", () => {
    expect(paneWidth("?lang=en&pane=320")).toBe(320);
    expect(paneWidth("?pane=450")).toBe(450);
    expect(paneWidth("?pane=100")).toBe(320);
    expect(paneWidth("?pane=9999")).toBe(450);
  });

  it("is 380 px when the address sets none or something that is not a width", () => {
    expect(paneWidth("")).toBe(380);
    expect(paneWidth("?pane=wide")).toBe(380);
  });
});
