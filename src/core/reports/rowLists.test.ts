import { SheetBuilder } from "../sheet";
import { cellAt } from "../sheet/testing/specQueries";
import { writeAnomalies, writeSkippedRows } from "./rowLists";
import { HEALTH, SOURCE } from "./testing/healthFixture";

describe("writeAnomalies", () => {
  it("refuses an anomaly without a data row", () => {
    const sheet = new SheetBuilder("en");
    const bad = [{ ...HEALTH.anomalies[0], row: -1 }];
    expect(() => writeAnomalies(sheet, 0, bad, SOURCE)).toThrow(RangeError);
  });

  it("says so when there is no abnormal deal", () => {
    const sheet = new SheetBuilder("en");
    expect(writeAnomalies(sheet, 0, [], SOURCE).rows).toBe(0);
    expect(cellAt(sheet.build("S", {}), 2, 0)?.value).toBe("(none)");
  });

  it("writes kind, deal (linked to its data row), sheet row and detail", () => {
    const sheet = new SheetBuilder("en");
    const layout = writeAnomalies(sheet, 0, HEALTH.anomalies, SOURCE);
    const spec = sheet.build("S", {});
    expect(layout).toEqual({ firstRow: 2, rows: 3, firstCol: 0 });
    expect([0, 1, 2, 3].map((col) => cellAt(spec, 3, col)?.value)).toEqual([
      "Overdue",
      "OPP-0006",
      9,
      "Close date passed",
    ]);
    expect(cellAt(spec, 3, 1)?.link).toEqual({ sheet: "Deals", address: "B9" });
  });
});

describe("writeSkippedRows", () => {
  it("writes each row number linked to its data row, then the reason", () => {
    const sheet = new SheetBuilder("zh");
    writeSkippedRows(sheet, 10, HEALTH.skipped, SOURCE);
    const spec = sheet.build("S", {});
    expect(cellAt(spec, 10, 0)?.value).toBe("未使用的行");
    expect(cellAt(spec, 13, 0)).toMatchObject({ value: 15, link: { sheet: "Deals", address: "B15" } });
    expect(cellAt(spec, 13, 1)?.value).toBe("阶段为空");
  });
});
