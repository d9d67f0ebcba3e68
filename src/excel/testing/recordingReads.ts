/**
 * Reading ranges in the recording Excel as Office.js does: `load` queues, `context.sync()` fills in, and a
 * property read before that sync is an error, as is any but `isNullObject` on a null object. Each load
 * measures the values it returns (JSON, UTF-8 bytes), so tests can check what one request carries. Never shipped.
 */
import { jsonBytes } from "../../core/readChunks";
import { readBox, type Box, type Readable } from "./recordingGrid";

/** A queued load: applied at the sync, it returns the bytes of the values it read (as JSON). */
export type PendingLoad = () => number;

const PROPERTIES = ["values", "rowIndex", "columnIndex", "rowCount", "columnCount", "isNullObject"] as const;
type Property = (typeof PROPERTIES)[number];

/**
 * A readable range over `box()` of `sheet()`, worked out at the sync; `box()` undefined makes a null object.
 * @example const used = recordingRead(loads, () => sheet, () => usedBox(sheet)).range;
 */
export function recordingRead(loads: PendingLoad[], sheet: () => Readable, box: () => Box | undefined) {
  const loaded = new Map<Property, unknown>();
  const get = (property: Property): unknown => {
    if (!loaded.has(property)) throw new Error(`PropertyNotLoaded: ${property} was not loaded and synced`);
    if (property !== "isNullObject" && loaded.get("isNullObject") === true) {
      throw new Error(`InvalidOperation: ${property} of a null object`);
    }
    return loaded.get(property);
  };
  const load = (properties: string) => {
    const wanted = properties.split(",").map((p) => p.trim());
    const unknown = wanted.find((p) => !(PROPERTIES as readonly string[]).includes(p));
    if (unknown !== undefined) throw new Error(`The recording Excel cannot load ${unknown}`);
    loads.push(() => {
      const at = box();
      loaded.set("isNullObject", at === undefined);
      if (at === undefined) return 0;
      loaded.set("rowIndex", at.row);
      loaded.set("columnIndex", at.col);
      loaded.set("rowCount", at.rows);
      loaded.set("columnCount", at.cols);
      if (!wanted.includes("values")) return 0;
      const values = readBox(sheet(), at);
      loaded.set("values", values);
      return jsonBytes(values);
    });
  };
  const descriptor = (property: Property) => ({
    get: () => get(property),
    enumerable: true,
    configurable: true,
  });
  const properties = Object.fromEntries(
    PROPERTIES.filter((p) => p !== "values").map((p) => [p, descriptor(p)]),
  ) as PropertyDescriptorMap;
  const range: Record<string, unknown> = {
    load: (props: string) => {
      load(props);
      return range;
    },
  };
  Object.defineProperties(range, { ...properties, values: descriptor("values") });
  return { load, get, properties, range };
}
