import { placeholdersIn, UI_STRINGS } from "../../core/i18n";
import { PANE_STRINGS } from "./paneStrings";
import { REVIEW_STRINGS } from "./reviewStrings";

const KEYS = Object.keys(REVIEW_STRINGS) as (keyof typeof REVIEW_STRINGS)[];

describe("REVIEW_STRINGS", () => {
  it.each(KEYS)("has a text in both languages with the same parameters, for %s", (key) => {
    const { zh, en } = REVIEW_STRINGS[key];
    expect([zh.trim(), en.trim()]).not.toContain("");
    expect(placeholdersIn(zh).sort()).toEqual(placeholdersIn(en).sort());
  });

  it("writes Chinese with full-width punctuation and no Chinese in English", () => {
    expect(
      KEYS.filter((key) =>
        /[\p{Script=Han}][,:;!?()]|[,:;!?()][\p{Script=Han}]/u.test(REVIEW_STRINGS[key].zh),
      ),
    ).toEqual([]);
    expect(KEYS.filter((key) => /\p{Script=Han}/u.test(REVIEW_STRINGS[key].en))).toEqual([]);
  });

  it("takes no key the other texts have", () => {
    expect(KEYS.filter((key) => key in UI_STRINGS || key in PANE_STRINGS)).toEqual([]);
  });
});
