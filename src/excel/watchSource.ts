/**
 * Watching the user's data for changes through Office.js: `Table.onChanged` when the data is an Excel table, else
 * `Worksheet.onChanged` of its sheet (both ExcelApi 1.7). One round trip subscribes; the handler lives on after that
 * batch ends (Office.js keeps event handlers until they are removed or the add-in closes). Releasing the watch
 * removes the handler through the `EventHandlerResult` that subscribed it, in the request context it was added in
 * (`Excel.run(result.context, …)`), as Office.js requires, in one more round trip.
 *
 * What raises the event: Excel documents `onChanged` as raised when the data of cells changes — edits, pasted or
 * filled cells, rows inserted or deleted, and a table growing as rows are typed under it. Whether refreshing a Power
 * Query (or another connection) that loads into the table raises the table's `onChanged` is not documented, and we
 * could not verify it here; Excel's own issue tracker reports bulk changes that raise no event (office-js #1110:
 * filling into filtered rows; #3729: Text to Columns). So the view this feeds must also keep a way to refresh by hand.
 */
import { fail, ok, type Result } from "../core/kernel";
import type { SourcePlace, SourceWatch } from "./gateway";

/** The requirement set of `Table.onChanged` and `Worksheet.onChanged`. */
export const EVENTS_REQUIREMENT = { set: "ExcelApi", version: "1.7" } as const;

/**
 * The refusal to watch where Excel lacks change events: the data is still read, only not followed.
 * @example eventsMissing().error.message.en // "This version of Excel lacks ExcelApi 1.7 (change events) …"
 */
export function eventsMissing(): Result<never> {
  const { set, version } = EVENTS_REQUIREMENT;
  return fail("VALUE", {
    zh: `此版本的 Excel 不支持 ${set} ${version}（更改事件），无法在数据变化时自动更新。请手动刷新，或使用 Microsoft 365 或网页版 Excel。`,
    en: `This version of Excel lacks ${set} ${version} (change events), so the view cannot follow changes to the data. Refresh it by hand, or use Microsoft 365 or Excel on the web.`,
  });
}

/** The subscription a watch removes: what `onChanged.add` returned. */
type Subscription = Pick<OfficeExtension.EventHandlerResult<unknown>, "context" | "remove">;

/**
 * Removes the handler in the context it was added in and syncs; resolves whatever happens: a handler whose table or
 * sheet is gone, or whose add-in session ended, has nothing left to remove.
 */
async function unsubscribe(subscription: Subscription): Promise<void> {
  try {
    await Excel.run(subscription.context, async (context) => {
      subscription.remove();
      await context.sync();
    });
  } catch {
    // Nothing is subscribed any more: the watch is released either way.
  }
}

/**
 * A watch over a subscription: released once, the later calls resolving with the first.
 * Tested surface: exported for its tests.
 * @example const watch = watchOf(subscription); await watch.release(); await watch.release(); // removed once
 */
export function watchOf(subscription: Subscription): SourceWatch {
  let released: Promise<void> | undefined;
  return { release: () => (released ??= unsubscribe(subscription)) };
}

/**
 * Subscribes `onChange` to the changes of `place` — its table's `onChanged`, else its sheet's — in one round trip;
 * resolves the watch that releases it. A table or sheet the workbook lacks makes the sync fail (the caller turns
 * that into a failure with Excel's message). `onChange` is called with no arguments.
 * @example await Excel.run((context) => watchSourceInExcel(context, { sheet: "商机", table: "Deals" }, refresh))
 */
export async function watchSourceInExcel(
  context: Excel.RequestContext,
  place: SourcePlace,
  onChange: () => void,
): Promise<Result<SourceWatch>> {
  // The view's refresh reports its own failures as values; the handler only tells it to refresh.
  const handler = async () => onChange();
  const target =
    place.table !== undefined
      ? context.workbook.tables.getItem(place.table)
      : context.workbook.worksheets.getItem(place.sheet);
  const subscription: Subscription = target.onChanged.add(handler);
  await context.sync();
  return ok(watchOf(subscription));
}
