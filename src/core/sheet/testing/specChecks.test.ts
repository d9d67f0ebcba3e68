import type { CellSpec, SheetSpec } from "../sheetSpec";
import { formulaReferences, isValidWorkbookName, specProblems } from "./specChecks";

const sheet = (cells: CellSpec[], more: Partial<SheetSpec> = {}): SheetSpec => ({
  name: "Test",
  cells,
  printArea: { row: 0, col: 0, rows: 20, cols: 10 },
  page: { orientation: "portrait" },
  ...more,
});

describe("formulaReferences", () => {
  it("reports references to other sheets, whole columns and whole rows as forbidden", () => {
    expect(
      formulaReferences("=Sheet1!A1+'阶段 设置'!B2+SUM(A:A)+SUM(1:1)+FunnelPipeline[@Stage]").forbidden,
    ).toEqual(["Sheet1!", "'阶段 设置'!", "A:A", "1:1", "[@Stage]"]);
  });

  it("skips text in quotes, numbers, functions and TRUE/FALSE", () => {
    const refs = formulaReferences('=IF(D5="A1 ""B2""",FUNNEL.STAGE(C3:C9,"zh"),TRUE)+0.5+1E+3');
    expect(refs.ranges).toEqual([
      { row: 4, col: 3, rows: 1, cols: 1 },
      { row: 2, col: 2, rows: 7, cols: 1 },
    ]);
    expect(refs.names).toEqual([]);
    expect(refs.forbidden).toEqual([]);
  });

  it("reads absolute references and workbook names", () => {
    const refs = formulaReferences("=SUMIF($D$4:$D$103,M9,$E$4:$E$103)*FUNNEL_STAGE_LIST");
    expect(refs.ranges).toEqual([
      { row: 3, col: 3, rows: 100, cols: 1 },
      { row: 8, col: 12, rows: 1, cols: 1 },
      { row: 3, col: 4, rows: 100, cols: 1 },
    ]);
    expect(refs.names).toEqual(["FUNNEL_STAGE_LIST"]);
  });
});

describe("isValidWorkbookName", () => {
  it.each(["", "1A", "A1", "xfd1", "R", "c", "R1C1", "has space", "a-b"])("refuses %p", (name) =>
    expect(isValidWorkbookName(name)).toBe(false),
  );

  it.each(["FUNNEL_STAGES", "_x", "Stage.List", "FunnelPipeline"])("accepts %p", (name) =>
    expect(isValidWorkbookName(name)).toBe(true),
  );
});

describe("specProblems", () => {
  it("finds a cell written twice and a cell with a value and a formula", () => {
    const problems = specProblems(
      sheet([
        { row: 0, col: 0, value: 1 },
        { row: 0, col: 0, value: 2, formula: "=1" },
      ]),
    );
    expect(problems).toContain("A1 written twice");
    expect(problems).toContain("A1 has a value and a formula");
  });

  it("finds references to cells the spec does not fill, to itself, and to undefined names", () => {
    const problems = specProblems(
      sheet([
        { row: 0, col: 0, formula: "=SUM(B1:B3)" },
        { row: 0, col: 1, value: 1 },
        { row: 1, col: 0, formula: "=A2+MISSING_NAME" },
      ]),
    );
    expect(problems).toEqual([
      "A1: B1:B3 refers to 2 cell(s) the spec does not fill",
      "A2: undefined name MISSING_NAME in =A2+MISSING_NAME",
      "A2: refers to itself in =A2+MISSING_NAME",
    ]);
  });

  it("accepts names defined by the spec or by a required template", () => {
    const spec = sheet(
      [
        { row: 0, col: 0, formula: "=FUNNEL.PROBABILITY(B1,OTHER_LIST)+OWN" },
        { row: 0, col: 1, value: "x" },
      ],
      {
        names: [{ name: "OWN", range: { row: 0, col: 1, rows: 1, cols: 1 } }],
      },
    );
    expect(specProblems(spec, ["OTHER_LIST"])).toEqual([]);
    expect(specProblems(spec)).toEqual([
      "A1: undefined name OTHER_LIST in =FUNNEL.PROBABILITY(B1,OTHER_LIST)+OWN",
    ]);
  });

  it("finds overlapping merges and content hidden under a merge", () => {
    const problems = specProblems(
      sheet(
        [
          { row: 0, col: 0, value: "a" },
          { row: 0, col: 1, value: "hidden" },
        ],
        {
          merges: [
            { row: 0, col: 0, rows: 1, cols: 3 },
            { row: 0, col: 2, rows: 2, cols: 1 },
          ],
        },
      ),
    );
    expect(problems).toContain("merges A1:C1 and C1:C2 overlap");
    expect(problems).toContain("B1 has content hidden by merge A1:C1");
  });

  it("finds validations on cells that are not inputs, and lists from undefined names", () => {
    const problems = specProblems(
      sheet(
        [
          { row: 0, col: 0, input: true },
          { row: 1, col: 0, value: "x" },
        ],
        {
          validations: [
            { range: { row: 0, col: 0, rows: 2, cols: 1 }, kind: "list", values: ["是", "否"] },
            { range: { row: 0, col: 0, rows: 1, cols: 1 }, kind: "listFromName", name: "NOWHERE" },
          ],
        },
      ),
    );
    expect(problems).toEqual([
      "validation A1:A2 covers non-input cells",
      "validation A1 uses undefined name NOWHERE",
    ]);
  });

  it("finds bad names, table problems and cells outside the print area", () => {
    const problems = specProblems(
      sheet(
        [
          { row: 0, col: 0, value: "Stage" },
          { row: 0, col: 1, value: "Stage" },
          { row: 1, col: 0, value: 1 },
          { row: 30, col: 0, value: 1 },
        ],
        {
          name: "a/b",
          names: [{ name: "A1", range: { row: 0, col: 0, rows: 1, cols: 1 } }],
          tables: [{ name: "T", range: { row: 0, col: 0, rows: 2, cols: 2 }, totals: { 0: "=SUM(A2:A2)" } }],
        },
      ),
    );
    expect(problems).toEqual([
      "invalid sheet name “a/b”",
      "invalid workbook name A1",
      "table T: duplicate heads",
      "table T covers 1 cell(s) the spec does not fill",
      "1 cell(s) outside the print area",
    ]);
  });

  it("finds a totals row written by cells too", () => {
    const problems = specProblems(
      sheet(
        [
          { row: 0, col: 0, value: "Amount" },
          { row: 1, col: 0, input: true },
          { row: 2, col: 0, value: "Σ" },
        ],
        {
          tables: [
            { name: "T", range: { row: 0, col: 0, rows: 2, cols: 1 }, totals: { 0: "=SUBTOTAL(109,A2:A2)" } },
          ],
        },
      ),
    );
    expect(problems).toEqual([
      "T totals A3: the cell is written twice",
      "table T: cells written in its totals row",
    ]);
  });

  it("passes a sound sheet", () => {
    expect(
      specProblems(
        sheet([
          { row: 0, col: 0, value: 1 },
          { row: 0, col: 1, formula: "=A1*2" },
        ]),
      ),
    ).toEqual([]);
  });
});
