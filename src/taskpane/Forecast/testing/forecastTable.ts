/** A small pipeline for the Forecast view's tests: core's forecast table (worked out by hand there) on sheet "CRM". */
import type { TableData } from "../../../excel/gateway";
import { FORECAST_TABLE } from "../../../core/forecast/testing/forecastTable";
import type { FakeTable } from "../../testing/fakeGateway";

export { AS_OF, Q3 } from "../../../core/forecast/testing/forecastTable";

/** Core's forecast table as a sheet of the fake workbook. */
export const DEALS: FakeTable = { sheet: "CRM", ...FORECAST_TABLE };

/**
 * A fake table as the gateway reads it.
 * @example tableData(DEALS).headerRow // 0
 */
export function tableData(table: FakeTable): TableData {
  return {
    sheet: table.sheet,
    headerRow: table.headerRow ?? 0,
    firstCol: table.firstCol ?? 0,
    header: table.header,
    rows: table.rows,
    dateSystem: 1900,
  };
}
