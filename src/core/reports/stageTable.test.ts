import { SheetBuilder } from "../sheet";
import { cellAt } from "../sheet/testing/specQueries";
import { STAGE_COLUMNS, tableColumn, writeStageTable } from "./stageTable";
import { LIVE_FILL } from "./styles";
import { HEALTH } from "./testing/healthFixture";

describe("writeStageTable", () => {
  it("writes no conversion formula without live formulas, and none for a table of one stage", () => {
    const sheet = new SheetBuilder("en");
    const single = { ...HEALTH, stages: HEALTH.stages.slice(0, 1) };
    writeStageTable(sheet, 0, single, { conversion: (a, b) => `=F(${a},${b})` });
    writeStageTable(sheet, 20, HEALTH, {});
    expect(sheet.build("S", {}).cells.filter((cell) => cell.formula !== undefined)).toEqual([]);
  });

  it("writes one row per stage under the heads, the model's values without live formulas", () => {
    const sheet = new SheetBuilder("en");
    const layout = writeStageTable(sheet, 3, HEALTH, {});
    const spec = sheet.build("S", {});
    expect(layout).toEqual({ firstRow: 5, rows: 7, firstCol: 0 });
    expect(cellAt(spec, 4, STAGE_COLUMNS.stuck)?.value).toBe("Stuck deals");
    expect(cellAt(spec, 7, STAGE_COLUMNS.stage)?.value).toBe("Interested");
    expect(cellAt(spec, 7, STAGE_COLUMNS.nextStep)?.value).toBe(4 / 7);
    expect(cellAt(spec, 11, STAGE_COLUMNS.cumulative)?.value).toBe(0.2);
  });

  it("spills one live conversion per column over the stage-name cells: next stage, and from the first stage", () => {
    const sheet = new SheetBuilder("en");
    const layout = writeStageTable(sheet, 0, HEALTH, { conversion: (a, b) => `=F(${a},${b})` });
    const spec = sheet.build("S", {});
    expect(layout).toMatchObject({ firstRow: 2, rows: 7 });
    expect(spec.cells.filter((cell) => cell.formula !== undefined).map((cell) => cell.formula)).toEqual([
      "=F(A3:A8,A4:A9)",
      "=F($A$3,A3:A9)",
    ]);
    // The cells the calls spill into stay empty and look live; the won stage has no next step to spill.
    for (let k = 1; k < 7; k++) {
      for (const col of [STAGE_COLUMNS.nextStep, STAGE_COLUMNS.cumulative]) {
        const cell = cellAt(spec, 2 + k, col);
        expect(cell?.value).toBeUndefined();
        expect(cell?.style?.fill).toBe(k === 6 && col === STAGE_COLUMNS.nextStep ? undefined : LIVE_FILL);
      }
    }
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
