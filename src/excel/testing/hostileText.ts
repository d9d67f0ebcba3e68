/**
 * Text a user typed that Excel would read as something else if written as it is — a formula, a number, a date,
 * a boolean, an error — and a pipeline whose deals, customers and owners are named so, with rows the report
 * skips because of such text: the report built from it copies these texts into its cells. Never shipped.
 */
import type { Language } from "../../core/kernel";
import { pipelineHealth } from "../../core/health";
import { readPipeline } from "../../core/pipeline";
import { buildHealthReport } from "../../core/reports";
import { DEFAULT_SAMPLE_AS_OF, SAMPLE_COLUMN, samplePipeline } from "../../workbench/samplePipeline";
import type { CellSpec, SheetSpec } from "../../core/sheet";
import { DEFAULT_SCHEME } from "../../core/stages";
import { valueOf } from "../../core/kernel/testing/results";

/** Texts a user may have typed that are not to be read as anything but text. */
export const HOSTILE_TEXTS: readonly string[] = Object.freeze([
  '=HYPERLINK("http://x","y")',
  "=cmd|' /C calc'!A0",
  "+1",
  "-2",
  "@SUM(A1)",
  "'quoted",
  "=1+1",
  "0042",
  "12%",
  "2024-01-01",
  "TRUE",
  "#N/A",
  "＝1+1",
  "１２３",
  " =1",
  "-",
]);

/**
 * The sample pipeline with every deal, customer and owner named by a hostile text — the first deals, named by
 * one each, open and without an amount, so that the anomaly list names them all — and rows skipped because their
 * stage is one; the report built from it (as the add-in builds it, with its forecast).
 * @example const { table, spec } = hostilePipeline("zh", "商机");
 */
export function hostilePipeline(language: Language, sheet: string) {
  const sample = samplePipeline({ language, deals: 120 });
  const count = HOSTILE_TEXTS.length;
  const pick = (i: number) => HOSTILE_TEXTS[i % count];
  const rows = sample.rows.map((row, i) => {
    const copy = [...row];
    copy[SAMPLE_COLUMN.opportunity] = i < count ? pick(i) : `${pick(i)} #${i}`;
    copy[SAMPLE_COLUMN.customer] = pick(i + 3);
    copy[SAMPLE_COLUMN.owner] = pick(i % 5);
    if (i < count) [copy[SAMPLE_COLUMN.stage], copy[SAMPLE_COLUMN.amount]] = ["谈判", ""];
    else if (i % 17 === 0) copy[SAMPLE_COLUMN.stage] = pick(i);
    return copy;
  });
  const table = { header: sample.header, rows };
  const read = valueOf(readPipeline(table, { scheme: DEFAULT_SCHEME }));
  const health = pipelineHealth(read, DEFAULT_SCHEME, { asOf: DEFAULT_SAMPLE_AS_OF });
  const source = { sheet, headerRow: 0, firstCol: 0, rowCount: rows.length, mapping: read.mapping };
  const spec = buildHealthReport(health, source, { language, forecast: { deals: read.deals } });
  return { table, spec };
}

/**
 * The cells of a spec that hold text (not a formula).
 * @example textCells(spec).every((cell) => typeof cell.value === "string") // true
 */
export function textCells(spec: SheetSpec): (CellSpec & { value: string })[] {
  return spec.cells.filter((cell): cell is CellSpec & { value: string } => typeof cell.value === "string");
}
