import type { SheetSpec } from "../../core/sheet";
import { valueOf } from "../../core/kernel/testing/results";
import { reportSheet, writeReport } from "./writeReport";
import { WorkbookEngine } from "./workbookEngine";

const at = (row: number, col: number) => ({ row, col });

/** A report over the first `rows` amounts of the Deals sheet, through a name pointing at them. */
const report = (rows: number, title = "Pipeline health"): SheetSpec => ({
  name: "Pipeline health",
  cells: [
    { row: 0, col: 0, value: title },
    { row: 1, col: 0, formula: "=SUM(DEAL_AMOUNT)" },
  ],
  names: [{ name: "DEAL_AMOUNT", sheet: "Deals", range: { row: 1, col: 1, rows, cols: 1 } }],
});

function workbook() {
  const engine = WorkbookEngine.create(["Deals"]);
  engine.setCells("Deals", at(0, 0), [
    ["Deal", "Amount"],
    ["a", 100],
    ["b", 200],
    ["c", 400],
  ]);
  return engine;
}

describe("writeReport", () => {
  it("computes over a name that points at the user's data column, and follows edits to it", () => {
    const engine = workbook();
    const { sheet } = valueOf(writeReport(engine, "health", report(3)));
    expect(engine.cell(sheet, at(1, 0)).value).toBe(700);
    engine.setCell("Deals", at(1, 1), 1000);
    expect(engine.cell(sheet, at(1, 0)).value).toBe(1600);
    expect(engine.workbookNames()).toEqual(["DEAL_AMOUNT"]);
  });

  it("keeps a user's formula on another sheet answering from the report's cells when the report is regenerated", () => {
    const engine = workbook();
    valueOf(writeReport(engine, "health", report(2, "first")));
    engine.setCell("Deals", at(0, 4), "='Pipeline health'!A1");
    engine.setCell("Deals", at(1, 4), "='Pipeline health'!A2*2");
    expect([engine.cell("Deals", at(0, 4)).value, engine.cell("Deals", at(1, 4)).value]).toEqual([
      "first",
      600,
    ]);
    valueOf(writeReport(engine, "health", report(3, "second")));
    expect([engine.cell("Deals", at(0, 4)).value, engine.cell("Deals", at(1, 4)).value]).toEqual([
      "second",
      1400,
    ]);
  });

  it("leaves the report's sheet with a notice when rendering into it fails, and the user's formula answers that", () => {
    const engine = workbook();
    valueOf(writeReport(engine, "health", report(2, "first")));
    engine.setCell("Deals", at(0, 4), "='Pipeline health'!A1");
    jest.spyOn(engine, "setCells").mockImplementationOnce(() => {
      throw new Error("refused");
    });
    const failed = writeReport(engine, "health", report(3, "second"));
    expect(failed.ok).toBe(false);
    if (!failed.ok)
      expect(failed.error.message.en).toContain('Could not regenerate the report "Pipeline health": refused');
    expect(engine.sheetNames()).toEqual(["Deals", "Pipeline health"]);
    expect(engine.cell("Deals", at(0, 4)).value).toBe("此报告未能重新生成：refused。请重新生成。");
    expect(engine.cell("Pipeline health", at(1, 0)).value).toBe(
      "This report could not be regenerated: refused. Generate it again.",
    );
    expect(engine.workbookNames()).toEqual([]);
    expect(reportSheet(engine, "health")).toBe("Pipeline health");
    expect(valueOf(writeReport(engine, "health", report(3, "third")))).toEqual({ sheet: "Pipeline health" });
    expect(engine.cell("Deals", at(0, 4)).value).toBe("third");
  });

  it("replaces its previous report in place: same sheet name, one sheet, names pointing at the new ranges", () => {
    const engine = workbook();
    valueOf(writeReport(engine, "health", report(2, "first")));
    engine.setCell("Deals", at(4, 1), 800);
    expect(valueOf(writeReport(engine, "health", report(4, "second")))).toEqual({ sheet: "Pipeline health" });
    expect(engine.sheetNames()).toEqual(["Deals", "Pipeline health"]);
    expect(engine.cell("Pipeline health", at(0, 0)).value).toBe("second");
    expect(engine.cell("Pipeline health", at(1, 0)).value).toBe(1500);
    expect(engine.workbookNames()).toEqual(["DEAL_AMOUNT"]);
    // A formula elsewhere over the name follows the new range too.
    engine.setCell("Deals", at(0, 3), "=SUM(DEAL_AMOUNT)");
    expect(engine.cell("Deals", at(0, 3)).value).toBe(1500);
  });

  it("hands a name on the report's own sheet over to the new report", () => {
    const engine = workbook();
    const own = (title: string): SheetSpec => ({
      ...report(3, title),
      names: [{ name: "HEALTH_TITLE", range: { row: 0, col: 0, rows: 1, cols: 1 } }],
    });
    valueOf(writeReport(engine, "health", own("first")));
    valueOf(writeReport(engine, "health", own("second")));
    engine.setCell("Deals", at(0, 3), "=HEALTH_TITLE");
    expect(engine.cell("Deals", at(0, 3)).value).toBe("second");
  });

  it("keeps the name a user gave the report's sheet, and keeps reports of other kinds", () => {
    const engine = workbook();
    valueOf(writeReport(engine, "health", report(2)));
    valueOf(writeReport(engine, "forecast", { name: "Forecast", cells: [{ row: 0, col: 0, value: 1 }] }));
    engine.renameSheet("Pipeline health", "My health");
    expect(valueOf(writeReport(engine, "health", report(3)))).toEqual({ sheet: "My health" });
    expect(engine.sheetNames()).toEqual(["Deals", "My health", "Forecast"]);
    expect(reportSheet(engine, "forecast")).toBe("Forecast");
  });
});
