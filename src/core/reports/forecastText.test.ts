import type { Bilingual } from "../kernel";
import {
  CALIBRATION_HEADS,
  FORECAST_CHART_TEXT,
  FORECAST_HEADS,
  FORECAST_TEXT,
  forecastNote,
  laterNote,
} from "./forecastText";

const CJK = /[\u3400-\u9fff]/;
const STAGES = {
  commit: { zh: "谈判客户", en: "Negotiation" },
  bestCase: { zh: "认可客户", en: "Acknowledged" },
};

describe("forecast texts", () => {
  it.each(Object.entries({ FORECAST_TEXT, FORECAST_HEADS, CALIBRATION_HEADS, FORECAST_CHART_TEXT }))(
    "%s has Chinese in zh and none in en",
    (_, texts: Readonly<Record<string, Bilingual>>) => {
      for (const text of Object.values(texts)) {
        expect([CJK.test(text.zh), CJK.test(text.en), text.en.trim() !== ""]).toEqual([true, false, true]);
      }
    },
  );

  it.each([FORECAST_HEADS, CALIBRATION_HEADS])("names each column differently", (heads) => {
    for (const language of ["zh", "en"] as const) {
      const names = Object.values(heads).map((head) => head[language]);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

describe("forecastNote", () => {
  it("names the commit and best-case stages in each language, without a target sentence by default", () => {
    const note = forecastNote(STAGES);
    expect(note.zh).toContain("处于谈判客户及以后阶段");
    expect(note.zh).toContain("认可客户起");
    expect(note.en).toContain("at Negotiation or beyond");
    expect(note.en).not.toContain("target");
    expect(CJK.test(note.en)).toBe(false);
  });

  it("states the quarterly target when there is one", () => {
    const note = forecastNote({ ...STAGES, target: "1,000,000" });
    expect(note.en).toContain("Quarterly target 1,000,000");
    expect(note.zh).toContain("季度目标 1,000,000");
  });
});

describe("laterNote", () => {
  it("counts the deals beyond the last period in both languages", () => {
    expect(laterNote(1, "2027-06-30").en).toBe(
      "1 more open deal is expected to close after 2027-06-30 and is not shown.",
    );
    expect(laterNote(3, "2027-06-30")).toEqual({
      zh: "另有 3 个进行中商机预计在 2027-06-30 之后成交，未列出。",
      en: "3 more open deals are expected to close after 2027-06-30 and are not shown.",
    });
  });
});
