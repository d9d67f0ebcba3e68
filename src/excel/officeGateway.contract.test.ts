/**
 * The gateway contract (see testing/gatewayContract.ts) kept by the Office.js gateway, on the recording Excel:
 * a failure midway is Excel refusing the write of the sheet's contents, after the sheet was added. It computes no
 * formulas but a link's HYPERLINK of constants (the text it shows): a user's reference to a report cell is followed by the sheet's id, as Excel follows it (to the same
 * sheet, renamed or moved; #REF! once that sheet was deleted).
 */
import { createOfficeGateway } from "./officeGateway";
import { describeGatewayContract } from "./testing/gatewayContract";
import { storedLinkValue } from "./testing/linkFormulaModel";
import { addressOf, installRecordingExcel } from "./testing/recordingExcel";

describeGatewayContract("the Office.js gateway", async (workbook) => {
  const grids = Object.fromEntries(
    Object.entries(workbook.sheets).map(([sheet, rows]) => [sheet, { values: rows }]),
  );
  const excel = installRecordingExcel({ grids });
  const first = Object.keys(workbook.sheets)[0];
  return {
    gateway: createOfficeGateway(),
    select: (address) => void (excel.sheet(first).selected = address),
    failNextWrite: () => excel.failOn("range.formulas", 1),
    sheets: () => excel.workbook.sheets.map((sheet) => sheet.name),
    // A linked cell of a report is a HYPERLINK formula: it holds the text or number it shows.
    cell: (sheet, row, col) => storedLinkValue(excel.read(sheet, addressOf(row, col))[0][0]),
    // The recording Excel computes no formulas: the reference is followed as Excel follows it, by the sheet's id.
    breakName: (sheet, name) => {
      const named = excel.sheet(sheet).names.find((n) => n.name === name);
      if (named) named.broken = true;
    },
    referTo: (sheet, address, target) => {
      excel.sheet(sheet).cells.set(address, { input: `='${target.sheet}'!${target.address}` });
      const { id } = excel.sheet(target.sheet);
      return () => {
        const referred = excel.workbook.sheets.find((s) => s.id === id);
        return referred === undefined ? "#REF!" : excel.read(referred.name, target.address)[0][0];
      };
    },
  };
});
