/**
 * The recording Excel listing each sheet's charts, tables and names with the worksheet collection
 * ("items/charts/items/name"), as Excel loads a nested collection: listed at the sync, as they are then, the
 * reply counted, each item deleted through the object listed.
 */
import { installRecordingExcel } from "./recordingExcel";

const LOAD = "items/name, items/charts/items/name, items/tables/items/name, items/names/items/name";

/** A workbook of two sheets: one with a chart, a table and a name; one empty. */
function twoSheets() {
  const excel = installRecordingExcel({ sheets: { Report: { A1: "x" }, Empty: {} } });
  const report = excel.sheet("Report");
  report.charts.push({ type: "Line", source: "A1:A2", seriesBy: "Columns", series: [] } as never);
  report.tables.push({ address: "A1:B3", hasHeaders: true, name: "Held" });
  report.names.push({ name: "LOCAL", address: "A1" });
  return excel;
}

describe("the recording Excel loading the sheets' holdings with the sheets", () => {
  it("lists each sheet's charts, tables and names by name after the sync, in one reply", async () => {
    const excel = twoSheets();
    const listed = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load(LOAD);
      await context.sync();
      return sheets.items.map((s) => ({
        name: s.name,
        charts: s.charts.items.length,
        tables: s.tables.items.map((t) => t.name),
        names: s.names.items.map((n) => n.name),
      }));
    });
    expect(listed).toEqual([
      { name: "Report", charts: 1, tables: ["Held"], names: ["LOCAL"] },
      { name: "Empty", charts: 0, tables: [], names: [] },
    ]);
    expect(excel.syncs()).toBe(1);
    // The sheets' names and every item's name.
    expect(excel.payloads()[0]).toBeGreaterThan(JSON.stringify([["Report"], ["Empty"]]).length);
  });

  it("deletes a listed item through the object listed, in a later request", async () => {
    const excel = twoSheets();
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load(LOAD);
      await context.sync();
      const report = sheets.items[0];
      for (const item of [...report.charts.items, ...report.tables.items, ...report.names.items])
        item.delete();
      await context.sync();
    });
    const report = excel.sheet("Report");
    expect([report.charts, report.tables, report.names]).toEqual([[], [], []]);
  });

  it("lists no holdings of the sheets loaded without them", async () => {
    twoSheets();
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      expect(() => sheets.items[0].charts.items).toThrow(/PropertyNotLoaded/);
      expect(() => sheets.items[0].names.items).toThrow(/PropertyNotLoaded/);
    });
  });

  it("refuses to load anything of a sheet's holdings but their names", () => {
    installRecordingExcel();
    return Excel.run(async (context) => {
      expect(() => context.workbook.worksheets.load("items/charts/items/type")).toThrow(/cannot load/);
      expect(() => context.workbook.names.load("items/charts/items/name")).toThrow(/cannot load/);
    });
  });
});
