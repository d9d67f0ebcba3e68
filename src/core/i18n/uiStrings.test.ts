import { UI_STRINGS, type UiStringKey } from "./uiStrings";
import { placeholdersIn } from "./translate";

const keys = Object.keys(UI_STRINGS) as UiStringKey[];

describe("UI_STRINGS", () => {
  it.each(keys)("has a non-blank text in both languages for %s", (key) => {
    expect(UI_STRINGS[key].zh.trim()).not.toBe("");
    expect(UI_STRINGS[key].en.trim()).not.toBe("");
  });

  it.each(keys)("uses the same parameters in Chinese and English for %s", (key) => {
    expect(placeholdersIn(UI_STRINGS[key].zh).sort()).toEqual(placeholdersIn(UI_STRINGS[key].en).sort());
  });

  it("writes the Chinese texts in Chinese, except product and language names", () => {
    const sameInBoth = keys.filter((key) => UI_STRINGS[key].zh === UI_STRINGS[key].en);
    expect(sameInBoth.sort()).toEqual(["languageNameEn", "languageNameZh"]);
  });

  it("keeps the English texts free of Chinese characters, except the search hint and language name", () => {
    const withHan = keys.filter((key) => /\p{Script=Han}/u.test(UI_STRINGS[key].en));
    expect(withHan.sort()).toEqual(["languageNameZh", "searchPlaceholder"]);
  });
});
