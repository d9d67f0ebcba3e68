/**
 * Messages every WorkbookGateway gives for the same situations, so Excel and the workbench say the
 * same thing in both languages: failures, and the notes on a sheet written whole but for a part the host
 * refused (a funnel chart drawn as bars, print scaling, frozen panes, links, activation, protection), each with
 * the host's own detail.
 */
import type { Bilingual } from "./bilingual";
import { fail, type Result } from "./result";

const both = (detail: string | Bilingual): Bilingual =>
  typeof detail === "string" ? { zh: detail, en: detail } : detail;

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
 * A request the workbook host could not complete, with the host's own detail (one text, or one per language).
 * @example hostFailure({ zh: "Excel", en: "Excel" }, "ExcelApi 1.7 is not supported")
 */
export function hostFailure(host: Bilingual, detail: string | Bilingual): Result<never> {
  const { zh, en } = both(detail);
  return fail("VALUE", {
    zh: `${host.zh} 无法完成该操作：${zh}`,
    en: `${host.en} could not complete the request: ${en}`,
  });
}

/**
 * The note on funnel charts the host drew as bar charts (the first stage on top), having refused the funnel
 * chart `title`.
 * @example funnelDrawnAsBars("Deals reached", "InvalidArgument").en // "The funnel charts were drawn as bar charts …"
 */
export function funnelDrawnAsBars(title: string, detail: string | Bilingual): Bilingual {
  const { zh, en } = both(detail);
  return {
    zh: `漏斗图已改为条形图（第一个阶段在最上方）：此 Excel 不支持漏斗图“${title}”：${zh}`,
    en: `The funnel charts were drawn as bar charts, first stage on top: this Excel refused the funnel chart "${title}": ${en}`,
  };
}

/**
 * The note on a chart the host drew neither as asked nor as its fallback.
 * @example chartNotDrawn("Stuck deals", "InvalidArgument").en // 'The chart "Stuck deals" was not drawn: InvalidArgument'
 */
export function chartNotDrawn(title: string, detail: string | Bilingual): Bilingual {
  const { zh, en } = both(detail);
  return { zh: `图表“${title}”未能绘制：${zh}`, en: `The chart "${title}" was not drawn: ${en}` };
}

/**
 * The note on cells the host did not link to their rows (their text is there).
 * @example linksNotSet("InvalidArgument").en // "Some cells do not link to their rows (their text is there): InvalidArgument"
 */
export function linksNotSet(detail: string | Bilingual): Bilingual {
  const { zh, en } = both(detail);
  return {
    zh: `部分单元格未能链接到对应的行（文字仍在）：${zh}`,
    en: `Some cells do not link to their rows (their text is there): ${en}`,
  };
}

/**
 * The note on a sheet that prints without fitting its columns on one page: the host refused the print scaling.
 * @example printScalingNotSet("InvalidArgument").en // "The sheet prints without fitting all columns on one page: InvalidArgument"
 */
export function printScalingNotSet(detail: string | Bilingual): Bilingual {
  const { zh, en } = both(detail);
  return {
    zh: `打印时未设置“将所有列调整为一页”：${zh}`,
    en: `The sheet prints without fitting all columns on one page: ${en}`,
  };
}

/**
 * The note on a sheet whose heading rows or columns the host did not freeze.
 * @example panesNotFrozen("InvalidArgument").en // "The heading rows and columns are not frozen: InvalidArgument"
 */
export function panesNotFrozen(detail: string | Bilingual): Bilingual {
  const { zh, en } = both(detail);
  return { zh: `未能冻结标题行和标题列：${zh}`, en: `The heading rows and columns are not frozen: ${en}` };
}

/**
 * The note on a new sheet the host did not switch to.
 * @example sheetNotActivated("RequestAborted").en // "Could not switch to the new sheet; open it from its tab: RequestAborted"
 */
export function sheetNotActivated(detail: string | Bilingual): Bilingual {
  const { zh, en } = both(detail);
  return {
    zh: `未能切换到新工作表，请点击其标签打开：${zh}`,
    en: `Could not switch to the new sheet; open it from its tab: ${en}`,
  };
}

/**
 * The note on a sheet the host did not protect: its formulas can be overwritten.
 * @example sheetNotProtected("InvalidOperation").en // "The sheet is not protected, so its formulas can be overwritten: InvalidOperation"
 */
export function sheetNotProtected(detail: string | Bilingual): Bilingual {
  const { zh, en } = both(detail);
  return {
    zh: `工作表未受保护，其中的公式可能被改写：${zh}`,
    en: `The sheet is not protected, so its formulas can be overwritten: ${en}`,
  };
}

/**
 * The text written on a report's sheet when regenerating it in place failed midway: the sheet is kept — so a
 * user's formulas that refer to it still resolve — cleared, and holds this notice, one line per language, with
 * the host's reason, instead of half a report that looks complete.
 * @example reportNotRegeneratedNotice("InvalidArgument").en // "This report could not be regenerated: InvalidArgument. Generate it again."
 */
export function reportNotRegeneratedNotice(detail: string | Bilingual): Bilingual {
  const { zh, en } = both(detail);
  return {
    zh: `此报告未能重新生成：${zh}。请重新生成。`,
    en: `This report could not be regenerated: ${en}. Generate it again.`,
  };
}

/**
 * The failure of regenerating the report on `sheet` in place, with the host's reason: the earlier report's
 * contents are gone, its sheet is kept (with the notice of {@link reportNotRegeneratedNotice} on it, or — when
 * `cleared` is false — whatever the host left of it, which the next report replaces), and the user's references
 * to it still resolve.
 * @example reportNotRegenerated("管线健康", "InvalidArgument").ok // false
 */
export function reportNotRegenerated(
  sheet: string,
  detail: string | Bilingual,
  cleared = true,
): Result<never> {
  const { zh, en } = both(detail);
  return fail("VALUE", {
    zh: cleared
      ? `无法重新生成报告“${sheet}”：${zh}。工作表已保留并清空（引用它的公式仍然有效），请重新生成。`
      : `无法重新生成报告“${sheet}”：${zh}。工作表已保留（引用它的公式仍然有效），但未能清空其中写了一半的内容，请重新生成。`,
    en: cleared
      ? `Could not regenerate the report "${sheet}": ${en}. Its sheet was kept and cleared (formulas that refer to it still resolve); generate it again.`
      : `Could not regenerate the report "${sheet}": ${en}. Its sheet was kept (formulas that refer to it still resolve), but what was half written on it could not be cleared; generate it again.`,
  });
}

/**
 * The note on a regenerated report whose sheet kept the earlier report's frozen panes: the host refused to
 * unfreeze them.
 * @example earlierPanesKept("InvalidOperation").en // "The earlier report's frozen panes were kept: InvalidOperation"
 */
export function earlierPanesKept(detail: string | Bilingual): Bilingual {
  const { zh, en } = both(detail);
  return { zh: `保留了之前报告的冻结窗格：${zh}`, en: `The earlier report's frozen panes were kept: ${en}` };
}
