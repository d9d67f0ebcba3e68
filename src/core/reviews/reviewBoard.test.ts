import { cellsWithText, formulasOf } from "../sheet/testing/specQueries";
import { EVALUATION_NAMES } from "../templates";
import { dealEvidence } from "./dealEvidence";
import { evaluationSheet } from "./evaluationSheet";
import { recogniseEvaluations } from "./evaluationsFound";
import { checkGates } from "./gates";
import { buildReviewBoard, REVIEW_SHEETS_NAME, sheetKey } from "./reviewBoard";
import { identityValue, listedNames } from "./testing/listing";

const deal = (dealId: string) => ({ dealId, customer: "华为", opportunity: "ERP", owner: "王芳" });
const specs = [
  ["二次评估", evaluationSheet("secondary", deal("D-1"), "zh")],
  ["谈判条件", evaluationSheet("negotiationReadiness", deal("D-1"), "zh")],
  ["Bob's check", evaluationSheet("stageCheck", deal("=1+1"), "en")],
] as const;
const sheets = [
  ...specs.map(([name, spec]) => listedNames(name, spec)),
  { sheet: "broken", names: [{ name: EVALUATION_NAMES.identity, address: "$Z$1" }] },
];
const evaluations = recogniseEvaluations(sheets, [...specs.map(([, spec]) => identityValue(spec)), "edited"]);
const conditions = [["是"], ["是"], ["是"], ["否"], ["是"], ["是"], ["maybe"]];
const evidence = dealEvidence(evaluations.found, [[["8"], ["＋"], ["8"], ["－"], ["9"]], conditions, []]);
const gates = new Map([
  [
    "D-1",
    checkGates({ position: { kind: "open", index: 5 }, closeDate: null }, evidence.get("D-1")!.evidence, {
      asOf: 45900,
    }),
  ],
]);
const pipeline = {
  sheet: "商机管线",
  keys: { row: 5, col: 0, rows: 100, cols: 1 },
  stages: { row: 5, col: 3, rows: 100, cols: 1 },
};
const board = buildReviewBoard({
  language: "zh",
  evaluations,
  evidence,
  gates,
  pipeline,
  previous: [sheetKey("swot", "D-1", "自我SWOT"), sheetKey("secondary", "D-1", "old name")],
});
const row = (text: string) => board.cells.filter((c) => c.row === cellsWithText(board, text)[0].row);

describe("buildReviewBoard", () => {
  it("has one row per deal, its id written as text even when it looks like a formula", () => {
    expect(cellsWithText(board, "D-1")).toHaveLength(1);
    const odd = cellsWithText(board, "=1+1");
    expect(odd).toHaveLength(1);
    expect(odd[0].formula).toBeUndefined();
  });

  it("links each sheet found", () => {
    const links = row("D-1").filter((c) => c.link);
    expect(links.map((c) => c.link!.sheet)).toEqual(expect.arrayContaining(["二次评估", "谈判条件"]));
  });

  it("scores, reads readiness and the claimed stage by live formulas over the sheets' cells", () => {
    const formulas = row("D-1").map((c) => c.formula ?? "");
    expect(formulas.some((f) => /FUNNEL\.WINWORTH\('二次评估'!\$G\$\d+:\$G\$\d+\)/.test(f))).toBe(true);
    expect(formulas.some((f) => /FUNNEL\.READY\('谈判条件'!\$C\$\d+:\$C\$\d+\)/.test(f))).toBe(true);
    expect(formulas.some((f) => f.includes("INDEX('商机管线'!$D$6:$D$105,MATCH(A"))).toBe(true);
    expect(
      formulasOf(board).some((f) => /FUNNEL\.GATE\([A-Z]+\d+,'Bob''s check'!\$D\$\d+:\$D\$\d+\)/.test(f)),
    ).toBe(true);
  });

  it("names the failed gate with the missing conditions, and the cell it could not read with a link", () => {
    const texts = row("D-1").map((c) => String(c.value ?? ""));
    expect(texts.some((t) => t.includes("七项条件齐备") && t.includes("只具备 5 项"))).toBe(true);
    const unread = row("D-1").find((c) => String(c.value ?? "").includes("maybe"))!;
    expect(unread.link).toEqual({ sheet: "谈判条件", address: expect.stringMatching(/^C\d+$/) });
  });

  it("lists a damaged sheet as not recognised and a sheet gone since the last update, not a renamed one", () => {
    expect(board.cells.find((c) => String(c.value ?? "").startsWith("broken："))?.link).toEqual({
      sheet: "broken",
      address: "A1",
    });
    expect(board.cells.some((c) => String(c.value ?? "").startsWith("自我SWOT（"))).toBe(true);
    expect(board.cells.some((c) => String(c.value ?? "").startsWith("old name"))).toBe(false);
  });

  it("keeps the list of the sheets it found under a sheet-scoped name, for the next update", () => {
    const named = board.names!.find((n) => n.name === REVIEW_SHEETS_NAME)!;
    expect(named).toMatchObject({ scope: "sheet", range: { rows: 3 } });
  });
});
