/**
 * Turning the user's plain range (a header row and data rows) into an Excel table, so that the report's names over
 * its columns can refer to it by structured reference (`Deals[Stage]`) and follow the rows added later. Two round
 * trips: one reads the workbook's table and name names, the tables the range overlaps and (ExcelApi 1.13) its
 * merged cells; one adds the table. A range that overlaps a table or merged cells is refused before anything
 * changes. The user's cells stay as they are: `tables.add` with headers changes no value or format of its cells
 * (Excel itself renames a blank or repeated header, e.g. "Column1", "Stage2"; the caller reads the table again).
 *
 * Requirement sets: tables.add, Table.name and style, names and tables collections ExcelApi 1.1; convertToRange
 * ExcelApi 1.2; getRangeByIndexes ExcelApi 1.3; Range.getTables ExcelApi 1.9; getMergedAreasOrNullObject
 * ExcelApi 1.13 (without it the merged-cell check is Excel's own, and its refusal is reported as Excel words it).
 */
import { type Bilingual, fail, ok, type Result } from "../core/kernel";
import { isValidRangeName, rangeAddress } from "../core/sheet";
import { excelErrorDetail } from "./excelErrors";
import type { PlainRange } from "./gateway";
import { supports } from "./requirements";

/** The requirement set of `Range.getMergedAreasOrNullObject`. */
const MERGED_AREAS_REQUIREMENT = { set: "ExcelApi", version: "1.13" } as const;

/**
 * The style of the table made. A table style sits beneath the cells' own formats: the user's fills, fonts and number
 * formats show through any style, but a medium or dark style would paint the cells the user left plain (a coloured
 * header with white text, coloured bands). "TableStyleLight1" adds only thin rules and a faint grey band, so the
 * sheet looks as the user made it.
 */
export const TABLE_STYLE = "TableStyleLight1";

/** The name used when the preferred name is empty. */
const FALLBACK_NAME = "FunnelData";

/** Characters Excel refuses in a table name (a leading "\" aside). */
const NOT_IN_TABLE_NAME = /[^\p{L}\p{N}_.]/gu;

/** R1C1-style references Excel refuses as names besides the A1 ones: "R", "C", "R2", "C3", "R2C3". */
const R1C1_LIKE = /^[rc]\d*([rc]\d*)?$/i;

/** Whether Excel accepts `name` as a table name (see isValidRangeName), R1C1 references ("R2") refused too. */
const acceptable = (name: string) => isValidRangeName(name) && !R1C1_LIKE.test(name);

/**
 * A valid table name made of `preferred`: characters other than letters, digits, "_" and "." made "_" (a leading
 * "\" kept), "_" put first when it does not start with a letter, "_" or "\" or reads as a cell ("A1", "R1C1"), at
 * most 255 characters; "FunnelData" when nothing is left.
 * Tested surface: exported for its tests.
 * @example validTableName("Deals 2024") // "Deals_2024"
 * @example validTableName("2024") // "_2024"
 * @example validTableName("A1") // "_A1"
 */
export function validTableName(preferred: string): string {
  const trimmed = preferred.trim();
  const lead = trimmed.startsWith("\\") ? "\\" : "";
  let name = lead + trimmed.slice(lead.length).replace(NOT_IN_TABLE_NAME, "_");
  if (name === "") name = FALLBACK_NAME;
  if (!acceptable(name)) name = `_${name}`;
  return name.slice(0, 255);
}

/**
 * A valid table name made of `preferred` (see {@link validTableName}) that none of `taken` has, compared
 * case-insensitively (tables and workbook names share one namespace): that name, else it numbered "Deals2",
 * "Deals3" … (shortened to stay within 255 characters; "A_2" where "A2" would read as a cell).
 * Tested surface: exported for its tests.
 * @example availableTableName("Deals", ["deals"]) // "Deals2"
 * @example availableTableName("A", ["A"]) // "A_2"
 */
export function availableTableName(preferred: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toUpperCase()));
  const base = validTableName(preferred);
  const free = (name: string) => acceptable(name) && !used.has(name.toUpperCase());
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = String(n);
    const numbered = base.slice(0, 255 - suffix.length) + suffix;
    const candidate = acceptable(numbered) ? numbered : `${base.slice(0, 254 - suffix.length)}_${suffix}`;
    if (free(candidate)) return candidate;
  }
}

/** The refusal of a range that cannot become a table as it is, naming what to fix. */
function refused(range: PlainRange, address: string, why: Bilingual): Result<never> {
  return fail("VALUE", {
    zh: `无法把工作表“${range.sheet}”的 ${address} 转为 Excel 表格：${why.zh}`,
    en: `Cannot make ${address} of the sheet "${range.sheet}" an Excel table: ${why.en}`,
  });
}

/**
 * Makes the plain `range` (header row first) an Excel table named after `preferredName` (valid and free, see
 * {@link availableTableName}) in the light {@link TABLE_STYLE}; resolves with the name it got. A VALUE failure, with
 * nothing changed, when the range overlaps a table or merged cells (naming them), or when Excel refuses the table
 * (with Excel's message, code and failing call); should Excel refuse the name after adding the table, the table is
 * turned back into a plain range.
 * @example await Excel.run((context) => makeTableInExcel(context, { sheet: "商机", headerRow: 0, firstCol: 0, columns: 4, rows: 20 }, "Deals"))
 */
export async function makeTableInExcel(
  context: Excel.RequestContext,
  range: PlainRange,
  preferredName: string,
): Promise<Result<{ readonly table: string }>> {
  const box = { row: range.headerRow, col: range.firstCol, rows: range.rows + 1, cols: range.columns };
  const address = rangeAddress(box);
  const { tables, names } = context.workbook;
  tables.load("items/name");
  names.load("items/name");
  const sheet = context.workbook.worksheets.getItem(range.sheet);
  const target = sheet.getRangeByIndexes(box.row, box.col, box.rows, box.cols);
  const overlapping = target.getTables(false).load("items/name");
  const merged = supports(MERGED_AREAS_REQUIREMENT)
    ? target.getMergedAreasOrNullObject().load("address")
    : undefined;
  await context.sync();
  if (overlapping.items.length > 0) {
    const list = overlapping.items.map((table) => table.name).join(", ");
    return refused(range, address, {
      zh: `它与已有的表格“${list}”重叠。请选择该表格本身，或不与表格重叠的区域。`,
      en: `it overlaps the table "${list}". Pick that table itself, or a range clear of tables.`,
    });
  }
  if (merged !== undefined && !merged.isNullObject) {
    return refused(range, address, {
      zh: `其中有合并单元格（${merged.address}）。请先取消合并这些单元格，再试一次。`,
      en: `it holds merged cells (${merged.address}). Unmerge them, then try again.`,
    });
  }
  const name = availableTableName(preferredName, [
    ...tables.items.map((table) => table.name),
    ...names.items.map((item) => item.name),
  ]);
  const table = sheet.tables.add(address, true);
  table.name = name;
  table.style = TABLE_STYLE;
  try {
    await context.sync();
  } catch (error) {
    // The request stopped at the call Excel refused: when that was the name or the style, the table is there.
    table.convertToRange();
    try {
      await context.sync();
    } catch {
      // The add itself was refused: there is no table to turn back.
    }
    const detail = excelErrorDetail(error);
    return refused(range, address, {
      zh: `Excel 拒绝了此操作：${detail.zh}`,
      en: `Excel refused: ${detail.en}`,
    });
  }
  return ok({ table: name });
}
