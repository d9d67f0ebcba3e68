/**
 * Finding a generated template's cells from its spec (built with the same builders the pane uses), so that the
 * end-to-end tests never hard-code an address.
 */
import type { Language } from "../../../src/core/kernel";
import { type CellSpec, type SheetSpec, cellAddress } from "../../../src/core/sheet";
import { DEFAULT_PROBABILITIES, STAGES, type StageId } from "../../../src/core/stages";
import { templateById, type TemplateId, type TemplateOptions } from "../../../src/core/templates";

/**
 * The template's spec, as the pane builds it for these options.
 * @example specOf("secondary", { language: "zh" }).name // "二次评估"
 */
export const specOf = (id: TemplateId, options: TemplateOptions): SheetSpec =>
  templateById(id)!.build(options);

/**
 * The A1 address of a spec cell (or anything with a 0-based row and column).
 * @example addressOf({ row: 12, col: 4 }) // "E13"
 */
export const addressOf = (spec: { row: number; col: number }): string => cellAddress(spec.row, spec.col);

/**
 * The first cell of a spec that satisfies `test`; throws (failing the test) when there is none.
 * @example findCell(spec, (c) => (c.formula ?? "").includes("FUNNEL.STAGE("), "stage formula")
 */
export function findCell(spec: SheetSpec, test: (cell: CellSpec) => boolean, what: string): CellSpec {
  const found = spec.cells.find(test);
  if (!found) throw new Error(`${spec.name} has no ${what}.`);
  return found;
}

/**
 * The addresses of the first validated range that satisfies `test` (given a list's values and the range's
 * rows), top to bottom (one column).
 * @example validatedCells(spec, (values) => values === WORTH_RATINGS) // ["D8", …, "D12"]
 */
export function validatedCells(
  spec: SheetSpec,
  test: (values: readonly string[] | undefined, rows: number) => boolean,
) {
  const validation = (spec.validations ?? []).find((v) =>
    test(v.kind === "list" ? v.values : undefined, v.range.rows),
  );
  if (!validation) throw new Error(`${spec.name} has no such validation.`);
  return Array.from({ length: validation.range.rows }, (_, i) =>
    cellAddress(validation.range.row + i, validation.range.col),
  );
}

/**
 * The stage-settings cell holding a stage's (default) probability.
 * @example probabilityCell(specOf("stageSettings", { language: "en" }), "negotiation", "en") // "B9"
 */
export function probabilityCell(settings: SheetSpec, stage: StageId, language: Language): string {
  const name = STAGES.find((s) => s.id === stage)!.name[language];
  const row = findCell(settings, (c) => c.col === 0 && c.value === name, `row of ${name}`).row;
  return addressOf(
    findCell(
      settings,
      (c) => c.row === row && c.value === DEFAULT_PROBABILITIES[stage],
      `probability of ${name}`,
    ),
  );
}

/**
 * Where the pipeline's deals go (stage and amount of the i-th deal), its i-th probability and its weighted figure.
 * @example pipelineLayout(specOf("pipeline", { language: "zh" })).weighted // "P4"
 */
export function pipelineLayout(spec: SheetSpec) {
  const stageRange = (spec.validations ?? []).find((v) => v.kind === "listFromName")!.range;
  const amountRange = (spec.validations ?? []).find((v) => v.kind === "decimal")!.range;
  const weighted = findCell(
    spec,
    (c) => (c.formula ?? "").startsWith("=FUNNEL.WEIGHTED("),
    "weighted figure",
  );
  const probability = findCell(
    spec,
    (c) => (c.formula ?? "").startsWith("=FUNNEL.PROBABILITY("),
    "probability",
  );
  return {
    stage: (i: number) => cellAddress(stageRange.row + i, stageRange.col),
    amount: (i: number) => cellAddress(amountRange.row + i, amountRange.col),
    probability: (i: number) => cellAddress(probability.row + i, probability.col),
    weighted: addressOf(weighted),
  };
}
