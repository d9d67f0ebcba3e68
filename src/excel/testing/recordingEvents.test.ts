/**
 * The recording Excel's change events keep Office.js's rule: a handler is removed in the request context it was
 * added in (`Excel.run(result.context, …)`); removed in another, the removal fails and the handler stays.
 */
import { installRecordingExcel } from "./recordingExcel";

async function subscribe() {
  const excel = installRecordingExcel({ sheets: { Deals: { A1: "Stage" } } });
  const result = await Excel.run(async (context) => {
    const subscription = context.workbook.worksheets.getItem("Deals").onChanged.add(async () => {});
    await context.sync();
    return subscription;
  });
  return { excel, result };
}

describe("the recording Excel's change events", () => {
  it("subscribes a handler at the sync, and removes it in the context it was added in", async () => {
    const { excel, result } = await subscribe();
    expect(excel.subscribed()).toHaveLength(1);
    await Excel.run(result.context, async (context) => {
      result.remove();
      await context.sync();
    });
    expect(excel.subscribed()).toEqual([]);
  });

  it("refuses the removal in another request context, keeping the handler", async () => {
    const { excel, result } = await subscribe();
    await expect(
      Excel.run(async (context) => {
        result.remove();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(excel.subscribed()).toHaveLength(1);
  });

  it("refuses a handler on a sheet the workbook does not have", async () => {
    const excel = installRecordingExcel({ sheets: { Deals: {} } });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").onChanged.add(async () => {});
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(excel.subscribed()).toEqual([]);
  });
});
