/**
 * The gateway contract (see testing/gatewayContract.ts) kept by the Office.js gateway, on the recording Excel:
 * a failure midway is Excel refusing the write of the sheet's contents, after the sheet was added.
 */
import { createOfficeGateway } from "./officeGateway";
import { describeGatewayContract, storedCell } from "./testing/gatewayContract";
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
    cell: (sheet, row, col) => storedCell(excel.read(sheet, addressOf(row, col))[0][0]),
  };
});
