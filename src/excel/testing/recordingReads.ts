/**
 * Reading ranges in the recording Excel as Office.js does: `load` queues, `context.sync()` fills in, and a
 * property read before that sync is an error, as is any but `isNullObject` on a null object. Each load
 * measures what it returns — every property loaded, values and dimensions alike, as JSON in UTF-8 bytes — so
 * tests can check what one reply carries. Never shipped.
 */
import { jsonBytes } from "../readChunks";
import type { PendingLoad } from "./recordingBatch";
import { readBox, type Box, type Readable } from "./recordingGrid";

/** The properties of a range the recording Excel can load. */
export const READ_PROPERTIES = [
  "values",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "isNullObject",
] as const;
type Property = (typeof READ_PROPERTIES)[number];

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
    const unknown = wanted.find((p) => !(READ_PROPERTIES as readonly string[]).includes(p));
    if (unknown !== undefined) throw new Error(`The recording Excel cannot load ${unknown}`);
    loads.push(() => {
      const at = box();
      loaded.set("isNullObject", at === undefined);
      if (at === undefined) return jsonBytes({ isNullObject: true });
      loaded.set("rowIndex", at.row);
      loaded.set("columnIndex", at.col);
      loaded.set("rowCount", at.rows);
      loaded.set("columnCount", at.cols);
      if (wanted.includes("values")) loaded.set("values", readBox(sheet(), at));
      return jsonBytes(Object.fromEntries(wanted.map((p) => [p, loaded.get(p as Property)])));
    });
  };
  const range: Record<string, unknown> = {
    load: (props: string) => {
      load(props);
      return range;
    },
  };
  Object.defineProperties(
    range,
    Object.fromEntries(
      READ_PROPERTIES.map((p) => [p, { get: () => get(p), enumerable: true, configurable: true }]),
    ),
  );
  return { load, get, range };
}
