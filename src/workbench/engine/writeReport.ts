/**
 * The workbench's side of the gateway's `writeReport`: a report sheet the add-in owns, recognised by the marker
 * in its decor (see SheetDecor.report) — never by its name, so a user's sheet of the same name is never touched.
 * The new report is rendered into a new sheet first; only when that succeeded is the previous report of the
 * kind removed, its workbook names handed over to the new one, and the new sheet renamed to the previous one's
 * name. A failure while rendering leaves the previous report as it was.
 */
import { ok, type Result } from "../../core/kernel";
import type { SheetSpec } from "../../core/sheet";
import { renderSheet } from "./renderSpec";
import type { WorkbookEngine } from "./workbookEngine";

const upper = (name: string) => name.toUpperCase();

/**
 * The sheet holding the add-in's report of `kind`, if there is one.
 * @example reportSheet(engine, "pipelineHealth") // "漏斗健康"
 */
export function reportSheet(engine: WorkbookEngine, kind: string): string | undefined {
  return engine.sheetNames().find((sheet) => engine.decor(sheet).report?.kind === kind);
}

/**
 * Writes the report of `kind`: replaces the previous one (same sheet name, names that follow the new ranges), or
 * adds a new sheet under a free name when there is none. Resolves with the sheet's name, or the rendering's
 * VALUE failure with the previous report untouched.
 * @example writeReport(engine, "pipelineHealth", buildHealthReport(health)) // { ok: true, value: { sheet: "漏斗健康" } }
 */
export function writeReport(
  engine: WorkbookEngine,
  kind: string,
  spec: SheetSpec,
): Result<{ sheet: string }> {
  const previous = reportSheet(engine, kind);
  const rendered = renderSheet(engine, spec);
  if (!rendered.ok) return rendered;
  let { sheet } = rendered.value;
  const owned = [...rendered.value.workbookNames];
  if (previous !== undefined) {
    const previousNames = new Set((engine.decor(previous).report?.names ?? []).map(upper));
    engine.removeSheet(previous);
    for (const name of engine.workbookNames()) if (previousNames.has(upper(name))) engine.removeName(name);
    // The names the previous report owned were taken while the new one was rendered, so the new sheet defined
    // them for itself only: now they become the workbook's, pointing at the new ranges.
    for (const name of spec.names ?? []) {
      if (!previousNames.has(upper(name.name)) || !rendered.value.sheetNames.includes(name.name)) continue;
      engine.removeName(name.name, sheet);
      engine.defineName(name.name, name.sheet ?? sheet, name.range);
      owned.push(name.name);
    }
    engine.renameSheet(sheet, previous);
    sheet = previous;
  }
  engine.decorate(sheet, (decor) => {
    decor.report = { kind, names: owned };
  });
  return ok({ sheet });
}
