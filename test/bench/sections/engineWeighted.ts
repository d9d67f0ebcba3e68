/**
 * Section 3: the weighted pipeline in the workbench's spreadsheet engine (HyperFormula, src/workbench/engine),
 * computed the way a user without the add-in would — a helper column looking up each deal's stage probability
 * in a small stage table, =XLOOKUP(D2,$K$2:$K$25,$L$2:$L$25,0), and =SUMPRODUCT(E2:E10001,F2:F10001) — versus
 * one =FUNNEL.WEIGHTED(E2:E10001,D2:D10001) registered from the built functions.js. (The single-formula forms,
 * =SUMPRODUCT(E2:E10001,SUMIF(K2:K25,D2:D10001,L2:L25)) or an XLOOKUP over the whole column, need array
 * arithmetic, which the workbench's engine, like Excel before dynamic arrays, does not do in SUMPRODUCT.)
 */
import { readFunctionsMetadata } from "../../../src/workbench/engine/functionsMetadata";
import { registerCustomFunctions } from "../../../src/workbench/engine/customFunctionsPlugin";
import { WorkbookEngine, type CellInput } from "../../../src/workbench/engine/workbookEngine";
import type { BuiltFunctions } from "../support/builtFunctions";
import { LABELS, LOST_CODE, STAGE_PROBABILITIES, WON, pipelineColumns } from "../support/excelColumns";
import { median } from "../support/measure";
import { count, ms, times, type BenchRow, type BenchSection } from "../support/report";

/** The sizes measured. */
const ENGINE_SIZES = [10_000, 100_000] as const;
const SHEET = "Deals";
/** Stage cells edited, one recalculation each, for the median. */
const EDITS = 9;
/** Columns D (stage; E holds the amount), F (helper), H (total) and K (stage table). */
const [STAGE_COL, HELPER_COL, TOTAL_COL, TABLE_COL] = [3, 5, 7, 10];

/** The stage table the helper column looks up: each label with the weight of a deal there (won, lost: 0). */
function stageTable(): CellInput[][] {
  return LABELS.flatMap((labels, code) =>
    labels.map((label): CellInput[] => [
      label,
      code >= WON || code === LOST_CODE ? 0 : STAGE_PROBABILITIES[code],
    ]),
  );
}

/** A workbook holding the deals in D (stage) and E (amount) from row 2, and the stage table in K:L. */
function dealsWorkbook(rows: number): WorkbookEngine {
  const columns = pipelineColumns(rows);
  const engine = WorkbookEngine.create([SHEET]);
  engine.setCells(SHEET, { row: 0, col: STAGE_COL }, [
    ["Stage", "Amount"],
    ...columns.stages.map((row, i): CellInput[] => [row[0], columns.amounts[i][0]]),
  ]);
  engine.setCells(SHEET, { row: 0, col: TABLE_COL }, [["Label", "Weight"], ...stageTable()]);
  return engine;
}

const timed = (run: () => void): number => {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

/** The total's value, which must be a number. */
function totalOf(engine: WorkbookEngine): number {
  const value = engine.cell(SHEET, { row: 0, col: TOTAL_COL }).value;
  if (typeof value !== "number")
    throw new Error(`The weighted total is ${JSON.stringify(value)}, not a number.`);
  return value;
}

/** Enters the formulas (timed: the first computation), then edits stage cells (timed: each recalculation). */
function measureWorkbook(
  engine: WorkbookEngine,
  enter: () => void,
): { first: number; recalc: number; total: number } {
  const first = timed(enter);
  const total = totalOf(engine);
  const recalcs: number[] = [];
  for (let k = 0; k < EDITS; k++) {
    const label = k % 2 === 0 ? "谈判客户" : "Intent";
    recalcs.push(timed(() => engine.setCell(SHEET, { row: 1 + 97 * (k + 1), col: STAGE_COL }, label)));
  }
  return { first, recalc: median(recalcs), total };
}

/**
 * Measures native formulas and FUNNEL.WEIGHTED in the workbench's engine.
 * @example engineWeightedSection(loadBuiltFunctions(dir)).rows.length // 4
 */
export function engineWeightedSection(built: BuiltFunctions): BenchSection {
  registerCustomFunctions({
    namespace: "FUNNEL",
    functions: readFunctionsMetadata(built.metadata),
    associations: built.associations,
  });
  const rows: BenchRow[] = [];
  for (const size of ENGINE_SIZES) {
    const last = size + 1;
    const nativeBook = dealsWorkbook(size);
    const native = measureWorkbook(nativeBook, () => {
      const helper = Array.from({ length: size }, (_, i): CellInput[] => [
        `=XLOOKUP(D${i + 2},$K$2:$K$25,$L$2:$L$25,0)`,
      ]);
      nativeBook.setCells(SHEET, { row: 1, col: HELPER_COL }, helper);
      nativeBook.setCell(SHEET, { row: 0, col: TOTAL_COL }, `=SUMPRODUCT(E2:E${last},F2:F${last})`);
    });
    const funnelBook = dealsWorkbook(size);
    const funnel = measureWorkbook(funnelBook, () =>
      funnelBook.setCell(SHEET, { row: 0, col: TOTAL_COL }, `=FUNNEL.WEIGHTED(E2:E${last},D2:D${last})`),
    );
    if (Math.abs(native.total - funnel.total) > 1e-6 * Math.abs(native.total)) {
      throw new Error(
        `Native formulas give ${native.total}, FUNNEL.WEIGHTED ${funnel.total} on ${size} rows.`,
      );
    }
    const row = (figure: string, funnelMs: number, nativeMs: number): BenchRow => ({
      figure,
      size: `${count(size)} rows`,
      value: `FUNNEL ${ms(funnelMs)}`,
      baseline: `native ${ms(nativeMs)}`,
      ratio: times(funnelMs / nativeMs),
      target: "",
      verdict: "",
    });
    rows.push(
      row("Weighted total, formulas entered (first computation)", funnel.first, native.first),
      row("Weighted total, recalculation after one stage edit", funnel.recalc, native.recalc),
    );
  }
  return {
    title: "Weighted total in the workbench's engine (HyperFormula): =FUNNEL.WEIGHTED vs native formulas",
    rows,
    notes: [
      "Native: helper column =XLOOKUP(D2,$K$2:$K$25,$L$2:$L$25,0) filled down (the stage table lists the 24 labels used,",
      "won and lost weighted 0) and =SUMPRODUCT(E2:E10001,F2:F10001). Ratio: FUNNEL time ÷ native time (below 1: FUNNEL is faster).",
    ],
  };
}
