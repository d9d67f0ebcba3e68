/**
 * The gateway contract (see src/excel/testing/gatewayContract.ts) kept by the task pane's fake gateway: the
 * pane's stand-in for Excel behaves as Excel's gateway does. Its cells hold what was written into them, read as
 * Excel reads a typed input; a failure midway comes after the sheet was added and half its cells written.
 */
import { cellAddress } from "../../core/sheet";
import { describeGatewayContract, storedCell } from "../../excel/testing/gatewayContract";
import { createFakeGateway, type FakeTable } from "./fakeGateway";

const REFUSED = { zh: "写入被拒绝。", en: "The write was refused." };

describeGatewayContract("the task pane's fake gateway", async (workbook) => {
  const [first, ...others] = Object.keys(workbook.sheets);
  const sheetData: Record<string, FakeTable> = {};
  for (const [sheet, [header, ...rows]] of Object.entries(workbook.sheets)) {
    if (header !== undefined) sheetData[sheet] = { sheet, header: header.map(String), rows };
  }
  const fake = createFakeGateway({ sheet: first, otherSheets: others, sheetData });
  return {
    gateway: fake,
    select: (address) => fake.select(address),
    failNextWrite: (method) =>
      method === "createSheet"
        ? fake.failNextCreate(REFUSED)
        : method === "importTable"
          ? fake.failNextImport(REFUSED)
          : fake.failNextReport(REFUSED),
    sheets: () => [...fake.sheets],
    cell: (sheet, row, col) => storedCell(fake.contents.get(sheet)?.get(cellAddress(row, col))),
    breakName: (sheet, name) => fake.breakName(sheet, name),
    // The fake computes no formulas: the reference is followed to the very cells of the sheet it was made to.
    referTo: (_sheet, _address, target) => {
      const referred = fake.contents.get(target.sheet);
      return () => {
        const kept = [...fake.contents.values()].find((cells) => cells === referred);
        return kept === undefined ? "#REF!" : (kept.get(target.address) ?? "");
      };
    },
  };
});
