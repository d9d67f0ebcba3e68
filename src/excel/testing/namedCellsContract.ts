/**
 * The part of the gateway contract (gatewayContract.ts) the deal reviews rely on: every sheet's sheet-scoped names
 * are listed with where they point now (a broken one as `null`, workbook names never), and several ranges are read
 * in one call, each as its values, in order. Run inside describeGatewayContract, against every gateway. Never
 * shipped.
 */
import { errorOf, valueOf } from "../../core/kernel/testing/results";
import { evaluationSheet } from "../../core/reviews";
import { listedNames } from "../../core/reviews/testing/listing";
import type { SheetSpec } from "../../core/sheet";
import { EVALUATION_NAMES } from "../../core/templates";
import type { GatewayHarness, UserWorkbook } from "./gatewayContract";

const DEAL = { dealId: "D-7", customer: "华为", opportunity: "ERP", owner: "王芳" };

/** A sheet of values and a workbook name, beside a sheet-scoped one. */
const GRID: SheetSpec = {
  name: "grid",
  cells: [
    { row: 0, col: 0, value: "阶段" },
    { row: 0, col: 1, value: 12 },
    { row: 1, col: 0, value: "是" },
    { row: 2, col: 1, value: true },
  ],
  names: [
    { name: "GRID_ALL", range: { row: 0, col: 0, rows: 3, cols: 2 } },
    { name: "GRID_TOP", range: { row: 0, col: 0, rows: 1, cols: 2 }, scope: "sheet" },
  ],
};

const byName = (names: readonly { name: string }[]) =>
  [...names].sort((a, b) => a.name.localeCompare(b.name));

/**
 * Describes the rules, each harness made by `makeHarness`.
 * @example describeNamedCellsContract(makeHarness)
 */
export function describeNamedCellsContract(
  makeHarness: (workbook: UserWorkbook) => Promise<GatewayHarness>,
): void {
  describe("finds the evaluation sheets' names and reads their cells", () => {
    it("lists every sheet's sheet-scoped names with where they point, a broken one as null, workbook names never", async () => {
      const harness = await makeHarness({ sheets: { Deals: [["商机", "阶段"]] } });
      const spec = evaluationSheet("negotiationReadiness", DEAL, "zh");
      const { sheet } = valueOf(await harness.gateway.createSheet(spec));
      const { sheet: grid } = valueOf(await harness.gateway.createSheet(GRID));
      const listed = valueOf(await harness.gateway.listSheetScopedNames());
      expect(listed.map((s) => s.sheet)).toEqual(harness.sheets());
      expect(listed.find((s) => s.sheet === "Deals")?.names).toEqual([]);
      expect(byName(listed.find((s) => s.sheet === sheet)!.names)).toEqual(
        byName(listedNames(sheet, spec).names),
      );
      expect(listed.find((s) => s.sheet === grid)?.names).toEqual([
        { name: "GRID_TOP", address: "$A$1:$B$1" },
      ]);

      harness.breakName(sheet, EVALUATION_NAMES.identity);
      const after = valueOf(await harness.gateway.listSheetScopedNames());
      expect(after.find((s) => s.sheet === sheet)?.names).toContainEqual({
        name: EVALUATION_NAMES.identity,
        address: null,
      });
    });

    it("reads several ranges in one call, each as its values in order, a blank as an empty string", async () => {
      const harness = await makeHarness({
        sheets: {
          Deals: [
            ["商机", "阶段"],
            ["D-1", "谈判"],
          ],
        },
      });
      const { sheet } = valueOf(await harness.gateway.createSheet(GRID));
      const read = await harness.gateway.readCells([
        { sheet, address: "$A$1:$B$3" },
        { sheet: "Deals", address: "B2" },
        { sheet, address: "A2:A3" },
      ]);
      expect(valueOf(read)).toEqual([
        [
          ["阶段", 12],
          ["是", ""],
          ["", true],
        ],
        [["谈判"]],
        [["是"], [""]],
      ]);
      expect(valueOf(await harness.gateway.readCells([]))).toEqual([]);
    });

    it("refuses to read a sheet that does not exist", async () => {
      const harness = await makeHarness({ sheets: { Deals: [["商机"]] } });
      expect(
        errorOf(await harness.gateway.readCells([{ sheet: "gone", address: "A1" }])).message.en,
      ).toBeTruthy();
    });
  });
}
