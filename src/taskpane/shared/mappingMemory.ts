/**
 * The column mappings the user confirmed, remembered per table (its source and its header) in the browser's
 * storage, so reading the same table again gives the same mapping without asking. Storage may be missing or may
 * throw (private modes, locked-down webviews); then nothing is remembered and the pane never fails because of it.
 */
import { COLUMN_ROLES, type ColumnMapping, type ColumnRole } from "../../core/pipeline";
import type { PreferenceStorage } from "../language/languagePreference";

/**
 * The storage key of the remembered mappings.
 * Tested surface: exported for its tests.
 */
export const MAPPING_MEMORY_KEY = "funnel.taskpane.columnMappings";

/** How many tables' mappings are kept; the oldest is forgotten first. */
const KEPT = 50;

type Remembered = Record<string, ColumnMapping>;

/**
 * The key a table's mapping is remembered under: the data source's key and the header's texts.
 * @example mappingKey("sheet:CRM", ["Stage", "Amount"]) // "sheet:CRM\u0000Stage\u0001Amount"
 */
export function mappingKey(sourceKey: string, header: readonly unknown[]): string {
  return `${sourceKey}\u0000${header.map((cell) => String(cell ?? "")).join("\u0001")}`;
}

function readAll(storage: PreferenceStorage | undefined): Remembered {
  if (storage === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(storage.getItem(MAPPING_MEMORY_KEY) ?? "{}");
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Remembered)
      : {};
  } catch {
    return {};
  }
}

/** The mapping as stored, kept only if every role is known and every column lies within the table. */
function validMapping(stored: unknown, columns: number): ColumnMapping | undefined {
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return undefined;
  const mapping: Partial<Record<ColumnRole, number>> = {};
  for (const [role, column] of Object.entries(stored)) {
    if (!COLUMN_ROLES.includes(role as ColumnRole)) return undefined;
    if (!Number.isInteger(column) || (column as number) < 0 || (column as number) >= columns)
      return undefined;
    mapping[role as ColumnRole] = column as number;
  }
  return mapping;
}

/**
 * The mapping remembered for a table of `columns` columns, or undefined when none (or an unusable one) is.
 * @example rememberedMapping(window.localStorage, mappingKey("sheet:CRM", header), header.length) // { stage: 1 }
 */
export function rememberedMapping(
  storage: PreferenceStorage | undefined,
  key: string,
  columns: number,
): ColumnMapping | undefined {
  const all = readAll(storage);
  return Object.prototype.hasOwnProperty.call(all, key) ? validMapping(all[key], columns) : undefined;
}

/**
 * Remembers a table's mapping (the latest last, the oldest beyond fifty forgotten); false when storage is
 * unavailable or refuses it.
 * @example rememberMapping(window.localStorage, mappingKey("sheet:CRM", header), { stage: 1, amount: 2 }) // true
 */
export function rememberMapping(
  storage: PreferenceStorage | undefined,
  key: string,
  mapping: ColumnMapping,
): boolean {
  if (storage === undefined) return false;
  const all = readAll(storage);
  delete all[key];
  all[key] = mapping;
  const keys = Object.keys(all);
  for (const old of keys.slice(0, Math.max(0, keys.length - KEPT))) delete all[old];
  try {
    storage.setItem(MAPPING_MEMORY_KEY, JSON.stringify(all));
    return true;
  } catch {
    return false;
  }
}
