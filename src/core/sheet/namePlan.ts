/**
 * Where a new sheet's names go, so that rendering it never changes a name the workbook already has. A name the
 * workbook lacks is defined for the whole workbook (the other sheets' formulas can use it); a name it has
 * already — the stage settings generated a second time — keeps its meaning for the workbook and is defined on
 * the new sheet only, where the sheet's own formulas find their own ranges. A name of scope "sheet" is always
 * defined on the new sheet only. Table names share that namespace
 * and must be unique, so a taken table name gets a number ("FunnelPipeline_2").
 */
import type { NamedRangeSpec, SheetSpec } from "./sheetSpec";

/** The names a new sheet defines, and where. */
export interface NamePlan {
  /** Names new to the workbook: defined for the whole workbook. */
  readonly workbook: readonly NamedRangeSpec[];
  /** Names the workbook has already: defined on the new sheet only. */
  readonly sheet: readonly NamedRangeSpec[];
  /** The name each table of the spec gets, in the spec's order. */
  readonly tables: readonly string[];
}

const comparable = (name: string) => name.toUpperCase();

/**
 * Places the spec's names given the workbook's names and table names (compared case-insensitively, as Excel
 * does).
 * @example planNames({ name: "S", cells: [], names: [{ name: "FUNNEL_STAGES", range: r }] }, ["funnel_stages"], [])
 * // { workbook: [], sheet: [{ name: "FUNNEL_STAGES", range: r }], tables: [] }
 */
export function planNames(
  spec: Pick<SheetSpec, "names" | "tables">,
  workbookNames: readonly string[],
  tableNames: readonly string[],
): NamePlan {
  const taken = new Set([...workbookNames, ...tableNames].map(comparable));
  const names = spec.names ?? [];
  const onSheet = (n: NamedRangeSpec) => n.scope === "sheet" || taken.has(comparable(n.name));
  const workbook = names.filter((n) => !onSheet(n));
  const sheet = names.filter(onSheet);
  for (const n of workbook) taken.add(comparable(n.name));
  const tables = (spec.tables ?? []).map((table) => {
    let name = table.name;
    for (let n = 2; taken.has(comparable(name)); n++) name = `${table.name}_${n}`;
    taken.add(comparable(name));
    return name;
  });
  return { workbook, sheet, tables };
}
