/**
 * The part of the gateway contract (gatewayContract.ts) about `writeCellValues`: numbers go into the cells named,
 * as values (never formulas or text), and no other cell of the workbook changes; a missing sheet, an address that
 * is not one cell or a value that is not a finite number is a failure that writes nothing. Never shipped.
 */
import { errorOf, valueOf } from "../../core/kernel/testing/results";
import type { MakeHarness, UserWorkbook } from "./gatewayContract";

/** A user's stage settings: stage names and probabilities, a note beside them, and another sheet. */
const SETTINGS: UserWorkbook = {
  sheets: {
    Sheet1: [["mine", 7]],
    阶段设置: [
      ["阶段", "概率", "备注"],
      ["谈判", 0.8, "keep"],
      ["认可", 0.6, "keep"],
      ["立项", 0.4, "keep"],
    ],
  },
};

/** Every cell of the workbook's sheets over the rectangle the user filled (and one row and column more). */
function everyCell(harness: Awaited<ReturnType<MakeHarness>>, workbook: UserWorkbook) {
  return Object.entries(workbook.sheets).map(([sheet, rows]) =>
    Array.from({ length: rows.length + 1 }, (_, r) =>
      Array.from({ length: Math.max(0, ...rows.map((row) => row.length)) + 1 }, (_, c) =>
        harness.cell(sheet, r, c),
      ),
    ),
  );
}

/**
 * The `writeCellValues` rules, run against the harness `makeHarness` makes (inside describeGatewayContract's describe).
 * @example describeCellValuesContract(makeHarness)
 */
export function describeCellValuesContract(makeHarness: MakeHarness): void {
  describe("writes numbers into single cells", () => {
    it("writes each number as a value into its cell and changes no other cell", async () => {
      const harness = await makeHarness(SETTINGS);
      const before = everyCell(harness, SETTINGS);
      const written = valueOf(
        await harness.gateway.writeCellValues("阶段设置", [
          { address: "B2", value: 0.75 },
          { address: "$B$4", value: 0 },
        ]),
      );
      expect(written).toEqual({ written: 2 });
      expect(harness.cell("阶段设置", 1, 1)).toEqual({ kind: "value", input: 0.75 });
      expect(harness.cell("阶段设置", 3, 1)).toEqual({ kind: "value", input: 0 });
      const after = everyCell(harness, SETTINGS);
      after[1][1][1] = before[1][1][1];
      after[1][3][1] = before[1][3][1];
      expect(after).toEqual(before);
    });

    it("writes nothing for a sheet that is not there, an address of more than one cell, or a value that is not a number", async () => {
      const harness = await makeHarness(SETTINGS);
      const before = everyCell(harness, SETTINGS);
      expect(
        errorOf(await harness.gateway.writeCellValues("No such sheet", [{ address: "B2", value: 1 }])),
      ).toBeDefined();
      const range = errorOf(
        await harness.gateway.writeCellValues("阶段设置", [
          { address: "B2", value: 0.5 },
          { address: "B3:B4", value: 0.5 },
        ]),
      );
      expect(range.message.en).toContain("B3:B4");
      const nan = errorOf(
        await harness.gateway.writeCellValues("阶段设置", [
          { address: "B2", value: 0.5 },
          { address: "B3", value: Number.NaN },
        ]),
      );
      expect(nan.message.en).toContain("not a valid number");
      expect(everyCell(harness, SETTINGS)).toEqual(before);
      expect(harness.sheets()).toEqual(["Sheet1", "阶段设置"]);
    });
  });
}
