import { UI_STRINGS, type UiStringKey } from "./uiStrings";
import { fillPlaceholders, placeholdersIn } from "./translate";

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

  it("says no “1 rows”: every English text with a count reads in the singular when the counts are 1", () => {
    // A count followed, within two words, by a word ending in s that is not a plural noun is fine.
    const notPlural = new Set([
      "is",
      "was",
      "has",
      "its",
      "this",
      "plus",
      "less",
      "status",
      "across",
      "always",
    ]);
    const plural = (text: string) =>
      [...text.matchAll(/\b1 (?:[\p{L}-]+ ){0,2}?([\p{L}-]+s)\b/gu)]
        .map((m) => m[1])
        .filter((w) => !notPlural.has(w));
    const wrong = keys.flatMap((key) => {
      const names = placeholdersIn(UI_STRINGS[key].en);
      if (names.length === 0) return [];
      const text = fillPlaceholders(UI_STRINGS[key].en, Object.fromEntries(names.map((name) => [name, 1])));
      return plural(text).length > 0 ? [`${key}: ${text}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it("still writes the plural for other counts (the check above has something to find)", () => {
    expect(fillPlaceholders(UI_STRINGS.healthOpenDeals.en, { count: 2 })).toBe("2 open deals");
    expect(fillPlaceholders(UI_STRINGS.healthOpenDeals.en, { count: 1 })).toBe("1 open deal");
  });
});
