import { SheetBuilder } from "../sheet";
import { cellAt } from "../sheet/testing/specQueries";
import { writeFigureTable } from "./figureTable";
import { MONTH_TABLE, OWNER_TABLE } from "./summaryTables";
import { HEALTH } from "./testing/healthFixture";

describe("writeFigureTable", () => {
  it("says so when there is nothing to list", () => {
    const sheet = new SheetBuilder("zh");
    const layout = writeFigureTable(sheet, 0, MONTH_TABLE, []);
    expect(layout).toEqual({ firstRow: 2, rows: 0, firstCol: 0 });
    expect(cellAt(sheet.build("S", {}), 2, 0)?.value).toBe("（无）");
  });

  it("writes a title, the heads and one row per item with its number formats", () => {
    const sheet = new SheetBuilder("en");
    const layout = writeFigureTable(sheet, 3, MONTH_TABLE, HEALTH.weightedByCloseMonth);
    const spec = sheet.build("S", {});
    expect(layout).toEqual({ firstRow: 5, rows: 2, firstCol: 0 });
    expect([0, 1, 2].map((col) => cellAt(spec, 4, col)?.value)).toEqual([
      "Close month",
      "Open amount",
      "Weighted amount",
    ]);
    expect(cellAt(spec, 3, 0)?.value).toBe("Weighted pipeline by expected close month");
    expect(cellAt(spec, 6, 2)).toMatchObject({ value: 325, style: { numberFormat: "#,##0" } });
  });

  it("gives the owner table eleven columns, the win rate as a percentage", () => {
    const sheet = new SheetBuilder("zh");
    writeFigureTable(sheet, 0, OWNER_TABLE, HEALTH.owners);
    const spec = sheet.build("S", {});
    expect(cellAt(spec, 1, 10)?.value).toBe("管线速度（每天）");
    expect(cellAt(spec, 2, 7)).toMatchObject({ value: 0.5, style: { numberFormat: "0.0%" } });
  });
});
