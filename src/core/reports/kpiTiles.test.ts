import { SheetBuilder } from "../sheet";
import { cellAt } from "../sheet/testing/specQueries";
import { kpiTiles, writeKpiTiles } from "./kpiTiles";
import { HEALTH } from "./testing/healthFixture";

describe("kpiTiles", () => {
  it("leaves a bottleneck blank when there is none, and a figure blank when the model has none", () => {
    const health = { ...HEALTH, bottleneck: { conversion: null, time: null } };
    const tiles = kpiTiles({ ...health, overall: { ...HEALTH.overall, winRate: null } }, {});
    expect(tiles.find((t) => t.key === "bottleneckTime")?.value).toBeNull();
    expect(tiles.find((t) => t.key === "winRate")?.value).toBeNull();
  });

  it("holds the model's figures, and the live formulas it is given", () => {
    const tiles = kpiTiles(HEALTH, { winRate: "=FUNNEL.WINRATE(FUNNEL_DATA_STAGE)" });
    const byKey = Object.fromEntries(tiles.map((t) => [t.key, t]));
    expect(byKey.openPipeline.value).toBe(1500);
    expect(byKey.winRate).toMatchObject({ value: 0.5, formula: "=FUNNEL.WINRATE(FUNNEL_DATA_STAGE)" });
    expect(byKey.weightedPipeline.formula).toBeUndefined();
    expect(byKey.bottleneckConversion.value).toEqual({ zh: "意向客户", en: "Intent" });
    expect(byKey.rowsSkipped.value).toBe(2);
    expect(tiles).toHaveLength(15);
  });
});

describe("writeKpiTiles", () => {
  it("lays the tiles out eight to a row, three sheet rows each, and returns the row below", () => {
    const sheet = new SheetBuilder("en");
    const next = writeKpiTiles(sheet, 4, kpiTiles(HEALTH, {}));
    const spec = sheet.build("S", {});
    expect(next).toBe(4 + 2 * 3);
    expect(cellAt(spec, 4, 7)?.value).toBe("Bottleneck (longest in stage)");
    expect(cellAt(spec, 5, 7)?.value).toBe("Project established");
    expect(cellAt(spec, 7, 0)?.value).toBe("As of");
    expect(cellAt(spec, 8, 0)?.value).toBe(45838);
    // Value tiles have an empty caption; only live tiles show the figure as made.
    expect(cellAt(spec, 6, 0)?.value).toBeUndefined();
  });
});
