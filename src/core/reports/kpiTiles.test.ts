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
    expect(byKey.bottleneckConversion.value).toEqual({ zh: "意向客户", en: "Interested" });
    expect(byKey.rowsSkipped.value).toBe(2);
    expect(tiles).toHaveLength(16);
  });

  it("counts the deals with anomalies, a deal with two once, and captions them with the anomalies' count", () => {
    const [stuck] = HEALTH.anomalies;
    const anomalies = [...HEALTH.anomalies, { ...stuck, kind: "overdue" as const }];
    const tile = kpiTiles({ ...HEALTH, anomalies }, {}).find((t) => t.key === "abnormalDeals");
    expect(tile).toMatchObject({
      label: { zh: "异常商机", en: "Deals with anomalies" },
      value: 3,
      caption: { zh: "4 项异常", en: "4 anomalies" },
    });
    const one = kpiTiles({ ...HEALTH, anomalies: [stuck] }, {}).find((t) => t.key === "abnormalDeals");
    expect(one?.caption?.en).toBe("1 anomaly");
  });
});

describe("writeKpiTiles", () => {
  it("lays the tiles out eight to a row, three sheet rows each, and returns the row below", () => {
    const sheet = new SheetBuilder("en");
    const next = writeKpiTiles(sheet, 4, kpiTiles(HEALTH, {}));
    const spec = sheet.build("S", {});
    expect(next).toBe(4 + 2 * 3);
    expect(cellAt(spec, 4, 7)?.value).toBe("Bottleneck (longest in stage)");
    expect(cellAt(spec, 5, 7)?.value).toBe("Project approved");
    expect(cellAt(spec, 7, 0)?.value).toBe("As of");
    expect(cellAt(spec, 8, 0)?.value).toBe(45838);
    // Value tiles have an empty caption; only live tiles show the figure as made.
    expect(cellAt(spec, 6, 0)?.value).toBeUndefined();
  });

  it("labels the value a live figure had when made, by its number format, and keeps the exact value", () => {
    const sheet = new SheetBuilder("en");
    writeKpiTiles(sheet, 4, kpiTiles(HEALTH, { winRate: "=FUNNEL.WINRATE(FUNNEL_DATA_STAGE)" }));
    const spec = sheet.build("S", {});
    expect(cellAt(spec, 6, 2)).toMatchObject({
      value: 0.5,
      style: { italic: true, numberFormat: '"As made: "0.0%' },
    });
  });

  it("writes the anomalies' count under the deals with anomalies", () => {
    const sheet = new SheetBuilder("en");
    writeKpiTiles(sheet, 4, kpiTiles(HEALTH, {}));
    const spec = sheet.build("S", {});
    expect(cellAt(spec, 7, 4)?.value).toBe("Deals with anomalies");
    expect(cellAt(spec, 8, 4)?.value).toBe(3);
    expect(cellAt(spec, 9, 4)?.value).toBe("3 anomalies");
  });
});
