/**
 * Which date system the workbook uses (see core's kernel/dateSystems.ts). The installed Office.js types have no
 * property for it, so it is read from the workbook itself: `DATE(1904, 1, 1)` evaluated by the workbook's
 * functions is 0 in a 1904 workbook and 1462 in a 1900 one. The probe is queued with the first read of a
 * gateway call and answered by that call's first `context.sync()`: it costs no round trip of its own.
 *
 * Requirement sets: Workbook.functions, Functions.date ExcelApi 1.2.
 */
import { dateSystemFromProbe, type DateSystem } from "../core/kernel";

/**
 * Queues the probe; the function returned gives the workbook's date system once the next sync has run.
 * @example const dateSystem = queueDateSystem(context); await context.sync(); dateSystem() // 1904 on an old Mac workbook
 */
export function queueDateSystem(context: Excel.RequestContext): () => DateSystem {
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  return () => dateSystemFromProbe(probe.value);
}
