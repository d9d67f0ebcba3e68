import { SAMPLE_COLUMN, samplePipeline } from "./samplePipeline";
import { WorkbookEngine } from "./engine/workbookEngine";
import { loadSampleSheet } from "./sampleSheet";

describe("loadSampleSheet", () => {
  it("never writes over a user's sheet of the same name", () => {
    const engine = WorkbookEngine.create(["Sample pipeline"]);
    engine.setCell("Sample pipeline", { row: 0, col: 0 }, "mine");
    const sheet = loadSampleSheet(engine, "en", { deals: 5 });
    expect(sheet).toBe("Sample pipeline (2)");
    expect(engine.cell("Sample pipeline", { row: 0, col: 0 }).value).toBe("mine");
    expect(loadSampleSheet(engine, "en", { deals: 5 })).toBe("Sample pipeline (3)");
  });

  it("fills a new sheet with the header and the deals of the chosen language", () => {
    const engine = WorkbookEngine.create();
    const sheet = loadSampleSheet(engine, "zh", { seed: 9, deals: 40 });
    const { header, rows } = samplePipeline({ language: "zh", seed: 9, deals: 40 });
    expect(sheet).toBe("示例商机");
    expect(engine.sheetNames()).toEqual(["Sheet1", "示例商机"]);
    expect(engine.usedSize(sheet)).toEqual({ rows: 41, columns: header.length });
    expect(engine.cell(sheet, { row: 0, col: SAMPLE_COLUMN.stage }).value).toBe("阶段");
    expect(engine.cell(sheet, { row: 40, col: SAMPLE_COLUMN.amount }).value).toBe(
      rows[39][SAMPLE_COLUMN.amount],
    );
  });

  it("formats the amount column and the three date columns", () => {
    const engine = WorkbookEngine.create();
    const sheet = loadSampleSheet(engine, "en", { deals: 3 });
    expect(engine.columnFormat(sheet, SAMPLE_COLUMN.amount)).toBe("amount");
    expect(engine.columnFormat(sheet, SAMPLE_COLUMN.created)).toBe("date");
    expect(engine.columnFormat(sheet, SAMPLE_COLUMN.expectedClose)).toBe("date");
    expect(engine.columnFormat(sheet, SAMPLE_COLUMN.stageEntered)).toBe("date");
    expect(engine.columnFormat(sheet, SAMPLE_COLUMN.stage)).toBe("general");
    expect(engine.columnWidth(sheet, SAMPLE_COLUMN.customer)).toBeGreaterThan(
      engine.columnWidth(sheet, SAMPLE_COLUMN.owner),
    );
  });
});
