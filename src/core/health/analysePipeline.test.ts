import { DEFAULT_SCHEME } from "../stages";
import { errorOf, valueOf } from "../kernel/testing/results";
import { analysePipeline } from "./analysePipeline";

const TABLE = {
  header: ["Opportunity", "Stage", "Amount"],
  rows: [
    ["A", "意向", 100],
    ["B", "-", 200],
    ["C", "谈判", "—"],
    ["D", "成交", 300],
  ],
  headerRow: 4,
};
const OPTIONS = {
  mapping: { opportunity: 0, stage: 1, amount: 2 },
  scheme: DEFAULT_SCHEME,
  asOf: 45838,
  dateOrder: "ymd" as const,
};

describe("analysePipeline", () => {
  it("refuses an as-of date that is not a date, in both languages", () => {
    const failure = errorOf(analysePipeline(TABLE, { ...OPTIONS, asOf: Number.NaN }));
    expect(failure.code).toBe("VALUE");
    expect(failure.message.en).toMatch(/as-of date/);
    expect(failure.message.zh).toMatch(/统计日期/);
  });

  it("refuses a mapping that names a column outside the table", () => {
    expect(errorOf(analysePipeline(TABLE, { ...OPTIONS, mapping: { stage: 7 } })).code).toBe("VALUE");
  });

  it("gives the health of the table and the deals it was computed from", () => {
    const { health, deals } = valueOf(analysePipeline(TABLE, OPTIONS));
    expect(deals.map((deal) => deal.amount)).toEqual([100, null, 300]);
    expect(health.rowsRead).toBe(4);
    expect(health.rowsUsed).toBe(3);
    expect(health.skipped).toEqual([expect.objectContaining({ row: 1, kind: "noStage" })]);
    expect(health.overall.weightedPipeline).toBeCloseTo(100 * 0.2, 9);
    expect(health.asOf).toBe(45838);
  });
});
