/**
 * The data the Pipeline health view can read: each Excel table of the workbook, each sheet's used range, and the
 * current selection, as options of one picker with stable keys and labels in the pane's language.
 */
import type { Language } from "../../core/kernel";
import { t } from "../../core/i18n";
import type { TableInfo, TableSource } from "../../excel/gateway";

/** One choice of the data picker. */
export interface DataSourceOption {
  /** Stable and unique among the options: "table:Deals", "sheet:Sheet1", "selection". */
  readonly key: string;
  readonly source: TableSource;
  /** For a table: its sheet and data rows, shown in the label. */
  readonly table?: TableInfo;
}

/**
 * The key of a source.
 * @example sourceKey({ kind: "sheet", sheet: "示例商机" }) // "sheet:示例商机"
 */
export function sourceKey(source: TableSource): string {
  if (source.kind === "table") return `table:${source.name}`;
  if (source.kind === "sheet") return `sheet:${source.sheet}`;
  return "selection";
}

/**
 * The picker's options: the tables first, then every sheet except `excluded` ones (e.g. the add-in's report),
 * then the selection.
 * @example
 * dataSourceOptions([{ name: "Deals", sheet: "CRM", rows: 40 }], ["CRM", "Notes"]).map((o) => o.key)
 * // ["table:Deals", "sheet:CRM", "sheet:Notes", "selection"]
 */
export function dataSourceOptions(
  tables: readonly TableInfo[],
  sheets: readonly string[],
  excluded: readonly string[] = [],
): DataSourceOption[] {
  const options: DataSourceOption[] = tables.map((table) => ({
    key: sourceKey({ kind: "table", name: table.name }),
    source: { kind: "table", name: table.name },
    table,
  }));
  for (const sheet of sheets) {
    if (excluded.includes(sheet)) continue;
    options.push({ key: sourceKey({ kind: "sheet", sheet }), source: { kind: "sheet", sheet } });
  }
  options.push({ key: sourceKey({ kind: "selection" }), source: { kind: "selection" } });
  return options;
}

/**
 * What the picker shows for an option, in `language`.
 * @example sourceLabel({ key: "sheet:Deals", source: { kind: "sheet", sheet: "Deals" } }, "en") // "Sheet Deals"
 */
export function sourceLabel(option: DataSourceOption, language: Language): string {
  const { source } = option;
  if (source.kind === "table") {
    return t("healthSourceTable", language, {
      name: source.name,
      sheet: option.table?.sheet ?? "",
      rows: option.table?.rows ?? 0,
    });
  }
  if (source.kind === "sheet") return t("healthSourceSheet", language, { sheet: source.sheet });
  return t("healthSourceSelection", language);
}
