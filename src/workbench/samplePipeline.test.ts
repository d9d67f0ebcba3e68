import { DEFAULT_SAMPLE_AS_OF, SAMPLE_COLUMN, samplePipeline, type SampleCell } from "./samplePipeline";
import { DEFAULT_SCHEME, type StagePosition, STAGES } from "../core/stages";

const positionOf = (cell: SampleCell): StagePosition => {
  const resolved = DEFAULT_SCHEME.resolve(cell);
  if (!resolved.ok) throw new Error(`unresolved stage ${String(cell)}`);
  return resolved.value;
};

describe("samplePipeline", () => {
  it.each([0, -3, 2.5, 100_001, Number.NaN])("refuses %p deals", (deals) => {
    expect(() => samplePipeline({ language: "en", deals })).toThrow(RangeError);
  });

  it("refuses a seed that is not an integer", () => {
    expect(() => samplePipeline({ language: "en", seed: 0.5 })).toThrow(RangeError);
  });

  it("refuses an asOf that is not an Excel serial date", () => {
    expect(() => samplePipeline({ language: "en", asOf: 12.5 })).toThrow(RangeError);
    expect(() => samplePipeline({ language: "en", asOf: 10 })).toThrow(RangeError);
  });

  it("gives a few hundred deals by default under headers in the chosen language", () => {
    const zh = samplePipeline({ language: "zh" });
    const en = samplePipeline({ language: "en" });
    expect(zh.rows).toHaveLength(360);
    expect(zh.header).toEqual([
      "商机",
      "客户",
      "负责人",
      "阶段",
      "金额",
      "创建日期",
      "预计成交日期",
      "进入当前阶段日期",
      "丢单阶段",
    ]);
    expect(en.header).toEqual([
      "Opportunity",
      "Customer",
      "Owner",
      "Stage",
      "Amount",
      "Created",
      "Expected close",
      "Stage entered",
      "Lost at",
    ]);
    for (const row of [...zh.rows, ...en.rows]) expect(row).toHaveLength(zh.header.length);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const a = samplePipeline({ language: "en", seed: 11, deals: 50 });
    const b = samplePipeline({ language: "en", seed: 11, deals: 50 });
    const c = samplePipeline({ language: "en", seed: 12, deals: 50 });
    expect(a).toEqual(b);
    expect(c.rows).not.toEqual(a.rows);
  });

  it("gives the same deals in both languages, only in other words", () => {
    const zh = samplePipeline({ language: "zh", seed: 5, deals: 120 });
    const en = samplePipeline({ language: "en", seed: 5, deals: 120 });
    zh.rows.forEach((row, i) => {
      const other = en.rows[i];
      for (const column of [SAMPLE_COLUMN.amount, SAMPLE_COLUMN.created, SAMPLE_COLUMN.expectedClose]) {
        expect(row[column]).toBe(other[column]);
      }
      expect(positionOf(row[SAMPLE_COLUMN.stage])).toBe(positionOf(other[SAMPLE_COLUMN.stage]));
      expect(row[SAMPLE_COLUMN.customer]).toMatch(/\p{Script=Han}/u);
      expect(other[SAMPLE_COLUMN.customer]).not.toMatch(/\p{Script=Han}/u);
    });
  });

  it("covers every stage of the funnel and lost deals, with stage names the default scheme reads", () => {
    for (const language of ["zh", "en"] as const) {
      const { rows } = samplePipeline({ language });
      const counts = new Map<string, number>();
      for (const row of rows) {
        const position = positionOf(row[SAMPLE_COLUMN.stage]);
        const key = position.kind === "lost" ? "lost" : STAGES[position.index].id;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      for (const stage of STAGES) expect(counts.get(stage.id) ?? 0).toBeGreaterThan(0);
      expect(counts.get("lost") ?? 0).toBeGreaterThan(0);
    }
  });

  it("names the stage a lost deal was lost at, and only for lost deals", () => {
    const { rows } = samplePipeline({ language: "zh", seed: 3 });
    for (const row of rows) {
      const position = positionOf(row[SAMPLE_COLUMN.stage]);
      const lostAt = row[SAMPLE_COLUMN.lostAt];
      if (position.kind === "lost") {
        const at = positionOf(lostAt);
        expect(at.kind).toBe("open");
      } else {
        expect(lostAt).toBeNull();
      }
    }
  });

  it("keeps dates consistent: created ≤ stage entered ≤ asOf, expected close not before created", () => {
    const asOf = 46000;
    const { rows } = samplePipeline({ language: "en", asOf, deals: 500 });
    for (const row of rows) {
      const created = row[SAMPLE_COLUMN.created] as number;
      const entered = row[SAMPLE_COLUMN.stageEntered] as number;
      const close = row[SAMPLE_COLUMN.expectedClose] as number;
      expect(Number.isInteger(created)).toBe(true);
      expect(created).toBeLessThanOrEqual(entered);
      expect(entered).toBeLessThanOrEqual(asOf);
      expect(close).toBeGreaterThanOrEqual(created);
      expect(created).toBeGreaterThanOrEqual(asOf - 450);
    }
  });

  it("gives open deals expected close dates from the as-of day: most ahead (weeks to months), a few overdue", () => {
    for (const asOf of [46359, 46402, 46476]) {
      const { rows } = samplePipeline({ language: "en", asOf });
      const open = rows.filter(
        (row) => row[SAMPLE_COLUMN.stage] !== "Closed won" && row[SAMPLE_COLUMN.stage] !== "Closed lost",
      );
      const closes = open.map((row) => (row[SAMPLE_COLUMN.expectedClose] as number) - asOf);
      const overdue = closes.filter((days) => days < 0).length / closes.length;
      const nextQuarter = closes.filter((days) => days >= 0 && days <= 92).length;
      expect({
        asOf,
        overdueAtMostOneInSix: overdue > 0 && overdue < 1 / 6,
      }).toEqual({
        asOf,
        overdueAtMostOneInSix: true,
      });
      expect({ asOf, closingInThreeMonths: nextQuarter >= 40 }).toEqual({
        asOf,
        closingInThreeMonths: true,
      });
    }
  });

  it("uses the default asOf of 2025-06-30 as the latest date", () => {
    const { rows } = samplePipeline({ language: "en" });
    const latest = Math.max(...rows.map((row) => row[SAMPLE_COLUMN.stageEntered] as number));
    expect(latest).toBeLessThanOrEqual(DEFAULT_SAMPLE_AS_OF);
  });

  it("gives amounts in whole thousands between 30,000 and 3,000,000", () => {
    const { rows } = samplePipeline({ language: "en" });
    const amounts = rows.map((row) => row[SAMPLE_COLUMN.amount] as number);
    for (const amount of amounts) {
      expect(amount % 1000).toBe(0);
      expect(amount).toBeGreaterThanOrEqual(30_000);
      expect(amount).toBeLessThanOrEqual(3_000_000);
    }
    expect(new Set(amounts).size).toBeGreaterThan(rows.length / 2);
  });

  it("spreads deals over several owners and customers", () => {
    const { rows } = samplePipeline({ language: "en" });
    expect(new Set(rows.map((row) => row[SAMPLE_COLUMN.owner])).size).toBeGreaterThanOrEqual(6);
    expect(new Set(rows.map((row) => row[SAMPLE_COLUMN.customer])).size).toBeGreaterThan(50);
  });
});
