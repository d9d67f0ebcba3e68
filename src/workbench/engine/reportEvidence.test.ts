/**
 * The pipeline-health report over the evidence Pipeline health reads, rendered in the workbench's engine
 * with the FUNNEL functions themselves: over a stage history (deal ids on several rows, in row order) and
 * over HubSpot-style "Date entered" columns, under both rules for lost deals of unknown stage of loss, the
 * conversion and win-rate cells are live formulas showing the pane's figures (readPipeline →
 * pipelineHealth).
 */
import { registerFunnelFunctions } from "./testing/funnelFunctions";
import { type CellInput, WorkbookEngine } from "./workbookEngine";
import { renderSpec } from "./renderSpec";
import { buildHealthReport, STAGE_COLUMNS } from "../../core/reports";
import { pipelineHealth } from "../../core/health";
import type { UnknownLossRule } from "../../core/metrics";
import { readPipeline } from "../../core/pipeline";
import { HISTORY_TABLE, HUBSPOT_TABLE } from "../../core/pipeline/testing/evidenceTables";
import { DEFAULT_SCHEME } from "../../core/stages";
import { valueOf } from "../../core/kernel/testing/results";

beforeAll(registerFunnelFunctions);

type Table = { readonly header: readonly string[]; readonly rows: readonly (readonly CellInput[])[] };

const [HISTORY, HUBSPOT]: Table[] = [HISTORY_TABLE, HUBSPOT_TABLE];

/** The report over `table` in an engine, the pane's health, and the report's cells as the engine shows them. */
function reportOf(table: Table, unknownLoss: UnknownLossRule) {
  const read = valueOf(readPipeline(table, { scheme: DEFAULT_SCHEME }));
  const health = pipelineHealth(read, DEFAULT_SCHEME, { asOf: 45838, unknownLoss });
  const engine = WorkbookEngine.create(["Deals"]);
  engine.setCells("Deals", { row: 0, col: 0 }, [table.header, ...table.rows]);
  const source = {
    sheet: "Deals",
    headerRow: 0,
    firstCol: 0,
    rowCount: table.rows.length,
    mapping: read.mapping,
  };
  const spec = buildHealthReport(health, source, { language: "en" });
  const { sheet } = valueOf(renderSpec(engine, spec));
  const formulaOf = (name: string) =>
    spec.cells.filter((cell) => cell.formula?.startsWith(`=FUNNEL.${name}(`));
  const shown = (row: number, col: number) => engine.cell(sheet, { row, col }).value;
  return { health, formulaOf, shown };
}

describe.each([
  ["a stage history", HISTORY],
  ["HubSpot-style stage dates", HUBSPOT],
] as const)("the report over %s", (_name, table) => {
  it.each<UnknownLossRule>(["firstStage", "knownPaths"])(
    "shows the pane's conversions under %s through live FUNNEL.CONVERSION calls",
    (rule) => {
      const { health, formulaOf, shown } = reportOf(table, rule);
      const calls = formulaOf("CONVERSION");
      expect(calls.map((cell) => cell.col).sort()).toEqual(
        [STAGE_COLUMNS.nextStep, STAGE_COLUMNS.cumulative].sort(),
      );
      if (rule === "knownPaths") expect(calls[0].formula).toContain('"knownPaths"');
      for (const call of calls) {
        health.stages.forEach((stage, k) => {
          const model =
            call.col === STAGE_COLUMNS.nextStep ? stage.nextStepConversion : stage.cumulativeConversion;
          const value = shown(call.row + k, call.col);
          const near =
            model === null ? value === null || value === "" : Math.abs((value as number) - model) <= 1e-9;
          expect({ stage: k + 1, col: call.col, near }).toEqual({ stage: k + 1, col: call.col, near: true });
        });
      }
    },
  );

  it("shows the pane's win rate through a live FUNNEL.WINRATE call", () => {
    const { health, formulaOf, shown } = reportOf(table, "firstStage");
    const [call] = formulaOf("WINRATE");
    expect(shown(call.row, call.col)).toBeCloseTo(health.overall.winRate as number, 9);
  });
});
