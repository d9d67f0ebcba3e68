import { valueOf } from "../core/kernel/testing/results";
import { evaluationSheet } from "../core/reviews";
import { createOfficeGateway } from "./officeGateway";
import { READ_BUDGET_BYTES } from "./readChunks";
import { readPlan } from "./readCells";
import { installRecordingExcel } from "./testing/recordingExcel";

const DEAL = { dealId: "D-1", customer: "Acme" };

describe("readPlan", () => {
  it("reads small ranges together in one request", () => {
    const range = { row: 7, col: 3, rows: 7, cols: 1 };
    expect(
      readPlan([
        { sheet: "a", range },
        { sheet: "b", range },
      ]),
    ).toHaveLength(1);
  });

  it("splits ranges into requests whose replies stay under the read budget, every row read once, in order", () => {
    const big = { row: 0, col: 0, rows: 30_000, cols: 3 };
    const groups = readPlan([
      { sheet: "a", range: big },
      { sheet: "b", range: { ...big, rows: 5 } },
    ]);
    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups) {
      const cells = group.reduce((sum, piece) => sum + piece.range.rows * piece.range.cols, 0);
      expect(cells * 100).toBeLessThanOrEqual(READ_BUDGET_BYTES);
    }
    const pieces = groups.flat().filter((piece) => piece.index === 0);
    expect(pieces.map((piece) => piece.range.row)).toEqual(
      [...pieces.map((p) => p.range.row)].sort((a, b) => a - b),
    );
    expect(pieces.reduce((sum, piece) => sum + piece.range.rows, 0)).toBe(30_000);
  });
});

describe("the Office.js gateway's reads of evaluation sheets", () => {
  it("lists every sheet's sheet-scoped names in three round trips, whatever the number of sheets", async () => {
    const excel = installRecordingExcel();
    const gateway = createOfficeGateway();
    for (let i = 0; i < 4; i++) valueOf(await gateway.createSheet(evaluationSheet("secondary", DEAL, "en")));
    const before = excel.syncs();
    const listed = valueOf(await gateway.listSheetScopedNames());
    expect(excel.syncs() - before).toBe(3);
    expect(listed).toHaveLength(5);
    expect(listed.slice(1).every((sheet) => sheet.names.some((n) => n.name === "FUNNEL_EVAL_ID"))).toBe(true);
  });

  it("reads the cells of many sheets in one round trip", async () => {
    const excel = installRecordingExcel({ sheets: { A: { D8: "是" }, B: { C5: 7 } } });
    const before = excel.syncs();
    const read = await createOfficeGateway().readCells([
      { sheet: "A", address: "$D$8:$D$9" },
      { sheet: "B", address: "C5" },
    ]);
    expect(valueOf(read)).toEqual([[["是"], [""]], [[7]]]);
    expect(excel.syncs() - before).toBe(1);
  });

  it("refuses an address that is not a range of cells, reading nothing", async () => {
    const excel = installRecordingExcel({ sheets: { A: {} } });
    const result = await createOfficeGateway().readCells([{ sheet: "A", address: "#REF!" }]);
    expect(result.ok).toBe(false);
    expect(excel.syncs()).toBe(0);
  });
});
