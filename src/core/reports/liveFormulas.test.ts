import { schemeFromList, DEFAULT_SCHEME } from "../stages";
import { valueOf } from "../kernel/testing/results";
import type { ColumnMapping } from "../pipeline";
import { maxRowsWithinPayload } from "./callPayload";
import { functionCall, isDefaultScheme, liveCall, liveFormulas } from "./liveFormulas";
import { HEALTH, MAPPING, SOURCE } from "./testing/healthFixture";

const withMapping = (mapping: ColumnMapping) => ({ ...SOURCE, mapping });
/** The fixture's mapping without some roles. */
const without = (...roles: (keyof typeof MAPPING)[]): ColumnMapping =>
  Object.fromEntries(
    Object.entries(MAPPING).filter(([role]) => !roles.includes(role as keyof typeof MAPPING)),
  );

describe("liveFormulas", () => {
  it("refuses a stage-list name Excel would not accept", () => {
    expect(() => liveFormulas(HEALTH, SOURCE, { stageListName: "my list" })).toThrow(RangeError);
  });

  it("offers nothing without a stage column or data rows", () => {
    expect(liveFormulas(HEALTH, withMapping(without("stage")), {})).toEqual({});
    expect(liveFormulas(HEALTH, { ...SOURCE, rowCount: 0 }, {})).toEqual({});
  });

  it("writes the row-counting figures as values when deals span several rows (stage history), and says why", () => {
    const live = liveFormulas({ ...HEALTH, rowsUsed: 14 }, SOURCE, {});
    expect([live.weightedPipeline, live.forecast, live.averageCycleDays, live.velocityPerDay]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(live.valuesBecause?.en).toContain("stage history");
  });

  it("offers nothing for a stage list the workbook does not hold, and says why", () => {
    const scheme = valueOf(schemeFromList([["Lead"], ["Demo"], ["Won"]]));
    const live = liveFormulas({ ...HEALTH, scheme }, SOURCE, {});
    expect(live.conversion).toBeUndefined();
    expect(live.valuesBecause?.zh).toContain("阶段列表");
  });

  it("reads the stage and amount names for the win rate, weighted pipeline and conversion", () => {
    const live = liveFormulas(HEALTH, SOURCE, {});
    expect(live.winRate).toBe('=FUNNEL.WINRATE(FUNNEL_DATA_STAGE,,,,"skip")');
    expect(live.weightedPipeline).toBe('=FUNNEL.WEIGHTED(FUNNEL_DATA_AMOUNT,FUNNEL_DATA_STAGE,,"skip")');
    expect(live.conversion?.("A12", "A13")).toBe('=FUNNEL.CONVERSION(FUNNEL_DATA_STAGE,A12,A13,,,,,,"skip")');
    expect(live.valuesBecause).toBeUndefined();
  });

  it("reads the date columns for the sales cycle and the velocity", () => {
    const live = liveFormulas(HEALTH, SOURCE, {});
    expect(live.averageCycleDays).toBe(
      '=FUNNEL.CYCLETIME(FUNNEL_DATA_CREATED,FUNNEL_DATA_CLOSE,FUNNEL_DATA_STAGE,,"skip")',
    );
    expect(live.velocityPerDay).toBe(
      '=FUNNEL.VELOCITY(FUNNEL_DATA_AMOUNT,FUNNEL_DATA_STAGE,FUNNEL_DATA_CREATED,FUNNEL_DATA_CLOSE,,"skip")',
    );
    const undated = liveFormulas(HEALTH, withMapping(without("closeDate")), {});
    expect([undated.averageCycleDays, undated.velocityPerDay]).toEqual([undefined, undefined]);
    expect(liveFormulas(HEALTH, withMapping(without("amount")), {}).velocityPerDay).toBeUndefined();
  });

  it("passes the workbook's stage list to every function", () => {
    const scheme = valueOf(schemeFromList([["Lead"], ["Demo"], ["Won"]]));
    const live = liveFormulas({ ...HEALTH, scheme }, SOURCE, { stageListName: "FUNNEL_STAGE_LIST" });
    expect(live.winRate).toBe('=FUNNEL.WINRATE(FUNNEL_DATA_STAGE,,FUNNEL_STAGE_LIST,,"skip")');
    expect(live.weightedPipeline).toBe(
      '=FUNNEL.WEIGHTED(FUNNEL_DATA_AMOUNT,FUNNEL_DATA_STAGE,FUNNEL_STAGE_LIST,"skip")',
    );
    expect(live.averageCycleDays).toBe(
      '=FUNNEL.CYCLETIME(FUNNEL_DATA_CREATED,FUNNEL_DATA_CLOSE,FUNNEL_DATA_STAGE,FUNNEL_STAGE_LIST,"skip")',
    );
    expect(live.velocityPerDay).toMatch(
      /^=FUNNEL\.VELOCITY\(.*,FUNNEL_DATA_CLOSE,FUNNEL_STAGE_LIST,"skip"\)$/,
    );
    expect(live.conversion?.("$A$12", "A14")).toBe(
      '=FUNNEL.CONVERSION(FUNNEL_DATA_STAGE,$A$12,A14,,FUNNEL_STAGE_LIST,,,,"skip")',
    );
  });

  it("reads the outcome column for win rate and conversion; weighted pipeline, cycle and velocity stay values", () => {
    const live = liveFormulas(HEALTH, withMapping({ ...MAPPING, outcome: 8 }), {});
    expect(live.winRate).toBe('=FUNNEL.WINRATE(FUNNEL_DATA_STAGE,FUNNEL_DATA_OUTCOME,,,"skip")');
    expect(live.conversion?.("A1", "A2")).toBe(
      '=FUNNEL.CONVERSION(FUNNEL_DATA_STAGE,A1,A2,FUNNEL_DATA_OUTCOME,,,,,"skip")',
    );
    expect([live.weightedPipeline, live.averageCycleDays, live.velocityPerDay]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(live.valuesBecause?.en).toContain("do not read the outcome column");
  });

  it("passes a lost-at column as the outcomes of conversion and win rate", () => {
    const live = liveFormulas(HEALTH, withMapping({ ...MAPPING, lostAt: 8 }), {});
    expect(live.conversion?.("A1", "A2")).toBe(
      '=FUNNEL.CONVERSION(FUNNEL_DATA_STAGE,A1,A2,FUNNEL_DATA_LOSTAT,,,,,"skip")',
    );
    expect(live.winRate).toBe('=FUNNEL.WINRATE(FUNNEL_DATA_STAGE,FUNNEL_DATA_LOSTAT,,,"skip")');
    expect(live.weightedPipeline).toBeDefined();
    expect(live.valuesBecause).toBeUndefined();
  });

  it("leaves conversion a value when the table has both an outcome and a lost-at column", () => {
    const live = liveFormulas(HEALTH, withMapping({ ...MAPPING, lostAt: 8, outcome: 9 }), {});
    expect(live.conversion).toBeUndefined();
    expect(live.winRate).toBe('=FUNNEL.WINRATE(FUNNEL_DATA_STAGE,FUNNEL_DATA_OUTCOME,,,"skip")');
    expect(live.valuesBecause?.en).toContain("lost at");
  });

  it("has no weighted pipeline without an amount column", () => {
    expect(liveFormulas(HEALTH, withMapping(without("amount")), {}).weightedPipeline).toBeUndefined();
  });

  it("writes values where a call would receive more than Excel on the web's 5 MB, naming the functions", () => {
    const live = liveFormulas(HEALTH, { ...SOURCE, rowCount: 150_000 }, {});
    // One column (the stages) of 150,000 rows: 3.6 MB; two columns or more pass the cap.
    expect(live.winRate).toBe('=FUNNEL.WINRATE(FUNNEL_DATA_STAGE,,,,"skip")');
    expect(live.conversion?.("A1", "A2")).toBe('=FUNNEL.CONVERSION(FUNNEL_DATA_STAGE,A1,A2,,,,,,"skip")');
    expect([live.weightedPipeline, live.forecast, live.averageCycleDays, live.velocityPerDay]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(live.valuesBecause?.en).toBe(
      "With 150,000 data rows, one call of FUNNEL.WEIGHTED, FUNNEL.FORECAST, FUNNEL.CYCLETIME, FUNNEL.VELOCITY would receive about 14.4 MB, more than the 5.0 MB Excel on the web passes to a custom function, so those figures are values as made.",
    );
    expect(live.valuesBecause?.zh).toContain(
      "FUNNEL.WEIGHTED、FUNNEL.FORECAST、FUNNEL.CYCLETIME、FUNNEL.VELOCITY",
    );
    expect(live.valuesBecause?.zh).toContain("5.0 MB 上限");
  });

  it("takes another payload limit from the caller, e.g. none at all", () => {
    const unlimited = liveFormulas(HEALTH, { ...SOURCE, rowCount: 100_000 }, { payloadLimit: Infinity });
    expect(unlimited.velocityPerDay).toBeDefined();
    expect(unlimited.valuesBecause).toBeUndefined();
    // 20,000 rows: one column is 0.48 MB, two are 0.96 MB.
    const tight = liveFormulas(HEALTH, { ...SOURCE, rowCount: 20_000 }, { payloadLimit: 500_000 });
    expect([tight.winRate, tight.weightedPipeline]).toEqual([
      '=FUNNEL.WINRATE(FUNNEL_DATA_STAGE,,,,"skip")',
      undefined,
    ]);
    expect(tight.valuesBecause?.en).toContain("more than the 0.5 MB");
  });

  it("keeps a call live up to the most rows its columns allow, and counts an outcome column it is passed", () => {
    const velocityRows = maxRowsWithinPayload(4);
    expect(liveFormulas(HEALTH, { ...SOURCE, rowCount: velocityRows }, {}).velocityPerDay).toBeDefined();
    const over = liveFormulas(HEALTH, { ...SOURCE, rowCount: velocityRows + 1 }, {});
    expect(over.velocityPerDay).toBeUndefined();
    expect(over.forecast).toBeDefined();
    // With a lost-at column the win rate reads two columns: 150,000 rows are 7.2 MB.
    const withLostAt = liveFormulas(
      HEALTH,
      { ...SOURCE, rowCount: 150_000, mapping: { ...MAPPING, lostAt: 8 } },
      {},
    );
    expect([withLostAt.winRate, withLostAt.conversion]).toEqual([undefined, undefined]);
    expect(withLostAt.valuesBecause?.en).toContain("FUNNEL.WINRATE, FUNNEL.CONVERSION");
  });
});

describe("isDefaultScheme", () => {
  it("tells a custom list from the deck's stages", () => {
    expect(isDefaultScheme(valueOf(schemeFromList([["Lead"], ["Won"]])))).toBe(false);
    expect(isDefaultScheme(DEFAULT_SCHEME)).toBe(true);
  });
});

describe("functionCall", () => {
  it("drops trailing omitted arguments and leaves inner ones empty", () => {
    expect(functionCall("F", [])).toBe("F()");
    expect(functionCall("F", ["a", undefined, undefined])).toBe("F(a)");
    expect(functionCall("F", ["a", undefined, "c"])).toBe("F(a,,c)");
  });
});

describe("the live formulas' bad rows", () => {
  const duplicate = { row: 9, reason: { zh: "重复", en: "A copy of row 5" }, kind: "duplicate" as const };
  const unreadable = {
    kind: "unreadable" as const,
    row: 2,
    dealId: "OPP-0003",
    detail: { zh: "“50%”是百分比", en: "“50%” is a percentage" },
  };

  it("tells the functions to read the rows as the report does", () => {
    const live = liveFormulas(HEALTH, SOURCE, {});
    for (const formula of [live.winRate, live.weightedPipeline, live.averageCycleDays, live.velocityPerDay]) {
      expect(formula).toMatch(/,"skip"\)$/);
    }
  });

  it("passes the deal ids, else the opportunity names, when the report skipped copies of rows", () => {
    const health = { ...HEALTH, skipped: [...HEALTH.skipped, duplicate] };
    expect(liveFormulas(health, SOURCE, {}).winRate).toBe(
      "=FUNNEL.WINRATE(FUNNEL_DATA_STAGE,,,,FUNNEL_DATA_OPPORTUNITY)",
    );
    const withIds = liveFormulas(health, withMapping({ ...MAPPING, dealId: 9 }), {});
    expect(withIds.weightedPipeline).toBe(
      "=FUNNEL.WEIGHTED(FUNNEL_DATA_AMOUNT,FUNNEL_DATA_STAGE,,FUNNEL_DATA_ID)",
    );
  });

  it("says how many rows the live figures pass over and how many cells count as blank", () => {
    const health = { ...HEALTH, anomalies: [...HEALTH.anomalies, unreadable] };
    const live = liveFormulas(health, SOURCE, {});
    expect(live.passesOver?.en).toBe(
      'The live figures read the data as this report does (badRows "skip"): they pass over the 2 rows listed under “Rows not used” and count the 1 cell listed as “Not readable” as blank, rather than show an error (counts as made).',
    );
    expect(live.passesOver?.zh).toContain(
      "跳过“未使用的行”中列出的 2 行，将列为“无法读取”的 1 个单元格按空白计",
    );
  });

  it("has nothing to say when every row was used and every cell read, or no figure is live", () => {
    expect(liveFormulas({ ...HEALTH, skipped: [] }, SOURCE, {}).passesOver).toBeUndefined();
    expect(liveFormulas({ ...HEALTH, rowsUsed: 14 }, SOURCE, {}).passesOver).toBeUndefined();
  });
});

describe("liveCall", () => {
  it("puts each named argument in its place and refuses one the function does not have", () => {
    expect(liveCall("FUNNEL.CYCLETIME", { created: "A", closed: "B", badRows: '"skip"' })).toBe(
      'FUNNEL.CYCLETIME(A,B,,,"skip")',
    );
    expect(() => liveCall("FUNNEL.WEIGHTED", { outcomes: "C" })).toThrow(RangeError);
  });
});
