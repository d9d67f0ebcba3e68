import { SheetBuilder } from "../sheet";
import { cellAt } from "../sheet/testing/specQueries";
import { STAGE_COLUMNS, tableColumn, writeStageTable } from "./stageTable";
import { HEALTH } from "./testing/healthFixture";

describe("writeStageTable", () => {
  it("leaves a conversion blank where the model has none, even with live formulas", () => {
    const stages = HEALTH.stages.map((s) => ({ ...s, nextStepConversion: null, cumulativeConversion: null }));
    const sheet = new SheetBuilder("en");
    const layout = writeStageTable(
      sheet,
      0,
      { ...HEALTH, stages },
      { conversion: (a, b) => `=F(${a},${b})` },
    );
    const spec = sheet.build("S", {});
    expect(cellAt(spec, layout.firstRow, STAGE_COLUMNS.nextStep)?.formula).toBeUndefined();
    expect(cellAt(spec, layout.firstRow, STAGE_COLUMNS.cumulative)?.value).toBeUndefined();
  });

  it("writes one row per stage under the heads, the model's values without live formulas", () => {
    const sheet = new SheetBuilder("en");
    const layout = writeStageTable(sheet, 3, HEALTH, {});
    const spec = sheet.build("S", {});
    expect(layout).toEqual({ firstRow: 5, rows: 7, firstCol: 0 });
    expect(cellAt(spec, 4, STAGE_COLUMNS.stuck)?.value).toBe("Stuck deals");
    expect(cellAt(spec, 7, STAGE_COLUMNS.stage)?.value).toBe("Intent");
    expect(cellAt(spec, 7, STAGE_COLUMNS.nextStep)?.value).toBe(4 / 7);
    expect(cellAt(spec, 11, STAGE_COLUMNS.cumulative)?.value).toBe(0.2);
  });

  it("uses the live conversion over the stage-name cells: next stage, and from the first stage", () => {
    const sheet = new SheetBuilder("en");
    writeStageTable(sheet, 0, HEALTH, { conversion: (a, b) => `=F(${a},${b})` });
    const spec = sheet.build("S", {});
    expect(cellAt(spec, 3, STAGE_COLUMNS.nextStep)?.formula).toBe("=F(A4,A5)");
    expect(cellAt(spec, 3, STAGE_COLUMNS.cumulative)?.formula).toBe("=F($A$3,A4)");
    expect(cellAt(spec, 8, STAGE_COLUMNS.nextStep)?.value).toBeUndefined();
  });
});

describe("tableColumn", () => {
  it("is one column of the table's data rows", () => {
    expect(tableColumn({ firstRow: 12, rows: 7, firstCol: 2 }, STAGE_COLUMNS.reached)).toEqual({
      row: 12,
      col: 4,
      rows: 7,
      cols: 1,
    });
  });
});
