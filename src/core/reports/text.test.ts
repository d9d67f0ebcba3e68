import type { Bilingual } from "../kernel";
import {
  ANOMALY_KIND_TEXT,
  CHART_TEXT,
  KPI_TEXT,
  LIST_HEADS,
  MONTH_HEADS,
  OWNER_HEADS,
  REPORT_TEXT,
  STAGE_HEADS,
} from "./text";

const ALL: Record<string, Readonly<Record<string, Bilingual>>> = {
  REPORT_TEXT,
  KPI_TEXT,
  STAGE_HEADS,
  OWNER_HEADS,
  MONTH_HEADS,
  LIST_HEADS,
  ANOMALY_KIND_TEXT,
  CHART_TEXT,
};
const CJK = /[\u3400-\u9fff]/;

describe("report texts", () => {
  it.each(Object.entries(ALL))("%s has Chinese in zh and none in en", (_, texts) => {
    for (const text of Object.values(texts)) {
      expect([CJK.test(text.zh), CJK.test(text.en), text.en.trim() !== ""]).toEqual([true, false, true]);
    }
  });

  it.each(["STAGE_HEADS", "OWNER_HEADS", "MONTH_HEADS"])("%s names each column differently", (table) => {
    for (const language of ["zh", "en"] as const) {
      const heads = Object.values(ALL[table]).map((head) => head[language]);
      expect(new Set(heads).size).toBe(heads.length);
    }
  });
});
