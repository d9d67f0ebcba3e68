/**
 * The report's live conversion and win rate over the evidence Pipeline health reads: stage histories (the
 * deal-id column as dealIds), per-stage date columns (one block as stageDates) and the rule for lost deals
 * of unknown stage of loss (unknownLoss); a value, with its reason, where the functions would count
 * otherwise.
 */
import { dataNames, STAGE_DATES_NAME, stageDatesBlock } from "./dataNames";
import { liveFormulas } from "./liveFormulas";
import { HEALTH, MAPPING, SOURCE } from "./testing/healthFixture";

/** The fixture's table with a deal-id column (column 8). */
const WITH_IDS = { ...SOURCE, mapping: { ...MAPPING, dealId: 8 } };
/** Four per-stage date columns, the first stage first, in columns 9–12 of the table. */
const DATED = [0, 1, 2, 3].map((stage) => ({ column: 9 + stage, stage }));

describe("the per-stage date columns as one block", () => {
  it("is a block when the columns are adjacent and date the first stage, the second … in order", () => {
    expect(stageDatesBlock(DATED)).toEqual({ column: 9, columns: 4 });
    expect(stageDatesBlock(undefined)).toBeUndefined();
  });

  it("is no block when the columns are apart, out of stage order or start at a later stage", () => {
    expect(stageDatesBlock([DATED[0], { column: 11, stage: 1 }])).toBeUndefined();
    expect(stageDatesBlock([DATED[1], DATED[0]])).toBeUndefined();
    expect(stageDatesBlock(DATED.map((dated) => ({ ...dated, stage: dated.stage + 1 })))).toBeUndefined();
  });

  it("gets a workbook name over its data rows", () => {
    const named = dataNames(SOURCE, DATED).find((name) => name.name === STAGE_DATES_NAME);
    expect(named?.range).toEqual({ row: 3, col: 10, rows: 12, cols: 4 });
    expect(dataNames(SOURCE, [DATED[1]]).some((name) => name.name === STAGE_DATES_NAME)).toBe(false);
  });
});

describe("liveFormulas over per-stage date columns", () => {
  it("passes the block of date columns to FUNNEL.CONVERSION as its stageDates", () => {
    const live = liveFormulas({ ...HEALTH, stageDateColumns: 4, stageDates: DATED }, SOURCE, {});
    expect(live.conversion?.("A1", "A2")).toBe(
      `=FUNNEL.CONVERSION(FUNNEL_DATA_STAGE,A1,A2,,,,${STAGE_DATES_NAME},,"skip")`,
    );
    expect(live.valuesBecause).toBeUndefined();
  });

  it("writes the conversion as a value when the date columns are not one block in stage order, and says why", () => {
    const scattered = [DATED[0], { column: 11, stage: 1 }];
    const live = liveFormulas({ ...HEALTH, stageDateColumns: 2, stageDates: scattered }, SOURCE, {});
    expect(live.conversion).toBeUndefined();
    expect(live.winRate).toBe('=FUNNEL.WINRATE(FUNNEL_DATA_STAGE,,,,"skip")');
    expect(live.valuesBecause?.en).toContain("per-stage date columns");
    expect(live.valuesBecause?.zh).toContain("阶段日期列");
  });

  it("writes the conversion as a value for a model that counted date columns without listing them", () => {
    expect(liveFormulas({ ...HEALTH, stageDateColumns: 3 }, SOURCE, {}).conversion).toBeUndefined();
  });
});

describe("liveFormulas under the rule for unknown stages of loss", () => {
  it("passes knownPaths to FUNNEL.CONVERSION when the report counted by it", () => {
    const live = liveFormulas({ ...HEALTH, unknownLoss: { count: 2, rule: "knownPaths" } }, SOURCE, {});
    expect(live.conversion?.("A1", "A2")).toBe(
      '=FUNNEL.CONVERSION(FUNNEL_DATA_STAGE,A1,A2,,,,,"knownPaths","skip")',
    );
  });

  it("leaves the argument out under firstStage, the functions' default", () => {
    const live = liveFormulas({ ...HEALTH, unknownLoss: { count: 2, rule: "firstStage" } }, SOURCE, {});
    expect(live.conversion?.("A1", "A2")).toBe('=FUNNEL.CONVERSION(FUNNEL_DATA_STAGE,A1,A2,,,,,,"skip")');
  });
});

describe("liveFormulas over a stage history", () => {
  const history = { ...HEALTH, rowsUsed: 14, historiesInRowOrder: true };

  it("passes the deal ids to FUNNEL.CONVERSION and FUNNEL.WINRATE when the histories are in row order", () => {
    const live = liveFormulas(history, WITH_IDS, {});
    expect(live.winRate).toBe('=FUNNEL.WINRATE(FUNNEL_DATA_STAGE,,,FUNNEL_DATA_ID,"skip")');
    expect(live.conversion?.("A1", "A2")).toBe(
      '=FUNNEL.CONVERSION(FUNNEL_DATA_STAGE,A1,A2,,,FUNNEL_DATA_ID,,,"skip")',
    );
    expect(live.weightedPipeline).toBeUndefined();
    expect(live.valuesBecause?.en).toContain("FUNNEL.WEIGHTED");
    expect(live.valuesBecause?.en).not.toContain("FUNNEL.WINRATE");
  });

  it("writes conversion and win rate as values when a history was ordered by its dates, and says why", () => {
    const live = liveFormulas({ ...history, historiesInRowOrder: false }, WITH_IDS, {});
    expect([live.winRate, live.conversion]).toEqual([undefined, undefined]);
    expect(live.valuesBecause?.en).toContain("row order");
    expect(live.valuesBecause?.zh).toContain("行序");
  });

  it("writes them as values when the report skipped copies of rows, and says why", () => {
    const skipped = [
      ...HEALTH.skipped,
      { row: 13, kind: "duplicate" as const, reason: { zh: "重复", en: "copy" } },
    ];
    const live = liveFormulas({ ...history, skipped }, WITH_IDS, {});
    expect([live.winRate, live.conversion]).toEqual([undefined, undefined]);
    expect(live.valuesBecause?.en).toContain("copies of stage-history rows");
  });
});
