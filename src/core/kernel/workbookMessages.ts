/**
 * Messages every WorkbookGateway gives for the same situations, so Excel and the workbench say the
 * same thing in both languages.
 */
import { fail, type Result } from "./result";

/**
 * The refusal to write into a cell that holds something: nothing of the user's is overwritten.
 * @example cellNotEmpty("B2") // fail("VALUE", "Cell B2 is not empty; …")
 */
export function cellNotEmpty(address: string): Result<never> {
  return fail("VALUE", {
    zh: `单元格 ${address} 不为空，请选择空白单元格。未做任何更改。`,
    en: `Cell ${address} is not empty; select an empty cell. Nothing was changed.`,
  });
}

/**
 * A request the workbook host could not complete, with the host's own detail.
 * @example hostFailure({ zh: "Excel", en: "Excel" }, "ExcelApi 1.7 is not supported")
 */
export function hostFailure(host: { zh: string; en: string }, detail: string): Result<never> {
  return fail("VALUE", {
    zh: `${host.zh} 无法完成该操作：${detail}`,
    en: `${host.en} could not complete the request: ${detail}`,
  });
}
