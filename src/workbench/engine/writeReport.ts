/**
 * The workbench's side of the gateway's `writeReport`: a report sheet the add-in owns, recognised by the marker
 * in its decor (see SheetDecor.report) — never by its name, so a user's sheet of the same name is never touched.
 * The first time, the report is rendered into a new sheet under a free name. Regenerating, it is written IN PLACE,
 * as Excel's gateway does: the previous report's sheet is kept (its name, position and id, so a user's formula on
 * another sheet that refers to a report cell still answers — HyperFormula follows the sheet, and would answer
 * #REF! had it been removed), emptied — cells, decor, widths, the names defined on it and the workbook names the
 * report owned — and the new report rendered into it. When rendering into it fails midway, the sheet is emptied
 * again and holds a notice in both languages with the engine's reason, and the result is a failure: the earlier
 * report's contents are not kept; the sheet, its marker and the user's references are.
 */
import {
  errorDetail,
  ok,
  reportNotRegenerated,
  reportNotRegeneratedNotice,
  type Result,
} from "../../core/kernel";
import { checkSheetSpec, literalText, type SheetSpec } from "../../core/sheet";
import { renderInto, renderSheet } from "./renderSpec";
import type { WorkbookEngine } from "./workbookEngine";

const upper = (name: string) => name.toUpperCase();

/**
 * The sheet holding the add-in's report of `kind`, if there is one.
 * @example reportSheet(engine, "pipelineHealth") // "管线健康"
 */
export function reportSheet(engine: WorkbookEngine, kind: string): string | undefined {
  return engine.sheetNames().find((sheet) => engine.decor(sheet).report?.kind === kind);
}

/** Empties the report's `sheet`: its cells, decor and names, and the workbook names the report owned. */
function emptyReport(engine: WorkbookEngine, sheet: string): void {
  const owned = new Set((engine.decor(sheet).report?.names ?? []).map(upper));
  engine.emptySheet(sheet);
  for (const name of engine.workbookNames()) if (owned.has(upper(name))) engine.removeName(name);
}

/**
 * Writes the report of `kind`: into the previous one's sheet, in place (same sheet, its name and position kept),
 * or into a new sheet under a free name when there is none. Resolves with the sheet's name; or the failure — the
 * first time, the rendering's VALUE failure with nothing left of the new sheet; regenerating, the failure of a
 * report not regenerated, its sheet kept with a notice on it.
 * @example writeReport(engine, "pipelineHealth", buildHealthReport(health)) // { ok: true, value: { sheet: "管线健康" } }
 */
export function writeReport(
  engine: WorkbookEngine,
  kind: string,
  spec: SheetSpec,
): Result<{ sheet: string }> {
  const checked = checkSheetSpec(spec);
  if (!checked.ok) return checked;
  const previous = reportSheet(engine, kind);
  let sheet: string;
  let owned: readonly string[];
  if (previous === undefined) {
    const rendered = renderSheet(engine, spec);
    if (!rendered.ok) return rendered;
    ({ sheet, workbookNames: owned } = rendered.value);
  } else {
    sheet = previous;
    emptyReport(engine, sheet);
    try {
      owned = renderInto(engine, sheet, spec).workbookNames;
    } catch (error) {
      const detail = errorDetail(error);
      engine.emptySheet(sheet);
      const notice = reportNotRegeneratedNotice(detail);
      engine.setCell(sheet, { row: 0, col: 0 }, literalText(notice.zh));
      engine.setCell(sheet, { row: 1, col: 0 }, literalText(notice.en));
      engine.decorate(sheet, (decor) => {
        decor.report = { kind, names: [] };
      });
      return reportNotRegenerated(sheet, detail);
    }
  }
  engine.decorate(sheet, (decor) => {
    decor.report = { kind, names: [...owned] };
  });
  return ok({ sheet });
}
