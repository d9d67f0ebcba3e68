import { fillPlaceholders, placeholdersIn, UI_STRINGS } from "../../core/i18n";
import { PANE_STRING_KEYS, PANE_STRINGS, paneT } from "./paneStrings";

describe("PANE_STRINGS", () => {
  it.each(PANE_STRING_KEYS)(
    "has a non-blank text in both languages, with the same parameters, for %s",
    (key) => {
      const { zh, en } = PANE_STRINGS[key];
      expect([zh.trim(), en.trim()]).not.toContain("");
      expect(placeholdersIn(zh).sort()).toEqual(placeholdersIn(en).sort());
    },
  );

  it("writes Chinese in the Chinese texts and none in the English ones", () => {
    expect(PANE_STRING_KEYS.filter((key) => !/\p{Script=Han}/u.test(PANE_STRINGS[key].zh))).toEqual([]);
    expect(PANE_STRING_KEYS.filter((key) => /\p{Script=Han}/u.test(PANE_STRINGS[key].en))).toEqual([]);
  });

  it("takes no key core's UI strings already have", () => {
    expect(PANE_STRING_KEYS.filter((key) => key in UI_STRINGS)).toEqual([]);
  });

  it("says no “1 columns”: English counts read in the singular at 1", () => {
    const ones = PANE_STRING_KEYS.map((key) => {
      const names = placeholdersIn(PANE_STRINGS[key].en);
      return fillPlaceholders(PANE_STRINGS[key].en, Object.fromEntries(names.map((name) => [name, 1])));
    });
    expect(ones.filter((text) => /\b1 columns\b/.test(text))).toEqual([]);
  });
});

describe("paneT", () => {
  it("looks up the pane's texts and core's alike, filling parameters and plurals", () => {
    expect(paneT("mappingSummary", "en", undefined, { count: 8, total: 12 })).toBe(
      "8 of 12 columns recognised",
    );
    expect(paneT("mappingSummary", "zh", undefined, { count: 8, total: 12 })).toBe("已识别 12 列中的 8 列");
    expect(paneT("mappingSummary", "en", undefined, { count: 1, total: 1 })).toBe("1 of 1 column recognised");
    expect(paneT("viewForecast", "zh", undefined)).toBe("预测");
  });

  it("converts the template to the Chinese script, never the values filled in", () => {
    const traditional = (text: string) => text.replace("识别", "識別");
    expect(paneT("mappingSummary", "zh", traditional, { count: "识别", total: 2 })).toBe(
      "已識別 2 列中的 识别 列",
    );
  });
});
