/**
 * The review board in the workbench's engine with the FUNNEL functions themselves: evaluation sheets with
 * sheet-scoped names, rendered under sheet names that need quoting, are found by their names, and the board's
 * live formulas over their cells ('谈判条件 (2)'!$C$5:$C$11, FUNNEL.READY, FUNNEL.WINWORTH, FUNNEL.GATE) evaluate
 * and follow a rep's edit.
 */
import { valueOf } from "../../core/kernel/testing/results";
import { evaluationSheet } from "../../core/reviews";
import { STAGES } from "../../core/stages";
import { EVALUATION_NAMES } from "../../core/templates";
import { recogniseColumns } from "../../core/pipeline";
import { buildBoard } from "../../taskpane/DealReviews/reviewRun";
import { createEngineGateway } from "../engineGateway";
import { createSelectionStore } from "../selection";
import { registerFunnelFunctions } from "./testing/funnelFunctions";
import { WorkbookEngine } from "./workbookEngine";

beforeAll(registerFunnelFunctions);

const HEADER = ["商机编号", "客户", "负责人", "阶段"];
const ROWS = [
  ["D-1", "华为", "王芳", STAGES[5].name.zh],
  ["D-2", "腾讯", "李雷", STAGES[2].name.zh],
];

async function reviewedWorkbook() {
  const engine = WorkbookEngine.create(["商机 管线"]);
  engine.setCells("商机 管线", { row: 0, col: 0 }, [HEADER, ...ROWS]);
  const gateway = createEngineGateway(engine, createSelectionStore({ sheet: "商机 管线", row: 0, col: 0 }));
  const deal = { dealId: "D-1", customer: "华为" };
  // A sheet of the user's is already called 谈判条件: the evaluation sheet gets "谈判条件 (2)".
  engine.addSheet("谈判条件");
  const ready = evaluationSheet("negotiationReadiness", deal, "zh");
  const { sheet: readySheet } = valueOf(await gateway.createSheet(ready));
  const secondary = evaluationSheet("secondary", deal, "en");
  const { sheet: secondarySheet } = valueOf(await gateway.createSheet(secondary));
  const fill = (sheet: string, spec: typeof ready, name: string, values: (string | number)[]) => {
    const { range } = spec.names!.find((n) => n.name === name)!;
    engine.setCells(
      sheet,
      { row: range.row, col: range.col },
      values.map((v) => [v]),
    );
  };
  fill(readySheet, ready, EVALUATION_NAMES.conditions, ["是", "是", "是", "是", "是", "否", "否"]);
  const ratings = secondary.names!.find((n) => n.name === EVALUATION_NAMES.worthRatings)!.range;
  fill(secondarySheet, secondary, EVALUATION_NAMES.worthRatings, Array(ratings.rows).fill(8));
  const table = valueOf(await gateway.readTable({ kind: "sheet", sheet: "商机 管线" }));
  const input = { table, mapping: recogniseColumns(table.header).mapping, dateOrder: "ymd" as const };
  const built = valueOf(await buildBoard(gateway, input, 45900, "zh"));
  const shown = () => {
    const { rows, columns } = engine.usedSize(built.sheet);
    return engine.values(built.sheet, { row: 0, col: 0, rows, cols: columns }).flat();
  };
  return { engine, gateway, built, shown, fill, readySheet, ready };
}

describe("the review board in the workbench", () => {
  it("finds both sheets by their sheet-scoped names, whatever they are called", async () => {
    const { built, readySheet } = await reviewedWorkbook();
    expect(built.evaluations.found.map((f) => f.sheet)).toEqual([readySheet, expect.any(String)]);
    expect(readySheet).toBe("谈判条件 (2)");
  });

  it("evaluates its live formulas over the sheets' cells: no error, readiness 5/7", async () => {
    const { shown } = await reviewedWorkbook();
    const values = shown();
    expect(values.filter((v) => typeof v === "string" && /^#[A-Z/0!?]+[!?A]?$/.test(v))).toEqual([]);
    expect(values).toContain("5/7");
  });

  it("follows a rep's edit at once: a seventh condition met reads 6/7", async () => {
    const { shown, fill, readySheet, ready } = await reviewedWorkbook();
    fill(readySheet, ready, EVALUATION_NAMES.conditions, ["是", "是", "是", "是", "是", "是", "否"]);
    expect(shown()).toContain("6/7");
  });
});
