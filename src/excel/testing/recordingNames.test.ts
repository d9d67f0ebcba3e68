/**
 * The recording Excel's workbook names: `visible = false` honoured, ignored in the request that adds the name
 * (as office-js #3878 and #3949 report of real Excel), or ignored always; and read back after a sync.
 */
import { installRecordingExcel, type RecordingExcelOptions } from "./recordingExcel";

/** Adds a name and hides it in the same request, then hides it in a later one; the visibility read each time. */
async function hideWithAddThenAfter(options: RecordingExcelOptions) {
  const excel = installRecordingExcel({ sheets: { Report: {} }, ...options });
  const read = await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Report").getRange("A1");
    const item = context.workbook.names.add("MARK", range, "comment");
    item.visible = false;
    item.load("name, visible");
    await context.sync();
    const withAdd = item.visible;
    item.visible = false;
    item.load("visible");
    await context.sync();
    return { name: item.name, withAdd, after: item.visible };
  });
  return { read, kept: excel.workbook.names[0].visible ?? true };
}

describe("the recording Excel hiding a workbook name", () => {
  it("hides it when asked, by default", async () => {
    expect(await hideWithAddThenAfter({})).toEqual({
      read: { name: "MARK", withAdd: false, after: false },
      kept: false,
    });
  });

  it("ignores the hiding in the request that adds the name, and honours it in a later one", async () => {
    expect(await hideWithAddThenAfter({ nameHiding: "ignoredWithAdd" })).toEqual({
      read: { name: "MARK", withAdd: true, after: false },
      kept: false,
    });
  });

  it("ignores every hiding where told to", async () => {
    expect(await hideWithAddThenAfter({ nameHiding: "ignored" })).toEqual({
      read: { name: "MARK", withAdd: true, after: true },
      kept: true,
    });
  });

  it("refuses a read of the name's visibility before it was loaded and synced", async () => {
    installRecordingExcel({ sheets: { Report: {} } });
    await expect(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Report").getRange("A1");
        const item = context.workbook.names.add("MARK", range);
        item.load("visible");
        return item.visible;
      }),
    ).rejects.toThrow("PropertyNotLoaded");
  });
});
